"""The sandboxed side: load one submission and answer the judge's requests.

cnnlab.sandbox.client starts `python -m cnnlab.sandbox.child ZYGOTE_FD SETTINGS JUDGE_PID` once per grading run:
the zygote imports torch and the service it is told to serve (a module whose SERVED class answers the judge's
REQUESTS; it runs no student code), then forks one *leader* per sandbox on request, so no submission pays for
importing torch. A leader isolates itself (new user, network, mount and PID namespaces where the kernel allows:
judge files hidden, file system read-only, mounts locked), forks the worker that runs student code as PID 1 of
its own namespace (so everything it starts dies with it), and reports the worker's exit status. Only plain
observations travel back. This module knows nothing about the lab: the service does.
"""

from __future__ import annotations

import ctypes
import importlib
import json
import os
import resource
import select
import signal
import socket
import struct
import sys
import tempfile
import types

# torch starts a thread when imported, and a threaded process cannot enter a user namespace: the
# zygote imports torch, and isolate() runs in a forked leader, which has a single thread.
import torch
import torch.utils.data  # noqa: F401
import torchvision  # noqa: F401  (every submission imports it: once here, not once per sandbox)
import torchvision.transforms  # noqa: F401

from cnnlab.i18n import _
from cnnlab.outcomes import StudentError, plain_text
from cnnlab.sandbox import frames, syscalls
from cnnlab.sandbox.isolation import (
    NO_NAMESPACES,
    PR_SET_CHILD_SUBREAPER,
    PR_SET_PDEATHSIG,
    drop_privileges,
    isolate,
    leave_root,
    lock_mounts,
)
from cnnlab.sandbox.procs import kill_until_gone, sandbox_uid, stat_fields


def load_service(settings: dict):
    """The zygote's service, imported with the environment it needs (the spec the judge grades with, its
    language: in the settings file, never in argv, which a submission can read in /proc), before anything is
    hidden; the environment is then cleared again, so a submission's holds no path of the grader's."""
    environment = settings.pop("environment", {})
    os.environ.update(environment)
    service = importlib.import_module(settings.pop("service"))
    for name in environment:
        os.environ.pop(name, None)
    return service


def write_frame(fd: int, obj) -> None:
    frames.write_all(fd, frames.encode(obj))


def dispatcher(served: type, requests: tuple[str, ...]):
    """The request handler, fixed before any student code runs: the interface's methods, copied as they are
    now into a closure that no importable name reaches (a submission that rebinds the served class's methods, or a
    table of handlers, is not the one asked). It can still patch what they call: the judge's fresh inputs
    are what make a forged answer worthless."""
    # code objects in a tuple: neither can be changed in place (a function's __code__ can, through gc)
    handlers = tuple(
        (op, f.__code__, f.__globals__, f.__defaults__) for op, f in ((op, getattr(served, op)) for op in requests)
    )

    def handle(sub, op, kwargs):
        for name, code, module, defaults in handlers:
            if name == op:
                return types.FunctionType(code, module, name, defaults)(sub, **kwargs)
        raise StudentError("crashed", _("unknown request {request!r}", request=plain_text(op, 40)))

    return handle


def serve(sub, handle, req_fd: int, resp_fd: int) -> None:
    while True:
        request = frames.read(req_fd)
        if request is None:
            return
        try:
            write_frame(resp_fd, {"ok": True, "value": handle(sub, request["op"], request["kwargs"])})
        except StudentError as exc:
            write_frame(resp_fd, {"ok": False, "kind": exc.kind, "message": exc.message})


def tasks_counted_per_namespace() -> bool:
    """Linux 5.14 and later count RLIMIT_NPROC per user namespace; before, per user on the whole machine,
    where a cap would count the TA's own processes too."""
    try:
        major, minor = (int(x) for x in os.uname().release.split(".")[:2])
    except ValueError:
        return False
    return (major, minor) >= (5, 14)


def set_up_failed(resp_fd: int, exc: Exception, where: str = "") -> None:
    """Report a failure of the sandbox's own set-up (the judge's SetupError: never the student's), and end."""
    write_frame(resp_fd, {"ok": False, "kind": "setup", "message": f"{where}{type(exc).__name__}: {exc}"})
    os._exit(70)


def run_sandbox(settings: dict, service, req_fd: int, resp_fd: int) -> None:
    """The leader: isolate, fork the worker, and report how the worker ended."""
    try:
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        # read now (after isolate() the file is out of reach), and never through a link
        with os.fdopen(os.open(settings["submission"], os.O_RDONLY | os.O_NOFOLLOW), "rb") as f:
            source = f.read()
        own_home = None
        if settings.get("leave_root"):
            own_home = leave_root(os.path.dirname(settings["submission"]), sandbox_uid(settings["serial"]))
        missing = (
            isolate(settings["views"], settings["hide"], settings["home"])
            if settings["isolate"]
            else ["isolation (turned off)"]
        )
        # In its namespaces (whatever else could not be done): every later step that needs them is taken.
        isolated = settings["isolate"] and not (missing and missing[0].startswith(NO_NAMESPACES))
        if settings.get("require_isolation") and not isolated and own_home is None:
            # an ordinary user's grading without namespaces would run the submission as that user, unconfined
            raise RuntimeError(f"a sandbox without {missing[0] if missing else 'isolation'}")
        os.chdir(settings["home"] if isolated else own_home or os.path.dirname(settings["submission"]))
        if not isolated:  # no private home: its own scratch folder is its home and temporary folder (a uid of its own
            # cannot write in the shared one, and other submissions' files are not there to find)
            os.environ["HOME"] = os.environ["TMPDIR"] = tempfile.tempdir = os.getcwd()
    except Exception as exc:  # the grader's own failure, before any student code: the TA must hear of it
        set_up_failed(resp_fd, exc)
    # The worker's output goes into a pipe that the leader drains and counts (never a file on a disk, where
    # fallocate could hold space past the cap); refused system calls are reported to the leader too.
    out_r, out_w = os.pipe()
    mine, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    pid = os.fork()  # after CLONE_NEWPID the first child is PID 1 of the new namespace
    if pid:
        os.close(req_fd)
        os.close(out_w)
        theirs.close()
        reason = watch_worker(pid, out_r, mine, settings["output_bytes"])
        _, status = os.waitpid(pid, 0)
        code = 128 + os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
        try:  # the judge learns why the worker ended (its output cap, a refused call, os._exit, a signal)
            write_frame(resp_fd, {"ok": False, "kind": "exit", "message": reason or str(code)})
        except OSError:
            pass
        os._exit(0)
    try:  # everything up to the first frame is the grader's set-up: a failure there is reported as such
        prepare_worker(settings, missing, isolated, devnull, out_r, out_w, mine, theirs)
    except Exception as exc:
        set_up_failed(resp_fd, exc, "in the worker: ")
    theirs.close()
    handle = dispatcher(service.SERVED, service.REQUESTS)
    write_frame(resp_fd, {"ok": True, "value": {"missing": missing}})
    sub = service.SERVED(settings["submission"], source=source)
    write_frame(resp_fd, {"ok": True, "value": {"loaded": sub.load_error is None}})
    serve(sub, handle, req_fd, resp_fd)
    os._exit(0)


def prepare_worker(settings: dict, missing: list[str], isolated: bool, devnull, out_r, out_w, mine, theirs) -> None:
    """The worker's own set-up, before any student code: its output into the leader's pipe, its own /proc and
    locked mounts, the limits, no privileges, the system-call filter. What could not be done joins `missing`."""
    os.close(devnull)
    os.close(out_r)
    mine.close()
    os.dup2(out_w, 1)
    os.dup2(out_w, 2)
    os.close(out_w)
    ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if isolated and not lock_mounts():
        missing.append("locked mounts (the submission can unmount what hides the judge's files)")
    # Python ignores SIGXFSZ, and PID 1 of a namespace ignores default actions: past the file-size cap, end here.
    signal.signal(signal.SIGXFSZ, lambda *_: os._exit(128 + signal.SIGXFSZ))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_FSIZE, (settings["output_bytes"], settings["output_bytes"]))
    if isolated and tasks_counted_per_namespace():
        # The kernel's own cap on its processes and threads: a fork tree stops here, not after the watchdog's next look.
        hard = resource.getrlimit(resource.RLIMIT_NPROC)[1]
        tasks = settings["tasks"] if hard == resource.RLIM_INFINITY else min(settings["tasks"], hard)
        try:
            resource.setrlimit(resource.RLIMIT_NPROC, (tasks, tasks))
        except (ValueError, OSError):
            missing.append("the kernel's cap on processes (the watchdog's still holds)")
    if isolated and not drop_privileges():
        missing.append("dropping capabilities (the submission can mount file systems of its own)")
    torch.set_num_threads(settings["threads"])
    # The grader decides the threads: a correct lab that asks for every core at import ("use all the
    # cores") would otherwise go past its share of them and be stopped.
    torch.set_num_threads = lambda *_, **__: None
    if settings["isolate"]:
        problem = syscalls.refuse(theirs)  # last: the set-up above needed some of these calls
        if problem:
            missing.append(problem)


def watch_worker(pid: int, out_r: int, notices: socket.socket, cap: int) -> str:
    """Drain the worker's output and watch for refused system calls until it ends; '' when it ended on its
    own, else why the leader killed it: 'output' past `cap` bytes, or 'syscall NAME'."""
    try:
        ended = os.pidfd_open(pid)
    except OSError:  # before Linux 5.3: look every 0.1 s
        ended = None
    notify = syscalls.receive_listener(notices)  # the worker's notification fd, or None without a filter
    notices.close()
    poller = select.poll()
    for fd in (out_r, notify, ended):
        if fd is not None:
            poller.register(fd, select.POLLIN)
    total, reason = 0, ""
    while True:
        for fd, ev in poller.poll(100 if ended is None else None):
            if fd == out_r:
                chunk = os.read(out_r, 1 << 16)
                if not chunk:
                    poller.unregister(out_r)
                total += len(chunk)
                if total > cap and not reason:
                    reason = "output"
                    os.kill(pid, signal.SIGKILL)
            elif fd == notify and ev & (select.POLLHUP | select.POLLERR):
                poller.unregister(notify)  # nothing runs under the filter any more
            elif fd == notify:
                name = syscalls.refused_call(notify)
                if name and not reason:
                    reason = f"syscall {name}"
                    os.kill(pid, signal.SIGKILL)
            elif fd == ended:
                return reason
        if ended is None and os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None:
            return reason


def _kill_adopted() -> None:
    """Kill what is left among the zygote's children at the end of grading: leaders, and (as the child
    subreaper) processes a submission left behind in a session of their own, which without a PID
    namespace would otherwise outlive the grading."""
    me = os.getpid()

    def children() -> list[int]:
        found = []
        for entry in filter(str.isdigit, os.listdir("/proc")):
            try:
                if int(stat_fields(f"/proc/{entry}/stat")[1]) == me:  # field 4: the parent's pid
                    found.append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
        return found

    kill_until_gone(children)  # killed children are reaped by the kernel (SIGCHLD ignored); theirs come here next


def zygote(control: socket.socket, run_settings: dict, service) -> None:
    """Fork a leader for each request (a submission path, with the request, answer and output fds); reply its pid.

    `run_settings` (what to hide, the limits) are the same for the whole run and come once, from a file.
    """
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # leaders are reaped by the kernel
    while True:
        try:
            message, fds, flags, _ = socket.recv_fds(control, 1 << 16, 3)
        except OSError:
            return
        if not message or flags & socket.MSG_TRUNC:
            _kill_adopted()
            return  # the judge closed its end (grading is over), or sent what no judge sends
        settings = {**run_settings, **json.loads(message)}
        pid = os.fork()
        if pid == 0:
            try:
                control.close()
                signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                os.setsid()
                ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)  # the zygote gone, the sandbox goes too
                if os.getppid() != zygote_pid:
                    os._exit(70)
                req_fd, resp_fd, log_fd = fds
                os.dup2(log_fd, 1)
                os.dup2(log_fd, 2)
                os.close(log_fd)
                run_sandbox(settings, service, req_fd, resp_fd)
            finally:
                os._exit(70)
        for fd in fds:
            os.close(fd)
        control.sendall(struct.pack("<q", pid))


if __name__ == "__main__":  # python -m cnnlab.sandbox.child CONTROL_FD SETTINGS_FILE JUDGE_PID
    zygote_pid = os.getpid()
    ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)  # the judge gone (even killed), the zygote goes too
    # A worker outliving its killed leader comes here, not to the machine's init (which may never reap it):
    # the zygote ignores SIGCHLD, so the kernel reaps it at once.
    ctypes.CDLL(None).prctl(PR_SET_CHILD_SUBREAPER, 1)
    if os.getppid() != int(sys.argv[3]):
        sys.exit(1)
    with open(sys.argv[2]) as settings_file:
        run_settings = json.load(settings_file)
    os.unlink(sys.argv[2])
    zygote(socket.socket(fileno=int(sys.argv[1])), run_settings, load_service(run_settings))
