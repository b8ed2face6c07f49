"""q1, task 1: the test set is MNIST's test split, normalized as the training set is."""

from __future__ import annotations

import torch

from ..i18n import N_, _
from ..lab import config
from ..outcomes import StudentError
from .framework import Fail, check, close, integer

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
