"""The companion notebook of the student release: the lab's eight steps, each by calling `cnn_lab`'s functions.

Set-up and steps 1-4 are here; steps 5-8, the test accuracy and the last words in `notebook_training`."""

from __future__ import annotations

import math

import nbformat
from nbformat import v4

from ..i18n import _
from .cells import METADATA
from .cells import code as _code
from .cells import comment as _comment
from .cells import say as _say
from .notebook_training import training_cells


def _cells(lab: dict) -> list[tuple[str, str]]:
    """(cell type, source) of every cell, in the current language."""
    return [
        (
            "markdown",
            _(
                """\
# Build a convolutional neural network with PyTorch

In this lab you teach a small LeNet-style network to read handwritten digits ({dataset}).
The code lives in `cnn_lab.py`, next to this notebook; this notebook imports it and runs it step by step.
Whenever you change `cnn_lab.py`, restart the kernel (Kernel → Restart) so the new version is imported.

Training a network always takes the same eight steps, and this notebook follows them in order:

1. read the data (task 1: the test set);
2. define the network (task 2: `fc1`'s input size);
3. take a batch from the training set;
4. forward: pass the batch through the network (task 3: the flatten);
5. loss: measure how far the predictions are from the labels;
6. backward: backpropagation computes the gradient of the loss for every weight;
7. update: the optimizer moves every weight a little against its gradient (steps 4 to 7 on one batch are
   `train_step`, task 4);
8. repeat steps 3 to 7 for every batch of the training set (one epoch), for several epochs: that is training.

Last, the test accuracy tells how well the trained network reads digits it has never seen.""",
                dataset=lab["dataset"],
            ),
        ),
        (
            "markdown",
            _("""\
## Set-up

MNIST is read from the folder `DATA`; on first use torchvision downloads it there.
If you already have a copy, set the environment variable `CNNLAB_DATA` to that folder before starting Jupyter."""),
        ),
        (
            "code",
            _code(
                """\
import math
import os

import torch

import cnn_lab

$seed
torch.manual_seed(0)
$data
DATA = os.environ.get("CNNLAB_DATA", "data")""",
                seed=_comment(_("a fixed random seed: every run of this notebook gives the same numbers")),
                data=_comment(_("where MNIST is read from (and downloaded to, the first time)")),
            ),
        ),
        (
            "markdown",
            _(
                """\
## Step 1: read the data

`make_train_set` and `make_test_set` (task 1) return MNIST's two splits: the training set, which the network
learns from, and the test set, which it never sees while training and which measures it at the end.
Each sample is a pair: an image, a tensor of shape `[{channels}, {size}, {size}]`, and its label, the digit
it shows (0 to {last_digit}).""",
                channels=lab["channels"],
                size=lab["size"],
                last_digit=lab["classes"] - 1,
            ),
        ),
        (
            "code",
            _code(
                """\
train_set = cnn_lab.make_train_set(DATA)
test_set = cnn_lab.make_test_set(DATA)
n_train, n_test = len(train_set), len(test_set)
print($train_size)
print($test_size)

image, label = train_set[0]
image_shape = tuple(image.shape)
print($first_sample)""",
                train_size=_say(_("training set: {n_train:,} images")),
                test_size=_say(_("test set:     {n_test:,} images")),
                first_sample=_say(_("the first training image: shape {image_shape}, label {label}")),
            ),
        ),
        (
            "markdown",
            _("""\
## Step 2: define the network

`Network` creates its layers in `__init__` and chains them in `forward`. Printing a module lists its layers.
Below them comes every parameter, the weights and biases the network learns, with its name and shape:
a convolution's weight is shaped `[out channels, in channels, kernel height, kernel width]`,
a fully connected layer's `[out features, in features]`. Last, the number of parameters in all.
If `fc1`'s input size (task 2) does not fit what the convolutions leave of an image, the shapes here look
fine, but step 4 fails."""),
        ),
        (
            "code",
            _code(
                """\
network = cnn_lab.Network()
print(network)

$each
for name, param in network.named_parameters():
    print(f"{name:12} {tuple(param.shape)}")
n_params = sum(p.numel() for p in network.parameters())
print($total)""",
                each=_comment(_("every parameter, layer by layer, the weight before the bias")),
                total=_say(_("parameters in all: {n_params:,}")),
            ),
        ),
        (
            "markdown",
            _(
                """\
## Step 3: take a batch

`make_loaders` wraps the two sets in loaders. The training loader hands out the training images in batches
of `BATCH_SIZE`, shuffled into a new order every epoch; the test loader hands out the test images in order.
A batch is a pair: the images, shaped `[batch, {channels}, {size}, {size}]`, and their labels, shaped `[batch]`.
The pixels are normalized (`TRANSFORM` in `cnn_lab.py`): over a batch their mean is about 0 and their
standard deviation about 1, which helps training.""",
                channels=lab["channels"],
                size=lab["size"],
            ),
        ),
        (
            "code",
            _code(
                """\
train_loader, test_loader = cnn_lab.make_loaders(DATA)
images, labels = next(iter(train_loader))
batch_size, batch_shape, labels_shape = cnn_lab.BATCH_SIZE, tuple(images.shape), tuple(labels.shape)
print($batch_size)
print($images)
print($labels)
first_labels = labels[:10].tolist()
print($first_labels)
pixel_mean, pixel_std = images.mean().item(), images.std().item()
print($pixels)""",
                batch_size=_say(_("BATCH_SIZE = {batch_size}")),
                images=_say(_("one batch of images: {batch_shape}")),
                labels=_say(_("its labels:          {labels_shape}")),
                first_labels=_say(_("the first labels: {first_labels}")),
                pixels=_say(_("the batch's pixels: mean {pixel_mean:.2f}, standard deviation {pixel_std:.2f}")),
            ),
        ),
        (
            "markdown",
            _(
                """\
## Step 4: forward

Calling the network on a batch runs its `forward` (this needs task 3, the flatten). It returns {classes} scores
per image, one per digit: a tensor shaped `[batch, {classes}]`. The highest score is the network's prediction,
and `get_num_correct` counts the predictions that equal the labels. Scores are not probabilities yet:
softmax turns each image's {classes} scores into {classes} positive numbers that add up to 1.

Why is every probability about {chance} before training? The weights start small and random, so the {classes}
scores of an image come out nearly equal: the untrained network prefers no digit. Softmax of {classes} equal
scores gives each one 1/{classes} = {chance}. So the untrained network is right on about {chance_pct} of the
images, no better than guessing.""",
                classes=lab["classes"],
                chance=lab["chance"],
                chance_pct=lab["chance_pct"],
            ),
        ),
        (
            "code",
            _code(
                """\
scores = network(images)
scores_shape, n_classes = tuple(scores.shape), scores.shape[1]
print($scores)

probabilities = torch.softmax(scores, dim=1)
first_image = [round(p, 3) for p in probabilities[0].tolist()]
print($first_image)
lowest, highest, uniform = probabilities.min().item(), probabilities.max().item(), 1 / n_classes
print($spread)

n_correct, n_batch = cnn_lab.get_num_correct(scores, labels), len(labels)
print($correct)""",
                scores=_say(_("scores: {scores_shape}")),
                first_image=_say(_("probabilities for the first image: {first_image}")),
                spread=_say(
                    _(
                        "every probability in the batch lies between {lowest:.3f} and {highest:.3f}; "
                        "1/{n_classes} = {uniform:.3f}"
                    )
                ),
                correct=_say(_("correct in this batch: {n_correct} of {n_batch}")),
            ),
        ),
    ] + training_cells(lab)


def lab_notebook() -> str:
    """The notebook as nbformat v4 text in the current language, without outputs; the same text on every call."""
    from ..lab import config

    lab = {
        "dataset": config.DATASET,
        "channels": config.DATA["channels"],
        "size": config.IMAGE_SIZE,
        "classes": config.NUM_CLASSES,
        "chance": f"{1 / config.NUM_CLASSES:.2g}",
        "chance_pct": f"{1 / config.NUM_CLASSES:.0%}",
        "chance_loss": f"{math.log(config.NUM_CLASSES):.2f}",
        "lr": f"{config.ACCURACY['lr']:g}",
        "test_size": config.TEST_SET_SIZE,
    }
    makers = {"markdown": v4.new_markdown_cell, "code": v4.new_code_cell}
    cells = []
    for n, (kind, source) in enumerate(_cells(lab), 1):
        cell_id = f"cell-{n:02d}"  # by position, so the text is the same on every call
        if kind == "code":
            try:  # a translation that breaks a printed string fails here, naming the cell, not in a student's kernel
                compile(source, cell_id, "exec")
            except SyntaxError as exc:
                raise ValueError(f"the notebook's {cell_id} does not compile: {exc}") from None
        cells.append(makers[kind](source, id=cell_id))
    return nbformat.writes(v4.new_notebook(cells=cells, metadata=METADATA))
