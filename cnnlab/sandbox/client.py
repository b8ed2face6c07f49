"""The judge's side of the sandbox: one child process per submission, limits, and clean-up.

A `Sandbox` sends each request to a child process (cnnlab.sandbox.child) that answers it with plain data,
loaded with torch's weights-only loader, and watches time, memory, processes and CPU meanwhile. A call that
times out, exceeds the memory cap or kills its process costs only that call: the next call starts a fresh
child. What the child serves is named by the caller (a subclass gives `service`, `environment` and the
requests' methods); nothing here knows the lab.
"""

from __future__ import annotations

import collections
import os
import signal
import sys
import threading
import time
from pathlib import Path

from ..i18n import _
from ..outcomes import SetupError, StudentError, plain_text, student_error
from . import frames
from .procs import kill_until_gone, memfd_mb, pss_mb, sandbox_procs, sandbox_uid, uid_procs
from .zygote import Limits, Zygote

DEMAND_WINDOW = 3.0
"""Seconds of requests over which the threads wanting a core are averaged."""


MAX_ANSWER = 16 * 2**20  # real answers are well under 1 MB; a submission must not flood the judge's memory


def _write_all(fd: int, data: bytes) -> None:
    try:
        frames.write_all(fd, data)
    except OSError:
        pass  # the worker is gone: its exit report (or the end of the pipe) comes next
    finally:
        os.close(fd)


def _read_frame_into(fd: int, result: dict) -> None:
    """One frame from `fd` (which this closes) into result["frame"]; a description when unreadable."""
    try:
        frame = frames.read(fd, limit=MAX_ANSWER)
        if frame is not None:
            result["frame"] = frame
    except Exception as exc:  # an unreadable frame is the submission's doing
        result["frame"] = str(exc)
    finally:
        os.close(fd)


class Sandbox:
    """A submission served in a child process. A subclass names the `service` the child serves, the
    `environment` that needs, and checks each answer's form (`well_formed`) before anyone reads it."""

    warned: set[str] = set()
    service: str = ""
    """The module the child imports and serves (its SERVED class answers its REQUESTS)."""

    def __init__(self, path: str | Path, workdir: str | Path, limits: Limits, zygote: Zygote | None = None):
        self.path, self.workdir, self.limits = Path(path), Path(workdir), limits
        if not self.limits.home:
            self.limits.home = str(self.workdir.parent)
        self.zygote, self.own_zygote = zygote, zygote is None
        self.leader: int | None = None
        self.uid: int | None = None
        """The uid a root grader's sandbox runs as (procs.sandbox_uid), whose every process ends with it."""
        self.load_error: StudentError | None = None
        self.missing: list[str] = []
        self.demand: collections.deque[tuple[float, int]] = collections.deque()  # (seconds, threads wanting a core)

    @classmethod
    def environment(cls) -> dict[str, str]:
        """What the service needs in its environment when the zygote imports it (then cleared)."""
        return {}

    @classmethod
    def start_zygote(cls, limits: Limits) -> Zygote:
        """A zygote serving this class's service: one for a whole grading run."""
        return Zygote(limits, cls.service, cls.environment())

    def well_formed(self, op: str, kwargs: dict, answer) -> bool:
        """Whether `answer` has the form `op` calls for; a subclass must say."""
        raise NotImplementedError

    # ---- the child process --------------------------------------------------------------------
    def _start(self) -> None:
        if self.zygote is None:
            self.zygote = self.start_zygote(self.limits)
        self.demand.clear()
        req_r, self.req_w = os.pipe()
        self.resp_r, resp_w = os.pipe()
        log = os.open(os.devnull, os.O_WRONLY)  # the leader's own output; the worker's goes to the leader
        try:
            self.leader, serial = self.zygote.spawn(self.path, [req_r, resp_w, log])
            self.uid = sandbox_uid(serial) if self.limits.leave_root else None
        finally:
            for fd in (req_r, resp_w, log):
                os.close(fd)
        self.missing = self._receive(timeout=max(60.0, self.limits.timeout), first=True)["missing"]
        self.zygote.ready.set()
        for item in self.missing:
            if item not in Sandbox.warned:
                Sandbox.warned.add(item)
                print(f"warning: sandbox without {item}", file=sys.stderr)
        loaded = self._receive(timeout=self.limits.timeout)
        if not (isinstance(loaded, dict) and loaded.get("loaded") is True):
            # Loading failed: the child now answers every request with that error; ask once and keep it.
            self.load_error = self._request("structure", loading=True)

    def call(self, op: str, **kwargs):
        """Ask the child `op`; its answer, checked for form, or StudentError with what went wrong."""
        if self.load_error is not None:
            raise self.load_error
        if self.leader is None:
            try:
                self._start()
            except StudentError as exc:
                self._stop_leader()
                if exc.kind in ("timeout", "crashed", "memory limit") and self.load_error is None:
                    self.load_error = StudentError(exc.kind, _("while loading the file: {error}", error=exc.message))
                    raise self.load_error from None
                raise
            if self.load_error is not None:
                self._stop_leader()
                raise self.load_error
        try:
            result = self._request(op, **kwargs)
        except StudentError:
            self._stop_leader()  # a dead, hung or oversized child is replaced for the next check
            raise
        if isinstance(result, StudentError):
            raise result
        if not self.well_formed(op, kwargs, result):  # else a tampered child
            self._stop_leader()
            raise StudentError(
                "crashed", _("the grading process answered {request!r} with something unreadable", request=op)
            )
        return result

    def _request(self, op: str, loading: bool = False, **kwargs):
        data = frames.encode({"op": op, "kwargs": kwargs})
        # Written from a thread: a worker that stops reading must meet the deadline, not block the judge.
        threading.Thread(target=_write_all, args=(os.dup(self.req_w), data), daemon=True).start()
        response = self._receive(timeout=self.limits.timeout, raw=True)
        if response.get("ok"):
            return response["value"]
        return student_error(response.get("kind"), response.get("message", ""), loading)

    def _receive(self, timeout: float, raw: bool = False, first: bool = False):
        """Wait for one response frame, watching time, memory and process count meanwhile.

        Only the `first` frame of a sandbox comes before any student code ran: a setup failure reported
        later is the submission's forgery, and must not stop the whole batch."""
        deadline = time.monotonic() + timeout
        result: dict = {}
        # The thread reads its own copy of the pipe: should it outlive this call, it cannot read the next child's.
        reader = threading.Thread(target=_read_frame_into, args=(os.dup(self.resp_r), result), daemon=True)
        reader.start()
        started, cpu_before = time.monotonic(), None
        last_poll = started
        while reader.is_alive():
            reader.join(0.05)
            if not reader.is_alive():
                break
            procs = sandbox_procs(self.leader)
            if len(procs) > self.limits.max_processes:
                self._kill()
                raise StudentError("crashed", _("started more than {count} processes", count=self.limits.max_processes))
            if sum(p.threads for p in procs) > self.limits.max_threads:  # threads use up the machine's PIDs too
                self._kill()
                raise StudentError("crashed", _("started more than {count} threads", count=self.limits.max_threads))
            # Wall-clock timeouts are fair only while every sandbox keeps to its share of the cores: a
            # submission running many busy processes would push its neighbours past their timeouts.
            # CPU time alone misses it on a busy machine, where the busy processes get less than they ask
            # for; the threads wanting a core, over the last few seconds of requests, show it either way.
            cpu = sum(p.cpu for p in procs)
            cpu_before = cpu if cpu_before is None else cpu_before
            now = time.monotonic()
            elapsed, over_demand = now - started, self._over_demand(now - last_poll, sum(p.running for p in procs))
            last_poll = now
            if (elapsed > 2 and cpu - cpu_before > self.limits.cpu_share * elapsed + 1) or over_demand:
                self._kill()
                # final for this submission: a fresh child for the next check would starve its neighbours again
                self.load_error = StudentError(
                    "crashed", _("kept more than {cores:g} CPU cores busy", cores=self.limits.cpu_share)
                )
                raise self.load_error
            pids = [p.pid for p in procs]
            if sum(map(pss_mb, pids)) + memfd_mb(pids) > self.limits.memory_mb:
                self._kill()
                raise StudentError(
                    "memory limit", _("used more than {megabytes:,} MB of memory", megabytes=self.limits.memory_mb)
                )
            if time.monotonic() > deadline:
                self._kill()
                raise StudentError("timeout", _("no answer within {seconds:g} s", seconds=timeout))
        frame = result.get("frame")
        if isinstance(frame, dict) and frame.get("kind") == "setup":
            self._kill()
            if not first:
                raise StudentError("crashed", _("the grading process sent something unreadable"))
            raise SetupError(plain_text(frame.get("message")))
        ended = isinstance(frame, dict) and frame.get("kind") == "exit"  # the leader's report: the worker ended
        if ended or frame is None:
            self._kill()
            if first:  # no student code has run yet: the sandbox's own set-up ended it
                death = self._death(frame.get("message") if ended else None).message
                raise SetupError(f"a sandbox ended before the submission was loaded ({death})")
            raise self._death(frame.get("message") if ended else None)
        if not isinstance(frame, dict) or (not raw and not frame.get("ok")):
            raise StudentError("crashed", _("the grading process sent something unreadable"))
        return frame if raw else frame["value"]

    def _over_demand(self, seconds: float, running: int) -> bool:
        """Record `running` threads wanting a core for `seconds`; True when, over the last DEMAND_WINDOW
        seconds of requests, they averaged more than the submission's share of the cores."""
        self.demand.append((seconds, running))
        while sum(dt for dt, _ in self.demand) - self.demand[0][0] >= DEMAND_WINDOW:
            self.demand.popleft()
        window = sum(dt for dt, _ in self.demand)
        return window >= DEMAND_WINDOW and sum(dt * n for dt, n in self.demand) / window > self.limits.cpu_share

    def _death(self, code: str | None) -> StudentError:
        """Why the worker ended without answering, from the exit status its leader reported."""
        if code == "output":
            return StudentError(
                "crashed", _("printed more than {megabytes} MB of output", megabytes=self.limits.output_mb)
            )
        if isinstance(code, str) and code.startswith("syscall "):
            name = "".join(c for c in code[len("syscall ") :] if c.isalnum() or c in "_ ")[:40]
            return StudentError("crashed", _("made a system call the sandbox refuses ({call})", call=name))
        code = int(code) if isinstance(code, str) and code.isdigit() else None
        if code is not None and code == 128 + signal.SIGXFSZ:  # a file in its scratch folder past the cap
            return StudentError(
                "crashed", _("wrote a file larger than {megabytes} MB", megabytes=self.limits.output_mb)
            )
        if code is not None and code - 128 in signal.valid_signals():
            return StudentError(
                "crashed", _("the grading process was killed by {signal}", signal=signal.Signals(code - 128).name)
            )
        return StudentError("crashed", _("the submission ended the grading process (exit code {code})", code=code))

    def _kill(self) -> None:
        """Kill the leader and everything it started (its session; its PID namespace dies with it)."""
        if self.leader is not None:
            leader = self.leader
            kill_until_gone(lambda: [p.pid for p in sandbox_procs(leader) if p.state != "Z"])  # a zombie holds nothing
        if self.uid is not None:  # a uid of its own: whatever it left running, in a session of its own too
            uid = self.uid
            kill_until_gone(lambda: uid_procs(uid))

    def close(self) -> None:
        """Stop the sandbox, and the zygote when this sandbox started its own."""
        self._stop_leader()
        if self.own_zygote and self.zygote is not None:
            self.zygote.close()
            self.zygote = None

    def _stop_leader(self) -> None:
        if self.leader is not None:
            self._kill()
            for fd in (self.req_w, self.resp_r):
                try:
                    os.close(fd)
                except OSError:
                    pass
            self.leader = None
