"""Claims of docs/text-generation, exercise 3: a constant probability p gives perplexity 1/p; one confident
mistake costs more than being unsure every time."""

import math

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_text_generation_perplexity")


def _perplexity(probabilities) -> float:
    return math.exp(-sum(math.log(p) for p in probabilities) / len(probabilities))


def test_ten_characters_each():
    assert [len(p) for p in snippet.models.values()] == [10, 10, 10]


def test_a_constant_probability_p_gives_one_over_p():
    uniform, half, _ = snippet.models.values()
    assert math.isclose(_perplexity(uniform), 4) and math.isclose(_perplexity(half), 2)


def test_one_confident_mistake_costs_more_than_half_every_time():
    _, half, mistake = snippet.models.values()
    assert math.isclose(_perplexity(mistake), math.exp((9 * -math.log(0.9) - math.log(0.001)) / 10))
    assert 2.1 < _perplexity(mistake) < 2.2 and _perplexity(mistake) > _perplexity(half)
    assert sum(p > 0.5 for p in mistake) == 9  # nine of ten guesses were surer than the 0.5 model's
