"""MkDocs hooks of this site (listed under ``hooks:`` in mkdocs.yml); plain functions, tested in tests/."""
