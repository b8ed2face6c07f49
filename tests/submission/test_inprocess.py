"""The narrow interface to a submission: loading files and notebooks, naming errors where the student wrote them."""

import nbformat
import pytest
import torch
from kit import REFERENCE

from cnnlab.outcomes import StudentError
from cnnlab.submission.inprocess import InProcess
from cnnlab.submission.loading import is_stub


def notebook(tmp_path, *cells):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(c) for c in cells]
    path = tmp_path / "lab.ipynb"
    path.write_text(nbformat.writes(nb))
    return path


def test_a_notebook_is_graded_by_its_definitions_not_its_exploration(tmp_path):
    path = notebook(
        tmp_path,
        "%matplotlib inline",
        REFERENCE.read_text(),
        "loaders = make_loaders('nowhere')\nprint(1 / 0)",
        "for _ in range(10**12):\n    pass",
    )
    sub = InProcess(path)
    assert sub.load_error is None and sub.structure()["fc1_in"] == 192


def test_an_old_notebook_format_and_a_cell_without_source_still_grade(tmp_path):
    """nbformat 3 keeps cells in worksheets and calls a code cell's text `input`."""
    import json

    path = tmp_path / "lab.ipynb"
    path.write_text(
        json.dumps(
            {
                "nbformat": 3,
                "nbformat_minor": 0,
                "metadata": {},
                "worksheets": [
                    {
                        "cells": [
                            {
                                "cell_type": "code",
                                "input": REFERENCE.read_text().splitlines(keepends=True),
                                "outputs": [],
                            },
                            {"cell_type": "code", "outputs": []},
                        ]
                    }
                ],
            }
        )
    )
    sub = InProcess(path)
    assert sub.load_error is None and sub.structure()["fc1_in"] == 192


@pytest.mark.parametrize(
    "cells, message",
    [
        pytest.param(("x = 1", "X = 2\ndef f(:\n    pass"), "syntax error: line 2 of code cell 2", id="syntax"),
        pytest.param(
            ("import torch", "x = 1\nimport no_such_module_here"),
            "crashed: importing the file raised ModuleNotFoundError at line 2 of code cell 2: "
            "No module named 'no_such_module_here'",
            id="missing-module",
        ),
        pytest.param(
            ("def g():\n    return 1 / 0", "class Network:\n    g()"),
            "crashed: importing the file raised ZeroDivisionError at line 2 of code cell 1 "
            "(called from line 1 of code cell 2): "
            "division by zero",
            id="exception-in-a-class-body",
        ),
    ],
)
def test_notebook_errors_name_the_code_cell_and_line(tmp_path, cells, message):
    assert str(InProcess(notebook(tmp_path, *cells)).load_error) == message


def test_a_notebook_assignment_that_fails_is_skipped_with_what_needs_it(tmp_path):
    """Assignments run (train_step may use a `device` from another cell); one that fails, typically by
    loading data, drops out instead of failing the whole lab."""
    path = notebook(
        tmp_path,
        "import torch\ndevice = torch.device('cpu')",
        "def g():\n    return 1 / 0\nG = g()\nloaders = make_loaders('data')\nsteps = len(loaders[0])\nH = 3",
    )
    sub = InProcess(path)
    assert sub.load_error is None
    assert (str(sub.module.device), sub.module.H) == ("cpu", 3)
    assert not any(hasattr(sub.module, name) for name in ("G", "loaders", "steps"))


def test_syntax_error_in_a_py_names_its_line(tmp_path):
    (tmp_path / "cnn_lab.py").write_text("import torch\n\ndef f(:\n    pass\n")
    err = InProcess(tmp_path / "cnn_lab.py").load_error
    assert (err.kind, err.message) == ("syntax error", "line 3")


def test_a_binary_file_named_py_is_not_python_text_rather_than_a_syntax_error_without_a_line(tmp_path):
    (tmp_path / "cnn_lab.py").write_bytes(b"PK\x03\x04\x00\x00binary")
    err = InProcess(tmp_path / "cnn_lab.py").load_error
    assert (err.kind, err.message) == ("syntax error", "not Python text: source code string cannot contain null bytes")


def test_only_the_students_own_raise_is_a_stub():
    try:
        raise NotImplementedError("task 1: not finished yet")
    except NotImplementedError as exc:
        assert is_stub(exc)
    with pytest.raises(NotImplementedError) as info:  # torch's own: an integer tensor where scores belong
        torch.nn.functional.cross_entropy(torch.zeros(2, 10, dtype=torch.long), torch.zeros(2, dtype=torch.long))
    assert not is_stub(info.value)


def test_a_missing_public_name_is_an_error_naming_it(tmp_path):
    (tmp_path / "cnn_lab.py").write_text("import torch\n")
    with pytest.raises(StudentError, match="the module defines no 'Network'"):
        InProcess(tmp_path / "cnn_lab.py").structure()
