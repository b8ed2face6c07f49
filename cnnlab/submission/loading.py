"""Loading a submission: a .py file or a notebook's code cells as the module `cnn_lab`, and its errors in the
student's terms (the line of their file, a stub left in place, memory run out)."""

from __future__ import annotations

import contextlib
import sys
import traceback
import types
from pathlib import Path

import torch

from ..i18n import _
from ..lab import MODULE_NAME
from ..outcomes import StudentError


def where_in(filename: str, line: int | None) -> str:
    """'line 42 of your file', or 'line 4 of code cell 3' for a notebook (its cells compile as FILE#cellN)."""
    if line is None:
        return ""
    if "#cell" in filename:
        return _("line {line} of code cell {cell}", line=line, cell=filename.rsplit("#cell", 1)[1])
    return _("line {line} of your file", line=line)


def describe_exception(exc: BaseException, filename: str | None = None) -> str:
    """'ValueError at line 42 of your file: too many values to unpack' (the student's own frames only),
    with the outermost of them when it differs: a call at the top level names the line that made it."""
    mine = [
        frame
        for frame in traceback.extract_tb(exc.__traceback__)
        if filename and Path(frame.filename.split("#cell")[0]).name == Path(filename).name
    ]
    where = where_in(mine[-1].filename, mine[-1].lineno) if mine else ""
    if len(mine) > 1 and (mine[0].filename, mine[0].lineno) != (mine[-1].filename, mine[-1].lineno):
        where = _("{place} (called from {caller})", place=where, caller=where_in(mine[0].filename, mine[0].lineno))
    text = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else ""
    name = type(exc).__name__
    if where:
        return (
            _("{exception} at {location}: {text}", exception=name, location=where, text=text)
            if text
            else _("{exception} at {location}", exception=name, location=where)
        )
    return f"{name}: {text}" if text else name


def is_stub(exc: NotImplementedError) -> bool:
    """Raised by the student's own code (a stub), not deep inside torch (an unsupported dtype, say)."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return True
    import torchvision

    libraries = tuple(str(Path(m.__file__).parent) for m in (torch, torchvision))
    return not frames[-1].filename.startswith(libraries)


def is_out_of_memory(exc: BaseException) -> bool:
    return isinstance(exc, (MemoryError, torch.OutOfMemoryError)) or (
        isinstance(exc, RuntimeError) and "can't allocate memory" in str(exc)
    )


def load_module(path: str | Path, source: bytes | None = None) -> types.ModuleType:
    """Import a submission (.py, or .ipynb whose code cells define the lab) as the module `cnn_lab`.

    `source` is the file's content when it was read before the file became unreachable (sandbox).
    """
    path = Path(path)
    source = path.read_bytes() if source is None else source
    module = types.ModuleType(MODULE_NAME)
    module.__file__ = str(path)
    sys.modules[MODULE_NAME] = module
    with _no_data_at_import():
        if path.suffix == ".ipynb":
            for code, optional in notebook_definitions(path, source):
                try:
                    exec(code, module.__dict__)
                except Exception:
                    if not optional:
                        raise
        else:
            exec(compile(source, str(path), "exec"), module.__dict__)
    return module


@contextlib.contextmanager
def _no_data_at_import():
    """Loading MNIST while the file is imported fails, here as in grading (where it would need a network).

    Without this, a file with `make_loaders(...)` at its top level passes the self-check on a laptop
    that downloads MNIST, then scores 0 in the grader's sandbox: the two must agree."""
    import torchvision

    mnist = torchvision.datasets.MNIST
    init = mnist.__dict__.get("__init__")

    def refuse(*args, **kwargs):
        raise RuntimeError(
            _(
                "the file loads MNIST while it is being imported: calls at the top level of the file "
                "(loading data, training) belong in the notebook, the grader imports the file without network"
            )
        )

    mnist.__init__ = refuse
    try:
        yield
    finally:
        if init is None:
            del mnist.__init__
        else:
            mnist.__init__ = init


def notebook_definitions(path: Path, source: bytes) -> list:
    """The lab as a notebook defines it, cell by cell: (code, optional) pairs to run in order.

    Imports, functions and classes are the lab: they always run. Assignments (constants, a `device`
    that train_step may use) and top-level if/try statements run too, but are optional: one that
    fails (it needs data, which is refused at import) is skipped, and so is whatever needs it. The
    rest (printing, plotting, training loops) is the student's own exploration: left out, as a .py
    submission leaves it out by having none.
    """
    import ast
    import json

    try:
        notebook = json.loads(source)
        cells = (
            notebook["cells"] if "cells" in notebook else [c for ws in notebook["worksheets"] for c in ws["cells"]]
        )  # v3
        cells = [c for c in cells if c.get("cell_type") == "code"]
    except (ValueError, KeyError, TypeError, AttributeError):
        raise StudentError(
            "crashed", _("the notebook is not valid JSON with cells: save it again from Jupyter")
        ) from None
    codes = []
    for n, cell in enumerate(cells, 1):
        text = cell.get("source", cell.get("input", ""))  # nbformat 3 calls it input
        text = (
            text
            if isinstance(text, str)
            else "".join(line for line in text if isinstance(line, str))
            if isinstance(text, list)
            else ""
        )
        # IPython magics and shell escapes are not Python; a notebook that has them still grades. A cell magic makes
        # its whole cell another language's (%%bash, %%writefile...: dropped), or times or captures a Python body
        # (%%time, %%capture...: the body stays).
        if text.lstrip().startswith("%%"):
            magic, _newline, body = text.lstrip().partition("\n")
            if magic[2:].split(" ")[0] not in PYTHON_BODY_MAGICS:
                continue
            text = "\n" + body  # its line numbers stay the cell's
        text = "\n".join(("pass  # " + ln) if ln.lstrip().startswith(("%", "!")) else ln for ln in text.splitlines())
        name = f"{path}#cell{n}"
        try:
            tree = ast.parse(text, name)
        except SyntaxError as exc:
            raise StudentError("syntax error", where_in(name, exc.lineno)) from None
        for node in tree.body:
            kind = _lab_part(node)
            if kind:
                codes.append((compile(ast.Module(body=[node], type_ignores=[]), name, "exec"), kind == "optional"))
    return codes


PYTHON_BODY_MAGICS = ("time", "timeit", "capture", "prun", "python", "python3")
"""Cell magics whose body is Python run as IPython runs it (a notebook's `%%time` over its training step)."""


def _lab_part(node) -> str | None:
    """'lab' for what defines the lab, 'optional' for an assignment to names or an if/try, None for the rest."""
    import ast

    if isinstance(node, (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return "lab"
    if isinstance(node, (ast.If, ast.Try)):  # `if torch.cuda.is_available(): device = ...`
        return "optional"
    targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
    return "optional" if targets and all(isinstance(t, (ast.Name, ast.Tuple)) for t in targets) else None
