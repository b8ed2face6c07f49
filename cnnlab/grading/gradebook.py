"""The gradebook's memory: results saved by earlier runs (resume, late hand-ins, replayed draws), the names hand-ins
keep across runs, the fingerprint of the grading setup a saved result is good for, and the class's files."""

from __future__ import annotations

import hashlib
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .. import CnnlabError, boundary, i18n
from ..checks.results import SubmissionResult
from ..lab import config
from . import report
from .intake import Submission, expand, printable, unique


@dataclass
class Saved:
    """A result an earlier run wrote into the output folder."""

    result: SubmissionResult
    digest: str
    """The hand-in's content digest, then ':' and the grading setup's (grading_fingerprint)."""
    file: str
    source: str
    """The hand-in it was graded from (its real path; empty in results of kit versions before 0.1.1)."""
    replaced: list[str] = field(default_factory=list)
    """Earlier hand-ins of this name that it replaced, as 'path|content digest': they do not come back."""

    @property
    def content(self) -> str:
        return self.digest.split(":")[0]


def recorded_draws(folder: Path) -> dict[str, str]:
    """The draws an earlier run recorded in `folder`/staff, by the hand-in's real path and by 'name:NAME'."""
    if not (folder / "staff").is_dir():
        raise CnnlabError(
            f"--replay {folder}: no staff/ folder there; pass the --out folder of an earlier cnnlab grade"
        )
    draws = {}
    for path in sorted((folder / "staff").glob("*.json")):
        try:
            record = json.loads(path.read_text())
            draw = record["draw"]
            if isinstance(draw, str) and len(draw) == 32 and all(c in "0123456789abcdef" for c in draw):
                draws[f"name:{path.stem}"] = draw
                if isinstance(record.get("source"), str) and record["source"]:
                    draws[record["source"]] = draw
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return draws


def read_saved(out_dir: Path) -> dict[str, Saved]:
    """Every result saved in `out_dir/results`, by student name (unreadable files are skipped: graded again)."""
    saved = {}
    for path in sorted((out_dir / "results").glob("*.json")):
        try:
            result, meta = report.from_gradescope_json(json.loads(path.read_text()))
            saved[path.stem] = Saved(
                result,
                meta.get("sha256", ""),
                meta.get("file", "") or path.stem,
                meta.get("source", ""),
                meta.get("replaced", []),
            )
        except (OSError, ValueError, KeyError, TypeError):
            continue  # not one of ours
    return saved


def grading_fingerprint(timeout: float, memory_limit: int, device: str) -> str:
    """The checks' code, the lab's spec, the limits and the language: a result graded under others is graded again
    on resume."""
    h = hashlib.sha256(
        f"{timeout}|{memory_limit}|{device}|{i18n.current()}".encode()
    )  # feedback in another language: again
    catalogues = sorted((i18n.LOCALE_DIR / i18n.locale_name(i18n.current())).rglob("*.mo"))
    code = sorted(p for part in ("lab", "submission", "checks") for p in (boundary.PACKAGE / part).glob("*.py"))
    kit = [*code, boundary.PACKAGE / "outcomes.py", boundary.PACKAGE / "i18n.py"]
    for path in [*kit, Path(config.SPEC_PATH), *catalogues]:
        h.update(path.read_bytes())
    return ":" + h.hexdigest()[:16]


def plan(
    subs: list[Submission], saved: dict[str, Saved], out_dir: Path, setup: str, force: bool
) -> tuple[dict[str, SubmissionResult], list[Submission]]:
    """(results kept from earlier runs, by name; the hand-ins to grade now). A saved result is kept when its hand-in
    and the grading setup are unchanged, or when a late hand-in that replaced this one was graded (the later stays)."""
    done: dict[str, SubmissionResult] = {}
    todo = []
    for sub in subs:
        sub.content  # noqa: B018 (hashed now, before grading: a file changed during the run is graded again next time)
        before = saved.get(sub.name)
        if before is None:
            todo.append(sub)
            continue
        sub.replaced = list(before.replaced)
        other = bool(before.source) and before.source != sub.where  # a late hand-in of this name
        usable = not force and not before.result.internal_error  # the judge's flag: no status text decides it
        superseded = other and f"{sub.where}|{sub.content}" in before.replaced
        if usable and (before.digest == sub.content + setup or superseded):
            if superseded:  # the class's folder graded again after a late hand-in: the later one stays
                print(
                    f"note: {sub.name} keeps the result of {before.source}, which replaced {sub.source} in an earlier "
                    f"run (--force grades {sub.source} in its place)",
                    file=sys.stderr,
                )
            done[sub.name] = before.result
            if not (out_dir / "feedback" / f"{sub.name}.md").is_file():  # deleted, or lost to an interruption
                report.write_atomic(out_dir / "feedback" / f"{sub.name}.md", report.feedback_markdown(before.result))
            continue
        if other or not before.source and before.file != sub.file:
            print(
                f"note: {sub.source} replaces the earlier result of {sub.name} "
                f"(graded from {before.source or before.file}); "
                "if they are two students, grade their folders together in one run",
                file=sys.stderr,
            )
            if before.source:
                sub.replaced.append(f"{before.source}|{before.content}")
        todo.append(sub)
    return done, todo


def save(out_dir: Path, sub: Submission, result: SubmissionResult, setup: str) -> None:
    """One hand-in's files: feedback first, staff's record, and last the results file (what a re-run trusts)."""
    report.write_atomic(out_dir / "feedback" / f"{sub.name}.md", report.feedback_markdown(result))
    report.write_atomic(
        out_dir / "staff" / f"{sub.name}.json",
        json.dumps(report.staff_json(result, sub.draw, sub.file, sub.where), indent=2),
    )
    report.write_atomic(
        out_dir / "results" / f"{sub.name}.json",
        json.dumps(report.gradescope_json(result, sub.content + setup, sub.file, sub.where, sub.replaced), indent=2),
    )


def write_class(
    out_dir: Path, subs: list[Submission], done: dict[str, SubmissionResult], saved: dict[str, Saved], progress: bool
) -> int:
    """The gradebook, the summary and its picture, of the whole folder: a late hand-in graded into it adds its row
    and drops no one. Returns how many earlier results the gradebook kept beside this run's."""
    rows = [(done[s.name], s.file) for s in subs]
    files = {s.file for s in subs} | {"points-per-question"}
    this_run = {s.name for s in subs}
    earlier = [(entry.result, entry.file) for name, entry in saved.items() if name not in this_run]
    for result, file in earlier:  # one file name per row, whatever came before
        file = file if file not in files else unique(result.name + "".join(Path(file).suffixes), files)
        files.add(file)
        rows.append((result, file))
    if progress and earlier:
        print(
            f"the gradebook also keeps {len(earlier)} earlier result(s) from {out_dir}/results that this run "
            "did not include (delete a results/NAME.json to drop one)",
            file=sys.stderr,
        )
    possible = {q: m for q, (_, m) in rows[0][0].question_scores().items()}
    report.write_gradebook(out_dir / "final_grades.csv", rows, possible)
    everyone = [r for r, _ in rows]
    report.summary_picture(out_dir / "summary.png", everyone, possible)
    report.write_atomic(out_dir / "summary.md", report.summary_markdown(everyone, possible, "summary.png"))
    return len(earlier)


def discover(
    paths: list[str | Path], out_dir: Path | None = None, saved: dict[str, Saved] | None = None
) -> list[Submission]:
    """Expand the command line into submissions and name them (see `expand` and `assign_names`)."""
    return assign_names(expand(paths, out_dir), saved or {})


def assign_names(found: list[Submission], saved: dict[str, Saved]) -> list[Submission]:
    """Each hand-in's student name and gradebook file, unique in the class.

    A hand-in graded before into the output folder keeps the name it had there: found by its real path
    (alice-2 stays alice-2 when its section is graded again alone), or, when the folder it came from
    was moved or renamed, by its content. Every other hand-in is named after its file or folder; when
    an earlier result has that name, the hand-in is that student's later one and replaces it.
    """
    names, files = {"points-per-question"}, {"points-per-question"}  # the gradebook's first row
    by_path = {entry.source: name for name, entry in saved.items() if entry.source}
    # (file or folder name, content) -> name, of results whose hand-in is no longer where it was
    moved = {
        (Path(e.source).name, e.content): name
        for name, e in saved.items()
        if e.source and not os.path.lexists(e.source)
    }
    replaced_by = {
        old: name for name, e in saved.items() for old in e.replaced
    }  # 'path|content' -> the later hand-in's name
    superseded = []
    for sub in found:
        name = by_path.get(sub.where)
        if name is None and moved:
            name = moved.get((Path(sub.where).name, sub.content))
        if name is None and replaced_by:
            name = replaced_by.get(f"{sub.where}|{sub.content}")
            if name is not None and any(s.where == saved[name].source for s in found):
                superseded.append(sub)  # its later hand-in is graded in this run: this one does not come back
                continue
        if name is not None and name not in names and saved[name].file not in files:
            sub.name, sub.file = name, saved[name].file
            names.add(name)
            files.add(sub.file)
    for sub in superseded:
        print(
            f"note: {sub.source} was replaced by {saved[replaced_by[f'{sub.where}|{sub.content}']].source}, "
            "a later hand-in graded in this run: left out",
            file=sys.stderr,
        )
    found = [s for s in found if s not in superseded]
    # Earlier results of other hand-ins: a name found inside a class folder never claims one (a student's folder
    # holding hon1.py would otherwise take hon1's row); only a hand-in the TA names itself replaces (late/hon1.py).
    claimed = {name for name, e in saved.items() if e.source} - names
    for sub in found:
        if not sub.name:
            base = Path(sub.where).name  # `cnnlab grade .` is the folder's own name
            stem = base[: -len(sub.source.suffix)] if sub.source.suffix and not sub.source.is_dir() else base
            wanted = printable(stem)
            # a name whose result replaced this very hand-in before is its student's own (it changed since)
            own = {name for name, e in saved.items() if any(r.split("|")[0] == sub.where for r in e.replaced)}
            sub.name = unique(wanted, names | (claimed - own) if sub.in_folder else names)
            names.add(sub.name)
            if sub.in_folder and sub.name != wanted and wanted in claimed - own:
                print(
                    f"note: {sub.source} is graded as {sub.name}: a hand-in found in a folder never replaces the "
                    f"earlier result of {wanted} (from {saved[wanted].source}); to replace it, name the file itself",
                    file=sys.stderr,
                )
    # Labels, files before folders: a sub-folder named like a classmate's file (hon2.py/) never takes that file's label.
    for sub in sorted(found, key=lambda s: s.source.is_dir() and not s.source.is_symlink()):
        if not sub.file:
            base = Path(sub.where).name
            # found in a folder: a label an earlier result of another student keeps is taken too (a hand-in the TA
            # names itself takes its label, and the earlier row is labelled anew)
            taken = files | ({e.file for name, e in saved.items() if name != sub.name} if sub.in_folder else set())
            file = printable(sub.source.name or base, limit=200)
            if file in taken and sub.source.is_dir():
                file = printable(sub.source.name or base, limit=199) + "/"
            sub.file = file if file not in taken else unique(sub.name + printable("".join(sub.source.suffixes)), taken)
            files.add(sub.file)
    return found
