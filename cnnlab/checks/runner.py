"""Run the checks on one submission and turn what happened into results."""

from __future__ import annotations

import logging
import re
import time

import torch

from ..i18n import _
from ..lab import config
from ..outcomes import GraderError, StudentError, hidden_message, plain_text, status_hint, submission_status
from . import q1_test_set, q2_fc1, q3_flatten, q4_train_step, q5_accuracy  # noqa: F401  (their checks register)
from .framework import CHECKS, Check, Context, Fail
from .results import CheckResult, SubmissionResult


def in_order(checks) -> list[Check]:
    """The public checks, then the hidden ones, each in the lab's question order (a question's in the order they were
    written), whatever order their modules were imported in: feedback lists them so."""
    questions = list(config.QUESTIONS)
    return sorted(checks, key=lambda c: (c.hidden, questions.index(c.question)))


def public_checks() -> list[Check]:
    """The checks students have: what the self-check runs."""
    return in_order(c for c in CHECKS if not c.hidden)


def own_forward_accuracy(ctx, sub, state, batch: int = 1000) -> float:
    x, y = ctx.test_x, ctx.test_raw[1]
    obs = sub.forward(state, [x[i : i + batch] for i in range(0, len(y), batch)])
    if any(obs["errors"]):
        raise Fail(
            _("forward failed while evaluating the trained network: {error}", error=next(e for e in obs["errors"] if e))
        )
    preds = torch.cat(obs["outputs"])
    return preds.argmax(1).eq(y).float().mean().item()


def run_check(check, sub, ctx) -> CheckResult:
    result = CheckResult(
        question=check.question,
        check=check.name,
        points=0.0,
        max_points=check.points,
        hidden=check.hidden,
        outcome="passed",
        hint=check.shown_hint(),
    )
    try:
        check.func(sub, ctx)
        result.points = check.points
        result.hint = ""
    except Fail as exc:  # its message and hint are in the current language already
        result.outcome, result.message = "failed", exc.message
        result.hint = exc.hint or check.shown_hint()
    except GraderError:
        raise
    except StudentError as exc:
        result.outcome = exc.kind
        result.message = _("not finished yet") if exc.kind == "not finished" else exc.message
        result.hint = status_hint(exc.kind, check.shown_hint())
    except Exception:  # observations the check could not read: the student sees a plain line, staff the traceback
        logging.getLogger("cnnlab").exception("check %s could not read the submission's answers", check.name)
        result.outcome = "crashed"
        result.message = _("the grader could not read this check's answers (details in the staff log)")
        result.hint = status_hint("crashed", check.shown_hint())
    result.message = plain_text(result.message, 500)  # it may quote what the submission printed or raised
    if check.question != "q2_fc1" and result.outcome in ("failed", "error", "crashed"):  # not the limits' own numbers
        result.message = without_fc1_answer(result.message)
    if check.hidden and not result.passed:
        result.detail, result.message = result.message, hidden_message(result.outcome)
        result.hint = status_hint(result.outcome, check.shown_hint())  # the check's own hint, never a Fail's
    return result


def without_fc1_answer(text: str) -> str:
    """`text` with each multiple of fc1's input size (192; 19200 for a batch of 100) shown as "…": torch's
    shape errors quote them, and would hand task 2's answer to a student still looking for it. q2's own
    messages keep every number: they quote only the student's sizes."""
    size = config.fc1_in_features()
    counts = {config.TEST_SET_SIZE, 60_000, config.ACCURACY["train_images"]}  # the data's own sizes say nothing of fc1

    def mask(match):
        value = int(match.group().replace(",", ""))
        return "…" if value and value % size == 0 and value // size <= 4096 and value not in counts else match.group()

    return re.sub(r"(?<!\d)(?<!\d\.)(?:\d{1,3}(?:,\d{3})+|\d+)(?!\.?\d)", mask, text)  # whole numbers only


def run_checks(sub, ctx: Context, checks: list[Check], name: str = "submission") -> SubmissionResult:
    """Run `checks` on one submission. Public checks first: after a hidden check has run, no check whose text
    the submission shapes follows it."""
    started = time.perf_counter()
    results = [run_check(c, sub, ctx) for c in sorted(checks, key=lambda c: c.hidden)]
    return SubmissionResult(
        name=name,
        checks=results,
        status=submission_status([(c.outcome, c.message) for c in results]),
        seconds=time.perf_counter() - started,
    )
