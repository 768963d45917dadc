"""Run the site's Python snippets at build time and render what they produced.

The package is split by job so each piece is testable without MkDocs:

- ``embeds``: find ``{{ run("name.py") }}`` lines in Markdown and resolve them;
- ``runner``: execute one snippet in a fresh interpreter (``child`` is what runs there);
- ``noise``: drop TensorFlow's start-up log lines from captured output;
- ``shapes``: run a snippet recording the arrays each line made (``child`` uses it);
- ``hints``: show those shapes at the end of their lines in the built code block;
- ``figures``: turn the matplotlib figures a snippet drew into theme-aware SVG (in the child);
- ``cache``: content-addressed store of execution results;
- ``batch``: each snippet's result from memory, the cache, or a (parallel) run;
- ``render``: turn a result into the Markdown/HTML a page shows;
- ``truncate``: cut long output on the page (the notebook keeps it all);
- ``stamp``: the "executed with" line (versions and run date) on pages and in notebooks;
- ``plugin``: the thin MkDocs plugin gluing those together.
"""

FORMAT_VERSION = 4  # 3: results record the date of their run (ran_at); 4: and their line shapes
"""Version of the result/render format; part of every cache key."""
