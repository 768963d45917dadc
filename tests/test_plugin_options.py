"""Every plugin of the site can be switched off with ``enabled: false`` (MkDocs' own option, or the plugin's)."""

from __future__ import annotations

import pytest
from mkdocs.config import load_config

PLUGINS = ("snippet-exec", "mathml", "notebooks", "language-links", "accessibility")


@pytest.mark.parametrize("name", PLUGINS)
def test_enabled_false_switches_the_plugin_off(name, tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text(
        f"site_name: t\nplugins:\n  - {name}:\n      enabled: false\n", encoding="utf-8"
    )
    config = load_config(str(tmp_path / "mkdocs.yml"))
    plugin = config.plugins.get(name)
    assert plugin is None or plugin.config.enabled is False  # not loaded, or loaded and told to do nothing
