"""The public checks of tasks 1-3: the test set, fc1's input size, the flatten."""

from __future__ import annotations

import itertools
import math

import torch

from ..i18n import N_, _, pgettext
from ..lab import config
from ..outcomes import StudentError
from .framework import Fail, batch_size, check, close, integer, scaled_weights, uniform

# ---- q1: the test set ---------------------------------------------------------------------------
TEST_SET_INDICES = (0, 1, 2, 3, 17, 100, 999, 1234, 5000, 7777, 9998, 9999)
"""The self-check's positions; grading draws its own (test_set_positions)."""
DRAWN_POSITIONS = 64


def test_set_positions(ctx) -> list[int]:
    """The positions q1 compares: when grading, one drawn in each of 64 equal stretches of the split, plus its
    first and last image, so a dataset right only where the check looks is right everywhere."""
    if ctx.draw is None:
        return list(TEST_SET_INDICES)
    gen, n = ctx.generator("q1 positions"), config.TEST_SET_SIZE
    bounds = [n * i // DRAWN_POSITIONS for i in range(DRAWN_POSITIONS + 1)]
    return sorted({0, n - 1, *(integer(gen, lo, hi - 1) for lo, hi in zip(bounds, bounds[1:]))})


@check(
    "q1_test_set",
    points=2,
    hint=N_("build the test split the way make_train_set builds the training split, with the same transform"),
)
def test_set_is_the_normalized_test_split(sub, ctx):
    positions = test_set_positions(ctx)
    try:
        obs = sub.test_set(ctx.root, positions)
    except StudentError as exc:
        if exc.kind == "error" and ("Dataset not found" in exc.message or "Error downloading" in exc.message):
            raise Fail(
                _("make_test_set found no MNIST where it looked: {error}", error=exc.message),
                hint=_(
                    "pass make_test_set's root argument on to the dataset: MNIST is there, and grading has no network"
                ),
            ) from None
        raise
    if obs["root"]:  # the folder it read, when not the root it was given
        # it may work where that folder happens to hold MNIST (a self-check), never in grading
        raise Fail(
            _("make_test_set read MNIST from {folder!r}, not from the root it was given", folder=obs["root"]),
            hint=_("pass make_test_set's root argument on to the dataset, as make_train_set does"),
        )
    if obs["length"] != config.TEST_SET_SIZE:
        raise Fail(
            _(
                "the test set has {length:,} samples; the MNIST test split has {size:,}",
                length=obs["length"],
                size=config.TEST_SET_SIZE,
            ),
            hint=_("the training split is the larger one: ask the dataset for the other split"),
        )
    bad = [t for t in obs["types"] if t.split(",")[0] != "Tensor"]
    if bad:
        raise Fail(
            _("a test sample's image is of type {type}, not a tensor", type=bad[0].split(",")[0]),
            hint=_("the images need the same transform as the training images (ToTensor, then Normalize)"),
        )
    images = obs["images"]
    if any(img.shape != (1, config.IMAGE_SIZE, config.IMAGE_SIZE) for img in images):
        raise Fail(
            _(
                "a test image has shape {shape}; expected {expected}",
                shape=list(images[0].shape),
                expected=[config.DATA["channels"], config.IMAGE_SIZE, config.IMAGE_SIZE],
            )
        )
    if any(
        img.dtype != torch.float32 for img in images
    ):  # the network's weights are float32: another dtype fails there
        odd = next(img.dtype for img in images if img.dtype != torch.float32)
        raise Fail(
            _("test images have dtype {dtype}; the training images are float32", dtype=str(odd).replace("torch.", "")),
            hint=_("transform the test images exactly like the training images (ToTensor gives float32)"),
        )
    got = torch.stack(images)
    idx = torch.tensor(positions)
    if close(got, ctx.test_x[idx]):
        labels = ctx.test_raw[1][idx].tolist()
        if obs["labels"] != labels:
            raise Fail(_("the images are right but their labels are not the test split's labels (or not integers)"))
        return
    if len(ctx.train_x) > max(positions) and close(got, ctx.train_x[idx]):
        raise Fail(
            _("the images at the sampled positions are training images, not test images"),
            hint=_("the dataset has a flag that chooses the split: make_test_set must ask for the test split"),
        )
    mean, std = got.mean().item(), got.std().item()
    lab_mean, lab_std = ctx.test_x[idx].mean().item(), ctx.test_x[idx].std().item()  # what the right images give
    if close(got, ctx.test_x[idx] * config.MNIST_STD + config.MNIST_MEAN):
        raise Fail(
            _(
                "the test images are not normalized: their pixels have mean {mean:.3f} and std {std:.3f}, "
                "the normalized images have about {lab_mean:.2f} and {lab_std:.2f}",
                mean=mean,
                std=std,
                lab_mean=lab_mean,
                lab_std=lab_std,
            ),
            hint=_("transform the test images exactly like the training images, normalization included"),
        )
    if all_among(got, ctx.train_x):
        raise Fail(
            _("the images at the sampled positions are training images (in another order), not test images"),
            hint=_("the dataset has a flag that chooses the split: make_test_set must ask for the test split"),
        )
    if all_among(got, ctx.test_x):
        raise Fail(
            _(
                "the images at the sampled positions are test images, but from other positions: the test set is "
                "shuffled or reordered"
            ),
            hint=_("return the whole test split in its own order (the loader shuffles where that is wanted)"),
        )
    raise Fail(
        _(
            "the test images differ from the MNIST test split normalized like the training set "
            "(sampled pixels: mean {mean:.3f}, std {std:.3f}; normalized like the training images, about "
            "{lab_mean:.2f} and {lab_std:.2f})",
            mean=mean,
            std=std,
            lab_mean=lab_mean,
            lab_std=lab_std,
        )
    )


def all_among(images: torch.Tensor, pool: torch.Tensor) -> bool:
    """Whether every image equals one of the pool's (at any position)."""
    distances = torch.cdist(
        images.flatten(1).float(), pool.flatten(1).float(), compute_mode="donot_use_mm_for_euclid_dist"
    )  # exact
    return bool((distances.amin(1) < 1e-3).all())


# ---- q2: fc1's input size -----------------------------------------------------------------------
def list_separator() -> str:
    """What separates the names in a list of them (", " in English)."""
    return pgettext("list separator", ", ")


def size_rules() -> str:
    """How each convolution and pooling of the lab changes an image's side, in words (q2's hint)."""
    rules = []
    for c in config.CONVS:
        # each phrase whole: the convolution's padding and its change of size are picked, then placed by the sentence
        padding = _("with padding {padding}", padding=c.padding) if c.padding else _("without padding")
        shorter = c.kernel - 1 - 2 * c.padding
        change = (
            _("makes each side {pixels} pixels shorter", pixels=shorter)
            if shorter > 0
            else _("keeps each side's size")
            if shorter == 0
            else _("makes each side {pixels} pixels longer", pixels=-shorter)
        )
        conv = (
            _("a {kernel}x{kernel} convolution {padding} {change}", kernel=c.kernel, padding=padding, change=change)
            if c.stride == 1
            else _(
                "a {kernel}x{kernel} convolution {padding} and stride {stride} turns a side of n into "
                "(n + {both_sides} - {kernel}) // {stride} + 1",
                kernel=c.kernel,
                padding=padding,
                stride=c.stride,
                both_sides=2 * c.padding,
            )
        )
        pool = (
            (
                _("a {pool}x{pool} pooling halves it", pool=c.pool)
                if c.pool == 2
                else _("a {pool}x{pool} pooling divides by {pool} it", pool=c.pool)
            )
            if c.pool == c.pool_stride
            else _(
                "a {pool}x{pool} pooling with stride {stride} turns a side of n into (n - {pool}) // {stride} + 1",
                pool=c.pool,
                stride=c.pool_stride,
            )
        )
        for rule in (conv, pool):
            if rule not in rules:
                rules.append(rule)
    return pgettext("clause separator", ", ").join(rules)


@check(
    "q2_fc1",
    points=2,
    hint=N_("follow one {side}x{side} image through conv1, pooling, conv2 and pooling and count the numbers left"),
    side=config.IMAGE_SIZE,
)
def fc1_size_and_parameter_counts(sub, ctx):
    obs = sub.structure()
    expected_in = config.fc1_in_features()
    if obs["fc1_in"] != expected_in:
        raise Fail(
            _(
                "fc1.in_features is {in_features}, which is not the number of features one image has after the "
                "second pooling",
                in_features=obs["fc1_in"],
            ),
            hint=_("{size_rules}; multiply by the number of channels", size_rules=size_rules()),
        )
    for layer, count in config.layer_param_counts().items():
        if obs["layers"][layer] != count:
            raise Fail(
                _(
                    "{layer} has {count:,} parameters, expected {expected:,}",
                    layer=layer,
                    count=obs["layers"][layer],
                    expected=count,
                ),
                hint=_("keep {layer} as the lab defines it", layer=layer),
            )
    total = sum(config.layer_param_counts().values())
    if obs["total"] != total:
        raise Fail(
            _(
                "the network has {count:,} parameters in all, expected {expected:,}: it has extra layers",
                count=obs["total"],
                expected=total,
            ),
            hint=_("the lab's network has exactly conv1, conv2, fc1, fc2 and out"),
        )


# ---- q3: the flatten ----------------------------------------------------------------------------
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
