"""Diagrams drawn from parameters (shapes), not by hand, as theme-aware inline SVG.

- ``rnn_unrolled``: an RNN unrolled over a word, with the shape on every arrow.

``python -m rnn_site.diagrams`` writes the SVG files the pages include (``docs/figures/``);
a test checks the files equal a fresh rendering and that the shapes match a real run.
"""
