"""Claims of docs/text-generation, training and generating: an Embedding and a GRU learn the poems; the held-out
stanza's perplexity beats the uniform and unigram guesses; a callback prints a greedy sample every epoch."""

import numpy as np

from tests.gated_reference import gru_forward
from tests.keras_versions import PINNED_RUN
from tests.snippet_modules import lazy_snippet

data = lazy_snippet("text_generation_data")
snippet = lazy_snippet("text_generation")


def _logits(ids) -> np.ndarray:
    """NumPy Embedding + GRU + Dense over a whole sequence: the scores after each character, (len(ids), vocab)."""
    x = snippet.embedding.get_weights()[0][np.asarray(ids)][None]
    kernel, bias = snippet.dense.get_weights()
    return (gru_forward(x, *snippet.gru.get_weights()) @ kernel + bias)[0]


def _cross_entropy(logits, targets) -> np.ndarray:
    z = logits - logits.max(-1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(-1, keepdims=True))
    return -log_p[np.arange(len(targets)), targets]


def _ids(text: str) -> list[int]:
    return [snippet.char2idx[c] for c in text]


def test_same_data_as_the_data_snippet():
    assert snippet.text == data.text and snippet.vocab == data.vocab
    assert snippet.train_text == data.train_text and snippet.val_text == data.val_text
    for name in ("x_idx", "y_idx", "x_val", "y_val"):
        np.testing.assert_array_equal(getattr(snippet, name), getattr(data, name))


def test_shapes():
    assert tuple(snippet.model.output.shape) == (None, None, 35)
    assert snippet.embedding.get_weights()[0].shape == (35, 16)
    assert [tuple(w.shape) for w in snippet.gru.get_weights()] == [(16, 144), (48, 144), (2, 144)]


def test_model_is_the_numpy_embedding_gru_and_dense():
    ids = _ids(snippet.text[:50])
    got = np.asarray(snippet.model(np.array([ids])))[0]
    np.testing.assert_allclose(got, _logits(ids), rtol=1e-4, atol=1e-4)


def test_early_stopping_kept_the_best_epoch():
    val = snippet.history.history["val_loss"]
    assert snippet.best_epoch == int(np.argmin(val)) + 1
    assert len(val) == snippet.best_epoch + 2 < 12  # patience 2: two epochs without improvement, then stop
    np.testing.assert_allclose(snippet.val_loss, min(val), rtol=1e-5)


def test_training_loss_falls_every_epoch():
    losses = snippet.history.history["loss"]
    assert all(b < a for a, b in zip(losses, losses[1:]))
    assert losses[-1] < snippet.history.history["val_loss"][-1]  # training text is easier than the held-out stanza


def test_held_out_perplexity_is_exp_of_the_numpy_loss_and_beats_both_baselines():
    loss = _cross_entropy(_logits(snippet.x_val[0]), snippet.y_val[0]).mean()
    np.testing.assert_allclose(snippet.val_loss, loss, rtol=1e-4)
    np.testing.assert_allclose(snippet.val_perplexity, np.exp(loss), rtol=1e-4)
    counts = {c: snippet.train_text.count(c) + 1 for c in snippet.vocab}
    unigram = np.exp(-np.mean([np.log(counts[c] / sum(counts.values())) for c in snippet.val_text[1:]]))
    np.testing.assert_allclose(snippet.unigram, unigram)
    assert np.exp(loss) < unigram < len(snippet.vocab) == 35


def test_the_callback_prints_the_losses_perplexity_and_a_greedy_sample(capsys):
    snippet.ShowProgress().on_epoch_end(2, {"loss": 1.5, "val_loss": float(np.log(13.0))})
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "epoch 3: loss 1.5000, val_loss 2.5649, val perplexity 13.00"
    sample, _ = snippet.generate(snippet.prompt, 40, 0, None)
    assert lines[1] == "  " + sample.replace("\n", "/") and len(sample) == len(snippet.prompt) + 40


def test_greedy_generation_picks_the_highest_score_after_every_prefix():
    """Recomputed over the whole generated text at once, no cell stepping: each character is the argmax."""
    greedy, prompt = snippet.greedy, snippet.prompt
    assert greedy.startswith(prompt) and len(greedy) == len(prompt) + 60
    logits = _logits(_ids(greedy[:-1]))
    for position in range(len(prompt), len(greedy)):
        assert snippet.vocab[int(np.argmax(logits[position - 1]))] == greedy[position]


def test_greedy_generation_falls_into_a_loop():
    continuation = snippet.greedy[len(snippet.prompt) :]
    assert any(continuation.count(continuation[s : s + 12]) >= 3 for s in range(len(continuation) - 12))


def test_samples_replay_from_the_seed_and_the_models_probabilities():
    rng = np.random.default_rng(0)
    for temperature, (sample, greedy_picks) in snippet.samples.items():
        logits = _logits(_ids(sample[:-1]))
        picks = 0
        for position in range(len(snippet.prompt), len(sample)):
            z = logits[position - 1] / temperature
            p = np.exp(z - z.max())
            choice = rng.choice(35, p=p / p.sum())
            assert snippet.vocab[choice] == sample[position], (temperature, position)
            picks += choice == int(np.argmax(z))
        assert picks == greedy_picks


def test_low_temperature_is_nearer_greedy_high_temperature_varied():
    picks = {t: g for t, (_, g) in snippet.samples.items()}
    assert picks[0.2] > picks[1.0] > picks[2.0]
    assert picks[0.2] >= 40


def test_the_callback_kept_one_sample_per_epoch_and_they_improve():
    samples = [s[len(snippet.prompt) :] for s in snippet.progress.samples]
    assert len(samples) == len(snippet.history.history["loss"])
    assert len(set(samples[0].replace(" ", ""))) <= 3  # at first a few letters, repeated
    assert "the" in samples[1] and "said" not in samples[1]
    assert any(s.startswith('" said the') for s in samples[2:])


@PINNED_RUN
def test_the_best_epoch_and_perplexity_the_page_names():
    """Facts of this seeded run that the page's prose states: epoch 4, 13.36, stopped after 6."""
    assert snippet.best_epoch == 4 and len(snippet.history.history["val_loss"]) == 6
    assert round(float(snippet.val_perplexity), 2) == 13.36
    assert "said the" in snippet.greedy
    assert [g for _, g in snippet.samples.values()] == [44, 24, 12]


def test_twelve_updates_per_epoch():
    assert len(range(0, 1432, 128)) == 12
    assert int(np.asarray(snippet.model.optimizer.iterations)) == 12 * len(snippet.history.history["loss"])
