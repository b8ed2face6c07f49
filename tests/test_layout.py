"""The house's shape: packages cut by trust boundary, no import circle, the shipped part self-contained, a sandbox
that knows nothing of the lab, one interface that both ways of running a submission implement, and a judge that
fails loudly without its hidden checks."""

from __future__ import annotations

import ast
import inspect
import subprocess
import sys
from pathlib import Path

import pytest

from cnnlab import boundary
from cnnlab.grading.remote import Sandboxed
from cnnlab.submission import service
from cnnlab.submission.inprocess import InProcess
from cnnlab.submission.interface import OBSERVATIONS, Submission

PACKAGE = boundary.PACKAGE
MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)
MAX_LINES = 360  # "about 350": a module past it holds more than one job


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """The kit's modules `path` imports anywhere in it (at the top or inside a function), as module names."""
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            if not base.startswith("cnnlab"):
                continue
            for alias in node.names:  # `from . import x` names a module; `from .m import f` names a function of m
                candidate = f"{base}.{alias.name}"
                found.add(candidate if candidate in NAMES else base)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("cnnlab"))
    return found & NAMES


NAMES = {module_name(p) for p in MODULES}
GRAPH = {module_name(p): imports_of(p) for p in MODULES}


def test_no_module_is_past_the_size_that_holds_one_job():
    long = {str(p.relative_to(PACKAGE)): n for p in MODULES if (n := len(p.read_text().splitlines())) > MAX_LINES}
    assert not long, long


def test_no_import_circle():
    """A module that needs another to exist first cannot also be needed by it (a package's own __init__ aside)."""

    def reaches(start: str, goal: str) -> bool:
        seen, todo = set(), [start]
        while todo:
            here = todo.pop()
            for nxt in GRAPH[here] - seen:
                if nxt == goal:
                    return True
                seen.add(nxt)
                todo.append(nxt)
        return False

    circles = sorted(
        (a, b)
        for a in GRAPH
        for b in GRAPH[a]
        if a < b and reaches(b, a) and not b.startswith(a) and not a.startswith(b)
    )
    assert not circles, circles


def closure(entries: tuple[str, ...]) -> tuple[set[str], set[str]]:
    """(the modules `entries` allow, every kit module they import)."""
    allowed = {module_name(p) for p in boundary.files(entries).values() if p.suffix == ".py"}
    return allowed, set().union(*(GRAPH[m] for m in allowed))


def test_what_ships_to_students_imports_only_what_ships():
    allowed, needed = closure(boundary.SHIPS)
    assert needed <= allowed, sorted(needed - allowed)
    assert not any(".hidden" in m or ".reference" in m or ".judge" in m for m in allowed)


def test_what_runs_in_the_sandbox_is_in_its_view():
    allowed, needed = closure(boundary.SANDBOX_SEES)
    assert needed <= allowed, sorted(needed - allowed)
    assert {"cnnlab.sandbox.child", "cnnlab.submission.service"} <= allowed
    assert not any(m.startswith(("cnnlab.checks", "cnnlab.grading", "cnnlab.release")) for m in allowed)


def test_the_sandbox_knows_nothing_of_the_lab():
    for module, imported in GRAPH.items():
        if module.startswith("cnnlab.sandbox"):
            lab = {
                m
                for m in imported
                if m.startswith(
                    ("cnnlab.lab", "cnnlab.submission", "cnnlab.checks", "cnnlab.grading", "cnnlab.release")
                )
            }
            assert not lab, (module, lab)


@pytest.mark.parametrize("implementation", [InProcess, Sandboxed])
def test_both_ways_of_running_a_submission_implement_the_one_interface(implementation):
    requests = [name for name, value in vars(Submission).items() if inspect.isfunction(value) and name[0] != "_"]
    assert set(requests) == set(OBSERVATIONS) == set(service.REQUESTS)
    for name in requests:
        theirs = list(inspect.signature(getattr(implementation, name)).parameters)
        assert theirs == list(inspect.signature(getattr(Submission, name)).parameters), (implementation, name)


def test_the_judge_without_its_hidden_checks_is_an_error_not_the_public_checks():
    """One broken import in the judge must not quietly grade on the public checks alone."""
    for broken in ("cnnlab.checks.hidden", "cnnlab.checks.reference"):
        code = f"import sys; sys.modules[{broken!r}] = None; import cnnlab.checks.judge"
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
        assert done.returncode != 0 and "Error: import of" in done.stderr, (broken, done.stderr[-500:])


def test_the_student_copy_is_exactly_what_the_boundary_ships():
    student = boundary.PACKAGE.parent / "student" / "selfcheck"
    shipped = {
        p.relative_to(student).as_posix() for p in student.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    }
    allowed = {rel for rel in boundary.files(boundary.SHIPS) if not rel.startswith("locale/")}  # en: no catalogue
    assert shipped == allowed | {"__init__.py"}


def test_checks_run_and_show_in_the_labs_order_whatever_the_import_order():
    """Public checks q1..q5, then the hidden ones: a module imported first (hidden.py needs q3's and q4's helpers)
    does not reorder the feedback or decide which check's message a grading status quotes."""
    code = (
        "from cnnlab.checks import hidden, q5_accuracy; from cnnlab.checks.judge import all_checks; "
        "print(' '.join(f'{c.question}{\"*\" if c.hidden else \"\"}' for c in all_checks()))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.split() == [
        "q1_test_set",
        "q2_fc1",
        "q3_flatten",
        "q4_train_step",
        "q5_accuracy",
        "q3_flatten*",
        "q4_train_step*",
    ], done.stderr[-500:]
