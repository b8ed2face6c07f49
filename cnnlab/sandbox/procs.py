"""The sandbox's processes as /proc shows them: which belong to a sandbox, the CPU, threads and memory they use,
and killing them until none is left."""

from __future__ import annotations

import os
import signal
import time
from dataclasses import dataclass
from typing import Callable


@dataclass
class Proc:
    pid: int
    threads: int
    cpu: float
    """Seconds of CPU it used so far (user and system)."""
    running: int = 0
    """Its threads running or waiting for a core (state R) right now."""
    state: str = "R"
    """proc(5)'s state letter: Z for a zombie (dead, waiting to be reaped)."""


TICK = os.sysconf("SC_CLK_TCK")


def stat_fields(path: str) -> list[str]:
    """A proc(5) stat line after the command name (which may hold spaces and parentheses):
    fields[i] is field i + 3 of proc(5)'s stat. Raises OSError when the process is gone."""
    with open(path) as f:
        return f.read().rsplit(")", 1)[1].split()


def kill_until_gone(find: Callable[[], list[int]]) -> None:
    """SIGKILL the processes `find()` returns until it returns none (a killed one's children may come next)."""
    for _ in range(50):
        pids = find()
        if not pids:
            return
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        time.sleep(0.02)


def sandbox_procs(leader: int) -> list[Proc]:
    """The child's processes: its session, plus its PID namespace (which setsid() does not leave)."""
    try:
        inner = os.readlink(f"/proc/{leader}/ns/pid_for_children")
        if inner == os.readlink("/proc/self/ns/pid"):
            inner = None  # no PID namespace: the session is all there is
    except OSError:
        inner = None
    procs = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = stat_fields(f"/proc/{entry}/stat")
            if int(fields[3]) == leader or (inner and os.readlink(f"/proc/{entry}/ns/pid") == inner):  # 6: session
                # 3: state; 20: num_threads; 14 and 15: utime and stime, in clock ticks
                threads = int(fields[17])
                running = _running_threads(entry) if threads > 1 else int(fields[0] == "R")
                procs.append(Proc(int(entry), threads, (int(fields[11]) + int(fields[12])) / TICK, running, fields[0]))
        except (OSError, IndexError, ValueError):
            pass
    return procs


def _running_threads(pid: str) -> int:
    """How many of the process's threads are running or waiting for a core."""
    count = 0
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return 0
    for tid in tids:
        try:
            count += stat_fields(f"/proc/{pid}/task/{tid}/stat")[0] == "R"
        except (OSError, IndexError):
            pass
    return count


def memfd_mb(pids: list[int]) -> float:
    """Memory held in memfd files the processes have open: written but never mapped, it is in no Pss."""
    held = {}
    for pid in pids:
        try:
            fds = os.listdir(f"/proc/{pid}/fd")
        except OSError:
            continue
        for fd in fds:
            path = f"/proc/{pid}/fd/{fd}"
            try:
                if os.readlink(path).startswith("/memfd:"):
                    st = os.stat(path)
                    held[(st.st_dev, st.st_ino)] = st.st_blocks * 512  # one file open twice counts once
            except OSError:
                pass
    return sum(held.values()) / 2**20


def pss_mb(pid: int) -> float:
    """Proportional set size: pages shared after fork() count once in all, not once per process."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except (OSError, IndexError, ValueError):
        pass
    return 0.0


SANDBOX_UIDS = (60000, 5000)
"""A root grader's sandboxes leave root for a uid of their own: 60000 + the sandbox's serial number in its grading run
modulo 5000 (within the 65,536 ids a container's user namespace maps). A serial, not a pid: a submission cannot steer
the next sandbox onto its own uid."""


def sandbox_uid(serial: int) -> int:
    return SANDBOX_UIDS[0] + serial % SANDBOX_UIDS[1]


def uid_procs(uid: int) -> list[int]:
    """Every process whose real uid is `uid` (a sandbox's own: what it left running in a session of its own too)."""
    found = []
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{entry}/status") as f:
                for line in f:
                    if line.startswith("Uid:"):
                        if int(line.split()[1]) == uid:
                            found.append(int(entry))
                        break
        except (OSError, ValueError, IndexError):
            continue
    return found
