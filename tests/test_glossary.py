"""The glossary (docs/glossary.yml) is the site's vocabulary: both glossary pages list it, every page uses it.

Pages are read by the site's own Markdown parser (tests/page_text.py): prose means what a reader reads as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pytest
import yaml

from tests.conftest import DOCS, REPO, pages
from tests.keras_versions import before_keras, requires_keras
from tests.page_text import page_prose, page_tables


@dataclass(frozen=True)
class Term:
    ko: str
    en: str
    ko_forms: tuple[str, ...]
    en_forms: tuple[str, ...]
    avoid: tuple[str, ...]
    avoid_en: tuple[str, ...]


@cache
def terms() -> tuple[Term, ...]:
    entries = yaml.safe_load((DOCS / "glossary.yml").read_text(encoding="utf-8"))
    return tuple(
        Term(
            ko=e["ko"],
            en=e["en"],
            ko_forms=tuple(e.get("ko_forms", [e["ko"]])),
            en_forms=tuple(e.get("en_forms", [e["en"]])),
            avoid=tuple(e.get("avoid", [])),
            avoid_en=tuple(e.get("avoid_en", [])),
        )
        for e in entries
    )


def _prose(page: str, lang: str) -> str:
    """The page's prose with each run of white space read as one space, as a browser shows it."""
    return " ".join(page_prose(page, lang).split())


def _glossary_rows(lang: str) -> list[list[str]]:
    tables = page_tables("glossary", lang)
    assert len(tables) == 1 and len(tables[0]) > 2, f"docs/glossary.{lang}.md: expected one table of terms"
    return tables[0]


def test_the_source_is_well_formed():
    assert len({t.ko for t in terms()}) == len({t.en for t in terms()}) == len(terms()) >= 15
    for term in terms():
        assert term.ko.strip() and term.en.strip()
        assert not set(term.avoid) & set(term.ko_forms), term


def test_the_korean_glossary_page_lists_exactly_the_terms_with_definitions():
    rows = _glossary_rows("ko")
    assert [(ko, en) for ko, en, _ in rows] == [(t.ko, t.en) for t in terms()]
    assert all(len(definition) > 10 for *_, definition in rows)


def test_the_english_glossary_page_lists_exactly_the_terms_with_definitions():
    rows = _glossary_rows("en")
    assert [(en, ko) for en, ko, _ in rows] == [(t.en, t.ko) for t in terms()]
    assert all(len(definition) > 10 for *_, definition in rows)


@pytest.mark.parametrize("page", [p for p in pages() if p != "glossary"])
def test_a_term_used_in_korean_is_used_in_english_too(page):
    ko, en = _prose(page, "ko"), _prose(page, "en").lower()
    missing = [
        f"{term.ko} -> {term.en}"
        for term in terms()
        if any(form in ko for form in term.ko_forms) and not any(form.lower() in en for form in term.en_forms)
    ]
    assert not missing, f"docs/{page}.en.md lacks the English for: {missing}"


@pytest.mark.parametrize("page", pages())
def test_pages_use_the_glossary_spelling(page):
    ko, en = _prose(page, "ko"), _prose(page, "en").lower()
    wrong = [f"{a} (write {t.ko})" for t in terms() for a in t.avoid if a in ko]
    wrong += [f"{a} (write {t.en})" for t in terms() for a in t.avoid_en if a.lower() in en]
    assert not wrong, f"docs/{page}: {wrong}"


def test_the_glossary_is_the_last_page_in_the_nav():
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    nav = re.search(r"^nav:\n((?:  - .*\n)+)", config, flags=re.M).group(1).splitlines()
    assert nav[-1] == "  - 용어집: glossary.md"
    assert "            용어집: Glossary" in config.splitlines()


def _defined_in() -> dict[str, str]:
    entries = yaml.safe_load((DOCS / "glossary.yml").read_text(encoding="utf-8"))
    return {e["ko"]: e.get("defined_in", "") for e in entries}


@pytest.mark.parametrize("term", terms(), ids=lambda t: t.en)
def test_every_term_names_the_page_that_introduces_it_and_that_page_uses_it(term):
    """Searching a term lists this page first (rnn_site/search_terms.py), so it must really teach it."""
    page = _defined_in()[term.ko]
    assert page in pages(), f"{term.ko}: defined_in {page!r} is not a page"
    if page == "glossary":
        return
    ko, en = _prose(page, "ko"), _prose(page, "en").lower()
    assert any(form in ko for form in term.ko_forms), f"docs/{page}.ko.md never uses {term.ko}"
    assert any(form.lower() in en for form in term.en_forms), f"docs/{page}.en.md never uses {term.en}"


# --- what the glossary's definitions say about Keras, executed ------------------------------------


def test_training_moves_the_weights_against_the_gradient():
    import numpy as np
    from tensorflow import keras

    weight = keras.Variable([1.0, -2.0])
    gradient = keras.ops.convert_to_tensor([0.5, -3.0])
    keras.optimizers.SGD(learning_rate=0.1).apply_gradients([(gradient, weight)])
    np.testing.assert_allclose(weight.numpy(), [1.0 - 0.05, -2.0 + 0.3], rtol=1e-6)


def test_clipvalue_clips_every_element_of_the_gradient():
    import numpy as np
    from tensorflow import keras

    weight = keras.Variable([0.0, 0.0, 0.0])
    gradient = keras.ops.convert_to_tensor([2.0, -0.1, -3.0])
    keras.optimizers.SGD(learning_rate=1.0, clipvalue=0.5).apply_gradients([(gradient, weight)])
    np.testing.assert_allclose(weight.numpy(), -np.clip([2.0, -0.1, -3.0], -0.5, 0.5), rtol=1e-6)


def _refused(**clipping) -> bool:
    from tensorflow import keras

    try:
        keras.optimizers.SGD(**clipping)
    except ValueError:
        return True
    return False


@requires_keras("3.2", "from Keras 3.2 only one of clipnorm, clipvalue and global_clipnorm may be set")
def test_only_one_of_the_three_clipping_arguments_may_be_set():
    assert _refused(clipnorm=1.0, global_clipnorm=1.0)
    assert _refused(clipnorm=1.0, clipvalue=1.0)
    assert _refused(clipvalue=1.0, global_clipnorm=1.0)
    assert not any(_refused(**{name: 1.0}) for name in ("clipnorm", "clipvalue", "global_clipnorm"))


@before_keras("3.2", "Keras 3.0 and 3.1 refuse only clipnorm with global_clipnorm")
def test_before_keras_3_2_only_clipnorm_and_global_clipnorm_exclude_each_other():
    assert _refused(clipnorm=1.0, global_clipnorm=1.0)
    assert not _refused(clipnorm=1.0, clipvalue=1.0)


def test_an_embedding_takes_the_row_of_the_index_from_its_table():
    import numpy as np
    from tensorflow.keras import layers

    embedding = layers.Embedding(input_dim=10, output_dim=3)
    vectors = np.asarray(embedding(np.array([[4, 0, 9]])))
    table = np.asarray(embedding.embeddings)
    assert table.shape == (10, 3)
    np.testing.assert_array_equal(vectors[0], table[[4, 0, 9]])


def test_a_loss_from_logits_applies_softmax_itself():
    import numpy as np
    from tensorflow import keras

    logits = np.array([[2.0, -1.0, 0.5]], dtype=np.float32)  # a negative score, and no sum of 1
    loss = keras.losses.SparseCategoricalCrossentropy(from_logits=True)(np.array([2]), logits)
    expected = -np.log(np.exp(logits[0, 2]) / np.exp(logits[0]).sum())
    np.testing.assert_allclose(float(loss), expected, rtol=1e-5)


def test_at_inference_dropout_is_off():
    import numpy as np
    from tensorflow.keras import layers

    x = np.ones((2, 8), dtype=np.float32)
    np.testing.assert_array_equal(layers.Dropout(0.5)(x), x)  # training defaults to False
    assert not np.array_equal(layers.Dropout(0.5, seed=1)(x, training=True), x)
