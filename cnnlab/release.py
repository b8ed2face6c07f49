"""Generate the student release (`student/`) from the reference solution (`solutions/`).

The generator is a short pipeline of pure text-to-text steps; the last one fails loudly if any
marker or solution line survived.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from . import CnnlabError

BEGIN = "# BEGIN SOLUTION"
END = "# END SOLUTION"
HINT = "# HINT:"
BANNER = "# ---- please finish the code ({task}) ----"
STUB = 'raise NotImplementedError("{task}: not finished yet")'

REPO = Path(__file__).resolve().parent.parent
LAB_FILE = "cnn_lab.py"
SOURCE = f"solutions/{LAB_FILE}"  # how errors name the reference, as the instructor finds it
# The public checks shipped to students: the autograder package minus the judge-only modules.
SELFCHECK_MODULES = ("__init__.py", "config.py", "data.py", "harness.py", "questions.py", "results.py", "runner.py",
                     "public_outputs.json")
PUBLIC_OUTPUTS = REPO / "autograder" / "public_outputs.json"


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
                raise CnnlabError(f"{filename}:{i + 1}: '{BEGIN}' inside the block opened at line {open_at[0] + 1}; close it with '{END}' first")
            task = stripped[len(BEGIN):].strip()
            if not task:
                raise CnnlabError(f"{filename}:{i + 1}: '{BEGIN}' needs a task name, e.g. '{BEGIN} task 1: the test set'")
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


def replace_solutions(text: str, filename: str = SOURCE) -> str:
    """Each solution block becomes its banner, its hint lines (as comments) and a stub."""
    lines = text.splitlines()
    out, pos = [], 0
    for block in find_blocks(text, filename):
        out.extend(lines[pos: block.begin])
        out.append(block.indent + BANNER.format(task=block.task))
        for line in lines[block.begin + 1: block.end]:
            if line.strip().startswith(HINT):
                out.append(block.indent + "# " + line.strip()[len(HINT):].strip())
        out.append(block.indent + STUB.format(task=task_label(block.task)))
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
    return [(i + 1, lines[i].strip()) for i in sorted(inside)
            if lines[i].strip() and not lines[i].strip().startswith("#") and lines[i].strip() not in given]


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


def student_module(solution_text: str) -> str:
    return assert_clean(replace_solutions(solution_text), solution_text, f"student/{LAB_FILE}")


def public_outputs_text() -> str:
    """The lab network's outputs on the public q3 inputs, by the judge's forward (the self-check has no judge code)."""
    from .autograder import questions, reference

    outputs = reference.forward(questions.public_weights(), questions.public_inputs())
    rows = ",\n".join("  " + json.dumps([round(v, 6) for v in row]) for row in outputs.tolist())
    return ('{"generated by": "cnnlab release, from autograder/reference.py: do not edit",\n'
            f' "outputs": [\n{rows}\n]}}\n')


def public_outputs_stale() -> bool:
    """Compared by value: another CPU may round a last digit differently, which is no change."""
    import torch

    from .autograder.questions import close

    try:
        committed = torch.tensor(json.loads(PUBLIC_OUTPUTS.read_text())["outputs"])
    except (OSError, ValueError, KeyError, TypeError):
        return True
    return not close(committed, torch.tensor(json.loads(public_outputs_text())["outputs"]), 1e-5)


def release_files(solutions_dir: Path = REPO / "solutions") -> dict[str, str]:
    """Every file of the student release, by path relative to `student/`, as text."""
    from . import notebook, student_docs

    source = solutions_dir / LAB_FILE
    if not source.is_file():
        raise CnnlabError(f"no reference solution at {source}: the release is generated from solutions/{LAB_FILE}")
    solution_text = source.read_text()
    files = {
        LAB_FILE: student_module(solution_text),
        "README.md": student_docs.student_readme(find_blocks(solution_text)),
        "cnn_lab.ipynb": notebook.lab_notebook(),
        "test_cnn_lab.py": student_docs.selfcheck_test_file(),
    }
    autograder_dir = REPO / "autograder"
    for name in SELFCHECK_MODULES:
        files[f"selfcheck/{name}"] = (autograder_dir / name).read_text()
    for path, text in files.items():
        if path != LAB_FILE:
            assert_clean(text, solution_text, f"student/{path}")
    return files


def write_release(student_dir: Path = REPO / "student", solutions_dir: Path = REPO / "solutions") -> list[str]:
    """Rebuild `student_dir` from scratch; returns the files whose content changed."""
    if public_outputs_stale():  # before release_files copies it into selfcheck/
        PUBLIC_OUTPUTS.write_text(public_outputs_text())
    files = release_files(solutions_dir)
    changed = [p for p, text in sorted(files.items())
               if not (student_dir / p).is_file() or (student_dir / p).read_text() != text]
    if student_dir.exists():
        shutil.rmtree(student_dir)
    for path, text in files.items():
        target = student_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
    return changed


def check_release(student_dir: Path = REPO / "student", solutions_dir: Path = REPO / "solutions") -> list[str]:
    """Paths (relative to the repo) where the committed release differs from what solutions/ gives."""
    files = release_files(solutions_dir)
    stale = ["autograder/public_outputs.json"] if public_outputs_stale() else []
    stale += [f"student/{p}" for p, text in sorted(files.items())
             if not (student_dir / p).is_file() or (student_dir / p).read_text() != text]
    if student_dir.is_dir():
        extra = {str(p.relative_to(student_dir)) for p in student_dir.rglob("*")
                 if p.is_file() and "__pycache__" not in p.parts and ".pytest_cache" not in p.parts}
        stale += [f"student/{p} (not part of the release)" for p in sorted(extra - set(files))]
    return stale
