"""Claims of docs/custom-cells, exercise 2: state_size [3, 5, 1] -> outputs and three states, these shapes."""

import numpy as np

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("exercise_custom_cells_state_size")


def test_the_cell_has_three_states():
    assert list(snippet.cell.state_size) == [3, 5, 1]
    assert snippet.x.shape == (2, 7, 5)


def test_one_tensor_for_the_outputs_then_one_per_state():
    assert len(snippet.result) == 1 + len(snippet.cell.state_size) == 4
    assert [tuple(t.shape) for t in snippet.result] == [(2, 7, 3), (2, 3), (2, 5), (2, 1)]


def test_the_states_are_what_the_rule_gives_from_zero_initial_states():
    """Recomputed in NumPy (float64) from the cell's own weights, starting every state at zeros."""
    kernel, recurrent_kernel = (np.asarray(w, dtype=np.float64) for w in snippet.cell.get_weights())
    x = snippet.x.astype(np.float64)
    h = np.zeros((2, 3))
    steps = []
    for t in range(x.shape[1]):
        h = np.tanh(x[:, t] @ kernel + h @ recurrent_kernel)
        steps.append(h)
    outputs, state_h, sums, step_count = (np.asarray(t) for t in snippet.result)
    np.testing.assert_allclose(outputs, np.stack(steps, axis=1), rtol=1e-5, atol=1e-5)
    np.testing.assert_array_equal(state_h, outputs[:, -1])
    np.testing.assert_allclose(sums, x.sum(axis=1), rtol=1e-5, atol=1e-5)
    np.testing.assert_array_equal(step_count, [[7], [7]])
