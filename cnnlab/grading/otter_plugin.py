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
        shutil.copyfile(submission, hand_in)  # the lab file otter resolved; the rest of the folder is nobody's code
        spec = autograder / "source" / SPEC_FILE
        if spec.is_file():  # the zip's spec (a variant's), also where otter run's process has the kit installed
            os.environ["CNNLAB_LAB"] = str(spec)
        try:
            result = grade(hand_in, work / "grades", autograder / "source" / "files" / DATA_DIR)
            record = {
                "status": result.status,
                "student": self.submission_metadata.get("users", [])
                if isinstance(self.submission_metadata, dict)
                else [],
                "checks": {c.check: {"passed": c.passed, "feedback": c.feedback()} for c in result.checks},
            }
        except Exception as exc:  # the judge's own failure: every check says so, and no score is given
            record = {"status": f"internal grader error: {type(exc).__name__}: {exc}", "checks": {}}
        verdicts.write_text(json.dumps(record))
        clear_submission_folder(submission, autograder / "source" / "tests")


def grade(hand_in: Path, out: Path, data: Path):
    """The hand-in graded as `cnnlab grade` grades it (its sandbox, fresh draws); its SubmissionResult."""
    from . import run

    summary = run.main(submissions=[str(hand_in)], out=str(out), data=str(data), jobs=1, progress=False)
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
