"""Grading one hand-in in a sandbox: the sandbox's view of the files, and the interface's requests
(submission.interface.Submission), each sent to a sandboxed child that answers it with an InProcess of its own
(submission.service)."""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
import time
from pathlib import Path

from .. import boundary, i18n
from ..checks.framework import Context, Draw
from ..checks.judge import all_checks
from ..checks.results import CheckResult, SubmissionResult
from ..checks.runner import run_checks
from ..i18n import _
from ..lab import LAB_FILE, SPEC_TEXT_ENV, config
from ..outcomes import INTERNAL_ERROR, GraderError
from ..sandbox.client import Sandbox
from ..sandbox.files import file_view, needed_paths
from ..sandbox.zygote import Limits, Zygote
from ..submission.interface import well_formed
from .intake import Submission, unpack

log = logging.getLogger("cnnlab")


class Sandboxed(Sandbox):
    """The interface of submission.interface.Submission, served in a sandbox."""

    service = "cnnlab.submission.service"

    @classmethod
    def environment(cls) -> dict[str, str]:
        # the spec and the language the judge grades with: the sandbox's messages and checks agree with the judge's
        # (the spec's text, not its path: a staff path must not reach a submission, even in the sandbox's memory)
        return {SPEC_TEXT_ENV: json.dumps(config.SPEC), i18n.LANG_ENV: i18n.current()}

    def well_formed(self, op: str, kwargs: dict, answer) -> bool:
        return well_formed(op, kwargs, answer)

    def test_set(self, root, indices):
        return self.call("test_set", root=root, indices=indices)

    def structure(self):
        return self.call("structure")

    def forward(self, state, inputs):
        return self.call("forward", state=state, inputs=inputs)

    def train_step(self, state, batch, lr, calls=2):
        return self.call("train_step", state=state, batch=batch, lr=lr, calls=calls)

    def train(self, root, init, order, seed, device, batch_size, lr):
        return self.call(
            "train", root=root, init=init, order=order, seed=seed, device=device, batch_size=batch_size, lr=lr
        )

    def train_snapshots(self, steps):
        return self.call("train_snapshots", steps=steps)


def sandbox_view(root: Path, home: Path, secrets: list[Path]) -> tuple[dict[str, list[str]], list[str]]:
    """The sandbox's file view: Python, the data, its working folder, and of the kit only what boundary.SANDBOX_SEES
    allows (of a checkout, only the package: not the solution, the tests, the student release)."""
    kit = boundary.PACKAGE
    allow = boundary.views(boundary.SANDBOX_SEES)
    if (kit.parent / "pyproject.toml").is_file():  # an editable install: the package lives in the kit's checkout
        allow.setdefault(str(kit.parent), []).append(kit.name)
    return file_view(needed_paths([kit, root, home]), allow, [Path(config.SPEC_PATH), *secrets])


def unfinished_result(name: str, status: str, outcome: str, message: str) -> SubmissionResult:
    """Every check at 0 with the same reason: a submission always gets its row."""
    checks = [
        CheckResult(
            question=c.question,
            check=c.name,
            points=0.0,
            max_points=c.points,
            hidden=c.hidden,
            outcome=outcome,
            message=message,
        )
        for c in all_checks()
    ]
    return SubmissionResult(name=name, checks=checks, status=status)


def internal_error_result(name: str) -> SubmissionResult:
    """The grader itself failed on this hand-in (staff: errors.log): every check at 0, flagged to be graded again on
    the next run."""
    result = unfinished_result(name, INTERNAL_ERROR, "crashed", _("internal grader error"))
    result.internal_error = True
    return result


def grade_one(sub: Submission, ctx: Context, limits: Limits, home: Path, zygote: Zygote) -> SubmissionResult:
    """Grade one submission in a scratch folder under `home`; never raises."""
    started = time.perf_counter()
    scratch = Path(tempfile.mkdtemp(prefix="sub-", dir=home))
    try:
        lab, why = unpack(sub, scratch)
        if lab is None:
            return unfinished_result(
                sub.name,
                f"no {LAB_FILE} found",
                "crashed",
                _("no {file} found in the submission: {reason}", file=LAB_FILE, reason=why),
            )
        sandbox = Sandboxed(lab, scratch, limits, zygote=zygote)
        try:
            result = run_checks(sandbox, ctx.with_draw(Draw(sub.draw)), all_checks(), name=sub.name)
        finally:
            sandbox.close()
    except GraderError:
        raise
    except Exception:  # a bug of the grader's own: staff get the traceback (errors.log), the student a plain line
        log.exception("grading %s failed", sub.name)
        result = internal_error_result(sub.name)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    result.seconds = time.perf_counter() - started
    return result


def closed_to_others(paths: list[Path]) -> Path | None:
    """The first folder on the way to one of `paths` that users other than its owner cannot enter, or an MNIST file
    in one of them they cannot read; else None."""
    for path in paths:
        for folder in [*reversed(path.resolve().parents), path.resolve()]:
            if folder.is_dir() and not folder.stat().st_mode & 0o001:
                return folder
        raw = path / "MNIST" / "raw"
        for data in sorted(raw.iterdir()) if raw.is_dir() else []:
            if data.is_file() and not data.stat().st_mode & 0o004:
                return data
    return None
