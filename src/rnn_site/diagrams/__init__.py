"""Diagrams drawn from parameters (shapes), not by hand, as theme-aware inline SVG.

- ``rnn_unrolled``: an RNN unrolled over a word, with the shape on every arrow.
- ``gated_cells``: one time step of an LSTM and of a GRU cell, the state's path, the gates and where each
  gate's weights sit in ``kernel``, ``recurrent_kernel`` and ``bias``.

``python -m rnn_site.diagrams`` writes the SVG files the pages include (``docs/figures/``);
a test checks the files equal a fresh rendering and that the shapes match a real run.
"""
