"""Claims of docs/lstm-and-gru: `outputs, states = lstm(x)` raises ValueError; three names work."""

import numpy as np
import pytest

from tests.snippet_modules import lazy_snippet

snippet = lazy_snippet("lstm_unpack_error")


def test_unpacking_into_two_raises_value_error():
    with pytest.raises(ValueError, match="too many values to unpack"):
        outputs, states = snippet.lstm(snippet.x_data)


def test_unpacking_into_three_works():
    assert isinstance(snippet.result, tuple) and len(snippet.result) == 3
    assert tuple(snippet.outputs.shape) == (1, 5, 2)
    assert tuple(snippet.state_h.shape) == (1, 2)
    assert tuple(snippet.state_c.shape) == (1, 2)
    np.testing.assert_array_equal(snippet.state_h, snippet.outputs[:, -1])


def test_snippet_prints_the_real_error(capsys):
    import runpy
    from pathlib import Path

    runpy.run_path(str(Path(snippet.__file__)), run_name="__main__")
    printed = capsys.readouterr().out
    assert "ValueError: too many values to unpack" in printed


def test_star_unpacking_gathers_both_states_in_a_list():
    outputs, *states = snippet.lstm(snippet.x_data)
    assert isinstance(states, list) and len(states) == 2
    np.testing.assert_array_equal(states[0], snippet.state_h)
    np.testing.assert_array_equal(states[1], snippet.state_c)
