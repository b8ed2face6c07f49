"""Who may see which part of the kit: one allow-list, from which the student release's `selfcheck/` and the
sandbox's view of the kit are both derived.

Paths are relative to the package folder; a folder stands for the Python files and data in it. What is not
listed here never ships and is out of a submission's sight: the hidden checks, the judge's reference forward,
the judge's catalogue, grading, the release. A new module is judge-only until it is listed here.
"""

from __future__ import annotations

from pathlib import Path

from . import i18n

PACKAGE = Path(__file__).resolve().parent

SHIPPED_CATALOGUES = tuple(
    f"locale/{i18n.locale_name(lang)}/LC_MESSAGES/{i18n.SHIPPED_DOMAIN}.mo" for lang in i18n.LANGUAGES if lang != "en"
)
"""The compiled catalogue of the messages students see (the judge's, beside it, stays with the judge)."""

RUNS_BESIDE_SUBMISSION = ("i18n.py", "outcomes.py", "lab", "submission", *SHIPPED_CATALOGUES)
"""Loads and questions the student's code, in the sandbox and in the student's self-check alike."""

PUBLIC_CHECKS = (
    "checks/__init__.py",
    "checks/framework.py",
    "checks/q1_test_set.py",
    "checks/q2_fc1.py",
    "checks/q3_flatten.py",
    "checks/q4_train_step.py",
    "checks/q5_accuracy.py",
    "checks/results.py",
    "checks/runner.py",
)
"""The checks students have (the hidden ones and the judge's forward are in checks/ too, and are not listed)."""

SHIPS = (*RUNS_BESIDE_SUBMISSION, *PUBLIC_CHECKS)
"""The student release's selfcheck/ package: these, under the same paths (its __init__.py is the release's own)."""

SANDBOX_SEES = ("__init__.py", *RUNS_BESIDE_SUBMISSION, "sandbox")
"""The kit as a submission sees it: what runs beside it, and the sandbox's own code (which knows nothing of the
lab). Not the public checks either: a submission cannot call the kit's own expectations (students have them
anyway; the fresh inputs drawn at grading are what make a forged answer worthless)."""

ALL = (".",)
"""The whole kit, as otter's autograder.zip carries it (staff's): setup.sh installs it, and its judge grades each
hand-in in its sandbox there (grading.otter_plugin)."""


def files(entries: tuple[str, ...], package: Path = PACKAGE) -> dict[str, Path]:
    """Each file `entries` allow, by its path relative to `package` (folders expanded, bytecode left out)."""
    found = {}
    for entry in entries:
        path = package / entry
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and "__pycache__" not in f.parts and f.suffix != ".pyc":
                    found[f.relative_to(package).as_posix()] = f
        elif path.is_file():
            found[entry] = path
    return found


def views(entries: tuple[str, ...], package: Path = PACKAGE) -> dict[str, list[str]]:
    """The sandbox's file view of `package`: each folder on the way to an allowed entry, with the only entries it
    keeps (the rest, and whatever appears there later, is out of sight)."""
    keep: dict[str, set[str]] = {}
    for entry in files(entries, package):  # file by file: no bytecode folder, nothing a folder gains later
        parts = Path(entry).parts
        for depth in range(len(parts)):
            folder = package.joinpath(*parts[:depth])
            keep.setdefault(str(folder), set()).add(parts[depth])
    return {folder: sorted(names) for folder, names in keep.items()}
