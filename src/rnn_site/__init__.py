"""Everything that builds the RNN-basics site, as one package.

- ``execution``: the ``snippet-exec`` plugin: run each embedded snippet once per build and render
  its real output;
- ``notebooks``: one Jupyter notebook per lesson page and language, from the same runs;
- ``mathml``: the ``mathml`` plugin: LaTeX in pages becomes MathML at build time;
- ``diagrams``: diagrams drawn from shapes (``python -m rnn_site.diagrams``);
- ``language_links``: the ``language-links`` plugin: language links that work from any path.
"""
