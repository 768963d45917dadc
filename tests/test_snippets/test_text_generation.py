"""Claims of docs/text-generation, training and generating: the GRU learns the poem; the loop feeds picks back."""

import numpy as np

from tests.gated_reference import gru_forward
from tests.snippet_modules import lazy_snippet

data = lazy_snippet("text_generation_data")
snippet = lazy_snippet("text_generation")


def _logits(text: str) -> np.ndarray:
    """NumPy GRU + Dense over the whole text at once: the scores after each character, (len(text), vocab)."""
    kernel, recurrent_kernel, bias, dense_kernel, dense_bias = snippet.model.get_weights()
    x = np.eye(snippet.vocab_size)[[[snippet.char2idx[c] for c in text]]]
    return (gru_forward(x, kernel, recurrent_kernel, bias) @ dense_kernel + dense_bias)[0]


def test_same_data_as_the_data_snippet():
    assert snippet.text == data.text and snippet.vocab == data.vocab
    np.testing.assert_array_equal(snippet.x_one_hot, data.x_one_hot)
    np.testing.assert_array_equal(snippet.y_idx, data.y_idx)


def test_shapes():
    assert snippet.x_one_hot.shape == (215, 16, 25)
    assert tuple(snippet.model.output.shape) == (None, None, 25)
    assert [tuple(w.shape) for w in snippet.gru.get_weights()] == [(25, 96), (32, 96), (2, 96)]


def test_model_is_the_numpy_gru_and_dense():
    expected = _logits(snippet.text[:40])
    got = np.asarray(snippet.model(np.eye(25, dtype=np.float32)[[[snippet.char2idx[c] for c in snippet.text[:40]]]]))[0]
    np.testing.assert_allclose(got, expected, rtol=1e-4, atol=1e-4)


def test_one_update_per_epoch():
    assert int(snippet.model.optimizer.iterations) == 40 == len(snippet.losses)


def test_loss_starts_near_chance_and_falls():
    losses = snippet.losses
    assert len(losses) == 40
    assert abs(losses[0] - np.log(25)) < 0.1  # an untrained model: about uniform over 25 characters
    assert all(b < a for a, b in zip(losses, losses[1:]))
    assert losses[-1] < 0.5


def test_greedy_generation_picks_the_highest_score_after_every_prefix():
    """Recomputed over the whole generated text at once, no cell stepping: each character is the argmax."""
    greedy, prompt = snippet.greedy, snippet.prompt
    assert greedy.startswith(prompt) and len(greedy) == len(prompt) + 100
    logits = _logits(greedy[:-1])
    for position in range(len(prompt), len(greedy)):
        assert snippet.vocab[int(np.argmax(logits[position - 1]))] == greedy[position]


def test_greedy_generation_recites_the_poem():
    assert snippet.text.startswith(snippet.greedy)


def test_samples_replay_from_the_seed_and_the_models_probabilities():
    rng = np.random.default_rng(0)
    for temperature, (sample, greedy_picks) in snippet.samples.items():
        logits = _logits(sample[:-1])
        picks = 0
        for position in range(len(snippet.prompt), len(sample)):
            z = logits[position - 1] / temperature
            p = np.exp(z - z.max())
            choice = rng.choice(25, p=p / p.sum())
            assert snippet.vocab[choice] == sample[position], (temperature, position)
            picks += choice == int(np.argmax(z))
        assert picks == greedy_picks


def test_low_temperature_is_near_greedy_high_temperature_varied():
    picks = {t: g for t, (_, g) in snippet.samples.items()}
    assert picks[0.2] == 60 and picks[0.2] > picks[1.0] > picks[2.0]  # the page: all 60 at 0.2
    assert snippet.samples[0.2][0] == snippet.greedy[: len(snippet.samples[0.2][0])]
    for t in (1.0, 2.0):
        assert snippet.samples[t][0] not in snippet.text  # text the poem never had
