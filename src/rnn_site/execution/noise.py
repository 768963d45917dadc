"""Drop TensorFlow's start-up log lines from captured output.

TensorFlow writes these to stderr before absl logging is initialised, so
``TF_CPP_MIN_LOG_LEVEL`` does not silence them. Only lines from the known
start-up sources are dropped; any other log line (a real warning) is kept.
"""

from __future__ import annotations

import re

_STARTUP_SOURCES = (
    "port.cc",  # oneDNN custom operations are on
    "cudart_stub.cc",  # could not find cuda drivers
    "cpu_feature_guard.cc",  # binary is optimized to use available CPU instructions
    "cuda_platform.cc",  # failed call to cuInit
    "cuda_executor.cc",
    "cuda_diagnostics.cc",
    "cuda_dnn.cc",
    "cuda_fft.cc",
    "cuda_blas.cc",
    "computation_placer.cc",
    "gpu_device.cc",
)
_ABSL_LINE = re.compile(r"^[IWEF]\d{4} [\d:. ]+\d+ (?P<source>[\w.]+):\d+\] ")
_NOTICES = (
    # printed (with a timestamp) the first time a masked RNN runs on a CPU without AVX-512 BF16: about
    # the machine, not the snippet, and it would make a page differ between runs
    "oneDNN supports DT_BOOL only on platforms with",
)
_STANDALONE = (
    "WARNING: All log messages before absl::InitializeLog() is called are written to STDERR",
    "To enable the following instructions:",
    "WARNING: TensorFlow was not compiled",
)


def is_startup_noise(line: str) -> bool:
    """True for one line of TensorFlow's start-up chatter."""
    if line.startswith(_STANDALONE):
        return True
    match = _ABSL_LINE.match(line)
    if not match:
        return False
    return match.group("source") in _STARTUP_SOURCES or any(notice in line for notice in _NOTICES)


def strip_startup_noise(text: str) -> tuple[str, int]:
    """Return ``text`` without start-up lines, and how many lines were dropped."""
    kept: list[str] = []
    dropped = 0
    for line in text.splitlines(keepends=True):
        if is_startup_noise(line):
            dropped += 1
        else:
            kept.append(line)
    return "".join(kept), dropped
