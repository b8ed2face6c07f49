"""Run the checks on one submission and turn what happened into results."""

from __future__ import annotations

import logging
import re
import time

import torch

from . import config
from .harness import GraderError, InProcess, StudentError, plain_text
from .i18n import N_, _
from .questions import CHECKS, Context, Draw, Fail
from .results import CheckResult, SubmissionResult


def available_checks(hidden: bool = True):
    """Public checks, plus the hidden ones when this copy of the autograder has them."""
    if hidden:
        try:
            from . import hidden as _  # noqa: F401  (registers the hidden checks)
        except ImportError:
            pass
    return [c for c in CHECKS if hidden or not c.hidden]


def judge_evaluator():
    """The judge's own forward when this copy has it; the student's self-check evaluates with their forward."""
    try:
        from .reference import accuracy
        return accuracy
    except ImportError:
        return own_forward_accuracy


def own_forward_accuracy(ctx, sub, state, batch: int = 1000) -> float:
    x, y = ctx.test_x, ctx.test_raw[1]
    obs = sub.forward(state, [x[i: i + batch] for i in range(0, len(y), batch)])
    if any(obs["errors"]):
        raise Fail(_("forward failed while evaluating the trained network: {error}",
                     error=next(e for e in obs["errors"] if e)))
    preds = torch.cat(obs["outputs"])
    return preds.argmax(1).eq(y).float().mean().item()


# When the code did not run to an answer, the check's own hint is beside the point. English message ids:
# shown through status_hint, in the language of the moment.
STATUS_HINTS = {
    "syntax error": N_("the file does not parse: run `python cnn_lab.py` to see the error, fix it and submit again"),
    "crashed": N_("run `python cnn_lab.py` (it must finish at once without output: no downloads, training or other "
                  "calls at the top level of the file, they belong in the notebook), then the notebook top to bottom: "
                  "the problem shows there"),
    "timeout": N_("something runs far longer than the lab needs: look for a loop that never ends, or work done at "
                  "import"),
    "memory limit": N_("something holds far more memory than the lab needs: look for tensors kept across batches or "
                       "huge allocations"),
}


# What a hidden check says when it does not pass: its kind only. Nothing the submission controls (what it
# raised or printed, which way it went wrong) leaves a hidden check; the observation stays staff-side.
HIDDEN_MESSAGES = {
    "failed": N_("the hidden check's answers were wrong"),
    "not finished": N_("not finished yet"),
    "error": N_("your code raised an error during the hidden check"),
    "syntax error": N_("the file does not parse"),
    "timeout": N_("the hidden check ran out of time"),
    "memory limit": N_("the hidden check ran out of memory"),
    "crashed": N_("the grading process stopped during the hidden check"),
}


def status_hint(outcome: str, check) -> str:
    """The hint for `outcome` in the current language: the status's own, else the check's."""
    return _(STATUS_HINTS[outcome]) if outcome in STATUS_HINTS else check.shown_hint()


def run_check(check, sub, ctx) -> CheckResult:
    result = CheckResult(question=check.question, check=check.name, points=0.0, max_points=check.points,
                         hidden=check.hidden, outcome="passed", hint=check.shown_hint())
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
        result.hint = status_hint(exc.kind, check)
    except Exception:  # observations the check could not read: the student sees a plain line, staff the traceback
        logging.getLogger("cnnlab").exception("check %s could not read the submission's answers", check.name)
        result.outcome = "crashed"
        result.message = _("the grader could not read this check's answers (details in the staff log)")
        result.hint = status_hint("crashed", check)
    result.message = plain_text(result.message, 500)  # it may quote what the submission printed or raised
    if check.question != "q2_fc1" and result.outcome in ("failed", "error", "crashed"):  # not the limits' own numbers
        result.message = without_fc1_answer(result.message)
    if check.hidden and not result.passed:
        hidden_message = HIDDEN_MESSAGES.get(result.outcome)
        result.detail, result.message = result.message, _(hidden_message) if hidden_message else ""  # _("") is the header
        result.hint = status_hint(result.outcome, check)  # the check's own hint, never a Fail's
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


def submission_status(checks: list[CheckResult]) -> str:
    """The gradebook's grading_status: what stopped the grading, or 'graded'. Its leading words are keys (English);
    the message after them is the check's, in the language it was shown in."""
    for c in checks:
        if c.outcome == "syntax error":
            return f"syntax error ({c.message})"
    for kind in ("timeout", "memory limit"):
        if any(c.outcome == kind for c in checks):
            return kind
    crashed = next((c for c in checks if c.outcome == "crashed"), None)
    return f"crashed: {crashed.message}" if crashed else "graded"


def run_checks(sub, ctx: Context, hidden: bool = True, name: str = "submission") -> SubmissionResult:
    started = time.perf_counter()
    # public checks first: after a hidden check has run, no check whose text the submission shapes follows it
    ordered = sorted(available_checks(hidden), key=lambda c: c.hidden)
    checks = [run_check(c, sub, ctx) for c in ordered]
    return SubmissionResult(name=name, checks=checks, status=submission_status(checks),
                            seconds=time.perf_counter() - started)


def judge_context(root, device: str = "cpu", draw: Draw | None = None) -> Context:
    """The judge's context: inputs drawn from a fresh secret seed (or `draw`, to replay one grading), and the
    judge's own forward to compute what they should give."""
    from .reference import forward

    return Context(root, device=device, evaluate=judge_evaluator(), draw=draw or Draw(), lab_forward=forward)


def check_in_process(path_or_module, root, device: str = "cpu", hidden: bool = True) -> SubmissionResult:
    """The quick self-check: the student's code runs in this process (use the grader for untrusted code).
    With the hidden checks (staff), inputs are drawn as in grading; without, they are the shipped fixed ones."""
    ctx = judge_context(root, device) if hidden else Context(root, device=device, evaluate=judge_evaluator())
    sub = InProcess(path_or_module)
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # one thread: 1.3 s slower on an idle machine, where spin-waiting threads on a busy one made it 7x slower
    try:
        return run_checks(sub, ctx, hidden=hidden, name=getattr(sub, "filename", None) or "submission")
    finally:
        torch.set_num_threads(threads)
