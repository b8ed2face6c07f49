"""The submission's network seen from outside: built with probes, its layers found by the lab's names, weights
loaded into it, and digests of weights that both sides of the sandbox compute alike."""

from __future__ import annotations

import random
import types

import torch
import torch.nn as nn
import torch.nn.functional as F

from ..i18n import _
from ..lab import config
from ..outcomes import StudentError


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
            for held in (
                model._modules,
                model._parameters,
                model._buffers,
                model._forward_hooks,
                model._forward_pre_hooks,
                model._backward_hooks,
                model._backward_pre_hooks,
            ):
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
                raise StudentError(
                    "error",
                    _(
                        "{name} has shape {shape}, expected {expected}: keep the layers as the lab gives "
                        "them (fc1's in_features is the only size to fill in)",
                        name=name,
                        shape=list(params[name].shape),
                        expected=list(value.shape),
                    ),
                )
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


def lab_network(module) -> nn.Module:
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


def state_digest(state: dict) -> str:
    """A digest of weights, by name, as float32 on the CPU: the same on both sides of the sandbox."""
    import hashlib

    h = hashlib.sha256()
    for name in sorted(state):
        h.update(name.encode() + b"\0")
        h.update(state[name].detach().to("cpu", torch.float32).contiguous().numpy().tobytes())
    return h.hexdigest()
