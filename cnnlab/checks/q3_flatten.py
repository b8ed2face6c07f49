"""q3, task 3: the flatten before the fully connected layers keeps each image's features together: the forward is
the lab network's, batch by batch."""

from __future__ import annotations

import itertools
import math

import torch

from ..i18n import N_, _
from ..lab import config
from .framework import Fail, batch_size, check, close, scaled_weights, uniform

# The public check compares forward with the lab network on inputs and weights given by a formula (the
# same on every machine and torch version, unlike a seeded generator), against outputs that
# `cnnlab release` computes with the judge's forward: the self-check needs no judge code to see a
# flatten that reorders features, a softmax or a ReLU after `out`.
PUBLIC_BATCH = 5


def formula_tensor(shape: tuple, salt: int) -> torch.Tensor:
    """Values in [-1, 1) that look random, from a sine hash in float64: identical wherever the checks run."""
    i = torch.arange(math.prod(shape), dtype=torch.float64)
    return (torch.frac(torch.sin(i * 12.9898 + salt * 78.233).abs() * 43758.5453) * 2 - 1).reshape(shape).float()


def public_weights() -> dict[str, torch.Tensor]:
    salts = itertools.count(1)
    return scaled_weights(lambda shape: formula_tensor(shape, next(salts)), gain=1.7)


def public_inputs() -> torch.Tensor:
    return formula_tensor((PUBLIC_BATCH, 1, config.IMAGE_SIZE, config.IMAGE_SIZE), salt=99) * 1.5


def public_outputs() -> torch.Tensor:
    return torch.tensor(config.PUBLIC_OUTPUTS)


def forward_outputs(sub, state, batches) -> list[torch.Tensor]:
    """forward's output for each batch; fails with a diagnosis on an error or a wrong shape."""
    obs = sub.forward(state, batches)
    sizes = [len(x) for x in batches]
    working = [b for b, e in zip(sizes, obs["errors"]) if not e]
    for b, err, out in zip(sizes, obs["errors"], obs["outputs"]):
        if err:
            if working:
                raise Fail(
                    _(
                        "forward returned an error for a batch of {batch} but works for {working}: {error}",
                        batch=b,
                        working=working[0],
                        error=err,
                    ),
                    hint=_("the flatten seems to use a fixed batch size; take the batch size from the input"),
                )
            raise Fail(
                _("forward raised an error for every batch size: {error}", error=err),
                hint=_("after the second pooling t is [batch, channels, height, width]; fc1 needs [batch, features]"),
            )
        if out.shape != (b, config.NUM_CLASSES):
            raise Fail(
                _(
                    "forward returned shape {shape} for a batch of {batch}; expected [{batch}, {classes}]",
                    shape=list(out.shape),
                    batch=b,
                    classes=config.NUM_CLASSES,
                ),
                hint=_("keep the batch dimension and flatten only the others"),
            )
    return obs["outputs"]


def same_as_lab(out: torch.Tensor, expected: torch.Tensor, inputs: str) -> None:
    """Fails, naming the likely cause, when forward's output is not the lab network's. `inputs` names them (a
    phrase in the current language)."""
    if close(out, expected):
        return
    if close(out, torch.softmax(expected, 1)):
        raise Fail(
            _("forward returns probabilities (a softmax of the scores) on {inputs}, not the raw scores", inputs=inputs),
            hint=_("return out's raw scores: the cross-entropy loss applies the softmax itself"),
        )
    if close(out, torch.log_softmax(expected, 1)):
        raise Fail(
            _(
                "forward returns log-probabilities (a log_softmax of the scores) on {inputs}, not the raw scores",
                inputs=inputs,
            ),
            hint=_(
                "return out's raw scores: the cross-entropy loss that train_step is given applies log_softmax itself"
            ),
        )
    if close(out, torch.relu(expected)):
        raise Fail(
            _("forward's outputs on {inputs} are the lab network's with the negative scores set to 0", inputs=inputs),
            hint=_("no activation after the last layer: return out's raw scores"),
        )
    raise Fail(
        _("with fixed weights, forward's outputs differ from the lab network's on {inputs}", inputs=inputs),
        hint=_(
            "flatten in the tensor's own order (no permute or transpose), and keep the rest of forward as the "
            "lab gives it: ReLU and pooling after each convolution, ReLU after fc1 and fc2, nothing after out"
        ),
    )


def drawn_weights(gen: torch.Generator) -> dict[str, torch.Tensor]:
    """Weights for the lab's network drawn for one grading (their scale drawn too)."""
    return scaled_weights(lambda shape: torch.randn(*shape, generator=gen), gain=uniform(gen, 1.0, 1.8))


def drawn_batches(ctx, gen: torch.Generator, sizes: list[int]) -> list[torch.Tensor]:
    """Batches of test images at drawn positions: each batch the first `size` of the same drawn images."""
    positions = torch.randperm(len(ctx.test_x), generator=gen)[: max(sizes)]
    return [ctx.test_x[positions[:b]] for b in sizes]


def noise_batch(gen: torch.Generator) -> torch.Tensor:
    """Inputs that are no image at all, like the self-check's fixed ones."""
    return (torch.rand(PUBLIC_BATCH, 1, config.IMAGE_SIZE, config.IMAGE_SIZE, generator=gen) * 2 - 1) * 1.5


def flatten_inputs(ctx) -> tuple[dict, list[int], list[torch.Tensor], torch.Tensor, torch.Tensor]:
    """(weights, batch sizes, test-image batches, other inputs, the lab network's outputs on them) for the
    public q3 check: fixed ones in the self-check, drawn ones when grading."""
    if ctx.draw is None:
        sizes = [1, 7, 100, 256]
        return public_weights(), sizes, [ctx.test_x[:b] for b in sizes], public_inputs(), public_outputs()
    gen = ctx.generator("q3 public")
    # the lab's batch size among them: a flatten fixed to it shows as "works for 100" (a hint that helps)
    sizes = [1, batch_size(gen, 2, 31), config.ACCURACY["batch_size"], batch_size(gen, 101, 256)]
    state, inputs = drawn_weights(gen), noise_batch(gen)
    return state, sizes, drawn_batches(ctx, gen, sizes), inputs, ctx.lab_forward(state, inputs)


@check(
    "q3_flatten",
    points=1,
    hint=N_("flatten everything but the batch dimension, in the tensor's own order, whatever the batch size"),
)
def forward_computes_the_lab_network(sub, ctx):
    state, sizes, batches, inputs, expected = flatten_inputs(ctx)
    *outputs, fixed = forward_outputs(sub, state, batches + [inputs])
    outputs = dict(zip(sizes, outputs))
    first = outputs[1][0]
    for b, out in outputs.items():
        if not close(out[0], first):
            raise Fail(
                _(
                    "the output for the first image changes when it is in a batch of {batch} instead of alone: "
                    "the flatten mixes samples of the batch",
                    batch=b,
                ),
                hint=_("each row after the flatten must hold the features of one image only"),
            )
    small, large = sizes[1], sizes[-1]
    if not close(outputs[large][:small], outputs[small]):
        raise Fail(
            _(
                "the outputs for the same {small} images differ between a batch of {small} and a batch of {large}: "
                "the flatten mixes samples",
                small=small,
                large=large,
            ),
            hint=_("each row after the flatten must hold the features of one image only"),
        )
    same_as_lab(fixed, expected, _("the public check's inputs"))
    if ctx.lab_forward is not None:  # grading: the test images too
        same_as_lab(outputs[large], ctx.lab_forward(state, batches[-1]), _("a batch of test images"))
