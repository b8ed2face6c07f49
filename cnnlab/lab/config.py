"""The lab's numbers, read from its spec (lab.json, derived from the reference by `cnnlab release`), each named once."""

import json
import math
import os
from typing import NamedTuple

from ..i18n import N_
from . import SPEC_ENV, spec_path, spec_text

SPEC_PATH = spec_path()


class SpecUnreadable(RuntimeError):
    """The lab's spec is missing or broken: every command says so in one line."""


try:
    SPEC = json.loads(spec_text())
    SPEC["network"]["convs"], SPEC["accuracy"]["epochs"]  # noqa: B018  (the parts every reader needs)
except (OSError, ValueError, KeyError, TypeError) as exc:
    where = f"${SPEC_ENV} names {SPEC_PATH}" if os.environ.get(SPEC_ENV) else f"the lab's spec {SPEC_PATH}"
    raise SpecUnreadable(
        f"{where}, which cannot be read ({type(exc).__name__}: {exc}); restore it from git "
        f"(`git checkout cnnlab/lab/lab.json`) or unset ${SPEC_ENV}, then run `cnnlab release`"
    ) from None


class Conv(NamedTuple):
    name: str
    cin: int
    cout: int
    kernel: int
    stride: int
    padding: int
    pool: int
    pool_stride: int


DATA = SPEC["data"]
MNIST_MEAN, MNIST_STD = DATA["mean"], DATA["std"]
IMAGE_SIZE = DATA["image_size"]
NUM_CLASSES = DATA["classes"]
TEST_SET_SIZE = DATA["test_size"]
DATASET = DATA["dataset"]

# The lab's network: the convolutions (each with its ReLU and max-pooling), then (name, in, out) per linear layer.
CONVS = tuple(
    Conv(c["name"], c["in"], c["out"], c["kernel"], c["stride"], c["padding"], c["pool"], c["pool_stride"])
    for c in SPEC["network"]["convs"]
)
LINEARS = tuple((c["name"], c["in"], c["out"]) for c in SPEC["network"]["linears"])
LAYERS = tuple(c.name for c in CONVS) + tuple(name for name, *_ in LINEARS)
MODULES = SPEC["network"].get("modules", {})
"""Each module attribute the reference's forward calls: {"single": one module or a block, "layers": [...]}."""


def fc1_in_features() -> int:
    """Features left after the convolutions and their pooling, for one image (task 2's answer)."""
    return SPEC["answers"]["fc1_in_features"]


def param_shapes() -> dict[str, tuple[int, ...]]:
    """Each parameter of the lab's network and its shape, layer by layer, weight before bias."""
    shapes = {}
    for c in CONVS:
        shapes[f"{c.name}.weight"], shapes[f"{c.name}.bias"] = (c.cout, c.cin, c.kernel, c.kernel), (c.cout,)
    for name, fin, fout in LINEARS:
        shapes[f"{name}.weight"], shapes[f"{name}.bias"] = (fout, fin), (fout,)
    return shapes


def layer_param_counts() -> dict[str, int]:
    """Weights plus biases per layer of the lab's network."""
    counts = dict.fromkeys(LAYERS, 0)
    for param, shape in param_shapes().items():
        counts[param.split(".")[0]] += math.prod(shape)
    return counts


QUESTIONS = {
    # name: (task it grades, title): English, shown through i18n._()
    "q1_test_set": (N_("task 1"), N_("the test set")),
    "q2_fc1": (N_("task 2"), N_("fc1's input size")),
    "q3_flatten": (N_("task 3"), N_("the flatten before the fully connected layers")),
    "q4_train_step": (N_("task 4"), N_("the SGD training step")),
    "q5_accuracy": (N_("whole lab"), N_("test accuracy after training")),
}

# q5: the student's Network, trained by the student's train_step on the first train_images training
# images (the same images in the full set and in the 10,000-image CI root, so one calibration holds
# for both), from starting weights and a batch order the judge draws afresh for every grading, then
# evaluated by the judge on the test split. The judge checks steps of that training against plain SGD, so
# the threshold only has to tell a network that learned from one that did not; `cnnlab release` sets it
# from the reference's worst of 5 draws (docs/instructors.md: q5 calibration). The budget is solutions/grading.toml's.
ACCURACY = {**{k: v for k, v in SPEC["accuracy"].items() if k != "calibration"}, **SPEC["training"]}
"""train_images, epochs, seed (the self-check's), threshold, batch_size, lr."""
PUBLIC_OUTPUTS = SPEC["public_outputs"]
"""The lab network's outputs on the public q3 inputs, by the judge's forward (computed at release)."""
