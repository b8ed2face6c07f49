"""The narrow interface between the checks and a submission.

Everything here runs the student's code and returns only plain observations (tensors, numbers,
strings); deciding pass or fail is the checks' job. `InProcess` runs a module in this process
(self-check, otter); the grader runs the very same methods in a sandboxed child process.
"""

from __future__ import annotations

import contextlib
import numbers
import os
import random
import shutil
import sys
import tempfile
import traceback
import types
from pathlib import Path

import torch
import torch.nn as nn
import torch.nn.functional as F

from . import config
from .data import load_split, normalize
from .i18n import _

MODULE_NAME = "cnn_lab"


class GraderError(Exception):
    """The grader itself failed (its sandbox could not start): not the student's doing, so never a score."""


class StudentError(Exception):
    """The submission did not produce an observation; `kind` is one of KINDS."""

    KINDS = ("not finished", "error", "timeout", "memory limit", "crashed", "syntax error")
    """A stub; it raised; the limits; it ended its process or answered nonsense; the file does not parse."""

    def __init__(self, kind: str, message: str = ""):
        super().__init__(f"{kind}: {message}" if message else kind)
        self.kind, self.message = kind, message


def plain_text(value, limit: int = 300) -> str:
    """Text that came from student code, safe to print, store and show: a str, no control characters, short."""
    text = value if isinstance(value, str) else f"<{type(value).__name__}>"
    return "".join(c if c.isprintable() else " " for c in text)[:limit]


def where_in(filename: str, line: int | None) -> str:
    """'line 42 of your file', or 'line 4 of code cell 3' for a notebook (its cells compile as FILE#cellN)."""
    if line is None:
        return ""
    if "#cell" in filename:
        return _("line {line} of code cell {cell}", line=line, cell=filename.rsplit('#cell', 1)[1])
    return _("line {line} of your file", line=line)


def describe_exception(exc: BaseException, filename: str | None = None) -> str:
    """'ValueError at line 42 of your file: too many values to unpack' (the student's own frames only),
    with the outermost of them when it differs: a call at the top level names the line that made it."""
    mine = [frame for frame in traceback.extract_tb(exc.__traceback__)
            if filename and Path(frame.filename.split("#cell")[0]).name == Path(filename).name]
    where = where_in(mine[-1].filename, mine[-1].lineno) if mine else ""
    if len(mine) > 1 and (mine[0].filename, mine[0].lineno) != (mine[-1].filename, mine[-1].lineno):
        where = _("{place} (called from {caller})", place=where, caller=where_in(mine[0].filename, mine[0].lineno))
    text = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else ""
    name = type(exc).__name__
    if where:
        return (_("{exception} at {location}: {text}", exception=name, location=where, text=text) if text
                else _("{exception} at {location}", exception=name, location=where))
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
        isinstance(exc, RuntimeError) and "can't allocate memory" in str(exc))


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
        raise RuntimeError(_("the file loads MNIST while it is being imported: calls at the top level of the file "
                             "(loading data, training) belong in the notebook, the grader imports the file without network"))

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
        cells = notebook["cells"] if "cells" in notebook else [c for ws in notebook["worksheets"] for c in ws["cells"]]  # v3
        cells = [c for c in cells if c.get("cell_type") == "code"]
    except (ValueError, KeyError, TypeError, AttributeError):
        raise StudentError("crashed", _("the notebook is not valid JSON with cells: save it again from Jupyter")) from None
    codes = []
    for n, cell in enumerate(cells, 1):
        text = cell.get("source", cell.get("input", ""))  # nbformat 3 calls it input
        text = text if isinstance(text, str) else "".join(line for line in text if isinstance(line, str)) if isinstance(text, list) else ""
        # IPython magics and shell escapes are not Python; a notebook that has them still grades.
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


def _lab_part(node) -> str | None:
    """'lab' for what defines the lab, 'optional' for an assignment to names or an if/try, None for the rest."""
    import ast

    if isinstance(node, (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return "lab"
    if isinstance(node, (ast.If, ast.Try)):  # `if torch.cuda.is_available(): device = ...`
        return "optional"
    targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
    return "optional" if targets and all(isinstance(t, (ast.Name, ast.Tuple)) for t in targets) else None


def seed_everything(seed: int) -> None:
    """Seed Python, numpy, torch's CPU and every CUDA generator: a re-grade gives the same numbers."""
    random.seed(seed)
    try:
        import numpy

        numpy.random.seed(seed)
    except ImportError:
        pass
    torch.manual_seed(seed)  # also seeds every CUDA device
    torch.cuda.manual_seed_all(seed)
    torch.backends.cudnn.deterministic = True  # cuDNN's fastest kernels differ run to run
    torch.backends.cudnn.benchmark = False
    # full float32 on GPUs that would round convolutions and products to TF32: q5 checks steps exactly
    torch.backends.cudnn.allow_tf32 = False
    torch.backends.cuda.matmul.allow_tf32 = False


def _probe_forward(self, t):
    """The probe's forward: one convolution, ReLU, pooling, one linear layer (not the lab's network)."""
    return self.out(F.max_pool2d(F.relu(self.conv1(t)), 2).flatten(1))


class _Probe(nn.Module):
    forward = _probe_forward


def probe_model(network_class=None) -> nn.Module:
    """A small model that is not the lab's network, for checking train_step on its own.

    Given the student's Network class, the probe is their Network, built by their __init__ when it
    works, with its layers swapped for the probe's and the probe's forward set on the instance: a
    train_step that uses the class's methods or what __init__ set (a `device` property, a counting
    helper, a history list) works on it as on the lab's network, while tasks 2 and 3 play no part.
    """
    model = None
    if isinstance(network_class, type) and issubclass(network_class, nn.Module):
        try:
            model, _ = _built(network_class)
            if not isinstance(model, nn.Module):
                raise TypeError("not a module")
            for held in (model._modules, model._parameters, model._buffers, model._forward_hooks,
                         model._forward_pre_hooks, model._backward_hooks, model._backward_pre_hooks):
                held.clear()
            object.__setattr__(model, "forward", types.MethodType(_probe_forward, model))
        except Exception:  # a class that cannot be used so: the plain probe
            model = None
    if model is None:
        model = _Probe()
    model.conv1 = nn.Conv2d(1, 3, 5)
    model.out = nn.Linear(3 * 12 * 12, config.NUM_CLASSES)
    return model


def _built(network_class) -> tuple[nn.Module, bool]:
    """(the student's Network as its __init__ builds it, True), or, when __init__ fails (a stub, a mistake,
    even sys.exit: q2's to judge), (an instance of the class without it, False)."""
    try:
        return network_class(), True
    except (Exception, SystemExit):
        net = nn.Module.__new__(network_class)
        nn.Module.__init__(net)
        return net, False


def only_linear(layer):
    """The layer's one nn.Linear: itself, or the one inside a block (nn.Sequential(nn.Linear(...), nn.ReLU()))."""
    if isinstance(layer, nn.Linear):
        return layer
    found = [m for m in layer.modules() if isinstance(m, nn.Linear)] if isinstance(layer, nn.Module) else []
    return found[0] if len(found) == 1 else None


def lab_names(model: nn.Module) -> dict[str, str]:
    """The lab's parameter names (conv1.weight ...) -> the model's own, for a layer attribute that holds
    its one weight and bias deeper (conv1 = nn.Sequential(nn.Conv2d(...), nn.ReLU(), ...): conv1.0.weight)."""
    params = [name for name, _ in model.named_parameters()]
    names = {}
    for layer in config.LAYERS:
        for kind in ("weight", "bias"):
            found = [n for n in params if n.startswith(f"{layer}.") and n.rsplit(".", 1)[-1] == kind]
            if len(found) == 1:
                names[f"{layer}.{kind}"] = found[0]
    return names


def load_params(model: nn.Module, state: dict[str, torch.Tensor]) -> None:
    """Copy the judge's weights into a model, by parameter name (the lab's, or the model's own)."""
    params = dict(model.named_parameters())
    own = lab_names(model)
    with torch.no_grad():
        for name, value in state.items():
            name = name if name in params else own.get(name, name)
            if name not in params:
                raise StudentError("error", _("the network has no parameter {name!r}", name=name))
            if params[name].shape != value.shape:
                raise StudentError("error", _("{name} has shape {shape}, expected {expected}: keep the layers as the lab gives "
                                              "them (fc1's in_features is the only size to fill in)",
                                              name=name, shape=list(params[name].shape), expected=list(value.shape)))
            params[name].copy_(value)


def _module_from(spec: dict) -> nn.Module:
    kind = spec["kind"]
    if kind == "conv":
        return nn.Conv2d(spec["in"], spec["out"], spec["kernel"], stride=spec["stride"], padding=spec["padding"])
    if kind == "linear":
        return nn.Linear(spec["in"], spec["out"])
    if kind == "pool":
        return nn.MaxPool2d(spec["kernel"], spec["stride"])
    if kind == "flatten":
        return nn.Flatten(spec["start_dim"], spec["end_dim"])
    return nn.ReLU()


def _lab_network(module) -> nn.Module:
    """The student's Network, with the lab's fc1 in place when theirs is missing or of another size.

    q3 checks the flatten alone: a wrong or unfinished fc1 (task 2), or an __init__ that raises, must
    not cost task 3's points.
    """
    net, ok = _built(module.Network)
    if not ok:  # forward is still the student's: give it the lab's modules, as the reference's forward calls them
        for name, held in config.MODULES.items():
            layers = [_module_from(spec) for spec in held["layers"]]
            setattr(net, name, layers[0] if held["single"] else nn.Sequential(*layers))
        for c in config.CONVS:
            if not hasattr(net, c.name):
                setattr(net, c.name, nn.Conv2d(c.cin, c.cout, c.kernel, stride=c.stride, padding=c.padding))
        for name, fin, fout in config.LINEARS:
            if not hasattr(net, name):
                setattr(net, name, nn.Linear(fin, fout))
    name, fin, fout = config.LINEARS[0]
    fc1 = getattr(net, name, None)
    linear = only_linear(fc1)
    if linear is not None and (linear.in_features, linear.out_features) == (fin, fout):
        return net
    if linear is None or linear is fc1:
        setattr(net, name, nn.Linear(fin, fout))
    else:  # in a block of its own: swap the Linear inside
        path = next(n for n, m in fc1.named_modules() if m is linear)
        parent, _, attr = path.rpartition(".")
        setattr(fc1.get_submodule(parent), attr, nn.Linear(fin, fout))
    return net


@contextlib.contextmanager
def scratch_root(root):
    """A scratch folder holding a link to the lab's dataset under `root` (the data root itself where links cannot
    be made, as on Windows without the right), removed afterwards."""
    scratch = tempfile.mkdtemp(prefix="cnnlab-test-set-")
    try:
        try:
            os.symlink(os.path.join(os.path.realpath(root), config.DATASET), os.path.join(scratch, config.DATASET))
            given = scratch
        except OSError:
            given = str(root)
        yield given
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def dataset_class(tb) -> str:
    """The class of the torchvision dataset being built where an exception was raised ('' when none was)."""
    from torchvision.datasets import VisionDataset

    found = ""
    while tb is not None:
        this = tb.tb_frame.f_locals.get("self")
        if isinstance(this, VisionDataset):
            found = type(this).__name__
        tb = tb.tb_next
    return found


def wrong_dataset(used: str) -> str:
    return _("make_test_set builds a {used} dataset; the lab's test set is {dataset}'s test split "
             "(the dataset class make_train_set uses)", used=used, dataset=config.DATASET)


def _plain(value):
    """A returned Python number as float, or a description of what it was instead (a tensor included:
    the lab's train() sums these values, and summing loss tensors keeps every batch's graph alive)."""
    if isinstance(value, numbers.Real) and not isinstance(value, bool):  # numpy's int64 and float64 included
        return float(value)
    return f"<{type(value).__name__}>"


# Each request of the interface, and the keys its observation holds: the sandbox serves these and
# nothing else, and the judge rejects an answer without them.
OBSERVATIONS = {"test_set": ("length", "images", "labels", "types", "root"), "structure": ("fc1_in", "fc1_out", "layers", "total"),
                "forward": ("outputs", "errors"), "train_step": ("returned", "after"), "train": ("state", "digests"),
                "train_snapshots": ("snapshots",)}


def well_formed(op: str, kwargs: dict, obs) -> bool:
    """Whether an observation has the form its request calls for: the right keys, types, lengths and (for
    weights) shapes. Answers from a sandbox are checked so before the judge computes anything with them:
    a forged one (an empty list where one output per batch is due, a weight of another shape that would
    broadcast to gigabytes) is nonsense, never a pass and never the judge's undoing."""
    is_int = lambda v: isinstance(v, int) and not isinstance(v, bool)  # noqa: E731
    texts = lambda v, n: isinstance(v, list) and len(v) == n and all(isinstance(t, str) for t in v)  # noqa: E731
    tensors = lambda v, n: isinstance(v, list) and len(v) == n and all(map(plain_tensor, v))  # noqa: E731
    if not (isinstance(obs, dict) and set(obs) == set(OBSERVATIONS[op])):
        return False
    if op == "test_set":
        if not is_int(obs["length"]) or not isinstance(obs["root"], str):
            return False
        n = sum(i < obs["length"] for i in kwargs["indices"])  # it stops at the dataset's end
        return (tensors(obs["images"], n) and texts(obs["types"], n) and isinstance(obs["labels"], list)
                and len(obs["labels"]) == n and all(map(is_int, obs["labels"])))
    if op == "structure":
        layers = obs["layers"]
        return (all(is_int(obs[k]) for k in ("fc1_in", "fc1_out", "total")) and isinstance(layers, dict)
                and set(layers) == set(config.LAYERS) and all(map(is_int, layers.values())))
    if op == "forward":
        n = len(kwargs["inputs"])
        return tensors(obs["outputs"], n) and texts(obs["errors"], n)
    if op == "train_step":
        calls, state = kwargs["calls"], kwargs["state"]
        pairs = obs["returned"]
        if not (isinstance(pairs, list) and len(pairs) == calls and isinstance(obs["after"], list) and len(obs["after"]) == calls):
            return False
        if not all(isinstance(p, list) and len(p) == 2 and all(isinstance(v, (float, str)) for v in p) for p in pairs):
            return False
        return all(isinstance(a, dict) and set(a) == set(state) and all(
            plain_tensor(a[k]) and a[k].shape == state[k].shape and a[k].is_floating_point() for k in state)
            for a in obs["after"])
    if op == "train":
        state, digests = obs["state"], obs["digests"]
        order, batch = kwargs["order"], kwargs["batch_size"]
        steps = order.shape[0] * -(-order.shape[1] // batch)
        return (isinstance(state, dict) and all(isinstance(k, str) and plain_tensor(v) for k, v in state.items())
                and texts(digests, steps + 1))
    if op == "train_snapshots":
        shapes = config.param_shapes()
        snaps = obs["snapshots"]
        return isinstance(snaps, list) and len(snaps) == len(kwargs["steps"]) and all(
            isinstance(pair, list) and len(pair) == 2 and all(
                isinstance(s, dict) and set(s) == set(shapes) and all(
                    plain_tensor(s[k]) and tuple(s[k].shape) == shapes[k] and s[k].is_floating_point() for k in shapes)
                for s in pair) for pair in snaps)
    return False


def plain_tensor(value) -> bool:
    """A tensor holding its numbers in CPU memory, as the sandbox sends them: not on the meta device (no data at all)."""
    return isinstance(value, torch.Tensor) and value.device.type == "cpu" and value.layout == torch.strided


class InProcess:
    """Runs the student's module in this process and returns plain observations."""

    def __init__(self, module_or_path, source: bytes | None = None):
        # A submission that fails to load fails every check the same way, without loading again.
        self.load_error: StudentError | None = None
        self.module = None
        if isinstance(module_or_path, (str, Path)):
            self.filename = str(module_or_path)
            try:
                self.module = self._guard(lambda: load_module(module_or_path, source))
            except StudentError as exc:
                if exc.kind in ("error", "not finished"):
                    exc = StudentError("crashed", _("importing the file raised {error}", error=exc.message))
                self.load_error = exc
        else:
            self.module = module_or_path
            self.filename = getattr(module_or_path, "__file__", None)

    def _guard(self, func):
        if self.load_error is not None:
            raise self.load_error
        try:
            return func()
        except StudentError as exc:
            if not self._raised_by_student(exc):
                raise
            # the kit's own exception type raised by the submission is the submission's error, never the kit's
            raise StudentError("error", describe_exception(exc, self.filename)) from None
        except SyntaxError as exc:
            # no line: not Python text at all (a binary file renamed .py, say)
            raise StudentError("syntax error", _("line {line}", line=exc.lineno) if exc.lineno else
                               _("not Python text: {reason}", reason=plain_text(exc.msg, 120))) from None
        except BaseException as exc:  # SystemExit and KeyboardInterrupt from student code included
            if isinstance(exc, NotImplementedError) and is_stub(exc):
                raise StudentError("not finished", str(exc) or _("not finished yet")) from None
            if is_out_of_memory(exc):
                raise StudentError("memory limit", describe_exception(exc, self.filename)) from None
            raise StudentError("error", describe_exception(exc, self.filename)) from None

    def _raised_by_student(self, exc: BaseException) -> bool:
        """Whether the exception passed through the submission's own code (its file or notebook cells)."""
        mine = Path(self.filename or "").name
        return bool(mine) and any(Path(f.filename.split("#cell")[0]).name == mine
                                  for f in traceback.extract_tb(exc.__traceback__))

    def _attr(self, name):
        if not hasattr(self.module, name):
            raise StudentError("error", _("the module defines no {name!r}", name=name))
        return getattr(self.module, name)

    # ---- the interface the checks use -------------------------------------------------------
    def test_set(self, root: str, indices: list[int]) -> dict:
        """Length, the items at `indices` and their types, from the student's make_test_set."""
        def run():
            # As make_loaders calls it (download defaults to True there): with the data already in `root`,
            # torchvision downloads nothing, and a `download` passed on in the place of `train` shows. The root it
            # gets is a scratch folder that links to the lab's dataset: another dataset's download or its folders
            # land there, never in the data root, and no message names the grader's own path.
            with scratch_root(root) as given:
                try:
                    dataset = self._attr("make_test_set")(given, True)
                except Exception as exc:
                    used = dataset_class(exc.__traceback__)
                    if used and used != config.DATASET:
                        raise StudentError("error", wrong_dataset(used)) from None
                    raise
                if isinstance(dataset, torch.utils.data.DataLoader):
                    raise StudentError("error", _("make_test_set returned a DataLoader; return the dataset itself (make_loaders wraps it)"))
                if type(dataset).__module__.startswith("torchvision.datasets") and type(dataset).__name__ != config.DATASET:
                    raise StudentError("error", wrong_dataset(type(dataset).__name__))
                where = getattr(dataset, "root", None)
                where = os.path.realpath(where) if isinstance(where, (str, os.PathLike)) else ""
                obs = {"length": len(dataset), "images": [], "labels": [], "types": [],
                       "root": "" if where in ("", os.path.realpath(given)) else where}
                for i in indices:
                    if i >= obs["length"]:
                        break  # the judge reports the length
                    image, label = dataset[i]
                    is_tensor = isinstance(image, torch.Tensor)  # torchvision's tv_tensors.Image is one too
                    obs["types"].append(f"{'Tensor' if is_tensor else type(image).__name__},{type(label).__name__}")
                    obs["images"].append(image.detach().cpu().clone().as_subclass(torch.Tensor) if is_tensor else torch.empty(0))
                    if isinstance(label, torch.Tensor) and label.numel() == 1:
                        label = label.item()
                    obs["labels"].append(int(label) if isinstance(label, int) else -1)
                return obs
        return self._guard(run)

    def structure(self) -> dict:
        """fc1's sizes and the parameter count of each layer of a freshly built Network."""
        def run():
            net = self._attr("Network")()
            fc1 = getattr(net, "fc1", None)
            fc1 = only_linear(fc1) or fc1
            counts = {}
            for name in config.LAYERS:
                layer = getattr(net, name, None)
                counts[name] = sum(p.numel() for p in layer.parameters()) if isinstance(layer, nn.Module) else -1
            return {"fc1_in": int(getattr(fc1, "in_features", -1)), "fc1_out": int(getattr(fc1, "out_features", -1)),
                    "layers": counts, "total": sum(p.numel() for p in net.parameters())}
        return self._guard(run)

    def forward(self, state: dict, inputs: list[torch.Tensor]) -> dict:
        """Outputs of Network.forward, with the judge's weights, for each input batch (an error per batch)."""
        def run():
            self._attr("Network")
            net = _lab_network(self.module)
            load_params(net, state)
            net.eval()
            outputs, errors = [], []
            for x in inputs:
                try:
                    with torch.no_grad():
                        y = net(x.clone())
                    outputs.append(y.detach().cpu().clone() if isinstance(y, torch.Tensor) else torch.empty(0))
                    errors.append("" if isinstance(y, torch.Tensor) else _("returned {type}", type=type(y).__name__))
                except NotImplementedError as exc:
                    if is_stub(exc):
                        raise
                    outputs.append(torch.empty(0))
                    errors.append(describe_exception(exc, self.filename))
                except Exception as exc:
                    if is_out_of_memory(exc):
                        raise
                    outputs.append(torch.empty(0))
                    errors.append(describe_exception(exc, self.filename))
            return {"outputs": outputs, "errors": errors}
        return self._guard(run)

    def train_step(self, state: dict, batch: tuple, lr: float, calls: int = 2) -> dict:
        """Call train_step `calls` times on one batch; what it returned and the weights after each call."""
        def run():
            step = self._attr("train_step")
            model = probe_model(getattr(self.module, "Network", None))
            load_params(model, state)
            optimizer = torch.optim.SGD(model.parameters(), lr=lr)
            loss_func = nn.CrossEntropyLoss()
            returned, after = [], []
            for _ in range(calls):
                result = step(model, optimizer, loss_func, (batch[0].clone(), batch[1].clone()))
                if isinstance(result, (tuple, list)) and len(result) == 2:
                    returned.append([_plain(result[0]), _plain(result[1])])
                elif isinstance(result, (tuple, list)):
                    returned.append([f"<{len(result)} values>", ""])
                else:
                    returned.append([f"<{type(result).__name__}>", ""])
                after.append({k: v.detach().cpu().clone() for k, v in model.named_parameters()})
            return {"returned": returned, "after": after}
        return self._guard(run)

    def train(self, root: str, init: dict, order: torch.Tensor, seed: int, device: str, batch_size: int, lr: float) -> dict:
        """Train the student's Network, started from the judge's weights `init`, with the student's train_step on
        the batches `order` gives (one row of training-image positions per epoch). Returns the trained weights and
        a digest of the weights before the first step and after each step: the judge then asks for the weights
        around steps it chooses (train_snapshots) and checks that each was one plain SGD step, so the weights it
        scores are the ones this training produced."""
        def run():
            images, labels = load_split(root, train=True, download=False)
            used = int(order.max()) + 1  # the budget's first images, not the whole split
            x = normalize(images[:used]).to(device)
            y = labels[:used].to(device)
            seed_everything(seed)
            net = self._attr("Network")()
            load_params(net, init)
            net = net.to(device)
            step = self._attr("train_step")
            optimizer = torch.optim.SGD(net.parameters(), lr=lr)
            loss_func = nn.CrossEntropyLoss()
            names = lab_names(net)
            params = dict(net.named_parameters())

            def snapshot():
                return {lab: params[names.get(lab, lab)].detach().to("cpu", copy=True) for lab in init}
            self._trajectory = [snapshot()]
            net.train()
            for epoch in order.tolist():
                perm = torch.tensor(epoch, device=device)
                for i in range(0, len(perm), batch_size):
                    idx = perm[i: i + batch_size]
                    step(net, optimizer, loss_func, (x[idx], y[idx]))
                    self._trajectory.append(snapshot())
            state = {k: v.detach().cpu().clone() for k, v in net.state_dict().items()}
            for lab, own in names.items():  # the judge reads the weights by the lab's names
                state.setdefault(lab, state[own])
            return {"state": state, "digests": [state_digest(s) for s in self._trajectory]}
        return self._guard(run)

    def train_snapshots(self, steps: list[int]) -> dict:
        """The weights before and after each of `steps` of the last training (train), by the lab's names."""
        def run():
            trajectory = getattr(self, "_trajectory", None)
            if not trajectory:
                raise StudentError("crashed", _("asked for training snapshots before any training"))
            return {"snapshots": [[trajectory[t], trajectory[t + 1]] for t in steps]}
        return self._guard(run)


def state_digest(state: dict) -> str:
    """A digest of weights, by name, as float32 on the CPU: the same on both sides of the sandbox."""
    import hashlib

    h = hashlib.sha256()
    for name in sorted(state):
        h.update(name.encode() + b"\0")
        h.update(state[name].detach().to("cpu", torch.float32).contiguous().numpy().tobytes())
    return h.hexdigest()
