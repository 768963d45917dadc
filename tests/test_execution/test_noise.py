"""Only TensorFlow's start-up chatter is dropped; real warnings stay."""

from rnn_site.execution.noise import strip_startup_noise

STARTUP = """WARNING: All log messages before absl::InitializeLog() is called are written to STDERR
I0000 00:00:1795864689.986860    3852 port.cc:153] oneDNN custom operations are on. You may see slightly different numerical results.
I0000 00:00:1795864689.987546    3852 cudart_stub.cc:31] Could not find cuda drivers on your machine, GPU will not be used.
I0000 00:00:1795864690.069159    3852 cpu_feature_guard.cc:227] This TensorFlow binary is optimized to use available \
CPU instructions in performance-critical operations.
To enable the following instructions: AVX2 AVX512F FMA, in other operations, rebuild TensorFlow with the appropriate compiler flags.
E0000 00:00:1795864692.546568    3852 cuda_platform.cc:52] failed call to cuInit: INTERNAL: CUDA error: Failed call to cuInit: UNKNOWN ERROR (303)
"""


def test_startup_lines_are_dropped_and_counted():
    text = "x_data: [[1. 0.]]\n" + STARTUP + "outputs: [[0.1]]\n"
    clean, dropped = strip_startup_noise(text)
    assert clean == "x_data: [[1. 0.]]\noutputs: [[0.1]]\n"
    assert dropped == 6


def test_real_warnings_are_kept():
    text = (
        "W0000 00:00:1.0    1 loop_optimizer.cc:10] a real runtime warning\n"
        "/x/keras/src/layers/rnn.py:200: UserWarning: Do not pass an `input_shape`\n"
        "print('port.cc:153] looks like a log but is output')\n"
    )
    assert strip_startup_noise(text) == (text, 0)


def test_the_masked_rnn_hardware_notice_is_dropped_but_other_util_lines_stay():
    """Printed with a timestamp on CPUs without AVX-512 BF16 the first time a mask is used."""
    notice = (
        "E0000 00:00:1795903308.730173    6312 util.cc:131] oneDNN supports DT_BOOL only on platforms with "
        "AVX-512. Falling back to the default Eigen-based implementation if present.\n"
    )
    other = "E0000 00:00:1.0    1 util.cc:99] a real error from the same source file\n"
    assert strip_startup_noise("a\n" + notice + other) == ("a\n" + other, 1)
