"""The zygote: one process per grading run that imported torch once and forks a sandbox leader per request
(cnnlab.sandbox.child), and the limits every sandbox of the run keeps."""

from __future__ import annotations

import json
import os
import platform
import socket
import struct
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

from ..outcomes import GraderError

CONTAINER_ROUTE = (
    "docker build -t cnnlab KIT_FOLDER once, then in the folder holding the hand-ins: "
    'docker run --rm -v "$PWD:/class" cnnlab submissions --out grades'
)


def unsupported_system() -> str | None:
    """Why this system cannot run the sandbox (it is built of Linux's namespaces, seccomp and /proc), with the
    route that works; None on Linux."""
    if sys.platform.startswith("linux"):
        return None
    return (
        f"cnnlab grade's sandbox runs on Linux only, and this is {platform.system() or sys.platform}: grade in the "
        f"kit's container image instead (Docker Desktop): {CONTAINER_ROUTE} "
        "(docs/grading.md#other-systems)"
    )


@dataclass
class Limits:
    timeout: float = 120.0
    """Seconds each request (loading the file, one check's work) may take."""
    memory_mb: int = 4096
    """Memory of the submission's processes together (proportional set size), in MB."""
    output_mb: int = 16
    """What the submission may print (stdout and stderr together), in MB."""
    max_processes: int = 32
    """Processes the submission may run at once, its own included."""
    max_threads: int = 256
    """Threads of all its processes together (torch itself runs a handful)."""
    threads: int = 1
    """torch threads in the child."""
    cpu_share: float = 1.5
    """CPU cores a submission may keep busy on average (its torch threads, plus slack): in CPU time used
    during one request, and in threads wanting a core over its last few seconds, however busy the machine."""
    isolate: bool = True
    """Namespaces (no network, judge files hidden, PID namespace) where the kernel allows."""
    views: dict[str, list[str]] = field(default_factory=dict)
    """Folders on the way to what the submission needs, each with the only entries it keeps (grade.file_view)."""
    hide: list[str] = field(default_factory=list)
    """Files and folders the submission must not see (solutions, hidden checks, other students)."""
    home: str = ""
    """The folder holding every submission's scratch folder; the child gets a private empty one in its place."""
    require_isolation: bool = False
    """Refuse to run a submission (a set-up failure) where the sandbox gets no namespaces and no uid of its own."""
    leave_root: bool = False
    """A root grader's sandboxes run as a uid of their own (isolation.leave_root), not as root; the folders Python,
    the kit and the data are in must be open to other users."""


def child_env(limits: Limits) -> dict[str, str]:
    """The sandbox's whole environment: nothing of the grader's (tokens, paths) leaks into it."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": limits.home,
        "TMPDIR": limits.home,
        "PYTHONDONTWRITEBYTECODE": "1",
        "OMP_NUM_THREADS": str(limits.threads),
        "MPLBACKEND": "Agg",
        "LANG": "C.UTF-8",
    }
    for name in ("CUDA_VISIBLE_DEVICES", "LD_LIBRARY_PATH"):  # what a GPU box may need to find its device
        if name in os.environ:
            env[name] = os.environ[name]
    return env


class Zygote:
    """A process that imported torch once and forks a sandbox leader per request (cnnlab.sandbox.child)."""

    def __init__(self, limits: Limits, service: str, environment: dict[str, str]):
        """`service`: the module the child serves (its SERVED class and REQUESTS), imported with `environment`."""
        self.sock, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self.errors = tempfile.TemporaryFile()
        run_settings = {
            "views": limits.views,
            "hide": [str(p) for p in limits.hide],
            "home": limits.home,
            "isolate": limits.isolate,
            "leave_root": limits.leave_root,
            "require_isolation": limits.require_isolation,
            "output_bytes": limits.output_mb * 2**20,
            "threads": limits.threads,
            # the kernel's cap, well above the watchdog's (which names what happened): a fork tree
            # cannot fill the machine's process table between two of the watchdog's looks
            "tasks": 4 * (limits.max_processes + limits.max_threads),
            # in this file, never in argv, which a submission can read in /proc
            "service": service,
            "environment": environment,
        }
        with tempfile.NamedTemporaryFile(
            "w", suffix=".json", delete=False
        ) as f:  # the zygote reads it, then removes it
            json.dump(run_settings, f)
        # Its own session: a Ctrl-C meant for the judge does not kill it mid-answer; it dies with the judge instead.
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "cnnlab.sandbox.child", str(theirs.fileno()), f.name, str(os.getpid())],
            pass_fds=(theirs.fileno(),),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self.errors,
            env=child_env(limits),
            cwd=limits.home or None,
            start_new_session=True,
        )
        theirs.close()
        self.sock.settimeout(300)  # the first answer waits for torch's import; a hung zygote must not hang grading
        self.lock = threading.Lock()
        self.serial = 0
        self.ready = threading.Event()
        """Set once a sandbox of this zygote was set up: a later set-up failure costs one hand-in, not the run."""

    def spawn(self, submission: Path, fds: list[int]) -> tuple[int, int]:
        """Start a leader for `submission` with (request read end, answer write end, output file); returns its pid and
        its serial number in this run (a root grader's sandbox runs as procs.sandbox_uid(serial))."""
        with self.lock:
            if self.sock.fileno() < 0:  # closed: grading was interrupted, and this thread is winding down
                raise GraderError("grading was stopped")
            serial, self.serial = self.serial, self.serial + 1
            try:
                message = {"submission": str(submission), "serial": serial}
                socket.send_fds(self.sock, [json.dumps(message).encode()], fds)
                reply = self.sock.recv(8)
            except OSError:
                reply = b""
        if len(reply) != 8:
            self.errors.seek(0)
            last = (self.errors.read().decode(errors="replace").strip().splitlines() or ["no output"])[-1]
            raise GraderError(
                f"the grading process that starts sandboxes stopped ({last}); run with -v, or try --no-isolation"
            )
        return struct.unpack("<q", reply)[0], serial

    def close(self) -> None:
        with self.lock:
            self.sock.close()  # the zygote sees the end of its socket and exits
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.errors.close()
