"""The sandbox's view of the file system: what a child may see, as allow rules (folders that keep only the
entries given), and the few paths hidden one by one inside what stays whole."""

from __future__ import annotations

import os
import sys
import sysconfig
from pathlib import Path

# Folders every process needs, left visible (read-only) in the sandbox.
# Not /run: it holds the machine's sockets (Docker, D-Bus) and users' session files.
SYSTEM_DIRS = ("/usr", "/lib", "/lib32", "/lib64", "/libx32", "/bin", "/sbin", "/etc", "/dev", "/proc", "/sys")


# Readable by root anywhere (the grader may run as root), though /etc stays visible.
SYSTEM_SECRETS = tuple(
    Path("/etc") / name for name in ("shadow", "gshadow", "shadow-", "gshadow-", "sudoers", "ssh", "ssl/private")
)


def needed_paths(extra: list[Path]) -> set[Path]:
    """What the sandbox must see: Python and its packages, and `extra` (the kit, the data, its working folder)."""
    # Not the judge's working folder (`python -m` puts it on sys.path): the child runs elsewhere, and the
    # TA's folder may hold anything.
    here = os.path.realpath(os.getcwd())
    candidates = [
        sys.prefix,
        sys.base_prefix,
        sys.exec_prefix,
        sys.executable,
        *sysconfig.get_paths().values(),
        *(p for p in sys.path[1:] if p and os.path.realpath(p) != here),
        *extra,
    ]
    found = set()
    for c in candidates:
        for p in (Path(c).absolute(), Path(c).resolve()):  # a venv's python is a link into the base install
            if p.exists():
                found.add(p)
    return found


def file_view(
    needed: set[Path], allow: dict[str, list[str]], secrets: list[Path]
) -> tuple[dict[str, list[str]], list[str]]:
    """What a child may see: what it needs; inside an `allow`ed folder only the entries allowed there (and those
    on the way to something else it needs); and never `secrets`.

    Returns (views, hide). `views` maps each folder on the way from / to what the child needs (/tmp, the
    kit's package, ...) to the entries it keeps: the child puts an empty tmpfs over the folder and binds
    those back, so whatever appears there later (another grading run's scratch folders, a results folder,
    a module the allow-list does not name) stays out of sight too. `hide` lists what is covered one by
    one: the other entries of / itself (which cannot be covered), and the secrets inside what is kept whole.
    """
    inside_needed = lambda p: any(p == n or n in p.parents for n in needed)  # noqa: E731
    ancestors = {a for n in needed for a in n.parents} | {Path("/")}
    views: dict[str, list[str]] = {}
    hide = []
    # The system folders stay whole, also when what is needed lies inside them (Python in /usr/local, say).
    system = lambda p: any(str(p) == d or str(p).startswith(d + "/") for d in SYSTEM_DIRS)  # noqa: E731
    for folder in sorted(a for a in ancestors if not inside_needed(a) and not system(a)):
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            continue
        if folder != Path("/"):
            views[str(folder)] = [e.name for e in entries if e in ancestors or inside_needed(e)]
            continue
        for entry in entries:
            if entry in ancestors or inside_needed(entry) or str(entry) in SYSTEM_DIRS or entry.is_symlink():
                continue  # a link leads into what is hidden, or into what may be seen anyway
            hide.append(str(entry))
    for folder, entries in allow.items():
        on_the_way = {n.relative_to(folder).parts[0] for n in needed if Path(folder) in n.parents}
        views[folder] = sorted(set(entries) | on_the_way)
    secrets = [*secrets, *SYSTEM_SECRETS]

    def visible(p: Path) -> bool:
        for folder in [*reversed(p.parents)][1:] + [p]:  # each step down from /
            parent = str(folder.parent)
            if parent in views and folder.name not in views[parent]:
                return False
            if str(folder) in hide:
                return False
        return True

    # A secret as it is on disk: a link is never followed (a hand-in linking to the data would hide the data, and
    # what a link points at is hidden, or visible, for its own reasons); nor what holds something needed.
    for p in (Path(s).resolve() for s in secrets if not Path(s).is_symlink()):
        if p.exists() and visible(p) and p not in needed and p not in ancestors:
            hide.append(str(p))
    return views, hide
