"""The release steps, in order, and the release that proves itself.

Each step makes files of the student release from the reference; `build` derives the spec, calibrates q5, makes
the files and grades the reference and the skeleton with the real grader before anything is written where it
belongs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .. import CnnlabError, boundary, i18n
from ..lab import LAB_FILE, NOTEBOOK_FILE, SELFCHECK_TEST, config
from ..lab import data as mnist
from . import LAB_SPEC, REPO, SOLUTIONS, STUDENT, catalogue, docs, notebook
from . import spec as lab_spec
from .markers import SOURCE, assert_clean, find_blocks, replace_solutions


def student_module(solution_text: str) -> str:
    """The skeleton: solutions replaced by banners, hints and stubs; comments and docstrings in the release's
    language."""
    skeleton = catalogue.translate_source(replace_solutions(solution_text), SOURCE)
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
    return [
        p
        for p, content in sorted(files.items())
        if not (student_dir / p).is_file() or read_as(student_dir / p, content) != content
    ]


# ---- the release steps, in order: each gives files of the student release (by path relative to student/) --------
def skeleton(solution_text: str) -> dict[str, str | bytes]:
    return {LAB_FILE: student_module(solution_text)}


def readme(solution_text: str) -> dict[str, str | bytes]:
    return {"README.md": docs.student_readme(find_blocks(solution_text))}


def lab_notebook(solution_text: str) -> dict[str, str | bytes]:
    return {NOTEBOOK_FILE: notebook.lab_notebook()}


def selfcheck_test(solution_text: str) -> dict[str, str | bytes]:
    return {SELFCHECK_TEST: catalogue.translate_source(docs.selfcheck_test_file(), f"student/{SELFCHECK_TEST}")}


def selfcheck_package(solution_text: str) -> dict[str, str | bytes]:
    """selfcheck/: what boundary.SHIPS allows, under the same paths; the spec is the one this process grades with,
    and the catalogue only in a release made in its language."""
    files: dict[str, str | bytes] = {"selfcheck/__init__.py": docs.SELFCHECK_INIT}
    shipped = boundary.files(boundary.SHIPS)
    for rel, path in shipped.items():
        if rel.startswith("locale/"):
            if rel.split("/")[1] == i18n.locale_name(i18n.current()):
                files[f"selfcheck/{rel}"] = path.read_bytes()
        elif rel == "lab/lab.json":  # the new spec, when the release runs this
            files[f"selfcheck/{rel}"] = Path(config.SPEC_PATH).read_text()
        else:
            files[f"selfcheck/{rel}"] = path.read_text()
    return files


RELEASE_STEPS: tuple[Callable[[str], dict[str, str | bytes]], ...] = (
    skeleton,
    readme,
    lab_notebook,
    selfcheck_test,
    selfcheck_package,
)
"""What `cnnlab release` writes into student/, step by step; every text file is then checked for solution lines."""


def release_files(solutions_dir: Path = SOLUTIONS) -> dict[str, str | bytes]:
    """Every file of the student release, by path relative to `student/`, as text (bytes for a compiled catalogue),
    in the language of the spec this process grades with (lab.json's "lang", or $CNNLAB_LANG)."""
    i18n.use()
    source = solutions_dir / LAB_FILE
    if not source.is_file():
        raise CnnlabError(f"no reference solution at {source}: the release is generated from solutions/{LAB_FILE}")
    solution_text = source.read_text()
    files: dict[str, str | bytes] = {}
    for step in RELEASE_STEPS:
        files.update(step(solution_text))
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
            raise CnnlabError(
                f"{reference}: reading the lab from the reference failed: {type(exc).__name__}: "
                f"{' '.join(str(exc).split())}"
            ) from None
        derived["lang"] = lang  # the self-check and the grader speak it (a command's --lang overrides)
        spec_path.write_text(lab_spec.text(derived))
        env = {**os.environ, "CNNLAB_LAB": str(spec_path), "CNNLAB_DATA": str(root), "CNNLAB_LANG": lang}

        def step(*args) -> str:
            done = subprocess.run([sys.executable, "-m", *args], env=env, capture_output=True, text=True)
            if done.returncode != 0:
                lines = (done.stderr.strip() or done.stdout.strip() or "no output").splitlines()
                raise CnnlabError(lines[-1] if done.returncode in (1, 2) else f"{args[1]} failed: {lines[-1]}")
            return done.stdout.strip()

        report.append(step("cnnlab.release.selftest", "calibrate", str(spec_path), str(solutions_dir), str(root)))
        step("cnnlab.release.selftest", "files", str(solutions_dir), str(work / "student"))
        files = {
            str(p.relative_to(work / "student")): p.read_bytes() if p.suffix == ".mo" else p.read_text()
            for p in sorted((work / "student").rglob("*"))
            if p.is_file()
        }
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
                    failures.append(
                        f"the {'reference' if full else 'skeleton'}'s {kind}check {c['check']} ({c['question']}) "
                        f"is {c['outcome']}, not {want}: {c['observed']}"
                    )
        if failures:
            raise CnnlabError("the release does not prove itself; nothing was written:\n  " + "\n  ".join(failures))
        report.append(
            f'self-test: the reference gets full marks and the skeleton 0 ("not finished yet") on every '
            f"check, public and hidden ({time.perf_counter() - tested:.0f} s; the release took "
            f"{time.perf_counter() - started:.0f} s)"
        )
        return Built(spec=spec_path.read_text(), files=files, report=report)


def autograder_differing(folder: Path) -> list[str]:
    """The autograder's sources (otter_zip.autograder_files) missing from `folder`, holding other content, or there
    but no longer made."""
    from .otter_zip import autograder_files

    files = autograder_files()
    stale = [f"{folder.name}/{p}" for p in differing(folder, files)]
    if folder.is_dir():
        there = {str(f.relative_to(folder)) for f in folder.rglob("*") if f.is_file() and "__pycache__" not in f.parts}
        stale += [f"{folder.name}/{p} (not part of the release)" for p in sorted(there - set(files))]
    return stale


def write_autograder(folder: Path) -> list[str]:
    """Rebuild `folder` (autograder/) from otter_zip.autograder_files; returns what changed."""
    from .otter_zip import EXECUTABLE, autograder_files

    changed = autograder_differing(folder)
    if folder.exists():
        shutil.rmtree(folder)
    for path, content in autograder_files().items():
        write_as(folder / path, content)
        if path in EXECUTABLE:
            os.chmod(folder / path, 0o755)
    return changed


def write_release(
    student_dir: Path = STUDENT,
    solutions_dir: Path = SOLUTIONS,
    spec_path: Path = LAB_SPEC,
    data: str | None = None,
    lang: str = "en",
    autograder_dir: Path | None = None,
) -> tuple[list[str], list[str]]:
    """Build and prove the release in `lang`, then rebuild `student_dir`, `spec_path` and `autograder_dir` (the
    otter autograder's sources) from it; returns (the files whose content changed, what the build reported)."""
    built = build(solutions_dir, data, lang)
    changed = [spec_path.name] if not spec_path.is_file() or spec_path.read_text() != built.spec else []
    changed += [f"student/{p}" for p in differing(student_dir, built.files)]
    if student_dir.is_dir():  # files the release no longer makes
        changed += [
            f"student/{p} (removed)"
            for p in sorted(
                {
                    str(f.relative_to(student_dir))
                    for f in student_dir.rglob("*")
                    if f.is_file() and "__pycache__" not in f.parts
                }
                - set(built.files)
            )
        ]
    spec_path.parent.mkdir(parents=True, exist_ok=True)
    spec_path.write_text(built.spec)
    if student_dir.exists():
        shutil.rmtree(student_dir)
    for path, content in built.files.items():
        write_as(student_dir / path, content)
    if autograder_dir is not None:
        changed += write_autograder(autograder_dir)
    return changed, built.report


def check_release(
    student_dir: Path = STUDENT,
    solutions_dir: Path = SOLUTIONS,
    spec_path: Path = LAB_SPEC,
    data: str | None = None,
    prove: bool = True,
    lang: str = "en",
    autograder_dir: Path | None = None,
) -> list[str]:
    """Paths (relative to the repo) where the committed release differs from what solutions/ gives. With `prove`
    (`cnnlab release --check`), the release is built and proven as `cnnlab release` does; without, only the
    student files are compared with what the committed spec gives (quick)."""
    if prove:
        built = build(solutions_dir, data, lang)
        files = dict(built.files)
        shipped = student_dir / "selfcheck" / "lab" / "lab.json"
        # the spec compared by value (calibration figures to a point, outputs to 1e-5): another CPU rounds differently
        try:
            if not lab_spec.same(json.loads(shipped.read_text()), json.loads(files["selfcheck/lab/lab.json"])):
                files["selfcheck/lab/lab.json"] = shipped.read_text()
        except (OSError, ValueError):
            pass
        try:
            committed = json.loads(spec_path.read_text())
        except (OSError, ValueError):
            committed = {}
        stale = [
            f"{display(spec_path)} ({', '.join(diff)})"
            for diff in [lab_spec.same(committed, json.loads(built.spec))]
            if diff
        ]
    else:
        files, stale = release_files(solutions_dir), []
    stale += [f"student/{p}" for p in differing(student_dir, files)]
    if student_dir.is_dir():
        extra = {
            str(p.relative_to(student_dir))
            for p in student_dir.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and ".pytest_cache" not in p.parts
        }
        stale += [f"student/{p} (not part of the release)" for p in sorted(extra - set(files))]
    if autograder_dir is not None:
        stale += autograder_differing(autograder_dir)
    return stale


def display(path: Path) -> str:
    """A path as the instructor names it: relative to the checkout when inside it."""
    try:
        return path.resolve().relative_to(REPO).as_posix()
    except ValueError:
        return str(path)
