"""The kit's judge under otter (`otter run`, `otter grade`'s container, Gradescope): an otter plugin that grades the
hand-in with `cnnlab grade`'s own judge and sandbox before otter executes anything, then leaves otter nothing of the
hand-in to run.

otter runs a submission's code in a kernel, and its tests in that same kernel, whose results reach otter's process
as a pickle (and `otter grade`'s host as another): whatever runs there decides the score and can shape what a more
trusted process unpickles. So no student code runs there. `before_grading` grades a copy of the hand-in in the
sandbox (a uid of its own in a container, where Docker refuses namespaces), writes the judge's verdicts as JSON
outside the submission folder, removes everything the hand-in brought from the folder otter's kernel runs in, and
puts an empty file in the submission's place. otter's kernel then runs only the kit's test files, which report
the judge's verdicts (`verdict`), so otter's own results objects, CSV and Gradescope JSON keep their form.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from otter.plugins import AbstractOtterPlugin

VERDICTS_ENV = "CNNLAB_VERDICTS"
"""Where the judge's verdicts are, for the kit's test files in otter's kernel (which inherits this environment)."""
DATA_DIR = "mnist"  # the zip's MNIST, under files/ in the zip: source/files/mnist in the grading folder
KIT_SOURCE = "cnnlab-src"  # the kit's source, in KIT_ARCHIVE in the zip (setup.sh installs it)
KIT_ARCHIVE = f"requirements.{KIT_SOURCE}.zip"  # otter's Dockerfile adds requirements.* before setup.sh runs
SPEC_FILE = "files/lab.json"  # the spec the zip grades with (a variant's), where the plugin reads it
EMPTY_NOTEBOOK = json.dumps({"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


class KitJudge(AbstractOtterPlugin):
    """otter's plugin (otter_config.json: "plugins": ["cnnlab.grading.otter_plugin.KitJudge"])."""

    def before_grading(self, config) -> None:
        submission = Path(self.submission_path)
        autograder = Path(config.autograder_dir)
        work = Path(tempfile.mkdtemp(prefix="cnnlab-otter-"))
        verdicts = work / "verdicts.json"
        os.environ[VERDICTS_ENV] = str(verdicts)
        hand_in = work / "hand-in" / submission.name
        hand_in.parent.mkdir()
        try:  # the lab file otter resolved (never through a link); the rest of the folder is nobody's code
            with os.fdopen(os.open(submission, os.O_RDONLY | os.O_NOFOLLOW), "rb") as f:
                hand_in.write_bytes(f.read())
        except OSError as exc:
            verdicts.write_text(json.dumps({"status": f"the hand-in cannot be read ({exc.strerror})", "checks": {}}))
            clear_submission_folder(submission, autograder / "source" / "tests")
            return
        spec = autograder / "source" / SPEC_FILE
        if spec.is_file():  # the zip's spec (a variant's), also where otter run's process has the kit installed
            os.environ["CNNLAB_LAB"] = str(spec)
        try:
            result = grade(hand_in, work / "grades", autograder / "source" / "files" / DATA_DIR)
        finally:  # the judge's own records (the draws) are not left where the next run could read them
            shutil.rmtree(work / "grades", ignore_errors=True)
            shutil.rmtree(hand_in.parent, ignore_errors=True)
        if result.internal_error:  # the grader's failure, never a score: otter reports its autograder error
            raise RuntimeError(f"cnnlab's judge failed on this hand-in ({result.status})")
        metadata = self.submission_metadata if isinstance(self.submission_metadata, dict) else {}
        record = {
            "status": result.status,
            "student": metadata.get("users", []),  # Gradescope's submission_metadata.json: who handed it in
            "checks": {c.check: {"passed": c.passed, "feedback": c.feedback()} for c in result.checks},
        }
        verdicts.write_text(json.dumps(record))
        clear_submission_folder(submission, autograder / "source" / "tests")


def grade(hand_in: Path, out: Path, data: Path):
    """The hand-in graded as `cnnlab grade` grades it (its sandbox, fresh draws); its SubmissionResult."""
    from . import run

    # require_isolation: an ordinary user's otter run where namespaces are refused would run the hand-in as that
    # user, unconfined (a set-up failure, the grader's, stops it before any of its code runs)
    summary = run.main(
        submissions=[str(hand_in)], out=str(out), data=str(data), jobs=1, progress=False, require_isolation=True
    )
    return summary.results[0]


def clear_submission_folder(submission: Path, tests: Path) -> None:
    """Leave in the submission's folder only the kit's own test files and an empty file in the submission's place: a
    hand-in's other files (an .OTTER_LOG otter would unpickle, a tests/ or package of its own that the kernel would
    import) never reach otter."""
    folder = submission.parent
    for entry in folder.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()
    shutil.copytree(tests, folder / "tests")
    submission.write_text(EMPTY_NOTEBOOK if submission.suffix == ".ipynb" else "")


def verdict(check: str) -> None:
    """In otter's kernel (a kit test file's case): pass when the judge passed `check`, else raise with its feedback."""
    path = os.environ.get(VERDICTS_ENV)
    record = json.loads(Path(path).read_text()) if path and Path(path).is_file() else {}
    found = record.get("checks", {}).get(check)
    if found is None:
        raise AssertionError(f"not graded by the kit's judge ({record.get('status', 'no verdicts')})")
    if not found["passed"]:
        raise AssertionError(found["feedback"])
