"""The sandboxed side of grading: load one submission and answer the judge's requests.

cnnlab.sandbox starts `python -m cnnlab.child ZYGOTE_FD` once per grading run: the zygote imports
torch and the harness (and runs no student code), then forks one *leader* per sandbox on request,
so no submission pays for importing torch. A leader isolates itself (new user, network, mount and
PID namespaces where the kernel allows: judge files hidden, file system read-only, mounts locked),
forks the worker that runs student code as PID 1 of its own namespace (so everything it starts
dies with it), and reports the worker's exit status. Only plain observations travel back.
"""

from __future__ import annotations

import ctypes
import errno
import json
import os
import re
import resource
import select
import signal
import socket
import stat
import struct
import sys
import types

# torch starts a thread when imported, and a threaded process cannot enter a user namespace: the
# zygote imports torch, and isolate() runs in a forked leader, which has a single thread.
import torch
import torchvision  # noqa: F401  (every submission imports it: once here, not once per sandbox)
import torchvision.transforms  # noqa: F401
import torch.utils.data  # noqa: F401

if __name__ == "__main__":  # the zygote: the spec the judge grades with comes in the settings file, read here
    with open(sys.argv[2]) as _settings:  # before the harness imports config, which reads $CNNLAB_LAB
        RUN_SETTINGS = json.load(_settings)
    os.environ["CNNLAB_LAB"] = RUN_SETTINGS.pop("spec")
    os.environ["CNNLAB_LANG"] = RUN_SETTINGS.pop("lang", "en")

from cnnlab import frames  # noqa: E402
from cnnlab import syscalls  # noqa: E402
from cnnlab.autograder.harness import OBSERVATIONS, InProcess, StudentError, plain_text  # noqa: E402
from cnnlab.autograder.i18n import _  # noqa: E402
from cnnlab.sandbox import kill_until_gone, stat_fields  # noqa: E402

from cnnlab.autograder import i18n  # noqa: E402

if __name__ == "__main__":
    i18n.use()  # the catalogue read now, before anything is hidden: the harness's messages in the judge's language
os.environ.pop("CNNLAB_LAB", None)  # read: a submission's environment holds no path of the grader's
os.environ.pop("CNNLAB_LANG", None)

os.environ.pop("CNNLAB_LAB", None)  # the spec is read (harness imported config); submissions see no staff path

CLONE_NEWNS, CLONE_NEWIPC, CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET = 0x00020000, 0x08000000, 0x10000000, 0x20000000, 0x40000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_REMOUNT = 0x1, 0x2, 0x4, 0x8, 0x20
MS_BIND, MS_REC, MS_PRIVATE = 0x1000, 0x4000, 0x40000
MNT_DETACH = 2
# Flags a read-only remount must keep: the kernel refuses to drop them inside a user namespace.
KEEP_FLAGS = {"nosuid": MS_NOSUID, "nodev": MS_NODEV, "noexec": MS_NOEXEC, "noatime": 0x400, "nodiratime": 0x800,
              "relatime": 1 << 21}
PR_SET_PDEATHSIG, PR_SET_CHILD_SUBREAPER = 1, 36


def write_frame(fd: int, obj) -> None:
    frames.write_all(fd, frames.encode(obj))


NO_NAMESPACES = "user/mount/PID namespaces"


def cover(libc, folder: str, keep: list[str]) -> bool:
    """Put an empty tmpfs over `folder` holding only `keep`, its entries bound back from beneath: what
    appears in the folder later stays out of sight. False (and the folder as it was) when that fails."""
    below = os.open(folder, os.O_PATH | os.O_DIRECTORY)  # the folder beneath the tmpfs, still reachable
    mounted = False
    try:
        kinds = {name: os.lstat(os.path.join(folder, name)).st_mode for name in keep if os.path.lexists(os.path.join(folder, name))}
        if libc.mount(b"tmpfs", folder.encode(), b"tmpfs", MS_NOSUID, b"size=1m,mode=755") != 0:
            return False
        mounted = True
        for name, mode in kinds.items():
            target = os.path.join(folder, name)
            if stat.S_ISLNK(mode):
                os.symlink(os.readlink(f"/proc/self/fd/{below}/{name}"), target)
                continue
            if stat.S_ISDIR(mode):
                os.mkdir(target)
            else:
                os.close(os.open(target, os.O_CREAT | os.O_WRONLY, 0o644))
            if libc.mount(f"/proc/self/fd/{below}/{name}".encode(), target.encode(), None, MS_BIND | MS_REC, None) != 0:
                libc.umount2(folder.encode(), MNT_DETACH)
                return False
        return True
    except OSError:
        if mounted:
            libc.umount2(folder.encode(), MNT_DETACH)
        return False
    finally:
        os.close(below)


def isolate(views: dict[str, list[str]], hide: list[str], home: str) -> list[str]:
    """Enter new namespaces, show of each folder in `views` only the entries it keeps, hide `hide` and
    make `home` a private, empty, writable folder.

    Returns what could not be done (empty when all worked)."""
    libc = ctypes.CDLL(None, use_errno=True)
    uid, gid = os.getuid(), os.getgid()
    # A private IPC namespace too: System V shared memory would outlive the sandbox, outside its memory cap.
    if libc.unshare(CLONE_NEWUSER | CLONE_NEWNET | CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWIPC) != 0:
        # Without a user namespace (some kernels forbid it), a network namespace alone may still work as root.
        missing = [f"{NO_NAMESPACES} (files are not hidden; stray processes are killed by session)"]
        if libc.unshare(CLONE_NEWNET) != 0:
            missing.append("network namespace (the submission can open network connections)")
        return missing
    for name, text in (("setgroups", "deny"), ("uid_map", f"{uid} {uid} 1"), ("gid_map", f"{gid} {gid} 1")):
        with open(f"/proc/self/{name}", "w") as f:
            f.write(text)
    missing = []
    libc.mount(b"none", b"/", None, MS_REC | MS_PRIVATE, None)
    for folder in sorted(views, key=lambda f: f.count("/")):  # outermost first: an inner folder is then a bound one
        if os.path.isdir(folder) and not os.path.islink(folder) and not cover(libc, folder, views[folder]):
            # what is there now, hidden one by one as in / (what appears later would be visible)
            hide = hide + [os.path.join(folder, e) for e in os.listdir(folder) if e not in views[folder]
                           and not os.path.islink(os.path.join(folder, e))]
    for path in hide:
        if not os.path.exists(path):
            continue
        if os.path.isdir(path):
            ok = libc.mount(b"tmpfs", path.encode(), b"tmpfs", MS_RDONLY, b"size=0") == 0
        else:
            ok = libc.mount(b"/dev/null", path.encode(), None, MS_BIND, None) == 0
        if not ok:
            missing.append(f"hiding {path}")
    # Everything else becomes read-only; /proc stays for lock_mounts() and is replaced by the worker's own.
    for point, options in _mounts():
        if point == "/proc" or point.startswith("/proc/"):
            continue
        flags = MS_BIND | MS_REMOUNT | MS_RDONLY | sum(f for name, f in KEEP_FLAGS.items() if name in options)
        if libc.mount(None, point.encode(), None, flags, None) != 0 and "ro" not in options \
                and ctypes.get_errno() not in (errno.ENOENT, errno.EACCES):  # beneath what is hidden: out of reach anyway
            missing.append(f"a read-only {point} (the submission can write there)")
    # home holds every submission's scratch folder: each child sees only a fresh, empty, writable one.
    if libc.mount(b"tmpfs", home.encode(), b"tmpfs", 0, b"size=256m,mode=700") != 0:
        missing.append(f"a private working folder (other submissions' copies under {home} are readable)")
    if not private_dev(libc, home):
        missing.append("a private, read-only /dev (the machine's devices are reachable)")
    # sysfs of the sandbox's own network namespace: the host's network interfaces are not listed
    if libc.mount(b"sysfs", b"/sys", b"sysfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, None) != 0:
        missing.append("a /sys of its own (the machine's network interfaces are listed)")
    if not namespace_limits():
        missing.append("limits on nested namespaces and System V shared memory")
    return missing


# Written by the leader as root of the new user namespace, which the submission never is: one more user
# namespace (lock_mounts() makes it), no PID namespace besides the sandbox's own (its processes would hide
# from the watchdog), and 64 MB of System V shared memory (outside the memory cap's sum).
NAMESPACE_LIMITS = {"/proc/sys/user/max_user_namespaces": "1", "/proc/sys/user/max_pid_namespaces": "1",
                    "/proc/sys/kernel/shmall": str(64 * 2**20 // os.sysconf("SC_PAGE_SIZE")),
                    "/proc/sys/kernel/shmmax": str(64 * 2**20)}


def namespace_limits() -> bool:
    ok = True
    for path, value in NAMESPACE_LIMITS.items():
        try:
            with open(path, "w") as f:
                f.write(value)
        except OSError:
            ok = False
    return ok


# What a Python process may need from /dev; a GPU's device files join them when the grader sees them.
DEVICES = ("null", "zero", "full", "random", "urandom", "tty")
MS_MOVE = 0x2000


def private_dev(libc, home: str) -> bool:
    """Replace /dev with a tmpfs holding only DEVICES (bind-mounted: a user namespace cannot create device
    files), the GPU's, fd links and its own /dev/shm, as bubblewrap's --dev does: no disks, kmsg or ttys."""
    stage = os.path.join(home, ".dev")
    os.makedirs(stage, exist_ok=True)
    if libc.mount(b"tmpfs", stage.encode(), b"tmpfs", MS_NOSUID, b"size=1m,mode=755") != 0:
        return False
    gpu = [n for n in os.listdir("/dev") if n.startswith("nvidia")]
    for name in (*DEVICES, *gpu):
        source = os.path.join("/dev", name)
        if not os.path.exists(source) or os.path.isdir(source):
            continue
        target = os.path.join(stage, name)
        open(target, "w").close()
        if libc.mount(source.encode(), target.encode(), None, MS_BIND, None) != 0:
            return False
    for name, link in (("fd", "/proc/self/fd"), ("stdin", "/proc/self/fd/0"), ("stdout", "/proc/self/fd/1"),
                       ("stderr", "/proc/self/fd/2")):
        os.symlink(link, os.path.join(stage, name))
    os.mkdir(os.path.join(stage, "shm"))
    if libc.mount(stage.encode(), b"/dev", None, MS_MOVE, None) != 0:
        return False
    os.rmdir(stage)
    if libc.mount(b"tmpfs", b"/dev/shm", b"tmpfs", MS_NOSUID | MS_NODEV, b"size=64m") != 0:  # DataLoader workers share memory here
        return False
    # read-only, as the rest: nothing can be created or renamed in /dev (its devices still read and write)
    return libc.mount(None, b"/dev", None, MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID, None) == 0


def _mounts():
    """(mount point, its options) of each mount."""
    with open("/proc/self/mountinfo") as f:
        for line in f:
            fields = line.split()
            yield unescape(fields[4]), set(fields[5].split(","))


def unescape(field: str) -> str:
    """A mountinfo path as the kernel escapes it: space, tab, newline and backslash as octal (\\040 ...)."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def lock_mounts() -> bool:
    """In the worker (PID 1 of the new PID namespace): its own /proc, then a nested user namespace.

    Mounts inherited by a mount namespace of a less privileged user namespace are locked: the
    submission can no longer unmount what hides the judge's files, nor make anything writable again.
    """
    libc = ctypes.CDLL(None, use_errno=True)
    libc.mount(b"proc", b"/proc", b"proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, None)  # only this namespace's processes
    # /proc/sys read-only (as Docker has it): the leader's limits stay, even for a grader run as root.
    libc.mount(b"/proc/sys", b"/proc/sys", None, MS_BIND | MS_REC, None)
    libc.mount(None, b"/proc/sys", None, MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, None)
    if libc.unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0:
        return False
    for name, text in (("setgroups", "deny"), ("uid_map", "0 0 1"), ("gid_map", "0 0 1")):
        with open(f"/proc/self/{name}", "w") as f:
            f.write(text)
    return True


PR_CAPBSET_DROP, PR_SET_NO_NEW_PRIVS, LINUX_CAPABILITY_VERSION_3 = 24, 38, 0x20080522


def drop_privileges() -> bool:
    """Root of its nested user namespace no more: no capabilities (no mounts of its own, no raising limits), for
    good (bounding set emptied, no new privileges through exec)."""
    libc = ctypes.CDLL(None, use_errno=True)
    last_cap = int(open("/proc/sys/kernel/cap_last_cap").read())
    for cap in range(last_cap + 1):
        libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0)

    class Header(ctypes.Structure):
        _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]

    class Data(ctypes.Structure):
        _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]

    cleared = libc.capset(ctypes.byref(Header(LINUX_CAPABILITY_VERSION_3, 0)), (Data * 2)()) == 0
    return libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0 and cleared


def dispatcher():
    """The request handler, fixed before any student code runs: the interface's methods, copied as they are
    now into a closure that no importable name reaches (a submission that rebinds InProcess.structure, or a
    table of handlers, is not the one asked). It can still patch what they call: the judge's fresh inputs
    are what make a forged answer worthless."""
    # code objects in a tuple: neither can be changed in place (a function's __code__ can, through gc)
    handlers = tuple((op, f.__code__, f.__globals__, f.__defaults__)
                     for op, f in ((op, getattr(InProcess, op)) for op in OBSERVATIONS))

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


def run_sandbox(settings: dict, req_fd: int, resp_fd: int) -> None:
    """The leader: isolate, fork the worker, and report how the worker ended."""
    try:
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        with open(settings["submission"], "rb") as f:
            source = f.read()  # read now: after isolate() the file is out of reach
        missing = (isolate(settings["views"], settings["hide"], settings["home"]) if settings["isolate"]
                   else ["isolation (turned off)"])
        # In its namespaces (whatever else could not be done): every later step that needs them is taken.
        isolated = settings["isolate"] and not (missing and missing[0].startswith(NO_NAMESPACES))
        os.chdir(settings["home"] if isolated else os.path.dirname(settings["submission"]))
    except Exception as exc:  # the grader's own failure, before any student code: the TA must hear of it
        write_frame(resp_fd, {"ok": False, "kind": "setup", "message": f"{type(exc).__name__}: {exc}"})
        os._exit(70)
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
    theirs.close()
    handle = dispatcher()
    write_frame(resp_fd, {"ok": True, "value": {"missing": missing}})
    sub = InProcess(settings["submission"], source=source)
    write_frame(resp_fd, {"ok": True, "value": {"loaded": sub.load_error is None}})
    serve(sub, handle, req_fd, resp_fd)
    os._exit(0)


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


def zygote(control: socket.socket, run_settings: dict) -> None:
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
                run_sandbox(settings, req_fd, resp_fd)
            finally:
                os._exit(70)
        for fd in fds:
            os.close(fd)
        control.sendall(struct.pack("<q", pid))


if __name__ == "__main__":  # python -m cnnlab.child CONTROL_FD SETTINGS_FILE JUDGE_PID
    zygote_pid = os.getpid()
    ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)  # the judge gone (even killed), the zygote goes too
    # A worker outliving its killed leader comes here, not to the machine's init (which may never reap it):
    # the zygote ignores SIGCHLD, so the kernel reaps it at once.
    ctypes.CDLL(None).prctl(PR_SET_CHILD_SUBREAPER, 1)
    if os.getppid() != int(sys.argv[3]):
        sys.exit(1)
    os.unlink(sys.argv[2])
    zygote(socket.socket(fileno=int(sys.argv[1])), RUN_SETTINGS)
