"""The judge's own forward pass of the lab's network (never shipped to students).

Accuracy is computed here from the weights a submission trained, so nothing the submission's
code does at evaluation time can change its score.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

from ..i18n import _
from ..lab import config
from .framework import Fail


def forward(state: dict[str, torch.Tensor], x: torch.Tensor) -> torch.Tensor:
    t = x
    for c in config.CONVS:
        t = F.conv2d(t, state[f"{c.name}.weight"], state[f"{c.name}.bias"], stride=c.stride, padding=c.padding)
        t = F.max_pool2d(F.relu(t), c.pool, c.pool_stride)
    t = t.flatten(1)
    *hidden, (last, *_) = config.LINEARS
    for name, *_ in hidden:
        t = F.relu(F.linear(t, state[f"{name}.weight"], state[f"{name}.bias"]))
    return F.linear(t, state[f"{last}.weight"], state[f"{last}.bias"])


@torch.no_grad()
def accuracy(ctx, sub, state: dict[str, torch.Tensor], batch: int = 1000) -> float:
    """Fraction of the test split the trained weights classify correctly, by the judge's forward."""
    weights = {}
    for name, shape in config.param_shapes().items():
        value = state.get(name)
        if not isinstance(value, torch.Tensor) or tuple(value.shape) != shape:
            if value is None:
                raise Fail(
                    _("after training, {name} is missing; expected shape {shape}", name=name, shape=list(shape)),
                    hint=_("train the lab's network as defined, with its layer names"),
                )
            raise Fail(
                _(
                    "after training, {name} is {got}; expected shape {shape}",
                    name=name,
                    got=list(getattr(value, "shape", [])),
                    shape=list(shape),
                ),
                hint=_("train the lab's network as defined, with its layer names"),
            )
        if not torch.isfinite(value).all():
            raise Fail(
                _("after training, {name} holds NaN or infinite values: the training diverged", name=name),
                hint=_("check the training step: one SGD step per batch, on fresh gradients"),
            )
        weights[name] = value.float().to(ctx.device)
    x, y = ctx.test_x, ctx.test_raw[1]
    correct = 0
    for i in range(0, len(y), batch):
        preds = forward(weights, x[i : i + batch].to(ctx.device))
        correct += int(preds.argmax(1).eq(y[i : i + batch].to(ctx.device)).sum())
    return correct / len(y)
