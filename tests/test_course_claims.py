"""Claims the pages make in words (not in a snippet's output), checked against the code and the pins.

Each test here failed on the text before the correctness pass of issue 10: a general "biases are
zero", front padding without a mask, versions left unsaid, "every snippet seeds itself", "bias" in
Korean prose, a wrong particle after a shape, "the previous page" that is no longer the previous one.
"""

from __future__ import annotations

import re

import pytest

from rnn_site.execution.embeds import find_embeds
from tests.conftest import DOCS, REPO, SNIPPETS
from tests.page_text import page_prose

LANGS = ("ko", "en")

COURSE = [
    "rnn-basics",
    "inside-the-cell",
    "return-sequences-and-state",
    "lstm-and-gru",
    "lstm-gru-from-weights",
    "custom-cells",
    "architectures",
    "variable-length-sequences",
    "stateful-rnn",
    "training-hihello",
    "sequence-classification",
    "gradients-through-time",
    "long-range-memory",
    "time-series-forecasting",
    "encoder-decoder",
    "text-generation",
]
"""The lessons in the order of the course map on the home page (issue 10)."""


def _page(page: str, lang: str) -> str:
    return (DOCS / f"{page}.{lang}.md").read_text(encoding="utf-8")


def _embedded(markdown: str) -> list[str]:
    """The snippets a page embeds, in order, as the build reads them."""
    return [embed.name for embed in find_embeds(markdown)]


def _existing_lessons() -> list[str]:
    return [p for p in COURSE if (DOCS / f"{p}.ko.md").exists()]


def _snippet(name: str) -> str:
    return (SNIPPETS / name).read_text(encoding="utf-8")


# --- biases -------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_the_zero_bias_claim_names_its_exception(lang):
    """inside-the-cell says biases start at zero; LSTM's forget gate starts at 1, and the page says so."""
    text = _page("inside-the-cell", lang)
    assert "bias_initializer='zeros'" in text and "unit_forget_bias=True" in text


@pytest.mark.parametrize("lang", LANGS)
def test_the_lstm_page_shows_the_forget_gate_bias(lang):
    text = _page("lstm-and-gru", lang)
    assert "unit_forget_bias=True" in text and "unit_forget_bias=False" in text
    shown = [name for name in _embedded(text) if "unit_forget_bias" in _snippet(name)]
    assert shown, "no snippet on the LSTM page prints the LSTM's starting bias"


# --- padding --------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_many_to_one_pads_at_the_end_with_a_mask_and_says_why(lang):
    text = _page("architectures", lang)
    assert "many_to_one_classifier.py" in _embedded(text)
    assert "layers.Masking(mask_value=0.0)" in _snippet("many_to_one_classifier.py")
    for needed in ("`layers.Masking(mask_value=0.0)`", "`layers.Embedding(..., mask_zero=True)`", "cuDNN"):
        assert needed in text, needed
    assert ("**뒤쪽**" if lang == "ko" else "**end**") in text


# --- versions -------------------------------------------------------------------------------------


def _pins() -> dict[str, str]:
    lines = (REPO / "requirements.txt").read_text(encoding="utf-8").splitlines()
    return dict(re.match(r"([\w-]+)==([\w.]+)", line).groups() for line in lines if re.match(r"[\w-]+==", line))


@pytest.mark.parametrize("lang", LANGS)
def test_home_page_names_the_pinned_versions_and_the_keras_3_range(lang):
    text = _page("index", lang)
    pins = _pins()
    assert f"TensorFlow {pins['tensorflow']}" in text and f"Keras {pins['keras']}" in text
    assert "Keras 3" in text and "TensorFlow 2.16" in text


@pytest.mark.parametrize("lang", LANGS)
def test_train_on_batch_page_says_which_versions_return_what(lang):
    text = _page("training-hihello", lang)
    assert "Keras 3.15" in text and "3.0–3.14" in text and "`model.reset_metrics()`" in text
    assert "model.reset_metrics()" in _snippet("hihello_training.py")


@pytest.mark.parametrize("lang", LANGS)
def test_return_state_page_says_tuple_in_keras_3_and_list_in_tf_keras_2(lang):
    text = _page("return-sequences-and-state", lang)
    assert "`tf-keras`" in text and "TensorFlow 2.15" in text
    assert ("리스트" if lang == "ko" else "list") in text


@pytest.mark.parametrize("snippet", sorted(p.name for p in SNIPPETS.glob("*.py")))
def test_no_snippet_tells_a_result_apart_by_tuple_type(snippet):
    """Keras 3 returns a tuple where tf.keras 2 returns a list: a type check breaks on one of them."""
    assert not re.search(r"isinstance\([^)]*\btuple\b", _snippet(snippet)), snippet


# --- the home page --------------------------------------------------------------------------------


def _seeds(name: str) -> bool:
    """keras.utils.set_random_seed (NumPy, Python and the backend at once), or a seeded generator."""
    source = _snippet(name)
    return bool(re.search(r"set_random_seed\(|tf\.random\.set_seed\(|np\.random\.seed\(|default_rng\([^)]", source))


def _draws_random_numbers(name: str) -> bool:
    """Builds a layer or model (initial weights), or samples, or drops out."""
    return bool(re.search(r"layers\.\w+\(|keras\.(Sequential|Model)\(|np\.random|random\.|dropout", _snippet(name)))


@pytest.mark.parametrize("snippet", sorted(p.name for p in SNIPPETS.glob("*.py")))
def test_a_snippet_that_draws_random_numbers_fixes_its_seed(snippet):
    if _draws_random_numbers(snippet):
        assert _seeds(snippet), f"snippets/{snippet} draws random numbers without a seed"


@pytest.mark.parametrize("lang", LANGS)
def test_the_home_pages_seed_claim_is_true(lang):
    """It names an unseeded snippet as its example, and that snippet really draws nothing random."""
    bullet = next(b for b in _page("index", lang).split("\n- ") if "set_random_seed" in b)
    named = re.findall(r"snippets/(\w+\.py)", bullet)
    unseeded = [p.name for p in SNIPPETS.glob("*.py") if not _seeds(p.name)]
    assert unseeded, "every snippet seeds itself now: say so plainly on the home page"
    assert named and all(n in unseeded and not _draws_random_numbers(n) for n in named), named


@pytest.mark.parametrize("lang", LANGS)
def test_home_page_maps_the_course_in_order(lang):
    text = _page("index", lang)
    map_section = next(s for s in text.split("\n## ") if s.startswith(("코스 지도", "Course map")))
    links = re.findall(r"^\s*\d+\. \[[^\]]+\]\(([\w-]+)\.md\)", map_section, flags=re.M)
    assert links == COURSE
    numbers = re.findall(r"^(\d+)\. ", map_section, flags=re.M)
    assert numbers == [str(i) for i in range(1, len(COURSE) + 1)]


def test_nav_lists_the_existing_lessons_in_course_order():
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    nav = re.findall(r"^  - [^:]+: ([\w-]+)\.md$", config, flags=re.M)
    lessons = [page for page in nav if page in COURSE]
    assert lessons == [page for page in COURSE if page in lessons]
    assert set(_existing_lessons()) <= set(lessons)
    assert nav[0] == "index" and nav[-1] == "glossary"


NEIGHBOUR = {
    "ko": {"앞 페이지": -1, "이전 페이지": -1, "다음 페이지": 1},
    "en": {"the previous page": -1, "the next page": 1},
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("page", COURSE)
def test_previous_and_next_page_links_point_to_the_neighbouring_lesson(page, lang):
    if not (DOCS / f"{page}.{lang}.md").exists():
        pytest.skip(f"docs/{page}.{lang}.md is written by another lesson's author")
    for label, target in re.findall(r"\[([^\]]+)\]\(([\w-]+)\.md[#\w-]*\)", _page(page, lang)):
        step = NEIGHBOUR[lang].get(label.lower())
        if step is not None:
            assert target == COURSE[COURSE.index(page) + step], f"docs/{page}.{lang}.md: [{label}]({target}.md)"


# --- Korean ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "page", [p.name.split(".")[0] for p in sorted(DOCS.glob("*.ko.md")) if p.name != "glossary.ko.md"]
)
def test_korean_prose_writes_bias_as_pyeonhyang(page):
    """The glossary's term is 편향; "bias" may appear only as its gloss, 편향(bias), or in code."""
    prose = page_prose(page, "ko")
    assert not re.search(r"(?<!편향\()\bbias\b", prose), f"docs/{page}.ko.md writes bias in prose: write 편향"


# The reading of a number's last digit decides the particle: 영, 삼, 육 end in a consonant
# (으로, 은, 이, 을); 일, 칠, 팔 end in ㄹ, which takes 로 but 은/이/을; the others end in a vowel.
_CONSONANT = set("0136780")
_RIEUL = set("178")
_PARTICLES = {"로": "으로", "는": "은", "가": "이", "를": "을"}


def _expected_particle(number: str, particle: str) -> str:
    plain = particle if particle in _PARTICLES else next(k for k, v in _PARTICLES.items() if v == particle)
    last = number[-1]
    if last not in _CONSONANT:
        return plain
    if plain == "로" and last in _RIEUL:
        return "로"
    return _PARTICLES[plain]


@pytest.mark.parametrize("page", [p.name.split(".")[0] for p in sorted(DOCS.glob("*.ko.md"))])
def test_korean_particles_after_a_number_or_shape_follow_its_reading(page):
    """`(6,)`으로, `(1, 2)`로, 4는, 3이: the particle follows how the last digit is read."""
    wrong = []
    for line_no, line in enumerate(_page(page, "ko").splitlines(), 1):
        for number, particle in re.findall(r"(\d+)[,)\]]*`? ?(으로|로|은|는|이|가|을|를)(?=[\s.,)]|$)", line):
            if number.endswith("0") and len(number) > 1:
                continue  # 10, 20, 100: 십, 이십, 백 all end in a consonant too, but skip the rarer readings
            expected = _expected_particle(number, particle)
            if particle != expected:
                wrong.append(f"line {line_no}: {number} {particle} (write {expected})")
    assert not wrong, f"docs/{page}.ko.md: {wrong}"


# --- keras.Input ----------------------------------------------------------------------------------


def _explains_keras_input(page: str, lang: str) -> bool:
    text = _page(page, lang)
    return "`keras.Input" in text and ("배치 축" if lang == "ko" else "batch axis") in text and "`None`" in text


def _uses_keras_input(page: str, lang: str) -> bool:
    return any("keras.Input(" in _snippet(name) for name in _embedded(_page(page, lang)))


@pytest.mark.parametrize("lang", LANGS)
def test_keras_input_is_explained_where_the_course_first_uses_it(lang):
    """keras.Input(shape=(5, 4)) has no batch axis: the first lesson that uses it says why."""
    users = [page for page in _existing_lessons() if _uses_keras_input(page, lang)]
    assert users, "no lesson uses keras.Input any more: drop this test"
    assert _explains_keras_input(users[0], lang), f"docs/{users[0]}.{lang}.md"
    assert _explains_keras_input("architectures", lang)


# --- exercises ------------------------------------------------------------------------------------

EXERCISES = {"ko": ("## 연습 문제", "풀이"), "en": ("## Exercises", "Solution")}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("page", COURSE)
def test_every_lesson_ends_with_two_or_three_exercises_solved_by_a_tested_snippet(page, lang):
    if not (DOCS / f"{page}.{lang}.md").exists():
        pytest.skip(f"docs/{page}.{lang}.md is written by another lesson's author")
    heading, label = EXERCISES[lang]
    text = _page(page, lang)
    assert heading in text, f"docs/{page}.{lang}.md has no {heading!r} section"
    section = text.split(heading, 1)[1]
    assert "\n## " not in section, "the exercises are the last section"
    bodies = re.findall(rf'^\?\?\? success "{label}"\n((?:(?:    .*)?\n)+)', section + "\n", flags=re.M)
    blocks = [name for body in bodies for name in re.findall(r'^    \{\{ run\("([\w.]+)"\) \}\}$', body, flags=re.M)]
    assert 2 <= len(bodies) <= 3 and len(blocks) == len(bodies), f"each of 2-3 solutions embeds one snippet: {blocks}"
    questions = re.findall(r"^(?:\*\*\d+\.\*\*|\d+\.) ", section, flags=re.M)
    assert len(questions) == len(bodies)
    for name in blocks:
        assert name.startswith("exercise_"), name
        assert (REPO / "tests" / "test_snippets" / f"test_{name}").exists(), f"no tests/test_snippets/test_{name}"


VERSIONED_LESSONS = [
    "rnn-basics",
    "inside-the-cell",
    "return-sequences-and-state",
    "lstm-and-gru",
    "custom-cells",
    "architectures",
    "training-hihello",
]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("page", VERSIONED_LESSONS)
def test_each_lesson_says_its_numbers_belong_to_the_pinned_versions(page, lang):
    """A reader who lands on a lesson (not on the home page) learns it too; the versions are the pins."""
    pins = _pins()
    text = _page(page, lang)
    note = text[: text.index("\n## ")]
    assert f"TensorFlow {pins['tensorflow']}" in note and f"Keras {pins['keras']}" in note and "Keras 3" in note
