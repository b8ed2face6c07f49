"""The public checks. Each is a small function with its question, points, visibility and hint attached.

A check gets `sub` (the narrow interface of harness.InProcess, or the grader's sandboxed twin) and
`ctx` (the judge's own data), and raises Fail with what it observed when the submission is wrong.

Inputs: the student's self-check uses the fixed inputs written here (and the outputs shipped with
them). When grading, `ctx.draw` holds a secret seed, new for every hand-in and every run, and every
check draws its inputs from it (positions, weights, batches, learning rates), so an answer tabulated
for any input known in advance earns nothing; the judge computes the expected answers itself.
"""

from __future__ import annotations

import copy
import hashlib
import itertools
import json
import math
import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Callable

import torch
import torch.nn.functional as F

from . import config
from .data import load_split, normalize
from .harness import StudentError, load_params, probe_model, state_digest
from .i18n import N_, _, pgettext


@dataclass(frozen=True)
class Check:
    name: str
    question: str
    points: float
    hidden: bool
    hint: str
    """English, the catalogue's message id: the runner shows it translated (`shown_hint`)."""
    func: Callable
    hint_fields: tuple = ()
    """(name, value) of the hint's {fields}, filled in after it is translated."""

    def shown_hint(self) -> str:
        """The hint in the current language."""
        return _(self.hint, **dict(self.hint_fields))


CHECKS: list[Check] = []


def check(question: str, points: float, hint: str, hidden: bool = False, **hint_fields):
    """Register a check function under its question with its points, visibility and default hint (English,
    marked N_("..."); its {fields} given as keywords)."""
    assert question in config.QUESTIONS, question

    def register(func):
        CHECKS.append(Check(func.__name__, question, points, hidden, hint, func, tuple(hint_fields.items())))
        return func
    return register


class Fail(AssertionError):
    """The check observed something wrong; `hint` overrides the check's default hint. Both are shown as they
    are: the check that raises one writes them in the current language (`_`)."""

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.message, self.hint = message, hint


class Draw:
    """Inputs drawn at grading time from a secret seed (os.urandom): the submission cannot know them before
    it is graded. The checks are exact, so an honest score does not depend on the draw; the seed is kept
    staff-side so that one grading can be replayed exactly."""

    def __init__(self, seed: str | None = None):
        self.seed = seed or os.urandom(16).hex()

    def generator(self, purpose: str) -> torch.Generator:
        """A generator of its own for each purpose: what one check draws does not shift another's inputs."""
        digest = hashlib.sha256(f"{self.seed}|{purpose}".encode()).digest()
        return torch.Generator().manual_seed(int.from_bytes(digest[:8], "little") >> 1)


def uniform(gen: torch.Generator, low: float, high: float) -> float:
    return low + (high - low) * float(torch.rand((), generator=gen, dtype=torch.float64))


def integer(gen: torch.Generator, low: int, high: int) -> int:
    """An integer in [low, high]."""
    return int(torch.randint(low, high + 1, (), generator=gen))


def batch_size(gen: torch.Generator, low: int, high: int) -> int:
    """A batch size in [low, high] that is no multiple of fc1's input size: messages mask those multiples
    (they would hand over task 2's answer), and "a batch of …" would tell the student nothing."""
    while (size := integer(gen, low, high)) % config.fc1_in_features() == 0:
        pass
    return size


class Context:
    """The judge's side: the data root, the device, MNIST read once per process, and where the inputs come
    from: `draw` (grading: fresh inputs) with `lab_forward` (the judge's forward, which computes what they
    should give), or neither (the self-check: the fixed inputs and the outputs shipped with them)."""

    def __init__(self, root, device: str = "cpu", evaluate: Callable | None = None, draw: Draw | None = None,
                 lab_forward: Callable | None = None):
        self.root, self.device = str(root), device
        self._evaluate = evaluate
        self.draw, self.lab_forward = draw, lab_forward

    def with_draw(self, draw: Draw) -> "Context":
        """This context (MNIST already read, shared) with another hand-in's draw."""
        other = copy.copy(self)
        other.draw = draw
        return other

    @cached_property
    def test_raw(self):
        return load_split(self.root, train=False, download=False)

    @cached_property
    def test_x(self):
        return normalize(self.test_raw[0])

    @cached_property
    def train_raw(self):
        return load_split(self.root, train=True, download=False)

    @cached_property
    def train_x(self):
        return normalize(self.train_raw[0])

    def accuracy(self, sub, state) -> float:
        """Test accuracy of trained weights: the judge's own forward when it has one, else the submission's."""
        if self._evaluate is None:
            raise Fail(_("no evaluator configured"))
        return self._evaluate(self, sub, state)

    def generator(self, purpose: str) -> torch.Generator:
        if self.draw is None:
            raise RuntimeError(f"{purpose}: inputs drawn for grading need a draw (Context(draw=Draw()))")
        return self.draw.generator(purpose)


def close(a: torch.Tensor, b: torch.Tensor, tol: float = 1e-4) -> bool:
    return a.shape == b.shape and torch.allclose(a.float(), b.float(), atol=tol, rtol=tol)


def scaled_weights(draw: Callable, gain: float = 1.0) -> dict[str, torch.Tensor]:
    """The lab network's parameters from `draw(shape)`, weights scaled by their fan-in, biases kept small."""
    return {name: draw(shape) * gain * math.prod(shape[1:]) ** -0.5 if name.endswith(".weight") else draw(shape) * 0.1
            for name, shape in config.param_shapes().items()}


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


@check("q1_test_set", points=2,
       hint=N_("build the test split the way make_train_set builds the training split, with the same transform"))
def test_set_is_the_normalized_test_split(sub, ctx):
    positions = test_set_positions(ctx)
    try:
        obs = sub.test_set(ctx.root, positions)
    except StudentError as exc:
        if exc.kind == "error" and ("Dataset not found" in exc.message or "Error downloading" in exc.message):
            raise Fail(_("make_test_set found no MNIST where it looked: {error}", error=exc.message),
                       hint=_("pass make_test_set's root argument on to the dataset: MNIST is there, and grading has no "
                              "network")) from None
        raise
    if obs["root"]:  # the folder it read, when not the root it was given
        # it may work where that folder happens to hold MNIST (a self-check), never in grading
        raise Fail(_("make_test_set read MNIST from {folder!r}, not from the root it was given", folder=obs["root"]),
                   hint=_("pass make_test_set's root argument on to the dataset, as make_train_set does"))
    if obs["length"] != config.TEST_SET_SIZE:
        raise Fail(_("the test set has {length:,} samples; the MNIST test split has {size:,}",
                     length=obs["length"], size=config.TEST_SET_SIZE),
                   hint=_("the training split is the larger one: ask the dataset for the other split"))
    bad = [t for t in obs["types"] if t.split(",")[0] != "Tensor"]
    if bad:
        raise Fail(_("a test sample's image is of type {type}, not a tensor", type=bad[0].split(",")[0]),
                   hint=_("the images need the same transform as the training images (ToTensor, then Normalize)"))
    images = obs["images"]
    if any(img.shape != (1, config.IMAGE_SIZE, config.IMAGE_SIZE) for img in images):
        raise Fail(_("a test image has shape {shape}; expected {expected}", shape=list(images[0].shape),
                     expected=[config.DATA["channels"], config.IMAGE_SIZE, config.IMAGE_SIZE]))
    if any(img.dtype != torch.float32 for img in images):  # the network's weights are float32: another dtype fails there
        odd = next(img.dtype for img in images if img.dtype != torch.float32)
        raise Fail(_("test images have dtype {dtype}; the training images are float32",
                     dtype=str(odd).replace("torch.", "")),
                   hint=_("transform the test images exactly like the training images (ToTensor gives float32)"))
    got = torch.stack(images)
    idx = torch.tensor(positions)
    if close(got, ctx.test_x[idx]):
        labels = ctx.test_raw[1][idx].tolist()
        if obs["labels"] != labels:
            raise Fail(_("the images are right but their labels are not the test split's labels (or not integers)"))
        return
    if len(ctx.train_x) > max(positions) and close(got, ctx.train_x[idx]):
        raise Fail(_("the images at the sampled positions are training images, not test images"),
                   hint=_("the dataset has a flag that chooses the split: make_test_set must ask for the test split"))
    mean, std = got.mean().item(), got.std().item()
    lab_mean, lab_std = ctx.test_x[idx].mean().item(), ctx.test_x[idx].std().item()  # what the right images give
    if close(got, ctx.test_x[idx] * config.MNIST_STD + config.MNIST_MEAN):
        raise Fail(_("the test images are not normalized: their pixels have mean {mean:.3f} and std {std:.3f}, "
                     "the normalized images have about {lab_mean:.2f} and {lab_std:.2f}",
                     mean=mean, std=std, lab_mean=lab_mean, lab_std=lab_std),
                   hint=_("transform the test images exactly like the training images, normalization included"))
    if all_among(got, ctx.train_x):
        raise Fail(_("the images at the sampled positions are training images (in another order), not test images"),
                   hint=_("the dataset has a flag that chooses the split: make_test_set must ask for the test split"))
    if all_among(got, ctx.test_x):
        raise Fail(_("the images at the sampled positions are test images, but from other positions: the test set is "
                     "shuffled or reordered"),
                   hint=_("return the whole test split in its own order (the loader shuffles where that is wanted)"))
    raise Fail(_("the test images differ from the MNIST test split normalized like the training set "
                 "(sampled pixels: mean {mean:.3f}, std {std:.3f}; normalized like the training images, about "
                 "{lab_mean:.2f} and {lab_std:.2f})", mean=mean, std=std, lab_mean=lab_mean, lab_std=lab_std))


def all_among(images: torch.Tensor, pool: torch.Tensor) -> bool:
    """Whether every image equals one of the pool's (at any position)."""
    distances = torch.cdist(images.flatten(1).float(), pool.flatten(1).float(), compute_mode="donot_use_mm_for_euclid_dist")  # exact
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
        change = (_("makes each side {pixels} pixels shorter", pixels=shorter) if shorter > 0
                  else _("keeps each side's size") if shorter == 0
                  else _("makes each side {pixels} pixels longer", pixels=-shorter))
        conv = (_("a {kernel}x{kernel} convolution {padding} {change}", kernel=c.kernel, padding=padding, change=change)
                if c.stride == 1
                else _("a {kernel}x{kernel} convolution {padding} and stride {stride} turns a side of n into "
                       "(n + {both_sides} - {kernel}) // {stride} + 1",
                       kernel=c.kernel, padding=padding, stride=c.stride, both_sides=2 * c.padding))
        pool = ((_("a {pool}x{pool} pooling halves it", pool=c.pool) if c.pool == 2
                 else _("a {pool}x{pool} pooling divides by {pool} it", pool=c.pool))
                if c.pool == c.pool_stride
                else _("a {pool}x{pool} pooling with stride {stride} turns a side of n into (n - {pool}) // {stride} + 1",
                       pool=c.pool, stride=c.pool_stride))
        for rule in (conv, pool):
            if rule not in rules:
                rules.append(rule)
    return pgettext("clause separator", ", ").join(rules)


@check("q2_fc1", points=2, hint=N_("follow one {side}x{side} image through conv1, pooling, conv2 and pooling and count "
                                   "the numbers left"), side=config.IMAGE_SIZE)
def fc1_size_and_parameter_counts(sub, ctx):
    obs = sub.structure()
    expected_in = config.fc1_in_features()
    if obs["fc1_in"] != expected_in:
        raise Fail(_("fc1.in_features is {in_features}, which is not the number of features one image has after the "
                     "second pooling", in_features=obs["fc1_in"]),
                   hint=_("{size_rules}; multiply by the number of channels", size_rules=size_rules()))
    for layer, count in config.layer_param_counts().items():
        if obs["layers"][layer] != count:
            raise Fail(_("{layer} has {count:,} parameters, expected {expected:,}",
                         layer=layer, count=obs["layers"][layer], expected=count),
                       hint=_("keep {layer} as the lab defines it", layer=layer))
    total = sum(config.layer_param_counts().values())
    if obs["total"] != total:
        raise Fail(_("the network has {count:,} parameters in all, expected {expected:,}: it has extra layers",
                     count=obs["total"], expected=total),
                   hint=_("the lab's network has exactly conv1, conv2, fc1, fc2 and out"))


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
                raise Fail(_("forward returned an error for a batch of {batch} but works for {working}: {error}",
                             batch=b, working=working[0], error=err),
                           hint=_("the flatten seems to use a fixed batch size; take the batch size from the input"))
            raise Fail(_("forward raised an error for every batch size: {error}", error=err),
                       hint=_("after the second pooling t is [batch, channels, height, width]; fc1 needs [batch, features]"))
        if out.shape != (b, config.NUM_CLASSES):
            raise Fail(_("forward returned shape {shape} for a batch of {batch}; expected [{batch}, {classes}]",
                         shape=list(out.shape), batch=b, classes=config.NUM_CLASSES),
                       hint=_("keep the batch dimension and flatten only the others"))
    return obs["outputs"]


def same_as_lab(out: torch.Tensor, expected: torch.Tensor, inputs: str) -> None:
    """Fails, naming the likely cause, when forward's output is not the lab network's. `inputs` names them (a
    phrase in the current language)."""
    if close(out, expected):
        return
    if close(out, torch.softmax(expected, 1)):
        raise Fail(_("forward returns probabilities (a softmax of the scores) on {inputs}, not the raw scores",
                     inputs=inputs),
                   hint=_("return out's raw scores: the cross-entropy loss applies the softmax itself"))
    if close(out, torch.log_softmax(expected, 1)):
        raise Fail(_("forward returns log-probabilities (a log_softmax of the scores) on {inputs}, not the raw scores",
                     inputs=inputs),
                   hint=_("return out's raw scores: the cross-entropy loss that train_step is given applies log_softmax "
                          "itself"))
    if close(out, torch.relu(expected)):
        raise Fail(_("forward's outputs on {inputs} are the lab network's with the negative scores set to 0", inputs=inputs),
                   hint=_("no activation after the last layer: return out's raw scores"))
    raise Fail(_("with fixed weights, forward's outputs differ from the lab network's on {inputs}", inputs=inputs),
               hint=_("flatten in the tensor's own order (no permute or transpose), and keep the rest of forward as the "
                      "lab gives it: ReLU and pooling after each convolution, ReLU after fc1 and fc2, nothing after out"))


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


@check("q3_flatten", points=1,
       hint=N_("flatten everything but the batch dimension, in the tensor's own order, whatever the batch size"))
def forward_computes_the_lab_network(sub, ctx):
    state, sizes, batches, inputs, expected = flatten_inputs(ctx)
    *outputs, fixed = forward_outputs(sub, state, batches + [inputs])
    outputs = dict(zip(sizes, outputs))
    first = outputs[1][0]
    for b, out in outputs.items():
        if not close(out[0], first):
            raise Fail(_("the output for the first image changes when it is in a batch of {batch} instead of alone: "
                         "the flatten mixes samples of the batch", batch=b),
                       hint=_("each row after the flatten must hold the features of one image only"))
    small, large = sizes[1], sizes[-1]
    if not close(outputs[large][:small], outputs[small]):
        raise Fail(_("the outputs for the same {small} images differ between a batch of {small} and a batch of {large}: "
                     "the flatten mixes samples", small=small, large=large),
                   hint=_("each row after the flatten must hold the features of one image only"))
    same_as_lab(fixed, expected, _("the public check's inputs"))
    if ctx.lab_forward is not None:  # grading: the test images too
        same_as_lab(outputs[large], ctx.lab_forward(state, batches[-1]), _("a batch of test images"))


# ---- q4: the training step ----------------------------------------------------------------------
def sgd_step(forward: Callable, state: dict, x: torch.Tensor, y: torch.Tensor, lr: float) -> tuple[dict, float, int]:
    """One plain SGD step of `forward(weights, x)` on the cross-entropy of (x, y): (the weights after it, the loss
    and the number correct before it). q4 checks it on the probe model, q5 on the lab's network."""
    params = {k: v.detach().float().clone().requires_grad_(True) for k, v in state.items()}
    preds = forward(params, x)
    loss = F.cross_entropy(preds, y)
    grads = torch.autograd.grad(loss, list(params.values()))
    after = {k: (p - lr * g).detach() for (k, p), g in zip(params.items(), grads)}
    return after, loss.item(), int(preds.argmax(1).eq(y).sum())


def expected_sgd(state, batch, lr, calls):
    """What `calls` plain SGD steps on one batch give: weights after each, loss and correct count before each."""
    model = probe_model()
    forward = lambda params, x: torch.func.functional_call(model, params, (x,))  # noqa: E731
    afters, losses, corrects = [], [], []
    for _ in range(calls):
        state, loss, correct = sgd_step(forward, state, *batch, lr)
        afters.append(state)
        losses.append(loss)
        corrects.append(correct)
    return afters, losses, corrects


def states_close(a: dict, b: dict, tol: float = 1e-5) -> bool:
    return a.keys() == b.keys() and all(close(a[k], b[k], tol) for k in a)


def probe_weights(gen: torch.Generator) -> dict[str, torch.Tensor]:
    """Start weights for the probe model from a private generator: grading threads share torch's global one."""
    return {k: (torch.rand(v.shape, generator=gen) * 2 - 1) / max(1, v[0].numel()) ** 0.5
            for k, v in probe_model().named_parameters()}


MIN_GRAD_NORM = 1.5
"""A drawn q4 batch's gradients are at least this large (clip_grad_norm_(..., 1.0) is the usual clipping)."""


OWN_LEARNING_RATES = {0.1, 0.01, 0.001, 0.05, 0.005, 0.03, 0.3, 1.0, round(config.ACCURACY["lr"], 3)}
"""Learning rates a train_step's own SGD usually has (the lab's among them): a step of one of these names it."""


def whole_multiple(factor: float, tol: float) -> bool:
    """Whether `factor` is within `tol` of 1, 2, 3...: a second step or backward pass, not another learning rate."""
    return round(factor) >= 1 and abs(factor - round(factor)) <= tol


def telling_rate(lr: float) -> bool:
    """A q4 learning rate that is not the lab's own and of which no rate an optimizer of the step's own commonly has
    is a whole multiple: a step with such an optimizer shows, and is named, whatever its rate."""
    return lr != config.ACCURACY["lr"] and not any(whole_multiple(r / lr, 0.02) for r in OWN_LEARNING_RATES)


PUBLIC_STEP_BATCH = 32
"""The self-check's q4 batch size: never drawn when grading (a train_step keyed to it would pass by chance)."""


def train_step_inputs(ctx, purpose: str | None = None) -> tuple[dict, tuple, float]:
    """(probe weights, batch, learning rate) for a q4 check: the self-check's fixed ones, or drawn for
    `purpose`: 24-48 test images at drawn positions, on which the probe gets some but not all right (so a
    fraction returned instead of a count shows), one honest step lowers the loss and changes the count (so a count
    taken after the step shows) and clipping shows, and a learning rate that
    is not the lab's own (so a step with an optimizer of the step's own shows)."""
    if purpose is None:
        start, idx = probe_weights(torch.Generator().manual_seed(0)), torch.arange(PUBLIC_STEP_BATCH)
        return start, (ctx.test_x[idx], ctx.test_raw[1][idx]), 0.03
    gen = ctx.generator(purpose)
    while not telling_rate(lr := round(uniform(gen, 0.02, 0.08), 4)):
        pass
    for _ in range(100):
        start = probe_weights(gen)
        while (size := batch_size(gen, 24, 48)) == PUBLIC_STEP_BATCH:  # a step only on the self-check's size shows
            pass
        idx = torch.randperm(len(ctx.test_x), generator=gen)[:size]
        batch = (ctx.test_x[idx], ctx.test_raw[1][idx])
        afters, losses, corrects = expected_sgd(start, batch, lr, calls=2)
        grad_norm = sum(float((start[k] - afters[0][k]).pow(2).sum()) for k in start) ** 0.5 / lr
        # the check needs a step that lowers the loss, and gradients large enough that clipping them to 1 shows
        # and one that changes the count, so a count taken after the step shows; no prediction near a tie before
        # or after the step, so a last digit rounded otherwise cannot change a count
        if (2 <= corrects[0] <= len(idx) - 2 and corrects[1] != corrects[0] and losses[1] < losses[0]
                and grad_norm > MIN_GRAD_NORM and clear_predictions(start, batch[0]) and clear_predictions(afters[0], batch[0])):
            break
    return start, batch, lr


TIE_MARGIN = 1e-3
"""Least gap between an image's two largest scores in a drawn q4 batch."""


def clear_predictions(state: dict, x: torch.Tensor) -> bool:
    """Whether the probe with `state` scores every image of `x` with a clear largest score."""
    model = probe_model()
    load_params(model, state)
    with torch.no_grad():
        top = model(x).topk(2, dim=1).values
    return bool((top[:, 0] - top[:, 1] > TIE_MARGIN).all())


def step_factor(start: dict, got: dict, expected: dict) -> float | None:
    """k when the weights moved by k times the expected SGD step (the same k for every parameter), else None."""
    step = {n: start[n] - expected[n] for n in start}
    moved = {n: start[n] - got[n] for n in start}
    norm = sum(float((s * s).sum()) for s in step.values())
    if not norm:
        return None
    k = sum(float((moved[n] * step[n]).sum()) for n in start) / norm
    return k if states_close(moved, {n: k * s for n, s in step.items()}) else None



def sign_step(start: dict, got: dict, expected: dict) -> float | None:
    """c when every weight with a gradient moved by c against its sign (Adam's first step), else None."""
    moved = torch.cat([(start[n] - got[n]).flatten() for n in start])
    step = torch.cat([(start[n] - expected[n]).flatten() for n in start])
    mask = step.abs() > step.abs().max() * 1e-3
    if not mask.any():
        return None
    ratio = moved[mask] / step[mask].sign()
    size = ratio.median()
    return float(size) if size > 0 and torch.allclose(ratio, size.expand_as(ratio), rtol=0.05, atol=0) else None


def verify_train_step(sub, ctx, start, batch, lr):
    obs = sub.train_step(start, batch, lr, calls=2)
    afters, losses, corrects = expected_sgd(start, batch, lr, calls=2)
    first, second = obs["after"]
    if states_close(first, start, 0):
        if states_close(second, afters[0]):
            raise Fail(_("the first call left the weights unchanged and the second moved them by the first call's "
                         "gradient: the step runs before the gradients of this batch exist"),
                       hint=_("optimizer.step() uses the gradients that backward() computes, so it comes after it"))
        raise Fail(_("a call to train_step left the weights unchanged"),
                   hint=_("after computing the loss, backpropagate it, then let the optimizer take its step, "
                          "with nothing clearing the gradients in between"))
    if not states_close(first, afters[0]):
        factor = step_factor(start, first, afters[0])
        if factor is not None and abs(factor - len(batch[1])) < 0.01 * len(batch[1]):
            raise Fail(_("one call moved the weights by {factor:.3g} times one SGD step, as many times as the batch has "
                         "images: the loss is summed over the batch, not averaged", factor=factor),
                       hint=_("use the loss function passed to train_step as it is (it averages over the batch)"))
        if factor is not None:  # too small: scaled or clipped; larger: an optimizer of its own, a second step or backward
            fields = dict(factor=factor, lr=lr, own_lr=factor * lr)
            # a whole factor is a second step or backward pass, not another learning rate
            own = not whole_multiple(factor, 0.01) and round(factor * lr, 3) in OWN_LEARNING_RATES
            if factor < 1:
                raise Fail(_("one call moved the weights by only {factor:.3g} times one SGD step of the optimizer "
                             "train_step was given (learning rate {lr}): an SGD optimizer of train_step's own, with "
                             "learning rate {own_lr:.3g}, took the step", **fields) if own
                           else _("one call moved the weights by only {factor:.3g} times one SGD step of the optimizer "
                                  "train_step was given (learning rate {lr})", **fields),
                           hint=_("step with the optimizer passed to train_step as it is (not one of your own, its "
                                  "learning rate unchanged), on the gradients as backward leaves them (nothing scaled "
                                  "or clipped)"))
            raise Fail(_("one call moved the weights by {factor:.3g} times one SGD step of the optimizer train_step "
                         "was given (learning rate {lr}): an SGD optimizer of train_step's own, with learning rate "
                         "{own_lr:.3g}, took the step", **fields) if own
                       else _("one call moved the weights by {factor:.3g} times one SGD step of the optimizer "
                              "train_step was given (learning rate {lr})", **fields),
                       hint=_("take exactly one step, with the optimizer passed to train_step, after one backward pass"))
        size = sign_step(start, first, afters[0])
        if size is not None:
            raise Fail(_("one call moved every weight by the same amount ({size:.3g}) against the sign of its gradient: "
                         "the first step of Adam (or another adaptive optimizer) built inside train_step, not a step of "
                         "the SGD optimizer train_step was given", size=size),
                       hint=_("step with the optimizer passed to train_step; do not build one of your own"))
        raise Fail(_("after one call the weights did not move by exactly -lr x gradient of the batch's loss"),
                   hint=_("one call takes exactly one plain SGD step on this batch's cross-entropy loss"))
    if not states_close(second, afters[1]):
        # with accumulation the second step uses g0 + g1, i.e. it adds the first step's move again
        accumulated = {k: afters[1][k] - (start[k] - afters[0][k]) for k in first}
        if states_close(second, accumulated):
            raise Fail(_("the second call moved the weights by the sum of both calls' gradients: gradients accumulate"),
                       hint=_("clear the previous gradients in every call before backpropagating"))
        raise Fail(_("the second call did not take exactly one SGD step from where the first call left the weights"),
                   hint=_("one call takes exactly one plain SGD step on this batch's loss"))
    # the second call's numbers on the weights the first call left (checked above to be one SGD step away from the
    # judge's): the judge's own step may round a last digit differently
    model = probe_model()
    load_params(model, first)
    with torch.no_grad():
        preds = model(batch[0])
    second = (F.cross_entropy(preds, batch[1]).item(), int(preds.argmax(1).eq(batch[1]).sum()))
    for call, ((loss_value, correct), (loss, count)) in enumerate(zip(obs["returned"], [(losses[0], corrects[0]), second]), 1):
        verify_returned(call, loss_value, correct, loss, count)
    with torch.no_grad():  # the "one call lowers the loss", stated as a check of its own
        if not F.cross_entropy(model(batch[0]), batch[1]).item() < losses[0]:
            raise Fail(_("the loss on the batch did not go down after one call"),
                       hint=_("step against the gradient, not along it"))


def verify_returned(call: int, loss_value, correct, loss: float, count: int) -> None:
    """What call number `call` returned against the batch's loss and correct count before its step (each call
    returns its own batch's numbers: a running total or a value kept from an earlier call shows on the second)."""
    if correct == "":  # not a pair: "<3 values>", "<NoneType>", "<float>"
        what = str(loss_value).strip("<>")
        hint = _("return exactly two values, the loss's value and the number of correct predictions, as plain Python "
                 "numbers")
        if what == "NoneType":
            raise Fail(_("train_step returned None; expected two: the loss value and the number correct"), hint=hint)
        if what.endswith(" values"):
            raise Fail(_("train_step returned {count} values; expected two: the loss value and the number correct",
                         count=what.removesuffix(" values")), hint=hint)
        raise Fail(_("train_step returned one {type}; expected two: the loss value and the number correct", type=what),
                   hint=hint)
    if isinstance(loss_value, str) or isinstance(correct, str):
        raise Fail(_("train_step returned ({loss_value}, {correct}); expected two Python numbers",
                     loss_value=loss_value, correct=correct),
                   hint=_("return the loss's value and the count as plain Python numbers, not tensors (.item() gives one)"))
    if not abs(loss_value - loss) <= 1e-4 * max(1.0, abs(loss)):  # NaN included
        raise Fail(_("train_step returned the loss value {loss_value}; expected the batch's loss before the step",
                     loss_value=loss_value) if call == 1
                   else _("train_step returned the loss value {loss_value} on the second call; expected the batch's loss "
                          "before the step", loss_value=loss_value),
                   hint=_("return the value of the loss computed on this batch in this call"))
    if correct != count:
        raise Fail(_("train_step returned {correct:g} correct predictions for a batch whose predictions were right "
                     "{count} times", correct=correct, count=count) if call == 1
                   else _("train_step returned {correct:g} correct predictions on the second call for a batch whose "
                          "predictions were right {count} times", correct=correct, count=count),
                   hint=_("count this call's predictions (before the step) whose largest score is at the true label"))


@check("q4_train_step", points=1, hint=N_("unpack the batch, compute the loss, zero the gradients, backpropagate, take one "
                                         "optimizer step; return the loss's value and the number of correct predictions"))
def one_sgd_step(sub, ctx):
    verify_train_step(sub, ctx, *train_step_inputs(ctx, None if ctx.draw is None else "q4 public"))


# ---- q5: accuracy after training ----------------------------------------------------------------
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
    fan_in = {name.rsplit(".", 1)[0]: math.prod(shape[1:]) for name, shape in shapes.items() if name.endswith(".weight")}
    return {name: (torch.rand(shape, generator=gen) * 2 - 1) * fan_in[name.rsplit(".", 1)[0]] ** -0.5
            for name, shape in shapes.items()}


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
        raise Fail(_("training did not start from the weights the grader put into the network"),
                   hint=_("q5 trains your Network from weights the grader sets: do not load or replace weights "
                          "in __init__ or train_step"))
    final = {k: obs["state"][k] for k in init}
    if state_digest(final) != digests[-1]:
        raise Fail(_("the weights returned after training are not those the last training step left"),
                   hint=_("q5 trains your Network with your train_step: do not replace its weights"))
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
            raise Fail(_("the weights shown for training step {step} are not those the training reported", step=t + 1),
                       hint=_("q5 trains your Network with your train_step: do not replace its weights"))
        idx = order[t // per_epoch][(t % per_epoch) * batch: (t % per_epoch + 1) * batch]
        expected = sgd_step(ctx.lab_forward, before, x[idx], y[idx], cfg["lr"])[0]
        if not states_close(after, expected):
            frozen = sorted({k.rsplit(".", 1)[0] for k in before if torch.equal(after[k], before[k])
                             and not torch.equal(expected[k], before[k])})
            if frozen and len(frozen) < len({k.rsplit(".", 1)[0] for k in before}):
                fields = dict(step=t + 1, steps=last + 1, layers=list_separator().join(frozen))
                raise Fail(_("training step {step} of {steps} left {layers} unchanged while the other layers moved: "
                             "the gradient does not reach them", **fields) if len(frozen) > 1
                           else _("training step {step} of {steps} left {layers} unchanged while the other layers moved: "
                                  "the gradient does not reach it", **fields),
                           hint=_("something in forward cuts the graph between the layers (.detach(), .numpy(), "
                                  "torch.tensor() or .data of an activation): keep every step a tensor operation"))
            raise Fail(_("training step {step} of {steps} was not one plain SGD step of the lab's network on its batch",
                         step=t + 1, steps=last + 1),
                       hint=_("each call of train_step takes exactly one step of the optimizer it is given, on the batch "
                              "it is given, with the lab's forward; q3 and q4 show which part differs"))


@check("q5_accuracy", points=2, hint=N_("make q2-q4 pass first: this trains your Network with your train_step, "
                                       "then scores the weights with the lab network's forward pass"))
def accuracy_after_training(sub, ctx):
    cfg = config.ACCURACY
    init, order, seed = training_inputs(ctx)
    obs = sub.train(ctx.root, init=init, order=order, seed=seed, device=ctx.device, batch_size=cfg["batch_size"],
                    lr=cfg["lr"])
    accuracy = ctx.accuracy(sub, obs["state"])  # first: it names missing or misshapen weights
    verify_training(sub, ctx, init, order, obs)
    if not accuracy >= cfg["threshold"]:
        raise Fail(_("test accuracy {accuracy:.2%} after {epochs} epochs on {images:,} training images; "
                     "needs at least {threshold:.0%}",
                     accuracy=accuracy, epochs=cfg["epochs"], images=cfg["train_images"], threshold=cfg["threshold"]))
