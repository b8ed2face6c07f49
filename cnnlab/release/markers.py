"""The solution markers of the reference: each `# BEGIN SOLUTION task N: ...` / `# END SOLUTION` block becomes its
banner, its `# HINT:` lines and a stub in the student's file; the last step fails loudly if any marker or solution
line survived.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from .. import CnnlabError
from ..i18n import _
from ..lab import LAB_FILE

BEGIN = "# BEGIN SOLUTION"
END = "# END SOLUTION"
HINT = "# HINT:"
BANNER = "# ---- please finish the code ({task}) ----"
"""The English banner; the marker words `please finish the code` stay in every language (course material quotes
them)."""
STUB = "raise NotImplementedError({message})"

SOURCE = f"solutions/{LAB_FILE}"  # how errors name the reference, as the instructor finds it


@dataclass(frozen=True)
class Block:
    """One fenced solution: lines [begin, end] of the source, 0-based, markers included."""

    task: str
    begin: int
    end: int
    indent: str


def find_blocks(text: str, filename: str = SOURCE) -> list[Block]:
    """Every BEGIN/END pair; unbalanced or nested markers are an error naming file and line."""
    blocks, open_at = [], None
    for i, line in enumerate(text.splitlines()):
        stripped = line.strip()
        if stripped.startswith(BEGIN):
            if open_at is not None:
                raise CnnlabError(
                    f"{filename}:{i + 1}: '{BEGIN}' inside the block opened at line {open_at[0] + 1}; "
                    f"close it with '{END}' first"
                )
            task = stripped[len(BEGIN) :].strip()
            if not task:
                raise CnnlabError(
                    f"{filename}:{i + 1}: '{BEGIN}' needs a task name, e.g. '{BEGIN} task 1: the test set'"
                )
            open_at = (i, task, line[: len(line) - len(line.lstrip())])
        elif stripped.startswith(END):
            if open_at is None:
                raise CnnlabError(f"{filename}:{i + 1}: '{END}' without a matching '{BEGIN}'")
            blocks.append(Block(task=open_at[1], begin=open_at[0], end=i, indent=open_at[2]))
            open_at = None
    if open_at is not None:
        raise CnnlabError(f"{filename}:{open_at[0] + 1}: '{BEGIN}' is never closed with '{END}'")
    return blocks


def task_label(task: str) -> str:
    """'task 2: fc1's input size' -> 'task 2' (the name stubs and checks use)."""
    return task.split(":", 1)[0].strip()


def banner(task: str) -> str:
    """A block's banner line in the release's language: 'task 1: the test set' as the catalogue translates it."""
    return _("# ---- please finish the code ({task}) ----", task=_(task))


def stub(task: str) -> str:
    """The line that stands where a block's solution was: NotImplementedError with the task's label."""
    label = task_label(task)
    number = re.fullmatch(r"task (\d+)", label)
    label = _("task {number}", number=number.group(1)) if number else label
    return STUB.format(message=json.dumps(_("{task}: not finished yet", task=label), ensure_ascii=False))


def replace_solutions(text: str, filename: str = SOURCE) -> str:
    """Each solution block becomes its banner, its hint lines (as comments) and a stub."""
    lines = text.splitlines()
    out, pos = [], 0
    for block in find_blocks(text, filename):
        out.extend(lines[pos : block.begin])
        out.append(block.indent + banner(block.task))
        for line in lines[block.begin + 1 : block.end]:
            if line.strip().startswith(HINT):
                out.append(block.indent + "# " + line.strip()[len(HINT) :].strip())
        out.append(block.indent + stub(block.task))
        pos = block.end + 1
    out.extend(lines[pos:])
    return "\n".join(out) + "\n"


def solution_lines(text: str, filename: str = SOURCE) -> list[tuple[int, str]]:
    """(line number, stripped text) of every solution line that is not a hint, a comment, or given
    elsewhere in the module anyway (such as `preds = network(images)` in evaluate)."""
    lines = text.splitlines()
    inside = set()
    for block in find_blocks(text, filename):
        inside.update(range(block.begin, block.end + 1))
    given = {line.strip() for i, line in enumerate(lines) if i not in inside}
    return [
        (i + 1, lines[i].strip())
        for i in sorted(inside)
        if lines[i].strip() and not lines[i].strip().startswith("#") and lines[i].strip() not in given
    ]


def assert_clean(student_text: str, solution_text: str, filename: str) -> str:
    """The last step: no marker and no solution line may survive into a student file."""
    for n, line in enumerate(student_text.splitlines(), 1):
        if BEGIN in line or END in line or HINT in line:
            raise CnnlabError(f"{filename}:{n}: a solution marker survived the release: {line.strip()!r}")
    student_lines = {line.strip() for line in student_text.splitlines()}
    for n, line in solution_lines(solution_text, LAB_FILE):
        if line in student_lines:
            raise CnnlabError(f"{filename}: solution line {n} of {SOURCE} leaked into the release: {line!r}")
    return student_text
