"""The fork server: import the heavy libraries once, then fork a fresh child per snippet.

Started by ``forkclient.ForkServer`` as
``python -u -m rnn_site.execution.forkserver FD MODULE...``, with the
environment and working directory a snippet gets. It imports each MODULE
(numpy, tensorflow, keras, matplotlib by default) without running any
TensorFlow op, so no thread pool or session exists yet and forking is safe;
it refuses to serve if an import left a second Python thread running.

Messages are JSON lines on the socket FD. The client sends
``{"op": "run", "id", "snippet", "workdir", "timeout", "cwd", "memory_limit_mb"}`` and
``{"op": "cancel"}``; the server answers ``{"ready": ...}`` once, then
``{"id", "exit"}`` per run when the child's own process has ended (``exit`` is
None if it was killed at the backstop). Each child leads its own process
group; when it ends, whatever it left running in the group is killed. On EOF
(the build ended, or died) the server kills every child and exits.
"""

from __future__ import annotations

import importlib
import json
import os
import random
import selectors
import signal
import socket
import sys
import threading
import time
import traceback
from dataclasses import dataclass

from rnn_site.execution.child import execute
from rnn_site.execution.runner import BACKSTOP, kill_group


@dataclass
class Job:
    id: int
    deadline: float
    late: bool = False


def _fresh_random_state() -> None:
    """Reseed what a fresh interpreter seeds from the OS, so unseeded snippets stay unseeded."""
    random.seed()
    numpy_random = sys.modules.get("numpy.random")  # not imported yet: its import seeds it from the OS
    if numpy_random is not None:
        numpy_random.seed()


class Server:
    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.inbox = b""
        self.jobs: dict[int, Job] = {}  # by child pid
        self.wake_read, self.wake_write = os.pipe()
        os.set_blocking(self.wake_read, False)
        os.set_blocking(self.wake_write, False)
        signal.set_wakeup_fd(self.wake_write)  # a child's exit (SIGCHLD) wakes select()
        signal.signal(signal.SIGCHLD, lambda *_: None)
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))

    def send(self, message: dict) -> None:
        self.sock.sendall(json.dumps(message).encode() + b"\n")

    def serve(self) -> None:
        selector = selectors.DefaultSelector()
        selector.register(self.sock, selectors.EVENT_READ)
        selector.register(self.wake_read, selectors.EVENT_READ)
        try:
            while True:
                for key, _ in selector.select(self._seconds_to_next_deadline()):
                    if key.fileobj is self.sock:
                        if not self._receive():
                            return
                    else:
                        while True:
                            try:
                                if not os.read(self.wake_read, 512):
                                    break
                            except BlockingIOError:
                                break
                self._reap()
                self._enforce_deadlines()
        finally:
            for pid in self.jobs:
                kill_group(pid)

    def _seconds_to_next_deadline(self) -> float | None:
        pending = [job.deadline for job in self.jobs.values() if not job.late]
        return max(0.0, min(pending) - time.monotonic()) if pending else None

    def _receive(self) -> bool:
        data = self.sock.recv(1 << 16)
        if not data:
            return False  # the build is gone
        self.inbox += data
        while b"\n" in self.inbox:
            line, self.inbox = self.inbox.split(b"\n", 1)
            message = json.loads(line)
            if message["op"] == "run":
                self._fork(message)
            elif message["op"] == "cancel":
                for pid in self.jobs:
                    kill_group(pid)
        return True

    def _fork(self, message: dict) -> None:
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            code = 70
            try:
                code = self._child(message)
            except BaseException:
                traceback.print_exc()
            finally:
                try:
                    sys.stdout.flush()
                    sys.stderr.flush()
                finally:
                    os._exit(code)
        try:
            os.setpgid(pid, pid)  # also done by the child; whichever runs first wins the race
        except OSError:
            pass
        self.jobs[pid] = Job(message["id"], time.monotonic() + message["timeout"] + BACKSTOP)

    def _child(self, message: dict) -> int:
        os.setpgid(0, 0)
        signal.set_wakeup_fd(-1)
        for number, handler in (
            (signal.SIGCHLD, signal.SIG_DFL),
            (signal.SIGTERM, signal.SIG_DFL),
            (signal.SIGINT, signal.default_int_handler),
        ):
            signal.signal(number, handler)
        self.sock.close()
        os.close(self.wake_read)
        os.close(self.wake_write)
        workdir = message["workdir"]
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        output = os.open(os.path.join(workdir, "output"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(output, 1)
        os.dup2(output, 2)
        os.close(null)
        os.close(output)
        os.chdir(message["cwd"])
        _fresh_random_state()
        return execute(
            message["snippet"], os.path.join(workdir, "result.json"), message["timeout"], message["memory_limit_mb"]
        )

    def _reap(self) -> None:
        while self.jobs:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            kill_group(pid)  # leftovers: the group outlives its leader while it has members
            job = self.jobs.pop(pid, None)
            if job is not None:
                self.send({"id": job.id, "exit": None if job.late else os.waitstatus_to_exitcode(status)})

    def _enforce_deadlines(self) -> None:
        now = time.monotonic()
        for pid, job in self.jobs.items():
            if not job.late and now >= job.deadline:
                job.late = True
                kill_group(pid)


def main(argv: list[str]) -> int:  # exits the process when serving ends
    sock = socket.socket(fileno=int(argv[0]))
    try:
        for name in argv[1:]:
            importlib.import_module(name)
    except BaseException as exc:
        sock.sendall(json.dumps({"error": f"could not import {name}: {type(exc).__name__}: {exc}"}).encode() + b"\n")
        return 1
    # Python threads only: native pools such as OpenBLAS's stop themselves around fork (pthread_atfork)
    threads = threading.active_count()
    if threads > 1:
        sock.sendall(
            json.dumps(
                {"error": f"importing {', '.join(argv[1:])} started {threads - 1} thread(s); forking is unsafe"}
            ).encode()
            + b"\n"
        )
        return 1
    server = Server(sock)
    server.send({"ready": True, "pid": os.getpid(), "modules": argv[1:]})
    server.serve()  # returns at EOF, every child's group killed
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)  # skip interpreter teardown: unloading TensorFlow takes about a second, and the build waits for it


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
