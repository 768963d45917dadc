"""Run the site's Python snippets at build time and render what they produced.

The package is split by job so each piece is testable without MkDocs:

- ``embeds``: find ``{{ run("name.py") }}`` lines in Markdown and resolve them;
- ``child``: run one snippet in the current process (``execute``), as ``python <snippet>`` would;
- ``runner``: the spawn path (a fresh interpreter per snippet) and reading any run's result;
- ``forkserver`` / ``forkclient``: a process that imports the heavy libraries once and forks
  a fresh child per snippet, and the build's side of it;
- ``executor``: picks fork or spawn and keeps the fork server across ``mkdocs serve`` rebuilds;
- ``record``: the immutable record of one run (source that ran, key, output, arrays, figures);
- ``noise``: drop TensorFlow's start-up log lines from captured output;
- ``shapes``: run a snippet recording the arrays each line made (``child`` uses it);
- ``hints``: show those shapes at the end of their lines in the built code block;
- ``figures``: turn the matplotlib figures a snippet drew into theme-aware SVG (in the child);
- ``cache``: the key of a record and the content-addressed store of records;
- ``batch``: each snippet's record from memory, the cache, or a (parallel) run;
- ``render``: turn a record into the Markdown/HTML a page shows;
- ``truncate``: cut long output on the page (the notebook keeps it all);
- ``stamp``: the "executed with" line (versions and run date) on pages and in notebooks;
- ``plugin``: the thin MkDocs plugin gluing those together.
"""
