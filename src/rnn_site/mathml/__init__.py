"""LaTeX math in Markdown, rendered to MathML at build time: no JavaScript, no CDN.

- ``convert``: find ``$...$`` and ``$$...$$`` in Markdown (outside code), turn each into
  MathML with latex2mathml, and report a bad formula with its page and line;
- ``plugin``: the thin ``mathml`` MkDocs plugin over ``convert``.
"""
