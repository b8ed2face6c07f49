"""The judge's side of the checks (never shipped): every check, hidden ones included, and the judge's own
forward that computes what the drawn inputs should give.

Imported unconditionally wherever the judge grades: a broken import here is an error, never a quiet fallback
to the public checks or to the student's own forward.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import torch

from .. import CnnlabError
from ..i18n import _, pgettext
from ..lab import data as mnist
from ..submission.inprocess import InProcess
from . import hidden as _hidden  # noqa: F401  (the hidden checks register themselves)
from . import reference
from .framework import CHECKS, Check, Context, Draw
from .results import SubmissionResult
from .runner import in_order, public_checks, run_checks


def all_checks(hidden: bool = True) -> list[Check]:
    """Every check, the hidden ones with `hidden` (staff's `cnnlab check --hidden`, grading, the otter zip)."""
    return in_order(CHECKS) if hidden else public_checks()


def judge_context(root, device: str = "cpu", draw: Draw | None = None) -> Context:
    """The judge's context: inputs drawn from a fresh secret seed (or `draw`, to replay one grading), and the
    judge's own forward to compute what they should give."""
    return Context(root, device=device, evaluate=reference.accuracy, draw=draw or Draw(), lab_forward=reference.forward)


def check_in_process(path_or_module, root, device: str = "cpu", hidden: bool = True) -> SubmissionResult:
    """The quick check: the student's code runs in this process (use the grader for untrusted code). With the
    hidden checks (staff), inputs are drawn as in grading; without, they are the shipped fixed ones. Either way
    the accuracy after training is the judge's forward's."""
    ctx = judge_context(root, device) if hidden else Context(root, device=device, evaluate=reference.accuracy)
    sub = InProcess(path_or_module)
    threads = torch.get_num_threads()
    torch.set_num_threads(
        1
    )  # one thread: 1.3 s slower on an idle machine, where spin-waiting threads on a busy one made it 7x slower
    try:
        return run_checks(sub, ctx, all_checks(hidden), name=getattr(sub, "filename", None) or "submission")
    finally:
        torch.set_num_threads(threads)


def pick_device(device: str) -> str:
    import torch

    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cuda" and not torch.cuda.is_available():
        raise CnnlabError("--device cuda: no CUDA device is available here; use --device cpu (or auto)")
    if device not in ("cpu", "cuda"):
        raise CnnlabError(f"--device {device}: choose auto, cpu or cuda")
    return device


@dataclass
class CheckSummary:
    """What `cnnlab check` found, for the command to print."""

    result: SubmissionResult
    hidden: bool
    """Whether the hidden checks ran (staff)."""

    @property
    def passed(self) -> bool:
        return self.result.earned == self.result.possible

    def lines(self) -> list[str]:
        lines = []
        for c in self.result.checks:
            mark = pgettext("check mark", "PASS") if c.passed else pgettext("check mark", "FAIL")
            question = _("{question} (hidden)", question=c.question) if c.hidden else c.question
            lines.append(f"{mark} {question:<23} {c.points:g}/{c.max_points:g}  {c.feedback()}")
        earned, possible = self.result.earned, self.result.possible
        hidden = sum(c.points for c in all_checks() if c.hidden)
        lines.append(
            _(
                "score: {earned:g} / {possible:g} on the public checks; hidden checks on other inputs add {hidden:g} "
                "points to the grade",
                earned=earned,
                possible=possible,
                hidden=hidden,
            )
            if not self.hidden and hidden
            else _("score: {earned:g} / {possible:g}", earned=earned, possible=possible)
        )
        return lines


def main(*, file: str, data: str | None = None, device: str = "auto", hidden: bool = False) -> CheckSummary:
    """`cnnlab check`: one .py or .ipynb checked in this process, on the public checks (and the hidden ones)."""
    path = Path(file)
    if not path.exists():
        raise CnnlabError(_("{file}: no such file; pass the path of your cnn_lab.py", file=file))
    if not path.is_file() or path.suffix not in (".py", ".ipynb"):
        raise CnnlabError(
            _(
                "{file}: `cnnlab check` takes one .py or .ipynb file; for a folder or a zip use `cnnlab grade`",
                file=file,
            )
        )
    root = mnist.resolve_root(data)
    mnist.fetch(root)
    return CheckSummary(check_in_process(file, root, device=pick_device(device), hidden=hidden), hidden)
