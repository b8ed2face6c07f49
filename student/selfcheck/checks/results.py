"""What grading produces: one result per check, one per submission."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..i18n import _
from ..lab.config import QUESTIONS
from ..outcomes import verdict


@dataclass
class CheckResult:
    question: str
    """The question it scores (q1_test_set ... q5_accuracy)."""
    check: str
    """The check's name, unique within the kit."""
    points: float
    """Points earned: max_points when passed, else 0."""
    max_points: float
    """Points the check is worth."""
    hidden: bool
    """Hidden checks run only in the autograder; feedback shows their hint, never their inputs."""
    outcome: str
    """One of OUTCOMES."""
    message: str = ""
    """What was observed (empty when passed)."""
    hint: str = ""
    """How to go on, without the answer."""
    detail: str = ""
    """A hidden check's own observation (its message shows only its kind): staff-side only, never in feedback."""

    @property
    def passed(self) -> bool:
        return self.outcome == "passed"

    def feedback(self) -> str:
        """What the student sees: hidden checks show their outcome and hint, never what they fed in."""
        if self.passed:
            return verdict("passed")
        if self.hidden:
            text = _("hidden check {verdict}", verdict=verdict(self.outcome))
        elif self.outcome in ("failed", "not finished"):
            text = self.message
        else:
            text = _("{verdict}: {message}", verdict=verdict(self.outcome), message=self.message)
        # a quoted error may end in "." (or "。")
        return _("{text}. Hint: {hint}", text=text.rstrip(".。"), hint=self.hint) if self.hint else text

    def selfcheck_line(self) -> str:
        """What the self-check prints for a check that did not pass: its verdict and message, then its hint."""
        return _(
            "{verdict}: {message}\nhint: {hint}", verdict=verdict(self.outcome), message=self.message, hint=self.hint
        )


@dataclass
class SubmissionResult:
    name: str
    """The student: the submission's file or folder name, without extension."""
    checks: list[CheckResult] = field(default_factory=list)
    status: str = "graded"
    """graded, timeout, memory limit, crashed: <reason>, syntax error (line N), no cnn_lab.py found."""
    seconds: float = 0.0
    """Wall-clock time the grading took."""
    internal_error: bool = False
    """The grader itself failed on this hand-in (set by the judge only, never read from a status a submission may
    word): it is graded again on the next run."""

    def question_scores(self) -> dict[str, tuple[float, float]]:
        """question -> (earned, possible), in the questions' order."""
        scores = {q: [0.0, 0.0] for q in QUESTIONS}
        for c in self.checks:
            scores[c.question][0] += c.points
            scores[c.question][1] += c.max_points
        return {q: (e, m) for q, (e, m) in scores.items()}

    @property
    def earned(self) -> float:
        return sum(c.points for c in self.checks)

    @property
    def possible(self) -> float:
        return sum(c.max_points for c in self.checks)
