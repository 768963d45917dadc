"""Time the test suite: wall time, and the CPU time the whole machine spent while it ran.

    .venv/bin/python benchmarks/suite_cpu.py [pytest arguments...]

Runs ``python -m pytest`` (with the arguments given) and prints its wall time, the busy CPU
seconds of the whole machine over the same interval (read from ``/proc/stat``, so Chromium's
processes, which pytest does not wait for itself, count too), the number of usable cores, and
``CPU / cores``: the shortest wall time the suite could take on this machine if every core were
busy all the time. Linux only. Run it on an otherwise idle machine; the load average before and
after is printed so a busy run can be told apart.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def busy_seconds() -> float:
    """CPU seconds the machine has spent on anything but idling, since boot."""
    fields = [int(value) for value in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle, iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def main(args: list[str]) -> int:
    cores = len(os.sched_getaffinity(0))
    print(f"load average before: {os.getloadavg()[0]:.2f}; {cores} usable core(s)", flush=True)
    cpu, start = busy_seconds(), time.monotonic()
    code = subprocess.call([sys.executable, "-m", "pytest", *args], cwd=REPO)
    wall, cpu = time.monotonic() - start, busy_seconds() - cpu
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    print(f"pytest exit {code}; wall {wall:.0f} s; machine CPU {cpu:.0f} s ({cpu / wall:.2f} cores busy on average)")
    print(f"CPU / cores: {cpu / cores:.0f} s, the least wall time this much work can take here")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
