"""Every way a check or a submission can end, named once: the outcome words, the student's error kinds, the
verdicts shown for them, the hints that replace a check's own, and the gradebook's grading status.

Ships to students (the self-check prints verdicts) and runs in the sandbox (a submission's error has a kind).
"""

from __future__ import annotations

from .i18n import N_, _, pgettext

OUTCOMES = ("passed", "failed", "not finished", "error", "syntax error", "timeout", "memory limit", "crashed")
"""The outcome words: keys everywhere, and the English of the gradebook's grading_status."""

KINDS = OUTCOMES[2:]
"""How a submission can fail to produce an observation: a stub; it raised; the file does not parse; the limits;
it ended its process or answered nonsense. ("failed" is the check's finding, never the submission's report.)"""

GRADED = "graded"
"""The grading status of a submission whose every check ran to an answer."""
INTERNAL_ERROR = "internal grader error (staff: see errors.log; graded again on the next run)"
"""The grading status when the grader itself failed on a hand-in: graded again on the next run."""


class GraderError(Exception):
    """The grader itself failed (its sandbox could not start): not the student's doing, so never a score."""


class SetupError(GraderError):
    """A sandbox could not be set up, before any of the submission's code ran: the grader's failure, never the
    student's. The message names the cause."""


class StudentError(Exception):
    """The submission did not produce an observation; `kind` is one of KINDS."""

    KINDS = KINDS

    def __init__(self, kind: str, message: str = ""):
        super().__init__(f"{kind}: {message}" if message else kind)
        self.kind, self.message = kind, message


def plain_text(value, limit: int = 300) -> str:
    """Text that came from student code, safe to print, store and show: a str, no control characters, short."""
    text = value if isinstance(value, str) else f"<{type(value).__name__}>"
    return "".join(c if c.isprintable() else " " for c in text)[:limit]


# The kinds a submission's own process may report: the others are the judge's to find (a timeout, a watched limit, a
# crash) and, reported from inside, would be the submission's word for it: a forged "timeout" asks for a regrade.
REPORTABLE = {
    "loading": ("syntax error", "crashed", "memory limit", "not finished", "error"),
    "request": ("not finished", "error", "memory limit"),
}


def student_error(kind, message, loading: bool = False) -> StudentError:
    """A StudentError from a report the submission may have forged: a kind its own process can know of (else a
    crash while loading, an error during a request) and plain text."""
    allowed = REPORTABLE["loading" if loading else "request"]
    fallback = "crashed" if loading else "error"
    return StudentError(kind if kind in allowed else fallback, plain_text(message))


def verdict(outcome: str) -> str:
    """An outcome in the student's language: in Chinese the words students know from online judges."""
    words = {
        "passed": pgettext("verdict", "passed"),  # 答案正确 (Accepted)
        "failed": pgettext("verdict", "failed"),  # 答案错误 (Wrong Answer)
        "not finished": pgettext("verdict", "not finished"),
        "error": pgettext("verdict", "error"),  # 运行错误 (Runtime Error)
        "syntax error": pgettext("verdict", "syntax error"),  # 编译错误 (Compile Error)
        "timeout": pgettext("verdict", "timeout"),  # 运行超时 (Time Limit Exceeded)
        "memory limit": pgettext("verdict", "memory limit"),  # 内存超限 (Memory Limit Exceeded)
        "crashed": pgettext("verdict", "crashed"),
    }
    return words.get(outcome, outcome)


# When the code did not run to an answer, the check's own hint is beside the point. English message ids:
# shown through status_hint, in the language of the moment.
STATUS_HINTS = {
    "syntax error": N_("the file does not parse: run `python cnn_lab.py` to see the error, fix it and submit again"),
    "crashed": N_(
        "run `python cnn_lab.py` (it must finish at once without output: no downloads, training or other "
        "calls at the top level of the file, they belong in the notebook), then the notebook top to bottom: "
        "the problem shows there"
    ),
    "timeout": N_(
        "something runs far longer than the lab needs: look for a loop that never ends, or work done at import"
    ),
    "memory limit": N_(
        "something holds far more memory than the lab needs: look for tensors kept across batches or huge allocations"
    ),
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


def status_hint(outcome: str, own_hint: str) -> str:
    """The hint for `outcome` in the current language: the status's own, else the check's (`own_hint`)."""
    return _(STATUS_HINTS[outcome]) if outcome in STATUS_HINTS else own_hint


def hidden_message(outcome: str) -> str:
    """What a hidden check that did not pass says: its outcome's sentence, in the current language."""
    message = HIDDEN_MESSAGES.get(outcome)
    return _(message) if message else ""  # _("") would be the catalogue's header


def submission_status(outcomes: list[tuple[str, str]]) -> str:
    """The gradebook's grading_status from each check's (outcome, message): what stopped the grading, or
    'graded'. Its leading words are keys (English); the message after them is the check's, in the language
    it was shown in."""
    for outcome, message in outcomes:
        if outcome == "syntax error":
            return f"syntax error ({message})"
    for kind in ("timeout", "memory limit"):
        if any(outcome == kind for outcome, _message in outcomes):
            return kind
    crashed = next((message for outcome, message in outcomes if outcome == "crashed"), None)
    return f"crashed: {crashed}" if crashed is not None else GRADED


def status_kind(status: str) -> str:
    """A grading status's leading word ('crashed: …' -> 'crashed'), for counting statuses by kind."""
    if status == GRADED:
        return status
    return next((word for word in sorted(OUTCOMES, key=len, reverse=True) if status.startswith(word)), status)


def shown_status(status: str) -> str:
    """A grading status as the feedback and the summary show it: its leading word in the current language (the
    gradebook keeps the English word, which TAs' tools read)."""
    if status == GRADED:
        return pgettext("grading status", "graded")
    word = status_kind(status)
    return verdict(word) + status[len(word) :] if word in OUTCOMES else status
