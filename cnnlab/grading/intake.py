"""Intake: the command line's paths as hand-ins (files, folders, zips), each named once for the class, and its
lab file found and unpacked into a scratch folder."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import struct
import zipfile
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from .. import CnnlabError
from ..i18n import _
from ..lab import LAB_FILE, NOTEBOOK_FILE

SUBMISSION_SUFFIXES = (".py", ".ipynb", ".zip")


MAX_UNZIPPED = 50 * 2**20  # a submission is one small file; a zip bomb stops here


@dataclass
class Submission:
    name: str
    """The student: file name without extension, or folder name."""
    source: Path
    """What was handed in (file, folder or zip), as given."""

    file: str = ""
    """The gradebook's `file` cell: the hand-in's name, printable and unique in the class."""
    replaced: list[str] = field(default_factory=list)
    """What its result replaces (Saved.replaced), carried into the new result."""
    draw: str = ""
    """The secret seed its inputs are drawn from: fresh for every grading, or the one replayed (--replay)."""
    in_folder: bool = False
    """Found in a class folder (not named on the command line): its name never claims an earlier result of
    another hand-in's."""

    @cached_property
    def content(self) -> str:
        """Its content digest, computed once: hand-ins can be large."""
        return content_digest(self)

    @property
    def where(self) -> str:
        """The hand-in's real path, as results record it: its folder's resolved (a class folder reached through a
        link is the same class), its own name never (a link in the class folder is not what it points at)."""
        if self.in_folder:
            return os.path.join(os.path.realpath(self.source.parent), self.source.name)
        return os.path.realpath(self.source)


def expand(paths: list[str | Path], out_dir: Path | None = None) -> list[Submission]:
    """The command line as submissions: files, folders holding one, zips, or folders of many (one per student).

    A class folder's entries are listed without following a link or reading a name as text: each entry, whatever
    it is (a link, a FIFO, a name that is not UTF-8), is one row, and its problem is that row's."""
    found: list[Submission] = []
    results = out_dir.resolve() if out_dir is not None else None
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise CnnlabError(f"{raw}: no such file or folder; pass submission files, zips, or a folder of submissions")
        if results is not None and path.resolve() == results:
            if len(paths) == 1:
                raise CnnlabError(
                    f"{raw} is also the --out folder: write the results to another folder (e.g. --out grades)"
                )
            continue  # `cnnlab grade class/* --out class/grades`, run again
        if path.is_file():
            if path.suffix.lower() not in SUBMISSION_SUFFIXES:
                raise CnnlabError(f"{raw}: not a submission (expected .py, .ipynb, .zip or a folder)")
            found.append(Submission("", path))
        elif any((path / name).is_file() and not (path / name).is_symlink() for name in LAB_NAMES):
            found.append(Submission("", path))
        else:
            where = os.path.realpath(path)  # the TA's own path: a link the TA gave is followed, once
            try:
                with os.scandir(os.fsencode(where)) as listing:
                    entries = sorted(entry.name for entry in listing)
            except OSError as exc:
                raise CnnlabError(
                    f"{raw}: the folder cannot be listed ({exc.strerror}); check its permissions"
                ) from None
            if len(entries) > MAX_CLASS:
                raise CnnlabError(f"{raw}: more than {MAX_CLASS:,} entries; is it the class's folder?")
            for name in entries:
                entry = Path(os.fsdecode(os.path.join(os.fsencode(where), name)))
                if name.startswith((b".", b"__")) or (results is not None and entry == results):
                    continue  # hidden files, __MACOSX debris and the results of an earlier run are nobody's hand-in
                # every other entry is a student's: a .txt or .tar.gz still gets its row (no cnn_lab.py found)
                found.append(Submission("", entry, in_folder=True))
    seen = set()
    return [s for s in found if not (s.where in seen or seen.add(s.where))]  # the same hand-in given twice: one row


MAX_CLASS = 100_000


def printable(name: str, limit: int = 120) -> str:
    """A name safe as a file name and a gradebook label: printable, no slashes, no markup or cell-separator
    characters, at most `limit` bytes of UTF-8 (what of a name is not UTF-8 shows as '_')."""
    name = "".join(c if c.isprintable() and c not in UNSAFE_IN_NAMES else "_" for c in name)
    return name.encode()[:limit].decode(errors="ignore") or "_"


UNSAFE_IN_NAMES = set("/\\<>|`;&")
"""Characters a name keeps out of the gradebook: markup (Markdown, HTML), cell separators of any locale, quotes."""


def unique(base: str, taken: set[str]) -> str:
    """`base`, else base-2, base-3, ...: the first not in `taken` (which it joins)."""
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base}-{n}"
    taken.add(name)
    return name


MAX_ZIP_ENTRIES = 1000
MAX_ZIP_LISTING, MAX_ZIP_DIRECTORY = 100_000, 16 * 2**20
"""A zip's entries and the bytes of its listing, read from its end record before the listing is parsed: a zip of a
million empty entries costs a few bytes to read here, not hundreds of MB in the TA's process."""


def zip_listing_size(path: Path) -> tuple[int, int] | None:
    """(entries, bytes of the central directory) from a zip's end record (zip64's where it points there); None when
    there is no end record (not a zip: zipfile says so)."""
    with open(path, "rb") as f:
        size = f.seek(0, os.SEEK_END)
        f.seek(max(0, size - (1 << 16) - 22))
        tail = f.read()
        at = tail.rfind(b"PK\x05\x06")
        if at < 0 or len(tail) < at + 22:
            return None
        entries, directory = struct.unpack("<H I", tail[at + 10 : at + 16])
        locator = tail.rfind(b"PK\x06\x07", 0, at)
        if (entries == 0xFFFF or directory == 0xFFFFFFFF) and locator >= 0 and len(tail) >= locator + 16:
            (record,) = struct.unpack("<Q", tail[locator + 8 : locator + 16])
            f.seek(record)
            zip64 = f.read(56)
            if len(zip64) == 56 and zip64[:4] == b"PK\x06\x06":
                entries, directory = struct.unpack("<Q Q", zip64[32:48])
        return entries, directory


MAX_DEPTH, MAX_ENTRIES, MAX_CODE_BYTES = 32, 10_000, 64 * 2**20
"""A hand-in's tree is walked under these caps, set before the work: depth, entries, and bytes of .py/.ipynb."""


class Refused(Exception):
    """What a hand-in is (its tree, its names, its kind) keeps it from being graded: its row says why, in one line."""


def walk(folder: Path) -> list[tuple[tuple[bytes, ...], os.stat_result]]:
    """Every regular file under `folder` as (its path's parts as bytes, its lstat), without recursion and without
    following a link; under the caps, else Refused. Hidden entries and __MACOSX debris are left out."""
    found: list[tuple[tuple[bytes, ...], os.stat_result]] = []
    stack: list[tuple[bytes, ...]] = [()]
    seen = 0
    code_bytes = 0
    while stack:
        parts = stack.pop()
        if len(parts) > MAX_DEPTH:
            raise Refused(_("its folders are nested deeper than {depth} levels", depth=MAX_DEPTH))
        try:
            with os.scandir(os.path.join(os.fsencode(folder), *parts)) as entries:
                for entry in entries:
                    seen += 1
                    if seen > MAX_ENTRIES:
                        raise Refused(_("it holds more than {count:,} files and folders", count=MAX_ENTRIES))
                    if entry.name.startswith(b".") or entry.name == b"__MACOSX":
                        continue
                    info = entry.stat(follow_symlinks=False)
                    if stat.S_ISDIR(info.st_mode):
                        stack.append((*parts, entry.name))
                    elif stat.S_ISREG(info.st_mode):  # links, FIFOs, devices and sockets are nobody's code
                        found.append(((*parts, entry.name), info))
                        if entry.name.lower().endswith((b".py", b".ipynb")):
                            code_bytes += info.st_size
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise Refused(_("a folder in it cannot be read ({reason})", reason=reason)) from None
    if code_bytes > MAX_CODE_BYTES:
        raise Refused(_("its .py/.ipynb files hold more than {megabytes} MB", megabytes=MAX_CODE_BYTES // 2**20))
    return sorted(found, key=lambda item: item[0])


def readable_name(parts: tuple[bytes, ...]) -> str:
    """A path inside a hand-in as text; Refused when a name is not UTF-8 (what unzip makes of a Windows archive)."""
    try:
        return "/".join(part.decode() for part in parts)
    except UnicodeDecodeError:
        shown = "/".join(part.decode(errors="replace") for part in parts)
        raise Refused(_("a file name that is not UTF-8: {name}; rename it and hand in again", name=shown)) from None


LAB_NAMES = (LAB_FILE, NOTEBOOK_FILE)  # what a hand-in's lab file is called, the .py first


def find_lab_file(folder: Path) -> tuple[Path | None, str]:
    """cnn_lab.py (else cnn_lab.ipynb) at the shallowest depth, else the only .py or .ipynb; else None and why not.
    Walked under the caps, without following a link (a link could point at the solution)."""
    try:
        tree = walk(folder)
        code = [parts for parts, _info in tree if parts[-1].lower().endswith((b".py", b".ipynb"))]
        files = [folder / readable_name(parts) for parts in code]
    except Refused as exc:
        return None, str(exc)
    for lab_name in LAB_NAMES:
        named = sorted((p for p in files if p.name == lab_name), key=lambda p: len(p.parts))
        if len(named) > 1 and len(named[1].parts) == len(named[0].parts):  # a whole class in one zip or folder
            return None, _(
                "it holds {count} files named {name} side by side: if it is a whole class, "
                "unpack it and grade the folder",
                count=len(named),
                name=lab_name,
            )
        if named:
            return named[0], ""
    candidates = [p for p in files if p.suffix.lower() in (".py", ".ipynb")]
    if len(candidates) == 1:
        return candidates[0], ""
    if candidates:
        return None, _(
            "it holds {count} .py/.ipynb files and none is named {name}: if it is a whole "
            "class, unpack it and grade the folder",
            count=len(candidates),
            name=LAB_FILE,
        )
    return None, _("it holds no .py or .ipynb file")


def unpack(sub: Submission, scratch: Path) -> tuple[Path | None, str]:
    """Copy the submission's lab file into `scratch`; else None and why there is none."""
    source = sub.source
    if source.is_symlink():
        return None, _("it is a symbolic link, not a hand-in")
    if not source.is_dir() and not source.is_file():
        return None, _("it is not a regular file or a folder (a FIFO, a device or a socket)")
    if source.is_file() and source.suffix.lower() == ".zip":
        unpacked = scratch / "unzipped"
        try:
            listing = zip_listing_size(source)
            if listing is not None and (listing[0] > MAX_ZIP_LISTING or listing[1] > MAX_ZIP_DIRECTORY):
                return None, _(
                    "the zip lists more than {count:,} entries or {megabytes} MB of names: zip only your lab's folder",
                    count=MAX_ZIP_LISTING,
                    megabytes=MAX_ZIP_DIRECTORY // 2**20,
                )
            with zipfile.ZipFile(source) as z:
                # only code is extracted (all find_lab_file looks at), and only the cnn_lab.py/.ipynb files when there
                # are any: MNIST or a virtual environment zipped along costs nothing
                members = [
                    i for i in z.infolist() if not i.is_dir() and Path(i.filename).suffix.lower() in (".py", ".ipynb")
                ]
                members = [i for i in members if Path(i.filename).name in LAB_NAMES] or members
                if len(members) > MAX_ZIP_ENTRIES or sum(i.file_size for i in members) > MAX_UNZIPPED:
                    return None, _(
                        "the zip holds more than {count:,} .py/.ipynb files or {megabytes} MB of them",
                        count=MAX_ZIP_ENTRIES,
                        megabytes=MAX_UNZIPPED // 2**20,
                    )
                for info in members:
                    target = (unpacked / info.filename).resolve()
                    if unpacked.resolve() not in target.parents:  # ../ in a member name
                        continue
                    try:
                        target.parent.mkdir(parents=True, exist_ok=True)
                        target.write_bytes(z.read(info))
                    except (NotADirectoryError, FileExistsError, IsADirectoryError):
                        continue  # x.py beside a folder x.py/: the other one is extracted
        # damaged, encrypted, odd compression, a name flagged UTF-8 that is not (UnicodeDecodeError is a ValueError)
        except (zipfile.BadZipFile, RuntimeError, NotImplementedError, OSError, ValueError, struct.error):
            return None, _("the zip cannot be read (damaged or encrypted)")
        lab, why = find_lab_file(unpacked) if unpacked.exists() else (None, _("the zip holds no .py or .ipynb file"))
    elif source.is_file() and source.suffix.lower() in (".py", ".ipynb"):
        lab, why = source, ""
        if source.stat().st_size > MAX_CODE_BYTES:
            lab, why = None, _("the file is larger than {megabytes} MB", megabytes=MAX_CODE_BYTES // 2**20)
    elif source.is_file():
        lab, why = (
            None,
            (
                _("a {suffix} file is not a hand-in (expected .py, .ipynb, .zip or a folder)", suffix=source.suffix)
                if source.suffix
                else _("a plain file is not a hand-in (expected .py, .ipynb, .zip or a folder)")
            ),
        )
    else:
        lab, why = find_lab_file(source)
    if lab is None:
        return None, why
    target = scratch / (NOTEBOOK_FILE if lab.suffix.lower() == ".ipynb" else LAB_FILE)
    try:
        shutil.copyfile(lab, target)
    except OSError as exc:  # unreadable (permissions), or not a regular file after all
        return None, _("{file} cannot be read ({reason})", file=lab.name, reason=exc.strerror or exc.__class__.__name__)
    return target, ""


def content_digest(sub: Submission) -> str:
    """The hand-in's content: each file's name and bytes, each length-prefixed (moving bytes from one file into
    another, or into a name, changes it), read in chunks; a changed hand-in is graded again. A link is its own
    text (never followed); a tree past the caps is its reason. Never raises: what cannot be read is hashed as such."""
    h = hashlib.sha256()

    def field(data: bytes) -> None:
        h.update(len(data).to_bytes(8, "little") + data)

    source = sub.source
    try:
        info = source.lstat()
        if stat.S_ISLNK(info.st_mode):
            field(b"link:" + os.fsencode(os.readlink(source)))
            return h.hexdigest()
        if not stat.S_ISDIR(info.st_mode) and not stat.S_ISREG(info.st_mode):  # a FIFO would block its reader
            field(f"kind {stat.S_IFMT(info.st_mode)}".encode())
            return h.hexdigest()
        if not stat.S_ISDIR(info.st_mode):
            files = [((os.fsencode(source.name),), source, info)]
        else:
            files = [(parts, source / os.fsdecode(os.path.join(*parts)), info) for parts, info in walk(source)]
    except (Refused, OSError) as exc:
        field(f"refused: {exc}".encode(errors="replace"))
        return h.hexdigest()
    for parts, path, info in files:
        field(b"/".join(parts))
        # Only code is graded: another file (a data set handed in along) counts by its size, and is never read.
        name = parts[-1].lower()
        code = name.endswith(b".zip") or name.endswith((b".py", b".ipynb")) and info.st_size <= MAX_CODE_BYTES
        if not code:
            field(f"size {info.st_size}".encode())
            continue
        try:
            with open(path, "rb") as f:
                size = os.fstat(f.fileno()).st_size
                h.update(size.to_bytes(8, "little"))
                for chunk in iter(lambda f=f: f.read(1 << 20), b""):  # noqa: B023
                    h.update(chunk)
        except OSError as exc:  # unreadable: its row says so when it is the lab file, and nothing else depends on it
            field(f"unreadable: {exc.errno}".encode())
    return h.hexdigest()
