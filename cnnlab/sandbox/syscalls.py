"""The sandbox's system-call filter (libseccomp): calls no lab needs are refused, and the leader learns which.

The worker loads the filter just before student code runs. A refused call does not return to the
submission: it is handed to the leader (seccomp's user notification), which names it and ends the
worker, so the check that made it ends with a status saying which call it was.
"""

from __future__ import annotations

import errno
import fcntl
import os
import socket
import struct

# Keyrings are the kernel's, shared by every process of the user: a channel between sandboxes and a
# write into the grader's account. The rest reach the kernel in ways no lab needs (other processes'
# memory, mounts, namespaces, BPF, performance counters, io_uring, modules).
REFUSED = (
    "add_key",
    "keyctl",
    "request_key",
    "ptrace",
    "process_vm_readv",
    "process_vm_writev",
    "pidfd_getfd",
    "kcmp",
    "mount",
    "umount2",
    "pivot_root",
    "move_mount",
    "open_tree",
    "fsopen",
    "fsmount",
    "fsconfig",
    "fspick",
    "mount_setattr",
    "setns",
    "unshare",
    "bpf",
    "perf_event_open",
    "io_uring_setup",
    "io_uring_enter",
    "io_uring_register",
    "userfaultfd",
    "init_module",
    "finit_module",
    "delete_module",
    "kexec_load",
    "kexec_file_load",
    "acct",
    "swapon",
    "swapoff",
    "quotactl",
    "open_by_handle_at",
)
# clone() with any of these makes a namespace; clone3() passes its flags in memory a filter cannot read, so it
# answers ENOSYS, and the C library falls back to clone() (as Docker's default profile does).
NAMESPACE_FLAGS = (0x00020000, 0x02000000, 0x04000000, 0x08000000, 0x10000000, 0x20000000, 0x40000000)

# struct seccomp_notif (id, pid, flags, then seccomp_data: nr, arch, ip, args[6]) and its ioctl.
NOTIF = struct.Struct("<QIIiIQ6Q")
SECCOMP_IOCTL_NOTIF_RECV = (3 << 30) | (NOTIF.size << 16) | (ord("!") << 8) | 0


def refuse(channel: socket.socket) -> str:
    """Load the filter into this process (and all it starts) and send the leader the notification fd over
    `channel`; returns '' when in place, else what is missing, for the grader's warning."""
    try:
        import pyseccomp
    except (ImportError, OSError):  # libseccomp itself missing: pyseccomp loads it when imported
        return "a system-call filter (install libseccomp: keyrings, ptrace and io_uring stay reachable)"
    try:
        rules = pyseccomp.SyscallFilter(pyseccomp.ALLOW)
        for name in REFUSED:
            try:
                rules.add_rule(pyseccomp.NOTIFY, name)
            except (OSError, ValueError):  # not a call on this architecture
                continue
        for flag in NAMESPACE_FLAGS:
            rules.add_rule(pyseccomp.NOTIFY, "clone", pyseccomp.Arg(0, pyseccomp.MASKED_EQ, flag, flag))
        rules.add_rule(pyseccomp.ERRNO(errno.ENOSYS), "clone3")
        # fallocate on what the sandbox was given (its pipes, /dev/null): space it did not open, never its own
        for fd in sorted(int(n) for n in os.listdir("/proc/self/fd")):
            rules.add_rule(pyseccomp.NOTIFY, "fallocate", pyseccomp.Arg(0, pyseccomp.EQ, fd))
        rules.load()
        listener = pyseccomp._libseccomp.seccomp_notify_fd(rules._filter)
    except (OSError, ValueError, AttributeError) as exc:
        return f"a system-call filter ({type(exc).__name__}: {exc})"
    if listener < 0:
        return "a system-call filter (no notification fd)"
    try:
        socket.send_fds(channel, [b"n"], [listener])
    finally:
        os.close(listener)  # the submission must not answer its own refused calls
    return ""


def receive_listener(channel: socket.socket) -> int | None:
    """The worker's notification fd, or None when it loaded no filter (or ended first)."""
    try:
        _, fds, _, _ = socket.recv_fds(channel, 16, 1)
    except OSError:
        return None
    return fds[0] if fds else None


def refused_call(listener: int) -> str:
    """The name of the refused call waiting on `listener` ('' when none could be read)."""
    buf = bytearray(NOTIF.size)
    try:
        fcntl.ioctl(listener, SECCOMP_IOCTL_NOTIF_RECV, buf, True)
    except OSError:
        return ""
    _, _, _, nr, arch, *_ = NOTIF.unpack(buf)
    try:
        import pyseccomp

        return pyseccomp.resolve_syscall(arch, nr).decode() or f"system call {nr}"
    except (ImportError, OSError, ValueError):
        return f"system call {nr}"
