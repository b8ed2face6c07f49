"""q5: the student's training, verified step by step against plain SGD from the judge's initial weights, reaches the
lab's accuracy by the judge's forward."""

from __future__ import annotations

import math

import torch

from ..i18n import N_, _
from ..lab import config
from ..submission.network import state_digest
from .framework import Fail, check, integer, list_separator
from .q4_train_step import sgd_step, states_close

# The judge draws the starting weights and the batch order; the submission's Network and train_step train
# from there and commit to the weights after every step (digests); the judge then picks steps the
# submission could not foresee, has their weights shown, and checks each is one plain SGD step of the lab's
# network on its batch. Weights carried in the file and swapped in break that chain.
PROBED_STEPS = 8
"""Steps checked besides the first and the last, drawn after the digests came back."""


def default_init(gen: torch.Generator) -> dict[str, torch.Tensor]:
    """Starting weights distributed as PyTorch's own default for these layers (uniform within 1/sqrt(fan-in)),
    so the calibration of the threshold holds."""
    shapes = config.param_shapes()
    fan_in = {
        name.rsplit(".", 1)[0]: math.prod(shape[1:]) for name, shape in shapes.items() if name.endswith(".weight")
    }
    return {
        name: (torch.rand(shape, generator=gen) * 2 - 1) * fan_in[name.rsplit(".", 1)[0]] ** -0.5
        for name, shape in shapes.items()
    }


def training_inputs(ctx) -> tuple[dict, torch.Tensor, int]:
    """(starting weights, batch order: one row of training-image positions per epoch, seed for anything else
    random): the self-check's fixed ones, or drawn when grading."""
    cfg = config.ACCURACY
    gen = torch.Generator().manual_seed(cfg["seed"]) if ctx.draw is None else ctx.generator("q5")
    init = default_init(gen)
    order = torch.stack([torch.randperm(cfg["train_images"], generator=gen) for _ in range(cfg["epochs"])])
    return init, order, integer(gen, 0, 2**31 - 1)


def verify_training(sub, ctx, init: dict, order: torch.Tensor, obs: dict) -> None:
    """Fails unless the training started from `init`, ended with the weights returned, and the steps the judge
    picks now were each one plain SGD step on their batch."""
    cfg = config.ACCURACY
    digests, batch = obs["digests"], cfg["batch_size"]
    if digests[0] != state_digest(init):
        raise Fail(
            _("training did not start from the weights the grader put into the network"),
            hint=_(
                "q5 trains your Network from weights the grader sets: do not load or replace weights "
                "in __init__ or train_step"
            ),
        )
    final = {k: obs["state"][k] for k in init}
    if state_digest(final) != digests[-1]:
        raise Fail(
            _("the weights returned after training are not those the last training step left"),
            hint=_("q5 trains your Network with your train_step: do not replace its weights"),
        )
    if ctx.lab_forward is None:  # the self-check has no judge's forward to check the steps with
        return
    per_epoch, last = -(-order.shape[1] // batch), len(digests) - 2
    gen = ctx.generator("q5 probed steps")
    inner = torch.randperm(max(0, last - 1), generator=gen)[:PROBED_STEPS] + 1
    steps = sorted({0, last, *inner.tolist()})
    snapshots = sub.train_snapshots(steps)["snapshots"]
    x, y = ctx.train_x, ctx.train_raw[1]
    for t, (before, after) in zip(steps, snapshots):
        if state_digest(before) != digests[t] or state_digest(after) != digests[t + 1]:
            raise Fail(
                _("the weights shown for training step {step} are not those the training reported", step=t + 1),
                hint=_("q5 trains your Network with your train_step: do not replace its weights"),
            )
        idx = order[t // per_epoch][(t % per_epoch) * batch : (t % per_epoch + 1) * batch]
        expected = sgd_step(ctx.lab_forward, before, x[idx], y[idx], cfg["lr"])[0]
        if not states_close(after, expected):
            frozen = sorted(
                {
                    k.rsplit(".", 1)[0]
                    for k in before
                    if torch.equal(after[k], before[k]) and not torch.equal(expected[k], before[k])
                }
            )
            if frozen and len(frozen) < len({k.rsplit(".", 1)[0] for k in before}):
                fields = dict(step=t + 1, steps=last + 1, layers=list_separator().join(frozen))
                raise Fail(
                    _(
                        "training step {step} of {steps} left {layers} unchanged while the other layers moved: "
                        "the gradient does not reach them",
                        **fields,
                    )
                    if len(frozen) > 1
                    else _(
                        "training step {step} of {steps} left {layers} unchanged while the other layers moved: "
                        "the gradient does not reach it",
                        **fields,
                    ),
                    hint=_(
                        "something in forward cuts the graph between the layers (.detach(), .numpy(), "
                        "torch.tensor() or .data of an activation): keep every step a tensor operation"
                    ),
                )
            raise Fail(
                _(
                    "training step {step} of {steps} was not one plain SGD step of the lab's network on its batch",
                    step=t + 1,
                    steps=last + 1,
                ),
                hint=_(
                    "each call of train_step takes exactly one step of the optimizer it is given, on the batch "
                    "it is given, with the lab's forward; q3 and q4 show which part differs"
                ),
            )


@check(
    "q5_accuracy",
    points=2,
    hint=N_(
        "make q2-q4 pass first: this trains your Network with your train_step, "
        "then scores the weights with the lab network's forward pass"
    ),
)
def accuracy_after_training(sub, ctx):
    cfg = config.ACCURACY
    init, order, seed = training_inputs(ctx)
    obs = sub.train(
        ctx.root, init=init, order=order, seed=seed, device=ctx.device, batch_size=cfg["batch_size"], lr=cfg["lr"]
    )
    accuracy = ctx.accuracy(sub, obs["state"])  # first: it names missing or misshapen weights
    verify_training(sub, ctx, init, order, obs)
    if not accuracy >= cfg["threshold"]:
        raise Fail(
            _(
                "test accuracy {accuracy:.2%} after {epochs} epochs on {images:,} training images; "
                "needs at least {threshold:.0%}",
                accuracy=accuracy,
                epochs=cfg["epochs"],
                images=cfg["train_images"],
                threshold=cfg["threshold"],
            )
        )
