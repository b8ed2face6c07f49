"""Run one check from an otter test file on the submission's globals (otter executes the .py first).

Under otter the student's code runs in the grading process itself (otter's design): otter's Docker
container (or Gradescope's) protects the machine, but a submission can reach these checks and the draw,
so scores are only as trustworthy as the class (docs/threat-model.md). The checks, the drawn inputs and
the judge's own evaluation are otherwise the same as in `cnnlab grade`.
"""

from __future__ import annotations

import os
import types
from pathlib import Path

from ..checks.framework import Context
from ..checks.judge import all_checks, judge_context
from ..checks.runner import run_check
from ..lab import MODULE_NAME
from ..lab.data import ENV_VAR
from ..submission.inprocess import InProcess

DATA_DIR = "mnist"  # otter copies the zip's files beside the submission and runs the tests there
_cache: dict = {}


def _context() -> Context:
    if "ctx" not in _cache:
        import torch

        root = Path(os.environ.get(ENV_VAR) or Path.cwd() / DATA_DIR)
        # inputs drawn afresh for this grading, as in cnnlab grade
        _cache["ctx"] = judge_context(root, device="cuda" if torch.cuda.is_available() else "cpu")
    return _cache["ctx"]


def run(check_name: str, env: dict) -> None:
    """Raise AssertionError with the student-facing text when the check does not pass."""
    check = next(c for c in all_checks() if c.name == check_name)
    module = types.ModuleType(MODULE_NAME)
    module.__dict__.update(env)
    result = run_check(check, InProcess(module), _context())
    if not result.passed:
        raise AssertionError(result.feedback())
