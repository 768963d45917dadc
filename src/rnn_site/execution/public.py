"""What the rest of the tooling may use of the execution package, without MkDocs; its other modules are private.

The notebooks plugin reads the build's record through ``plugin.SnippetExecPlugin.page_embeds``
(the package's other public name, its MkDocs entry point), a ``PageEmbed`` per embed, and stamps
its notebooks as the pages are; the page reading (``rnn_site.reading``) adds the embed reader to its
parser; the accessibility plugin names figures as the renderer does.
``tests/test_execution/test_run_render_split.py`` holds the rest of ``rnn_site`` to these two.
"""

from __future__ import annotations

from .cache import library_versions
from .embeds import PAGE_EXTENSIONS, Embed, PageEmbed, ShownVariant, SnippetEmbeds, line_marker, read_marker
from .figure_alt import alt_text
from .stamp import make_stamp, stamp_notebook

__all__ = [
    "PAGE_EXTENSIONS",
    "Embed",
    "PageEmbed",
    "ShownVariant",
    "SnippetEmbeds",
    "alt_text",
    "library_versions",
    "line_marker",
    "make_stamp",
    "read_marker",
    "stamp_notebook",
]
