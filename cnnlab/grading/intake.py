"""Intake: the command line's paths as hand-ins (files, folders, zips), each named once for the class, and its
lab file found and unpacked into a scratch folder."""

from __future__ import annotations

import hashlib
import os
import shutil
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

    @cached_property
    def content(self) -> str:
        """Its content digest, computed once: hand-ins can be large."""
        return content_digest(self)

    @property
    def where(self) -> str:
        """The hand-in's real path (a class folder reached through a link is the same class), as results record it."""
        return os.path.realpath(self.source)


def expand(paths: list[str | Path], out_dir: Path | None = None) -> list[Submission]:
    """The command line as submissions: files, folders holding one, zips, or folders of many (one per student)."""
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
        elif any((path / name).is_file() for name in LAB_NAMES):
            found.append(Submission("", path))
        else:
            for entry in sorted(path.iterdir()):
                if entry.name.startswith((".", "__")) or entry.resolve() == results:
                    continue  # hidden files, __MACOSX debris and the results of an earlier run are nobody's hand-in
                # every other entry is a student's: a .txt or .tar.gz still gets its row (no cnn_lab.py found)
                found.append(Submission("", entry))
    seen = set()
    return [s for s in found if not (s.where in seen or seen.add(s.where))]  # the same hand-in given twice: one row


def printable(name: str, limit: int = 120) -> str:
    """A name safe as a file name and a CSV cell: printable, no slashes, at most `limit` bytes of UTF-8."""
    name = "".join(c if c.isprintable() and c not in "/\\" else "_" for c in name)
    return name.encode()[:limit].decode(errors="ignore") or "_"


def unique(base: str, taken: set[str]) -> str:
    """`base`, else base-2, base-3, ...: the first not in `taken` (which it joins)."""
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base}-{n}"
    taken.add(name)
    return name


MAX_ZIP_ENTRIES = 1000


LAB_NAMES = (LAB_FILE, NOTEBOOK_FILE)  # what a hand-in's lab file is called, the .py first


def find_lab_file(folder: Path) -> tuple[Path | None, str]:
    """cnn_lab.py (else cnn_lab.ipynb) at the shallowest depth, else the only .py or .ipynb; else None and why not."""
    files = [
        p
        for p in folder.rglob("*")
        if p.is_file()
        and not p.is_symlink()
        and "__MACOSX" not in p.parts
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    ]  # a link could point at the solution
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
    if source.is_file() and source.suffix.lower() == ".zip":
        unpacked = scratch / "unzipped"
        try:
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
        except (zipfile.BadZipFile, RuntimeError, NotImplementedError, OSError):  # damaged, encrypted, odd compression
            return None, _("the zip cannot be read (damaged or encrypted)")
        lab, why = find_lab_file(unpacked) if unpacked.exists() else (None, _("the zip holds no .py or .ipynb file"))
    elif source.is_file() and source.suffix.lower() in (".py", ".ipynb"):
        lab, why = source, ""
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
    """The hand-in's content (a folder's files and their names): a changed hand-in is graded again."""
    h = hashlib.sha256()
    files = (
        [sub.source]
        if sub.source.is_file()
        else sorted(p for p in sub.source.rglob("*") if p.is_file() and not p.is_symlink())
    )
    for p in files:
        h.update(str(p.relative_to(sub.source) if p != sub.source else p.name).encode())
        try:
            h.update(p.read_bytes())
        except OSError as exc:  # unreadable: its row says so when it is the lab file, and nothing else depends on it
            h.update(f"unreadable: {exc.errno}".encode())
    return h.hexdigest()
