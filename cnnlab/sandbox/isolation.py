"""Isolating a sandbox's leader: new namespaces, the file view (folders covered but for what they keep, paths
hidden), a read-only file system, a private /dev and /sys, locked mounts and dropped privileges.
Linux only; each step reports what it could not do rather than stopping the sandbox."""

from __future__ import annotations

import ctypes
import errno
import os
import re
import stat

os.environ.pop("CNNLAB_LAB", None)  # the spec is read (harness imported config); submissions see no staff path

CLONE_NEWNS, CLONE_NEWIPC, CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET = (
    0x00020000,
    0x08000000,
    0x10000000,
    0x20000000,
    0x40000000,
)
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_REMOUNT = 0x1, 0x2, 0x4, 0x8, 0x20
MS_BIND, MS_REC, MS_PRIVATE = 0x1000, 0x4000, 0x40000
MNT_DETACH = 2
# Flags a read-only remount must keep: the kernel refuses to drop them inside a user namespace.
KEEP_FLAGS = {
    "nosuid": MS_NOSUID,
    "nodev": MS_NODEV,
    "noexec": MS_NOEXEC,
    "noatime": 0x400,
    "nodiratime": 0x800,
    "relatime": 1 << 21,
}
PR_SET_PDEATHSIG, PR_SET_CHILD_SUBREAPER = 1, 36


NO_NAMESPACES = "user/mount/PID namespaces"
UNISOLATED = (
    "without them files the grader's user can read are not hidden from submissions and a process left running is "
    "killed by its session; what holds: the limits, the system-call filter, and no network where a network "
    "namespace could still be made"
)


def _sysctl(name: str) -> str | None:
    try:
        with open(f"/proc/sys/{name.replace('.', '/')}") as f:
            return f.read().strip()
    except OSError:
        return None


def namespace_refusal(created: bool = False) -> str:
    """Why this system refuses the sandbox a working user namespace (`created`: one was made, but holds no
    privilege in it), the remedy, and what holds instead: one line for the TA."""
    if _sysctl("kernel.apparmor_restrict_unprivileged_userns") == "1":
        why = (
            "AppArmor restricts unprivileged user namespaces (kernel.apparmor_restrict_unprivileged_userns=1, "
            "Ubuntu 23.10 and later); install the kit's AppArmor profile (docs/threat-model.md, section Ubuntu)"
        )
    elif _sysctl("user.max_user_namespaces") == "0":
        why = "user namespaces are turned off (user.max_user_namespaces=0); set it to 10000 or more with sysctl"
    elif _sysctl("kernel.unprivileged_userns_clone") == "0":
        why = "unprivileged user namespaces are turned off (kernel.unprivileged_userns_clone=0); set it to 1"
    elif created:
        why = "a user namespace was made but holds no privilege (a security module restricts it)"
    elif os.path.exists("/.dockerenv") or os.path.exists("/run/.containerenv"):
        why = (
            "this container refuses new namespaces (Docker's default seccomp profile); a root grader runs each "
            "submission as a uid of its own there instead (docs/threat-model.md#which-user-to-run-as)"
        )
    else:
        why = (
            "the system refuses new user namespaces (in a container, its seccomp profile, as Docker's default); "
            "grade in the kit's container image instead (docs/grading.md#other-systems)"
        )
    return f"{why}. {UNISOLATED}"


def cover(libc, folder: str, keep: list[str]) -> bool:
    """Put an empty tmpfs over `folder` holding only `keep`, its entries bound back from beneath: what
    appears in the folder later stays out of sight. False (and the folder as it was) when that fails."""
    below = os.open(folder, os.O_PATH | os.O_DIRECTORY)  # the folder beneath the tmpfs, still reachable
    mounted = False
    try:
        kinds = {
            name: os.lstat(os.path.join(folder, name)).st_mode
            for name in keep
            if os.path.lexists(os.path.join(folder, name))
        }
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
        missing = [f"{NO_NAMESPACES}: {namespace_refusal()}"]
        if libc.unshare(CLONE_NEWNET) != 0:
            missing.append("network namespace (the submission can open network connections)")
        return missing
    try:
        # The grader's uid is root of the new namespace, as it is for a root grader: the namespace's own limits
        # (System V shared memory) are root's there to set, and the nested namespace maps its 0 to the grader.
        write_maps(uid, gid, inside=0)
        # Ubuntu's AppArmor restriction lets unshare() succeed but leaves the namespace without capabilities:
        # the first mount says so. The network namespace made with it still holds.
        restricted = libc.mount(b"none", b"/", None, MS_REC | MS_PRIVATE, None) != 0
    except OSError:
        restricted = True
    if restricted:
        return [f"{NO_NAMESPACES}: {namespace_refusal(created=True)}"]
    missing = []
    for folder in sorted(views, key=lambda f: f.count("/")):  # outermost first: an inner folder is then a bound one
        if os.path.isdir(folder) and not os.path.islink(folder) and not cover(libc, folder, views[folder]):
            # what is there now, hidden one by one as in / (what appears later would be visible)
            hide = hide + [
                os.path.join(folder, e)
                for e in os.listdir(folder)
                if e not in views[folder] and not os.path.islink(os.path.join(folder, e))
            ]
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
        if (
            libc.mount(None, point.encode(), None, flags, None) != 0
            and "ro" not in options
            and ctypes.get_errno() not in (errno.ENOENT, errno.EACCES)
        ):  # beneath what is hidden: out of reach anyway
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
NAMESPACE_LIMITS = {
    "/proc/sys/user/max_user_namespaces": "1",
    "/proc/sys/user/max_pid_namespaces": "1",
    "/proc/sys/kernel/shmall": str(64 * 2**20 // os.sysconf("SC_PAGE_SIZE")),
    "/proc/sys/kernel/shmmax": str(64 * 2**20),
}


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
    for name, link in (
        ("fd", "/proc/self/fd"),
        ("stdin", "/proc/self/fd/0"),
        ("stdout", "/proc/self/fd/1"),
        ("stderr", "/proc/self/fd/2"),
    ):
        os.symlink(link, os.path.join(stage, name))
    os.mkdir(os.path.join(stage, "shm"))
    if libc.mount(stage.encode(), b"/dev", None, MS_MOVE, None) != 0:
        return False
    os.rmdir(stage)
    if (
        libc.mount(b"tmpfs", b"/dev/shm", b"tmpfs", MS_NOSUID | MS_NODEV, b"size=64m") != 0
    ):  # DataLoader workers share memory here
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
    uid, gid = os.getuid(), os.getgid()  # the leader's namespace maps only these (to the grader's own ids)
    if libc.unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0:
        return False
    # Any other id is unmapped outside, and its map refused (an ordinary user's grading once failed so in every
    # sandbox). A failure here is the grader's set-up failing: the worker reports it as such.
    write_maps(uid, gid, inside=uid)
    return True


def write_maps(uid: int, gid: int, inside: int) -> None:
    """In a user namespace just made, map `inside` to `uid` and `gid`, the ids outside (a process may map its own
    ids, and no others, without privilege)."""
    for name, text in (("setgroups", "deny"), ("uid_map", f"{inside} {uid} 1"), ("gid_map", f"{inside} {gid} 1")):
        with open(f"/proc/self/{name}", "w") as f:
            f.write(text)


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


PR_SET_DUMPABLE = 4


def leave_root(scratch: str, uid: int) -> str:
    """In a root grader's leader, before anything else: make `scratch`/home the sandbox's own (its scratch folder and
    the copy of the submission stay root's: a link put in their place is never followed by root), then become `uid`
    and its gid, with no supplementary groups and no capabilities. Returns the home. Namespaces, where the kernel
    allows them, are then made as that uid would."""
    home = os.path.join(scratch, "home")
    try:
        os.mkdir(home, 0o700)
    except FileExistsError:  # a sandbox started again for the same hand-in
        pass
    os.chown(home, uid, uid, follow_symlinks=False)
    os.chmod(scratch, 0o711)  # the way to its home; the scratch folder's entries stay unlisted
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)  # root's capabilities go with root's uid
    libc = ctypes.CDLL(None, use_errno=True)
    # A change of uid clears both: the parent-death signal (the sandbox must die with its zygote) and the right to
    # write its own /proc files (uid_map, when it makes its user namespace).
    libc.prctl(PR_SET_PDEATHSIG, 9, 0, 0, 0)
    libc.prctl(PR_SET_DUMPABLE, 1, 0, 0, 0)
    return home
