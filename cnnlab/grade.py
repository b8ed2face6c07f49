"""Bulk grading without Docker: every submission in its own sandboxed child, N at a time.

Only this (parent) process writes results. Each finished submission is written at once, so an
interrupted run loses nothing it finished, and a re-run resumes where it stopped.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
import logging
import zipfile
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from . import CnnlabError, Interrupted, report
from .autograder import config as lab_config
from .autograder import data as mnist
from .autograder import i18n
from .autograder.harness import GraderError
from .autograder.i18n import _
from .autograder.questions import Context, Draw
from .autograder.results import CheckResult, SubmissionResult
from .autograder.runner import available_checks, judge_context, run_checks
from .release import LAB_FILE
from .sandbox import Limits, Sandboxed, Zygote

log = logging.getLogger("cnnlab")
SUBMISSION_SUFFIXES = (".py", ".ipynb", ".zip")
MAX_UNZIPPED = 50 * 2**20  # a submission is one small file; a zip bomb stops here
MIN_TIMEOUT, MIN_MEMORY_MB = 5.0, 512
REPO = Path(__file__).resolve().parent.parent


@dataclass
class Saved:
    """A result an earlier run wrote into the output folder."""
    result: SubmissionResult
    digest: str
    """The hand-in's content digest, then ':' and the grading setup's (grading_fingerprint)."""
    file: str
    source: str
    """The hand-in it was graded from (its real path; empty in results of kit versions before 0.1.1)."""
    replaced: list[str] = field(default_factory=list)
    """Earlier hand-ins of this name that it replaced, as 'path|content digest': they do not come back."""

    @property
    def content(self) -> str:
        return self.digest.split(":")[0]


def recorded_draws(folder: Path) -> dict[str, str]:
    """The draws an earlier run recorded in `folder`/staff, by the hand-in's real path and by 'name:NAME'."""
    if not (folder / "staff").is_dir():
        raise CnnlabError(f"--replay {folder}: no staff/ folder there; pass the --out folder of an earlier cnnlab grade")
    draws = {}
    for path in sorted((folder / "staff").glob("*.json")):
        try:
            record = json.loads(path.read_text())
            draw = record["draw"]
            if isinstance(draw, str) and len(draw) == 32 and all(c in "0123456789abcdef" for c in draw):
                draws[f"name:{path.stem}"] = draw
                if isinstance(record.get("source"), str) and record["source"]:
                    draws[record["source"]] = draw
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return draws


def read_saved(out_dir: Path) -> dict[str, Saved]:
    """Every result saved in `out_dir/results`, by student name (unreadable files are skipped: graded again)."""
    saved = {}
    for path in sorted((out_dir / "results").glob("*.json")):
        try:
            result, meta = report.from_gradescope_json(json.loads(path.read_text()))
            saved[path.stem] = Saved(result, meta.get("sha256", ""), meta.get("file", "") or path.stem, meta.get("source", ""),
                                     meta.get("replaced", []))
        except (OSError, ValueError, KeyError, TypeError):
            continue  # not one of ours
    return saved


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


def discover(paths: list[str | Path], out_dir: Path | None = None, saved: dict[str, Saved] | None = None) -> list[Submission]:
    """Expand the command line into submissions and name them (see `expand` and `assign_names`)."""
    return assign_names(expand(paths, out_dir), saved or {})


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
                raise CnnlabError(f"{raw} is also the --out folder: write the results to another folder (e.g. --out grades)")
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


def assign_names(found: list[Submission], saved: dict[str, Saved]) -> list[Submission]:
    """Each hand-in's student name and gradebook file, unique in the class.

    A hand-in graded before into the output folder keeps the name it had there: found by its real path
    (alice-2 stays alice-2 when its section is graded again alone), or, when the folder it came from
    was moved or renamed, by its content. Every other hand-in is named after its file or folder; when
    an earlier result has that name, the hand-in is that student's later one and replaces it.
    """
    names, files = {"points-per-question"}, {"points-per-question"}  # the gradebook's first row
    by_path = {entry.source: name for name, entry in saved.items() if entry.source}
    # (file or folder name, content) -> name, of results whose hand-in is no longer where it was
    moved = {(Path(e.source).name, e.content): name for name, e in saved.items() if e.source and not os.path.lexists(e.source)}
    replaced_by = {old: name for name, e in saved.items() for old in e.replaced}  # 'path|content' -> the later hand-in's name
    superseded = []
    for sub in found:
        name = by_path.get(sub.where)
        if name is None and moved:
            name = moved.get((Path(sub.where).name, sub.content))
        if name is None and replaced_by:
            name = replaced_by.get(f"{sub.where}|{sub.content}")
            if name is not None and any(s.where == saved[name].source for s in found):
                superseded.append(sub)  # its later hand-in is graded in this run: this one does not come back
                continue
        if name is not None and name not in names and saved[name].file not in files:
            sub.name, sub.file = name, saved[name].file
            names.add(name)
            files.add(sub.file)
    for sub in superseded:
        print(f"note: {sub.source} was replaced by {saved[replaced_by[f'{sub.where}|{sub.content}']].source}, "
              "a later hand-in graded in this run: left out", file=sys.stderr)
    found = [s for s in found if s not in superseded]
    for sub in found:  # two students may hand in alice.py and alice.zip, or two folders an alice.py: keep them apart
        if not sub.name:
            base = Path(sub.where).name  # `cnnlab grade .` is the folder's own name
            sub.name = unique(printable(base[: -len(sub.source.suffix)] if sub.source.is_file() and sub.source.suffix else base), names)
            file = printable(sub.source.name or base, limit=200)
            sub.file = file if file not in files else unique(sub.name + "".join(sub.source.suffixes), files)
            files.add(sub.file)
    return found


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


LAB_NAMES = (LAB_FILE, "cnn_lab.ipynb")  # what a hand-in's lab file is called, the .py first


def find_lab_file(folder: Path) -> tuple[Path | None, str]:
    """cnn_lab.py (else cnn_lab.ipynb) at the shallowest depth, else the only .py or .ipynb; else None and why not."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink() and "__MACOSX" not in p.parts
             and not any(part.startswith(".") for part in p.relative_to(folder).parts)]  # a link could point at the solution
    for lab_name in LAB_NAMES:
        named = sorted((p for p in files if p.name == lab_name), key=lambda p: len(p.parts))
        if len(named) > 1 and len(named[1].parts) == len(named[0].parts):  # a whole class in one zip or folder
            return None, _("it holds {count} files named {name} side by side: if it is a whole class, "
                           "unpack it and grade the folder", count=len(named), name=lab_name)
        if named:
            return named[0], ""
    candidates = [p for p in files if p.suffix.lower() in (".py", ".ipynb")]
    if len(candidates) == 1:
        return candidates[0], ""
    if candidates:
        return None, _("it holds {count} .py/.ipynb files and none is named {name}: if it is a whole "
                       "class, unpack it and grade the folder", count=len(candidates), name=LAB_FILE)
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
                members = [i for i in z.infolist() if not i.is_dir() and Path(i.filename).suffix.lower() in (".py", ".ipynb")]
                members = [i for i in members if Path(i.filename).name in LAB_NAMES] or members
                if len(members) > MAX_ZIP_ENTRIES or sum(i.file_size for i in members) > MAX_UNZIPPED:
                    return None, _("the zip holds more than {count:,} .py/.ipynb files or {megabytes} MB of them",
                                   count=MAX_ZIP_ENTRIES, megabytes=MAX_UNZIPPED // 2**20)
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
        lab, why = None, (_("a {suffix} file is not a hand-in (expected .py, .ipynb, .zip or a folder)", suffix=source.suffix)
                          if source.suffix else _("a plain file is not a hand-in (expected .py, .ipynb, .zip or a folder)"))
    else:
        lab, why = find_lab_file(source)
    if lab is None:
        return None, why
    target = scratch / ("cnn_lab.ipynb" if lab.suffix.lower() == ".ipynb" else LAB_FILE)
    try:
        shutil.copyfile(lab, target)
    except OSError as exc:  # unreadable (permissions), or not a regular file after all
        return None, _("{file} cannot be read ({reason})", file=lab.name, reason=exc.strerror or exc.__class__.__name__)
    return target, ""


def grading_fingerprint(timeout: float, memory_limit: int, device: str) -> str:
    """The checks' code, the lab's spec, the limits and the language: a result graded under others is graded again
    on resume."""
    import cnnlab.autograder as ag

    h = hashlib.sha256(f"{timeout}|{memory_limit}|{device}|{i18n.current()}".encode())  # feedback in another language: again
    catalogues = sorted((i18n.LOCALE_DIR / i18n.locale_name(i18n.current())).rglob("*.mo"))
    for path in [*sorted(Path(ag.__file__).parent.glob("*.py")), Path(lab_config.SPEC_PATH), *catalogues]:
        h.update(path.read_bytes())
    return ":" + h.hexdigest()[:16]


def content_digest(sub: Submission) -> str:
    """The hand-in's content (a folder's files and their names): a changed hand-in is graded again."""
    h = hashlib.sha256()
    files = [sub.source] if sub.source.is_file() else sorted(p for p in sub.source.rglob("*") if p.is_file() and not p.is_symlink())
    for p in files:
        h.update(str(p.relative_to(sub.source) if p != sub.source else p.name).encode())
        try:
            h.update(p.read_bytes())
        except OSError as exc:  # unreadable: its row says so when it is the lab file, and nothing else depends on it
            h.update(f"unreadable: {exc.errno}".encode())
    return h.hexdigest()


def unfinished_result(name: str, status: str, outcome: str, message: str) -> SubmissionResult:
    """Every check at 0 with the same reason: a submission always gets its row."""
    checks = [CheckResult(question=c.question, check=c.name, points=0.0, max_points=c.points, hidden=c.hidden,
                          outcome=outcome, message=message) for c in available_checks(hidden=True)]
    return SubmissionResult(name=name, checks=checks, status=status)


def grade_one(sub: Submission, ctx: Context, limits: Limits, home: Path, zygote: Zygote) -> SubmissionResult:
    """Grade one submission in a scratch folder under `home`; never raises."""
    started = time.perf_counter()
    scratch = Path(tempfile.mkdtemp(prefix="sub-", dir=home))
    try:
        lab, why = unpack(sub, scratch)
        if lab is None:
            return unfinished_result(sub.name, "no cnn_lab.py found", "crashed", _("no {file} found in the submission: {reason}",
                                                                                    file=LAB_FILE, reason=why))
        sandbox = Sandboxed(lab, scratch, limits, zygote=zygote)
        try:
            result = run_checks(sandbox, ctx.with_draw(Draw(sub.draw)), hidden=True, name=sub.name)
        finally:
            sandbox.close()
    except GraderError:
        raise
    except Exception:  # a bug of the grader's own: staff get the traceback (errors.log), the student a plain line
        log.exception("grading %s failed", sub.name)
        result = unfinished_result(sub.name, "crashed: internal grader error (staff: see errors.log)", "crashed", _("internal grader error"))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    result.seconds = time.perf_counter() - started
    return result


# Folders every process needs, left visible (read-only) in the sandbox.
# Not /run: it holds the machine's sockets (Docker, D-Bus) and users' session files.
SYSTEM_DIRS = ("/usr", "/lib", "/lib32", "/lib64", "/libx32", "/bin", "/sbin", "/etc", "/dev", "/proc", "/sys")


def needed_paths(root: Path, home: Path) -> set[Path]:
    """What the sandbox must see: Python and its packages, the kit, MNIST, its working folder."""
    import sysconfig

    import cnnlab.autograder as ag

    # Not the judge's working folder (`python -m` puts it on sys.path): the child runs elsewhere, and the
    # TA's folder may hold anything.
    here = os.path.realpath(os.getcwd())
    candidates = [sys.prefix, sys.base_prefix, sys.exec_prefix, sys.executable, *sysconfig.get_paths().values(),
                  *(p for p in sys.path[1:] if p and os.path.realpath(p) != here), Path(ag.__file__).parent,
                  Path(__file__).parent, root, home]
    found = set()
    for c in candidates:
        for p in (Path(c).absolute(), Path(c).resolve()):  # a venv's python is a link into the base install
            if p.exists():
                found.add(p)
    return found


def file_view(subs: list[Submission], out_dir: Path, root: Path, home: Path,
              staff: tuple[Path, ...] = ()) -> tuple[dict[str, list[str]], list[str]]:
    """What a child may see: everything it needs, and within that, not the solution, the hidden checks,
    the results or any student's hand-in.

    Returns (views, hide). `views` maps each folder on the way from / to what the child needs (/tmp,
    the kit's checkout, ...) to the entries it keeps: the child puts an empty tmpfs over the folder and
    binds those back, so whatever appears there later (another grading run's scratch folders, a
    results folder) stays out of sight too. `hide` lists what is covered one by one: the other entries
    of / itself (which cannot be covered), and the secrets inside what is kept whole.
    """
    import cnnlab.autograder as ag

    needed = needed_paths(root, home)
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
    package = Path(ag.__file__).resolve().parent
    # Inside the visible part, hide these one by one (the judge-only modules, their bytecode included;
    # the zygote imported all the sandbox needs before any of this is hidden). The public checks are
    # hidden too, though students have them: a submission cannot call the kit's own expectations to
    # forge its answers.
    # /etc stays visible, but not what only root may read there (the grader may run as root).
    secrets = [REPO / "solutions", REPO / "tests", REPO / ".git", REPO / "dist", REPO / "student", REPO / "examples",
               *(package / name for name in ("hidden.py", "reference.py", "questions.py", "runner.py", "results.py",
                                             "otter_bridge.py", "lab.json", "__pycache__")),
               Path(lab_config.SPEC_PATH).resolve(), out_dir, *staff, *(s.source for s in subs),
               *(Path("/etc") / name for name in ("shadow", "gshadow", "shadow-", "gshadow-", "sudoers", "ssh", "ssl/private"))]

    def visible(p: Path) -> bool:
        for folder in [*reversed(p.parents)][1:] + [p]:  # each step down from /
            parent = str(folder.parent)
            if parent in views and folder.name not in views[parent]:
                return False
            if str(folder) in hide:
                return False
        return True
    for p in (Path(s).resolve() for s in secrets):
        if p.exists() and visible(p) and p not in needed and p not in ancestors:
            hide.append(str(p))
    return views, hide


def pick_device(device: str) -> str:
    import torch

    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cuda" and not torch.cuda.is_available():
        raise CnnlabError("--device cuda: no CUDA device is available here; use --device cpu (or auto)")
    if device not in ("cpu", "cuda"):
        raise CnnlabError(f"--device {device}: choose auto, cpu or cuda")
    return device


@contextlib.contextmanager
def torch_cache_in_scratch():
    """torch creates its compile cache folder (torchinductor_<user>) in TMPDIR when torchvision's datasets are
    first imported (nothing later in grading makes it): put it in a folder of its own, removed afterwards."""
    name = "TORCHINDUCTOR_CACHE_DIR"
    before = os.environ.get(name)
    with tempfile.TemporaryDirectory(prefix="cnnlab-torch-") as folder:
        os.environ[name] = folder
        try:
            yield
        finally:
            if before is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = before


@contextlib.contextmanager
def sigint_deferred():
    """Ctrl-C ignored for the block (clean-up that must finish); only the main thread can set signal handlers."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def main(*, submissions: list[str], out: str = "grades", data: str | None = None, jobs: int | None = None,
         timeout: float = Limits.timeout, memory_limit: int = Limits.memory_mb, device: str = "auto", force: bool = False,
         isolate: bool = True, progress: bool = True, replay: str | None = None,
         lang: str | None = None) -> list[SubmissionResult]:
    """Grade every submission into `out`: final_grades.csv, results/, feedback/, summary.md, summary.png, and
    staff/ (each grading's secret draw and every check's own observation).

    `replay` is the --out folder of an earlier run: each hand-in recorded there is graded on the inputs it
    was graded on then (its draw), to reproduce that grading exactly. `lang`: the feedback's and the summary's
    language (default: the release's); the gradebook's columns and grading_status words stay English."""
    try:
        i18n.use(lang)
    except i18n.UnknownLanguage as exc:
        raise CnnlabError(str(exc)) from None
    out_dir = Path(out)
    draws = recorded_draws(Path(replay)) if replay else {}
    subs = expand(submissions, out_dir)
    if not subs:
        raise CnnlabError(f"no submissions found in {' '.join(map(str, submissions))}: expected .py, .ipynb, .zip files or folders")
    jobs = (os.cpu_count() or 1) if jobs is None else jobs
    if jobs < 1:
        raise CnnlabError(f"-j {jobs}: the number of parallel gradings must be at least 1")
    # Limits that no correct submission can meet would zero the whole class: refuse them up front.
    if not timeout >= MIN_TIMEOUT:
        raise CnnlabError(f"--timeout {timeout:g}: each check needs some seconds (q5 trains a network); use at least {MIN_TIMEOUT:g}, "
                          f"default {Limits.timeout:g}")
    if memory_limit < MIN_MEMORY_MB:
        raise CnnlabError(f"--memory-limit {memory_limit}: torch alone needs a few hundred MB; use at least {MIN_MEMORY_MB} "
                          f"(MB), default {Limits.memory_mb}")
    device = pick_device(device)
    root = mnist.resolve_root(data)
    with torch_cache_in_scratch():
        import torchvision.datasets  # noqa: F401  (its first import makes torch's cache folder)
    mnist.fetch(root)  # (or fail clearly) before anything is written
    try:
        (out_dir / "results").mkdir(parents=True, exist_ok=True)
        (out_dir / "feedback").mkdir(exist_ok=True)
        (out_dir / "staff").mkdir(exist_ok=True)
    except OSError as exc:
        raise CnnlabError(f"--out {out}: cannot make the results folder there ({exc.strerror}); pass a folder name") from None
    lock = os.open(out_dir, os.O_RDONLY | os.O_DIRECTORY)  # the folder itself is locked: no lock file left behind
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(lock)
        raise CnnlabError(f"--out {out}: another cnnlab grade is writing there; wait for it to end, or grade into "
                          "another folder") from None
    except OSError:  # a file system without locks (some network ones): grade unlocked
        pass
    saved = read_saved(out_dir)
    subs = assign_names(subs, saved)
    for sub in subs:
        sub.draw = draws.get(sub.where) or draws.get(f"name:{sub.name}") or ""
    if replay and progress:
        print(f"replaying the recorded draws of {sum(bool(s.draw) for s in subs)} of {len(subs)} hand-in(s) from "
              f"{replay}/staff", file=sys.stderr)
    for sub in subs:
        sub.draw = sub.draw or Draw().seed  # every other hand-in: a fresh draw
    staff_log = logging.FileHandler(out_dir / "errors.log", delay=True)  # created only when something is logged
    staff_log.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
    log.addHandler(staff_log)
    try:
        staff = (Path(replay),) if replay else ()
        return _grade_all(subs, saved, out_dir, root, jobs, timeout, memory_limit, device, force or bool(replay), isolate,
                          progress, staff)
    except KeyboardInterrupt:  # while MNIST was read or the hand-ins hashed, before any grading began
        raise Interrupted(f"interrupted before grading began; {out_dir}/results keeps what earlier runs saved: "
                          "run the same command again to grade") from None
    finally:
        log.removeHandler(staff_log)
        staff_log.close()
        os.close(lock)  # releases the lock


def _grade_all(subs, saved, out_dir, root, jobs, timeout, memory_limit, device, force, isolate, progress,
               staff=()) -> list[SubmissionResult]:
    ctx = judge_context(root, device=device)
    ctx.test_x, ctx.train_x, ctx.train_raw  # read MNIST once, before the threads share the context

    done: dict[str, SubmissionResult] = {}
    todo = []
    setup = grading_fingerprint(timeout, memory_limit, device)
    for sub in subs:
        sub.content  # hashed now, before grading: a file changed during the run is graded again next time
        before = saved.get(sub.name)
        if before is None:
            todo.append(sub)
            continue
        sub.replaced = list(before.replaced)
        other = bool(before.source) and before.source != sub.where  # a late hand-in of this name
        usable = not force and "internal grader error" not in before.result.status
        superseded = other and f"{sub.where}|{sub.content}" in before.replaced
        if usable and (before.digest == sub.content + setup or superseded):
            if superseded:  # the class's folder graded again after a late hand-in: the later one stays
                print(f"note: {sub.name} keeps the result of {before.source}, which replaced {sub.source} in an earlier "
                      f"run (--force grades {sub.source} in its place)", file=sys.stderr)
            done[sub.name] = before.result
            if not (out_dir / "feedback" / f"{sub.name}.md").is_file():  # deleted, or lost to an interruption
                report.write_atomic(out_dir / "feedback" / f"{sub.name}.md", report.feedback_markdown(before.result))
            continue
        if other or not before.source and before.file != sub.file:
            print(f"note: {sub.source} replaces the earlier result of {sub.name} (graded from {before.source or before.file}); "
                  "if they are two students, grade their folders together in one run", file=sys.stderr)
            if before.source:
                sub.replaced.append(f"{before.source}|{before.content}")
        todo.append(sub)

    import torch

    threads = max(1, (os.cpu_count() or 1) // jobs)  # the judge and each sandbox share the cores
    torch.set_num_threads(threads)
    limits = Limits(timeout=timeout, memory_mb=memory_limit, threads=threads, cpu_share=threads + 0.5, isolate=isolate)
    if todo and isolate and os.geteuid() == 0:
        print("warning: grading as root: the sandbox's user is root in its namespace, and files it may see are readable "
              "whatever their permissions; grade as an ordinary user where you can", file=sys.stderr)
    if progress and done:
        print(f"resuming: {len(done)} already graded in {out_dir}/results (--force grades them again)", file=sys.stderr)

    def save(sub: Submission, result: SubmissionResult) -> None:
        # feedback first: the results file is what a re-run trusts, so it is written last
        report.write_atomic(out_dir / "feedback" / f"{sub.name}.md", report.feedback_markdown(result))
        report.write_atomic(out_dir / "staff" / f"{sub.name}.json",
                            json.dumps(report.staff_json(result, sub.draw, sub.file, sub.where), indent=2))
        report.write_atomic(out_dir / "results" / f"{sub.name}.json",
                      json.dumps(report.gradescope_json(result, sub.content + setup, sub.file, sub.where, sub.replaced), indent=2))

    def finish(sub: Submission, result: SubmissionResult) -> None:
        """Save a finished result (on the main thread only: the workers hand results back through their futures)."""
        try:
            save(sub, result)
        except (OSError, TypeError, ValueError):  # one result that cannot be written must not end the batch
            log.exception("writing the result of %s failed", sub.name)
            result = unfinished_result(sub.name, "crashed: internal grader error (staff: see errors.log)", "crashed",
                                       "internal grader error")
            try:
                save(sub, result)
            except (OSError, TypeError, ValueError):  # the gradebook still gets its row; the next run grades it again
                log.exception("writing the error result of %s failed too", sub.name)
        done[sub.name] = result

    from tqdm import tqdm

    bar = tqdm(total=len(subs), initial=len(subs) - len(todo), unit="sub", disable=not progress, dynamic_ncols=True)
    pool = ThreadPoolExecutor(max_workers=jobs)
    zygote = None
    home = Path(tempfile.mkdtemp(prefix="cnnlab-grade-"))
    try:
        (home / "work").mkdir()
        limits.home = str(home / "work")
        limits.views, limits.hide = file_view(subs, out_dir, root, Path(limits.home), staff)
        zygote = Zygote(limits) if todo else None
        pending = {pool.submit(grade_one, sub, ctx, limits, home / "work", zygote): sub for sub in todo}
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in finished:
                sub = pending.pop(fut)
                finish(sub, fut.result())
                bar.set_postfix_str(f"{sub.name}: {done[sub.name].status}", refresh=False)
                bar.update()
    except GraderError as exc:
        pool.shutdown(wait=False, cancel_futures=True)
        if zygote is not None:
            zygote.close()  # the running sandboxes end now, not after all their checks
            zygote = None
        raise CnnlabError(f"{exc} ({len(done)} of {len(subs)} graded and saved in {out_dir}/results)") from None
    except KeyboardInterrupt:
        with sigint_deferred():
            pool.shutdown(wait=False, cancel_futures=True)
            if zygote is not None:
                zygote.close()  # every running sandbox dies with it, so the threads finish at once
                zygote = None
        again = "the same command without --force" if force else "the same command again"
        raise Interrupted(f"interrupted: {len(done)} of {len(subs)} graded and saved in {out_dir}/results; "
                          f"run {again} to grade the rest") from None
    finally:
        with sigint_deferred():  # a second Ctrl-C must not leave sandboxes or the scratch folder behind
            bar.close()
            pool.shutdown(wait=True)
            if zygote is not None:
                zygote.close()
            shutil.rmtree(home, ignore_errors=True)

    results = [done[s.name] for s in subs]
    # The gradebook is the whole folder's: a late hand-in graded into it adds its row and drops no one.
    rows = [(done[s.name], s.file) for s in subs]
    files = {s.file for s in subs} | {"points-per-question"}
    this_run = {s.name for s in subs}
    earlier = [(entry.result, entry.file) for name, entry in saved.items() if name not in this_run]  # kept in the gradebook
    for result, file in earlier:  # one file name per row, whatever came before
        file = file if file not in files else unique(result.name + "".join(Path(file).suffixes), files)
        files.add(file)
        rows.append((result, file))
    if progress and len(rows) > len(subs):
        print(f"the gradebook also keeps {len(rows) - len(subs)} earlier result(s) from {out_dir}/results that this run "
              "did not include (delete a results/NAME.json to drop one)", file=sys.stderr)
    possible = {q: m for q, (_, m) in results[0].question_scores().items()}
    report.write_gradebook(out_dir / "final_grades.csv", rows, possible)
    everyone = [r for r, _ in rows]
    report.summary_picture(out_dir / "summary.png", everyone, possible)
    report.write_atomic(out_dir / "summary.md", report.summary_markdown(everyone, possible, "summary.png"))
    return results


def limit_report(results: list[SubmissionResult]) -> str:
    """One line on the submissions that hit a limit or crashed, by name (empty when none)."""
    hit = [r for r in results if r.status != "graded"]
    if not hit:
        return "no submission hit a limit or crashed"
    return f"{len(hit)} of {len(results)} hit a limit or did not run: " + "; ".join(f"{r.name} ({r.status})" for r in hit)

