"""Turn results into each output format: gradebook CSV row, Gradescope JSON, feedback markdown, class summary."""

from __future__ import annotations

import csv
import io
import os
import statistics
from collections import Counter
from dataclasses import asdict, replace
from pathlib import Path

from .. import i18n
from ..checks.results import CheckResult, SubmissionResult
from ..i18n import N_, _, pgettext
from ..lab.config import QUESTIONS
from ..outcomes import shown_status, status_kind, verdict
from .escape import markdown_text, safe_cell, table_cell

CSV_COLUMNS = ["file", *QUESTIONS, "total_points_earned", "percent_correct", "grading_status"]


def _num(x: float):
    return int(x) if float(x).is_integer() else round(x, 2)


# ---- gradebook ----------------------------------------------------------------------------------
def csv_row(result: SubmissionResult, file: str) -> dict:
    scores = result.question_scores()
    row = {"file": safe_cell(file), **{q: _num(scores[q][0]) for q in QUESTIONS}}
    row["total_points_earned"] = _num(result.earned)
    row["percent_correct"] = round(result.earned / result.possible, 4) if result.possible else 0
    row["grading_status"] = safe_cell(result.status)
    return row


def write_gradebook(path: Path, rows: list[tuple[SubmissionResult, str]], possible: dict[str, float]) -> None:
    """otter's final_grades.csv layout: first data row 'points-per-question', then one row per submission."""
    buf = io.StringIO(newline="")
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    writer.writerow(
        {
            "file": "points-per-question",
            **{q: _num(possible[q]) for q in QUESTIONS},
            "total_points_earned": _num(sum(possible.values())),
            "percent_correct": 1,
            "grading_status": "n/a",  # not "--": a cell starting with - is a formula to a spreadsheet
        }
    )
    for result, file in rows:
        writer.writerow(csv_row(result, file))
    write_atomic(path, buf.getvalue())


def write_atomic(path: Path, text: str) -> None:
    """The file whole, or as it was: written beside it, then renamed over it."""
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w", newline="") as f:
        f.write(text)
    os.replace(tmp, path)


# ---- what a student sees ------------------------------------------------------------------------
def gradescope_json(
    result: SubmissionResult, sha256: str = "", file: str = "", source: str = "", replaced: list[str] | None = None
) -> dict:
    """Gradescope's results.json schema; `extra_data` keeps the full result so a re-run can resume."""
    tests = []
    for i, c in enumerate(result.checks, 1):
        tests.append(
            {
                "name": f"{c.question} ({'hidden' if c.hidden else 'public'}): {c.check}",
                "number": str(i),
                "score": _num(c.points),
                "max_score": _num(c.max_points),
                "status": "passed" if c.passed else "failed",
                "output": c.feedback(),
                "visibility": "after_published" if c.hidden else "visible",
            }
        )
    return {
        "score": _num(result.earned),
        "execution_time": round(result.seconds, 2),
        "output": _("grading status: {status}", status=result.status),
        "visibility": "visible",
        "stdout_visibility": "hidden",
        "tests": tests,
        "extra_data": {
            "cnnlab": {
                "name": result.name,
                "file": file,
                "source": source,
                "replaced": replaced or [],
                "status": result.status,
                "internal_error": result.internal_error,
                "seconds": result.seconds,
                "sha256": sha256,
                # this file can reach students: a hidden check's own observation stays out
                "checks": [{**asdict(c), "detail": ""} for c in result.checks],
            }
        },
    }


def staff_json(result: SubmissionResult, draw: str, file: str, source: str) -> dict:
    """What only staff see of one grading: the secret draw its inputs came from (to replay it with
    `cnnlab grade --replay`) and every check's own observation, the hidden checks' included."""
    return {
        "name": result.name,
        "file": file,
        "source": source,
        "draw": draw,
        "status": result.status,
        "checks": [
            {
                "check": c.check,
                "question": c.question,
                "hidden": c.hidden,
                "outcome": c.outcome,
                "observed": c.detail or c.message,
            }
            for c in result.checks
        ],
    }


def from_gradescope_json(data: dict) -> tuple[SubmissionResult, dict]:
    """(result, what else gradescope_json recorded: sha256, file, source, replaced) from what it wrote."""
    saved = data["extra_data"]["cnnlab"]
    result = SubmissionResult(
        name=saved["name"],
        checks=[CheckResult(**c) for c in saved["checks"]],
        status=saved["status"],
        seconds=saved["seconds"],
        internal_error=saved.get("internal_error") is True,
    )
    meta = {k: saved[k] for k in ("sha256", "file", "source") if isinstance(saved.get(k), str)}
    if isinstance(saved.get("replaced"), list):
        meta["replaced"] = [r for r in saved["replaced"] if isinstance(r, str)]
    return result, meta


def shown_feedback(check: CheckResult) -> str:
    """A check's feedback for a Markdown page: a message that may quote the submission (what it raised, printed or
    wrote in a stub) is shown as text; a failed check's message is the check's own."""
    if check.outcome == "failed" or not check.message:
        return check.feedback()
    return replace(check, message=markdown_text(check.message)).feedback()


def feedback_markdown(result: SubmissionResult) -> str:
    scores = result.question_scores()
    lines = [
        "# " + _("Feedback for {name}", name=markdown_text(result.name)),
        "",
        _(
            "**Score: {earned} / {possible}** (grading status: {status})",
            earned=_num(result.earned),
            possible=_num(result.possible),
            status=markdown_text(shown_status(result.status)),
        ),
        "",
        _("| question | what it grades | points |"),
        "|---|---|---|",
    ]
    for q, (task, title) in QUESTIONS.items():
        grades = _("{task}: {title}", task=_(task), title=_(title))
        lines.append(f"| {q} | {grades} | {_num(scores[q][0])} / {_num(scores[q][1])} |")
    lines += ["", "## " + _("Checks"), ""]
    # outside English the mark carries the verdict word students know from online judges (答案正确, 运行超时...);
    # a passed check's feedback is that word alone, so its line ends at the points
    judged = i18n.current() != "en"
    for c in result.checks:
        mark = "✅" if c.passed else "❌"
        said = verdict(c.outcome) in c.feedback() and not c.passed  # a hidden check's or an error's says it already
        fields = {
            "mark": f"{mark} {verdict(c.outcome)}" if judged and not said else mark,
            "question": c.question,
            "kind": pgettext("check", "hidden") if c.hidden else pgettext("check", "public"),
            "points": _num(c.points),
            "max_points": _num(c.max_points),
        }
        if judged and c.passed:
            lines.append("- " + _("{mark} **{question}** ({kind}, {points}/{max_points})", **fields))
        else:
            lines.append(
                "- "
                + _(
                    "{mark} **{question}** ({kind}, {points}/{max_points}): {feedback}",
                    **fields,
                    feedback=shown_feedback(c),
                )
            )
    if any(c.hidden for c in result.checks):
        lines += [
            "",
            _(
                "Hidden checks ask the same questions as the public ones on inputs you have not seen: "
                "a solution that passes the public checks by working in general passes them too."
            ),
        ]
    return "\n".join(lines) + "\n"


# ---- the class --------------------------------------------------------------------------------
def common_failures(results: list[SubmissionResult], top: int = 8) -> list[tuple[str, str, int]]:
    """(question, what went wrong, how many submissions) for the most frequent failures; ties in the order they were
    first met (the same summary on every run)."""
    counts: Counter = Counter()
    for r in results:
        seen: dict[tuple[str, str], None] = {}  # ordered: a set's order changes with each process's string hashes
        for c in r.checks:
            if not c.passed and r.status == "graded":  # the rest show in the status table
                what = (
                    c.hint
                    if c.outcome in ("failed", "error") and c.hint
                    else (c.message if c.outcome == "not finished" else c.outcome)
                )
                seen[(c.question, what)] = None
        counts.update(seen.keys())
    return [(q, what, n) for (q, what), n in counts.most_common(top)]


def summary_markdown(results: list[SubmissionResult], possible: dict[str, float], picture: str | None) -> str:
    totals = [r.earned for r in results]
    if totals:
        counted = _(
            "{count} submissions; mean {mean:.2f}, median {median:g} of {total} points.",
            count=len(results),
            mean=statistics.mean(totals),
            median=statistics.median(totals),
            total=_num(sum(possible.values())),
        )
    else:
        counted = _("{count} submissions; nothing graded.", count=len(results))
    lines = ["# " + _("Class summary"), "", counted, ""]
    if picture:
        alt = _("score histogram and pass rate per question")
        lines += [f"![{alt}]({picture})", ""]
    statuses = Counter("crashed" if status_kind(r.status) == "crashed" else r.status for r in results)
    lines += (
        [_("| grading status | submissions |"), "|---|---|"]
        + [f"| {table_cell(shown_status(s))} | {n} |" for s, n in statuses.most_common()]
        + [""]
    )
    lines += [_("| question | full marks | mean points |"), "|---|---|---|"]
    for q in QUESTIONS:
        full = sum(1 for r in results if r.question_scores()[q][0] == possible[q])
        mean = statistics.mean(r.question_scores()[q][0] for r in results) if results else 0
        lines.append(
            f"| {q} | {full}/{len(results)} ({full / max(1, len(results)):.0%}) | {mean:.2f} / {_num(possible[q])} |"
        )
    lines += [
        "",
        "## " + _("Most common failures"),
        "",
        _("| question | the hint those students got | submissions |"),
        "|---|---|---|",
    ]
    lines += [f"| {q} | {table_cell(what)} | {n} |" for q, what, n in common_failures(results)]
    return "\n".join(lines) + "\n"


PICTURE_LABELS = {
    "scores": N_("Scores"),
    "points": N_("points (of {total})"),
    "submissions": N_("submissions"),
    "full_marks": N_("Full marks per question"),
    "percent": N_("% of submissions"),
}
"""The summary picture's texts, in English; {total} is the points a submission can earn."""
CJK_FONT_HINTS = (
    "cjk",
    "han sans",
    "han serif",
    "wenquanyi",
    "wqy",
    "simhei",
    "simsun",
    "yahei",
    "pingfang",
    "hiragino",
    "heiti",
    "songti",
    "kaiti",
    "fangsong",
    "droid sans fallback",
    "arphic",
    "ukai",
    "uming",
)
"""Words in a font's name or file that suggest CJK coverage: those fonts are tried first."""
NOT_A_TEXT_FONT = ("last resort",)
"""Fonts that have every character but draw each as a box naming its block (matplotlib ships one)."""


def cjk_font(text: str) -> str | None:
    """The family name of an installed font with a glyph for every character of `text` that is not ASCII,
    fonts whose name suggests CJK coverage first; None when no installed font has them all (or none are needed)."""
    from matplotlib import font_manager, ft2font

    needed = sorted({ord(ch) for ch in text if not ch.isascii() and not ch.isspace()})
    if not needed:
        return None
    entries = [f for f in font_manager.fontManager.ttflist if not any(w in f.name.lower() for w in NOT_A_TEXT_FONT)]
    entries.sort(key=lambda f: not any(w in f"{f.name} {Path(f.fname).name}".lower() for w in CJK_FONT_HINTS))
    for entry in entries:
        try:
            font = ft2font.FT2Font(entry.fname)
        except (OSError, RuntimeError, ValueError):  # a broken or unreadable font file is passed over
            continue
        if all(font.get_char_index(code) for code in needed):
            return entry.name
    return None


def summary_picture(path: Path, results: list[SubmissionResult], possible: dict[str, float]) -> dict[str, str]:
    """Draws the score histogram and each question's full-mark rate to `path`; returns the labels it used.

    Outside English the labels are translated when an installed font can draw them, else they stay English:
    matplotlib would draw the missing glyphs as empty boxes (matplotlib issue 15062)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import matplotlib.ticker

    total = sum(possible.values())
    english = {key: text.format(total=_num(total)) for key, text in PICTURE_LABELS.items()}
    labels, font = english, None
    if i18n.current() != "en":
        translated = {key: _(text, total=_num(total)) for key, text in PICTURE_LABELS.items()}
        if all(text.isascii() for text in translated.values()):
            labels = translated
        elif font := cjk_font("".join(translated.values())):
            labels = translated
    rc = {"font.family": [font, *matplotlib.rcParams["font.family"]]} if font else {}
    with plt.rc_context(rc):
        fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.8))
        left.hist(
            [r.earned for r in results],
            bins=[x - 0.5 for x in range(int(total) + 2)],
            color="#4c72b0",
            edgecolor="white",
        )
        left.set(title=labels["scores"], xlabel=labels["points"], ylabel=labels["submissions"])
        left.yaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
        rates = [
            sum(r.question_scores()[q][0] == possible[q] for r in results) / max(1, len(results)) for q in QUESTIONS
        ]
        right.barh(list(QUESTIONS)[::-1], [100 * x for x in rates[::-1]], color="#55a868")
        right.set(title=labels["full_marks"], xlabel=labels["percent"], xlim=(0, 100))
        fig.tight_layout()
        fig.savefig(path, dpi=110)
        plt.close(fig)
    return labels
