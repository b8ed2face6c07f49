"""Generate the student release (`student/`) from the reference solution (`solutions/`).

The generator is a short pipeline of pure text-to-text steps; the last one fails loudly if any
marker or solution line survived.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from . import CnnlabError

BEGIN = "# BEGIN SOLUTION"
END = "# END SOLUTION"
HINT = "# HINT:"
BANNER = "# ---- please finish the code ({task}) ----"
"""The English banner; the marker words `please finish the code` stay in every language (course material quotes them)."""
STUB = 'raise NotImplementedError({message})'

REPO = Path(__file__).resolve().parent.parent
LAB_FILE = "cnn_lab.py"
SOURCE = f"solutions/{LAB_FILE}"  # how errors name the reference, as the instructor finds it
# The public checks shipped to students: the autograder package minus the judge-only modules.
SELFCHECK_MODULES = ("__init__.py", "config.py", "data.py", "harness.py", "i18n.py", "questions.py", "results.py",
                     "runner.py", "lab.json")
LAB_SPEC = REPO / "autograder" / "lab.json"
"""The lab's spec, derived from the reference by `cnnlab release` (generated, committed)."""


@dataclass(frozen=True)
class Block:
    """One fenced solution: lines [begin, end] of the source, 0-based, markers included."""

    task: str
    begin: int
    end: int
    indent: str


def find_blocks(text: str, filename: str = SOURCE) -> list[Block]:
    """Every BEGIN/END pair; unbalanced or nested markers are an error naming file and line."""
    blocks, open_at = [], None
    for i, line in enumerate(text.splitlines()):
        stripped = line.strip()
        if stripped.startswith(BEGIN):
            if open_at is not None:
                raise CnnlabError(f"{filename}:{i + 1}: '{BEGIN}' inside the block opened at line {open_at[0] + 1}; close it with '{END}' first")
            task = stripped[len(BEGIN):].strip()
            if not task:
                raise CnnlabError(f"{filename}:{i + 1}: '{BEGIN}' needs a task name, e.g. '{BEGIN} task 1: the test set'")
            open_at = (i, task, line[: len(line) - len(line.lstrip())])
        elif stripped.startswith(END):
            if open_at is None:
                raise CnnlabError(f"{filename}:{i + 1}: '{END}' without a matching '{BEGIN}'")
            blocks.append(Block(task=open_at[1], begin=open_at[0], end=i, indent=open_at[2]))
            open_at = None
    if open_at is not None:
        raise CnnlabError(f"{filename}:{open_at[0] + 1}: '{BEGIN}' is never closed with '{END}'")
    return blocks


def task_label(task: str) -> str:
    """'task 2: fc1's input size' -> 'task 2' (the name stubs and checks use)."""
    return task.split(":", 1)[0].strip()


def banner(task: str) -> str:
    """A block's banner line in the release's language: 'task 1: the test set' as the catalogue translates it."""
    from .autograder.i18n import _

    return _("# ---- please finish the code ({task}) ----", task=_(task))


def stub(task: str) -> str:
    """The line that stands where a block's solution was: NotImplementedError with the task's label."""
    import json

    from .autograder.i18n import _

    label = task_label(task)
    number = re.fullmatch(r"task (\d+)", label)
    label = _("task {number}", number=number.group(1)) if number else label
    return STUB.format(message=json.dumps(_("{task}: not finished yet", task=label), ensure_ascii=False))


def replace_solutions(text: str, filename: str = SOURCE) -> str:
    """Each solution block becomes its banner, its hint lines (as comments) and a stub."""
    lines = text.splitlines()
    out, pos = [], 0
    for block in find_blocks(text, filename):
        out.extend(lines[pos: block.begin])
        out.append(block.indent + banner(block.task))
        for line in lines[block.begin + 1: block.end]:
            if line.strip().startswith(HINT):
                out.append(block.indent + "# " + line.strip()[len(HINT):].strip())
        out.append(block.indent + stub(block.task))
        pos = block.end + 1
    out.extend(lines[pos:])
    return "\n".join(out) + "\n"


def solution_lines(text: str, filename: str = SOURCE) -> list[tuple[int, str]]:
    """(line number, stripped text) of every solution line that is not a hint, a comment, or given
    elsewhere in the module anyway (such as `preds = network(images)` in evaluate)."""
    lines = text.splitlines()
    inside = set()
    for block in find_blocks(text, filename):
        inside.update(range(block.begin, block.end + 1))
    given = {line.strip() for i, line in enumerate(lines) if i not in inside}
    return [(i + 1, lines[i].strip()) for i in sorted(inside)
            if lines[i].strip() and not lines[i].strip().startswith("#") and lines[i].strip() not in given]


def assert_clean(student_text: str, solution_text: str, filename: str) -> str:
    """The last step: no marker and no solution line may survive into a student file."""
    for n, line in enumerate(student_text.splitlines(), 1):
        if BEGIN in line or END in line or HINT in line:
            raise CnnlabError(f"{filename}:{n}: a solution marker survived the release: {line.strip()!r}")
    student_lines = {line.strip() for line in student_text.splitlines()}
    for n, line in solution_lines(solution_text, LAB_FILE):
        if line in student_lines:
            raise CnnlabError(f"{filename}: solution line {n} of {SOURCE} leaked into the release: {line!r}")
    return student_text


def student_module(solution_text: str) -> str:
    """The skeleton: solutions replaced by banners, hints and stubs; comments and docstrings in the release's language."""
    from .catalogue import translate_source

    skeleton = translate_source(replace_solutions(solution_text), SOURCE)
    return assert_clean(skeleton, solution_text, f"student/{LAB_FILE}")


def read_as(path: Path, like: str | bytes) -> str | bytes:
    """A release file's content, as text or bytes like the content it is compared with (a catalogue is binary)."""
    return path.read_bytes() if isinstance(like, bytes) else path.read_text()


def write_as(path: Path, content: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)


def differing(student_dir: Path, files: dict[str, str | bytes]) -> list[str]:
    """The release files (relative to `student_dir`) that are missing there or hold other content."""
    return [p for p, content in sorted(files.items())
            if not (student_dir / p).is_file() or read_as(student_dir / p, content) != content]


def release_files(solutions_dir: Path = REPO / "solutions") -> dict[str, str | bytes]:
    """Every file of the student release, by path relative to `student/`, as text (bytes for a compiled catalogue),
    in the language of the spec this process grades with (lab.json's "lang", or $CNNLAB_LANG)."""
    from . import notebook, student_docs
    from .autograder import i18n
    from .catalogue import translate_source

    lang = i18n.use()

    source = solutions_dir / LAB_FILE
    if not source.is_file():
        raise CnnlabError(f"no reference solution at {source}: the release is generated from solutions/{LAB_FILE}")
    solution_text = source.read_text()
    files = {
        LAB_FILE: student_module(solution_text),
        "README.md": student_docs.student_readme(find_blocks(solution_text)),
        "cnn_lab.ipynb": notebook.lab_notebook(),
        "test_cnn_lab.py": translate_source(student_docs.selfcheck_test_file(), "student/test_cnn_lab.py"),
    }
    from .autograder import config

    autograder_dir = REPO / "autograder"
    for name in SELFCHECK_MODULES:  # the spec this process grades with: the new one, when the release runs this
        files[f"selfcheck/{name}"] = (Path(config.SPEC_PATH) if name == "lab.json" else autograder_dir / name).read_text()
    if lang != "en":  # the shipped catalogue only: the judge's never leaves the kit
        mo = Path(i18n.locale_name(lang)) / "LC_MESSAGES" / f"{i18n.SHIPPED_DOMAIN}.mo"
        files[f"selfcheck/locale/{mo.as_posix()}"] = (i18n.LOCALE_DIR / mo).read_bytes()
    for path, text in files.items():
        if path != LAB_FILE and isinstance(text, str):
            assert_clean(text, solution_text, f"student/{path}")
    return files


@dataclass
class Built:
    """A release made and proven in a scratch folder, before anything is written where it belongs."""

    spec: str
    """lab.json's text."""
    files: dict[str, str | bytes]
    """The student release, by path relative to student/."""
    report: list[str]
    """What the release printed on the way (the calibration, the self-test's figures)."""


def build(solutions_dir: Path, data: str | None, lang: str = "en") -> Built:
    """Derive the spec from the reference, calibrate q5, generate the student release on that spec, and grade the
    reference and the skeleton with the real sandboxed grader. Raises CnnlabError, one line per failed check."""
    import os
    import subprocess
    import sys
    import tempfile
    import time

    from . import catalogue
    from . import spec as lab_spec
    from .autograder import data as mnist

    missing = catalogue.problems(lang, solutions_dir)  # before a minute of work: the texts must all be there
    if missing:
        raise CnnlabError(f"no {lang} release: " + "; ".join(missing))
    root = mnist.resolve_root(data)
    mnist.fetch(root)
    reference = solutions_dir / LAB_FILE
    if not reference.is_file():
        raise CnnlabError(f"no reference solution at {reference}: the release is generated from solutions/{LAB_FILE}")
    report, started = [], time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="cnnlab-release-") as tmp:
        work = Path(tmp)
        spec_path = work / "lab.json"
        try:
            derived = lab_spec.derive(solutions_dir, root)
        except CnnlabError:
            raise
        except Exception as exc:  # the reference's own code failed while being read: one line, naming it
            raise CnnlabError(f"{reference}: reading the lab from the reference failed: {type(exc).__name__}: "
                              f"{' '.join(str(exc).split())}") from None
        derived["lang"] = lang  # the self-check and the grader speak it (a command's --lang overrides)
        spec_path.write_text(lab_spec.text(derived))
        env = {**os.environ, "CNNLAB_LAB": str(spec_path), "CNNLAB_DATA": str(root), "CNNLAB_LANG": lang}

        def step(*args) -> str:
            done = subprocess.run([sys.executable, "-m", *args], env=env, capture_output=True, text=True)
            if done.returncode != 0:
                lines = (done.stderr.strip() or done.stdout.strip() or "no output").splitlines()
                raise CnnlabError(lines[-1] if done.returncode in (1, 2) else f"{args[1]} failed: {lines[-1]}")
            return done.stdout.strip()

        report.append(step("cnnlab.selftest", "calibrate", str(spec_path), str(solutions_dir), str(root)))
        step("cnnlab.selftest", "files", str(solutions_dir), str(work / "student"))
        files = {str(p.relative_to(work / "student")): p.read_bytes() if p.suffix == ".mo" else p.read_text()
                 for p in sorted((work / "student").rglob("*")) if p.is_file()}
        tested = time.perf_counter()
        (work / "hand-ins").mkdir()
        (work / "hand-ins" / "reference.py").write_text(reference.read_text())
        (work / "hand-ins" / "skeleton.py").write_text(files[LAB_FILE])
        step("cnnlab.cli", "grade", str(work / "hand-ins"), "--out", str(work / "grades"), "-q", "-j", "2")
        failures = []
        for name, full in (("reference", True), ("skeleton", False)):
            staff = json.loads((work / "grades" / "staff" / f"{name}.json").read_text())
            for c in staff["checks"]:
                want = "passed" if full else "not finished"
                if c["outcome"] != want:
                    kind = "hidden " if c["hidden"] else ""
                    failures.append(f"the {'reference' if full else 'skeleton'}'s {kind}check {c['check']} ({c['question']}) "
                                    f"is {c['outcome']}, not {want}: {c['observed']}")
        if failures:
            raise CnnlabError("the release does not prove itself; nothing was written:\n  " + "\n  ".join(failures))
        report.append(f"self-test: the reference gets full marks and the skeleton 0 (\"not finished yet\") on every "
                      f"check, public and hidden ({time.perf_counter() - tested:.0f} s; the release took "
                      f"{time.perf_counter() - started:.0f} s)")
        return Built(spec=spec_path.read_text(), files=files, report=report)


def write_release(student_dir: Path = REPO / "student", solutions_dir: Path = REPO / "solutions",
                  spec_path: Path = LAB_SPEC, data: str | None = None, lang: str = "en") -> tuple[list[str], list[str]]:
    """Build and prove the release in `lang`, then rebuild `student_dir` and `spec_path` from it; returns (the files
    whose content changed, what the build reported)."""
    built = build(solutions_dir, data, lang)
    changed = [spec_path.name] if not spec_path.is_file() or spec_path.read_text() != built.spec else []
    changed += [f"student/{p}" for p in differing(student_dir, built.files)]
    if student_dir.is_dir():  # files the release no longer makes
        changed += [f"student/{p} (removed)" for p in sorted({str(f.relative_to(student_dir)) for f in student_dir.rglob("*")
                                                                 if f.is_file() and "__pycache__" not in f.parts} - set(built.files))]
    spec_path.parent.mkdir(parents=True, exist_ok=True)
    spec_path.write_text(built.spec)
    if student_dir.exists():
        shutil.rmtree(student_dir)
    for path, content in built.files.items():
        write_as(student_dir / path, content)
    return changed, built.report


def check_release(student_dir: Path = REPO / "student", solutions_dir: Path = REPO / "solutions",
                  spec_path: Path = LAB_SPEC, data: str | None = None, prove: bool = True, lang: str = "en") -> list[str]:
    """Paths (relative to the repo) where the committed release differs from what solutions/ gives. With `prove`
    (`cnnlab release --check`), the release is built and proven as `cnnlab release` does; without, only the
    student files are compared with what the committed spec gives (quick)."""
    from . import spec as lab_spec

    if prove:
        built = build(solutions_dir, data, lang)
        files = dict(built.files)
        shipped = student_dir / "selfcheck" / "lab.json"
        try:  # the spec compared by value (calibration figures to a point, outputs to 1e-5): another CPU rounds differently
            if not lab_spec.same(json.loads(shipped.read_text()), json.loads(files["selfcheck/lab.json"])):
                files["selfcheck/lab.json"] = shipped.read_text()
        except (OSError, ValueError):
            pass
        try:
            committed = json.loads(spec_path.read_text())
        except (OSError, ValueError):
            committed = {}
        stale = [f"autograder/{spec_path.name} ({', '.join(diff)})"
                 for diff in [lab_spec.same(committed, json.loads(built.spec))] if diff]
    else:
        files, stale = release_files(solutions_dir), []
    stale += [f"student/{p}" for p in differing(student_dir, files)]
    if student_dir.is_dir():
        extra = {str(p.relative_to(student_dir)) for p in student_dir.rglob("*")
                 if p.is_file() and "__pycache__" not in p.parts and ".pytest_cache" not in p.parts}
        stale += [f"student/{p} (not part of the release)" for p in sorted(extra - set(files))]
    return stale
