"""The lab's spec, derived from the reference solution at release: every number the checks, hints and documents use.

Release-side code: it imports the reference (trusted) and reads what its forward does (torch.fx), what its data
functions build and what its training defaults are, plus q5's budget from `solutions/grading.toml`. The spec is
written to `cnnlab/lab/lab.json` (generated, committed); `cnnlab/lab/config.py` reads it, and nothing else types a
number about the lab. An edit the checks cannot follow is refused here, with one line naming it.
"""

from __future__ import annotations

import importlib.util
import inspect
import json
import math
import tomllib
from pathlib import Path

from .. import CnnlabError
from ..lab import LAB_FILE

CONVS, LINEARS = ("conv1", "conv2"), ("fc1", "fc2", "out")
SHAPE = (
    "two convolutions (conv1, conv2), each followed by a ReLU and max-pooling, then a flatten and three linear "
    "layers (fc1, fc2, out) with a ReLU after fc1 and fc2"
)
BUDGET_FILE = "grading.toml"
BUDGET_KEYS = {"train_images": int, "epochs": int, "seed": int}


class SpecError(CnnlabError):
    """An edit of the reference that the checks cannot follow."""


def load_reference(path: Path):
    spec = importlib.util.spec_from_file_location("cnnlab_reference", path)
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as exc:
        raise SpecError(f"{path}: importing the reference failed: {type(exc).__name__}: {exc}") from None
    return module


def _pair(value) -> int:
    """A square kernel, stride or padding as one int (refused when it is not square or a word)."""
    if isinstance(value, str):
        raise SpecError(f"padding={value!r}: the checks need the padding as a number of pixels")
    if isinstance(value, (tuple, list)):
        if len(set(value)) != 1:
            raise SpecError(f"a non-square size {tuple(value)} in the network: the checks support square kernels only")
        value = value[0]
    return int(value)


SHAPE_ONLY = ("size", "dim")
"""Methods a forward calls to compute a shape (`t.view(t.size(0), -1)`), not to change a tensor."""


def trace(net, modules: dict | None = None) -> list[dict]:
    """The operations of the network's forward, in order: conv, linear, relu, pool, flatten. `modules` receives the
    module attributes forward calls, each as the list of layers it holds (q3 rebuilds them for a Network whose
    __init__ fails: a student's unfinished task 2 must not cost task 3)."""
    import operator

    import torch
    import torch.fx
    import torch.nn as nn
    import torch.nn.functional as F

    try:
        graph = torch.fx.symbolic_trace(net).graph
    except Exception as exc:
        raise SpecError(
            f"Network.forward could not be traced ({type(exc).__name__}: {exc}); keep it a straight "
            f"sequence of layer calls"
        ) from None
    ops = []
    for node in graph.nodes:
        target = node.target
        if node.op in ("placeholder", "output", "get_attr"):
            continue
        if node.op == "call_module":
            module, layer = net.get_submodule(target), target.split(".")[0]
            if modules is not None:
                modules.setdefault(layer, {"single": target == layer, "layers": []})["layers"].append(
                    _module_spec(module)
                )
            if isinstance(module, nn.Conv2d):
                if (
                    module.groups != 1
                    or _pair(module.dilation) != 1
                    or module.bias is None
                    or module.padding_mode != "zeros"
                ):
                    raise SpecError(
                        f"{target}: groups, dilation, a missing bias or padding_mode other than zeros are "
                        f"not supported by the checks"
                    )
                ops.append(
                    {
                        "op": "conv",
                        "name": layer,
                        "in": module.in_channels,
                        "out": module.out_channels,
                        "kernel": _pair(module.kernel_size),
                        "stride": _pair(module.stride),
                        "padding": _pair(module.padding),
                    }
                )
            elif isinstance(module, nn.Linear):
                if module.bias is None:
                    raise SpecError(f"{target}: a linear layer without bias is not supported by the checks")
                ops.append({"op": "linear", "name": layer, "in": module.in_features, "out": module.out_features})
            elif isinstance(module, nn.ReLU):
                ops.append({"op": "relu"})
            elif isinstance(module, nn.MaxPool2d):
                ops.append(_pool(module.kernel_size, module.stride, module.padding, module.dilation, module.ceil_mode))
            elif isinstance(module, nn.Flatten):
                ops.append({"op": "flatten"})
            else:
                raise SpecError(
                    f"Network.forward uses a {type(module).__name__} ({target}); the checks support {SHAPE}"
                )
        elif target in (F.relu, torch.relu, "relu", "relu_", torch.relu_):
            ops.append({"op": "relu"})
        elif target in SHAPE_ONLY or (target is getattr and node.args[1] == "shape") or target is operator.getitem:
            continue  # shape arithmetic for a view or reshape
        elif target in (F.max_pool2d, torch.max_pool2d):
            args = dict(zip(("input", "kernel_size", "stride", "padding", "dilation", "ceil_mode"), node.args))
            args.update(node.kwargs)
            ops.append(
                _pool(
                    args["kernel_size"],
                    args.get("stride"),
                    args.get("padding", 0),
                    args.get("dilation", 1),
                    args.get("ceil_mode", False),
                )
            )
        elif target in (torch.flatten, "flatten", "view", "reshape"):
            ops.append({"op": "flatten"})
        else:
            name = getattr(target, "__name__", str(target))
            raise SpecError(f"Network.forward calls {name}; the checks support {SHAPE}")
    return ops


def _module_spec(module) -> dict:
    """How to build one module forward calls again (the kinds trace accepts)."""
    import torch.nn as nn

    if isinstance(module, nn.Conv2d):
        return {
            "kind": "conv",
            "in": module.in_channels,
            "out": module.out_channels,
            "kernel": _pair(module.kernel_size),
            "stride": _pair(module.stride),
            "padding": _pair(module.padding),
        }
    if isinstance(module, nn.Linear):
        return {"kind": "linear", "in": module.in_features, "out": module.out_features}
    if isinstance(module, nn.MaxPool2d):
        return {
            "kind": "pool",
            "kernel": _pair(module.kernel_size),
            "stride": _pair(module.stride or module.kernel_size),
        }
    if isinstance(module, nn.Flatten):
        return {"kind": "flatten", "start_dim": module.start_dim, "end_dim": module.end_dim}
    return {"kind": "relu"}


def _pool(kernel, stride, padding, dilation, ceil_mode) -> dict:
    if _pair(padding) != 0 or _pair(dilation) != 1 or ceil_mode:
        raise SpecError("max-pooling with padding, dilation or ceil_mode is not supported by the checks")
    kernel = _pair(kernel)
    return {"op": "pool", "kernel": kernel, "stride": _pair(stride) if stride else kernel}


class _Mismatch(Exception):
    """The forward's operations leave the shape the checks support (caught where the whole forward is named)."""


def expect(condition: bool) -> None:
    """Not an assert: `python -O` would strip those, and an unsupported network would pass."""
    if not condition:
        raise _Mismatch


def network_spec(ops: list[dict]) -> tuple[list[dict], list[dict]]:
    """(convolutions with their pooling, linear layers) when the forward has the shape the checks support."""
    words = []
    for op in ops:
        words.append(op["op"] if op["op"] not in ("conv", "linear") else f"{op['op']} {op['name']}")
    seen = " -> ".join(words)
    convs, linears, i = [], [], 0
    try:
        for name in CONVS:
            conv = ops[i]
            expect(conv["op"] == "conv" and conv["name"] == name)
            pair = {ops[i + 1]["op"], ops[i + 2]["op"]}  # ReLU and pooling commute: either order
            expect(pair == {"relu", "pool"})
            pool = ops[i + 1] if ops[i + 1]["op"] == "pool" else ops[i + 2]
            convs.append(
                {**{k: v for k, v in conv.items() if k != "op"}, "pool": pool["kernel"], "pool_stride": pool["stride"]}
            )
            i += 3
        expect(ops[i]["op"] == "flatten")
        i += 1
        for n, name in enumerate(LINEARS):
            linear = ops[i]
            expect(linear["op"] == "linear" and linear["name"] == name)
            linears.append({k: v for k, v in linear.items() if k != "op"})
            i += 1
            if n < len(LINEARS) - 1:
                expect(ops[i]["op"] == "relu")
                i += 1
        expect(i == len(ops))
    except (_Mismatch, IndexError):
        raise SpecError(f"the network's forward is `{seen}`; the checks support {SHAPE}") from None
    return convs, linears


def spatial_size(size: int, convs: list[dict]) -> int:
    """An image's side after each convolution and its pooling."""
    for c in convs:
        size = (size + 2 * c["padding"] - c["kernel"]) // c["stride"] + 1
        size = (size - c["pool"]) // c["pool_stride"] + 1
    return size


def _normalization(dataset, which: str) -> tuple[float, float]:
    """(mean, std) of a dataset whose transform is ToTensor then Normalize, as the judge computes it."""
    import torchvision.transforms as T

    steps = getattr(dataset.transform, "transforms", [dataset.transform])
    if len(steps) != 2 or not isinstance(steps[0], T.ToTensor) or not isinstance(steps[1], T.Normalize):
        raise SpecError(
            f"the {which} set's transform is {dataset.transform!r}; the checks support ToTensor then Normalize"
        )
    mean, std = steps[1].mean, steps[1].std
    mean, std = (
        (mean[0] if isinstance(mean, (tuple, list)) else mean),
        (std[0] if isinstance(std, (tuple, list)) else std),
    )
    return float(mean), float(std)


def derive(solutions_dir: Path, data_root: Path) -> dict:
    """The spec of the reference in `solutions_dir`, without the parts the release computes with the judge's code
    (q5's threshold and calibration table, the public q3 outputs)."""
    import torch

    module = load_reference(solutions_dir / LAB_FILE)
    for name in ("BATCH_SIZE", "make_train_set", "make_test_set", "Network", "train"):
        if not hasattr(module, name):
            raise SpecError(f"the reference defines no {name}; the checks and the skeleton need it")
    train_set, test_set = module.make_train_set(str(data_root), False), module.make_test_set(str(data_root), False)
    kind = type(test_set).__name__
    if type(train_set).__name__ != "MNIST" or kind != "MNIST":
        raise SpecError(
            f"the reference builds {type(train_set).__name__} and {kind} datasets; the checks grade MNIST only"
        )
    mean, std = _normalization(train_set, "training")
    if _normalization(test_set, "test") != (mean, std):
        raise SpecError(
            "the reference's test set is normalized unlike its training set; task 1 asks for the same transform"
        )
    image = test_set[0][0]
    channels, height, width = image.shape
    if height != width:
        raise SpecError(f"images of {height}x{width}: the checks support square images")
    net = module.Network()
    modules: dict = {}
    convs, linears = network_spec(trace(net, modules))
    side = spatial_size(height, convs)
    fc1_in = convs[-1]["out"] * side * side
    if side < 1 or linears[0]["in"] != fc1_in:
        raise SpecError(f"fc1 takes {linears[0]['in']} features, but {fc1_in} reach it: the reference does not run")
    if convs[0]["in"] != channels or linears[-1]["out"] != len(test_set.classes):
        raise SpecError(
            f"the network reads {convs[0]['in']} channels and scores {linears[-1]['out']} classes; "
            f"the images have {channels} and the dataset {len(test_set.classes)}"
        )
    with torch.no_grad():
        shape = tuple(net(torch.zeros(2, channels, height, width)).shape)
    if shape != (2, len(test_set.classes)):
        raise SpecError(f"the reference's forward gives shape {list(shape)} for a batch of 2")
    lr = inspect.signature(module.train).parameters.get("lr")
    if lr is None or not isinstance(lr.default, (int, float)):
        raise SpecError("the reference's train() needs a learning rate parameter with a default, `lr=0.1`")
    counts = {name: sum(p.numel() for p in getattr(net, name).parameters()) for name in (*CONVS, *LINEARS)}
    return {
        "generated by": "cnnlab release, from solutions/cnn_lab.py and solutions/grading.toml: do not edit",
        "data": {
            "dataset": kind,
            "image_size": height,
            "channels": channels,
            "classes": len(test_set.classes),
            "test_size": len(test_set),
            "mean": mean,
            "std": std,
        },
        "network": {"convs": convs, "linears": linears, "modules": modules},
        "answers": {"fc1_in_features": fc1_in, "layer_params": counts, "total_params": sum(counts.values())},
        "training": {"batch_size": int(module.BATCH_SIZE), "lr": float(lr.default)},
        "accuracy": {**budget(solutions_dir), "threshold": None, "calibration": []},
        "public_outputs": [],
    }


def budget(solutions_dir: Path) -> dict:
    """q5's budget, the one place an instructor edits it: `[accuracy]` in solutions/grading.toml."""
    path = solutions_dir / BUDGET_FILE
    try:
        table = tomllib.loads(path.read_text()).get("accuracy", {})
        if not isinstance(table, dict):
            raise ValueError("[accuracy] is not a table")
    except (OSError, UnicodeDecodeError, ValueError) as exc:  # TOMLDecodeError is a ValueError
        raise SpecError(f"{path}: {exc}; it holds q5's budget: [accuracy] train_images, epochs, seed") from None
    for key, kind in BUDGET_KEYS.items():
        if type(table.get(key)) is not kind or table[key] < 0:  # not a bool either
            raise SpecError(f"{path}: [accuracy] {key} must be a non-negative whole number")
    if not 0 < table["train_images"] <= 60_000 or table["epochs"] < 1:
        raise SpecError(f"{path}: [accuracy] needs 1 to 60,000 train_images and at least 1 epoch")
    return {key: table[key] for key in BUDGET_KEYS}


def text(spec: dict) -> str:
    return json.dumps(spec, indent=1, ensure_ascii=False) + "\n"


def same(a: dict, b: dict) -> list[str]:
    """Where two specs differ, by key path; the calibration's figures by value (another CPU may round
    differently), the public outputs to 1e-5."""
    diffs = []
    for key in sorted(a.keys() | b.keys()):
        x, y = a.get(key), b.get(key)
        if key == "accuracy" and isinstance(x, dict) and isinstance(y, dict):
            diffs += [
                f"accuracy.{k}" for k in sorted(x.keys() | y.keys()) if k != "calibration" and x.get(k) != y.get(k)
            ]
            cx, cy = x.get("calibration", []), y.get("calibration", [])
            if len(cx) != len(cy) or any(abs(p["accuracy"] - q["accuracy"]) > 0.01 for p, q in zip(cx, cy)):
                diffs.append("accuracy.calibration")
        elif key == "public_outputs" and isinstance(x, list) and isinstance(y, list):
            flat = lambda rows: [v for row in rows for v in row]  # noqa: E731
            if len(x) != len(y) or any(
                not math.isclose(p, q, rel_tol=1e-5, abs_tol=1e-5) for p, q in zip(flat(x), flat(y))
            ):
                diffs.append(key)
        elif x != y:
            diffs.append(key)
    return diffs
