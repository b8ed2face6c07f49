"""The requests a check may make of a submission, and the form of each answer.

One Protocol, two implementations: `InProcess` runs the student's code in this process (the self-check, otter)
and `cnnlab.grading.remote.Sandboxed` sends each request into a sandbox, where an `InProcess` answers it.
"""

from __future__ import annotations

import numbers
from typing import Protocol

import torch

from ..lab import config
from ..outcomes import StudentError


class Submission(Protocol):
    """What a check may ask of a submission. Each answer holds only plain data (tensors on the CPU, numbers,
    short texts) with the keys OBSERVATIONS names; a request the submission could not answer raises
    outcomes.StudentError with its kind."""

    load_error: StudentError | None

    def test_set(self, root: str, indices: list[int]) -> dict:
        """make_test_set(root) read at `indices`: length, images, labels, their types, the root it was given."""

    def structure(self) -> dict:
        """Network() and fc1's sizes: fc1_in, fc1_out, each lab layer's parameter count, the total."""

    def forward(self, state: dict, inputs: list[torch.Tensor]) -> dict:
        """Network with `state` loaded, run on each batch of `inputs`: one output (or error text) per batch."""

    def train_step(self, state: dict, batch: tuple, lr: float, calls: int = 2) -> dict:
        """train_step called `calls` times from `state` on `batch` at `lr`: what it returned, the weights after."""

    def train(
        self, root: str, init: dict, order: torch.Tensor, seed: int, device: str, batch_size: int, lr: float
    ) -> dict:
        """The student's training from `init`, batches in `order`: the final weights and a digest after each step."""

    def train_snapshots(self, steps: list[int]) -> dict:
        """The weights before and after each of `steps` of the last training run."""


def plain_number(value):
    """A returned Python number as float, or a description of what it was instead (a tensor included:
    the lab's train() sums these values, and summing loss tensors keeps every batch's graph alive)."""
    if isinstance(value, numbers.Real) and not isinstance(value, bool):  # numpy's int64 and float64 included
        return float(value)
    return f"<{type(value).__name__}>"


# Each request of the interface, and the keys its observation holds: the sandbox serves these and
# nothing else, and the judge rejects an answer without them.
OBSERVATIONS = {
    "test_set": ("length", "images", "labels", "types", "root"),
    "structure": ("fc1_in", "fc1_out", "layers", "total"),
    "forward": ("outputs", "errors"),
    "train_step": ("returned", "after"),
    "train": ("state", "digests"),
    "train_snapshots": ("snapshots",),
}


def well_formed(op: str, kwargs: dict, obs) -> bool:
    """Whether an observation has the form its request calls for: the right keys, types, lengths and (for
    weights) shapes. Answers from a sandbox are checked so before the judge computes anything with them:
    a forged one (an empty list where one output per batch is due, a weight of another shape that would
    broadcast to gigabytes) is nonsense, never a pass and never the judge's undoing."""
    is_int = lambda v: isinstance(v, int) and not isinstance(v, bool)  # noqa: E731
    texts = lambda v, n: isinstance(v, list) and len(v) == n and all(isinstance(t, str) for t in v)  # noqa: E731
    tensors = lambda v, n: isinstance(v, list) and len(v) == n and all(map(plain_tensor, v))  # noqa: E731
    if not (isinstance(obs, dict) and set(obs) == set(OBSERVATIONS[op])):
        return False
    if op == "test_set":
        if not is_int(obs["length"]) or not isinstance(obs["root"], str):
            return False
        n = sum(i < obs["length"] for i in kwargs["indices"])  # it stops at the dataset's end
        return (
            tensors(obs["images"], n)
            and texts(obs["types"], n)
            and isinstance(obs["labels"], list)
            and len(obs["labels"]) == n
            and all(map(is_int, obs["labels"]))
        )
    if op == "structure":
        layers = obs["layers"]
        return (
            all(is_int(obs[k]) for k in ("fc1_in", "fc1_out", "total"))
            and isinstance(layers, dict)
            and set(layers) == set(config.LAYERS)
            and all(map(is_int, layers.values()))
        )
    if op == "forward":
        n = len(kwargs["inputs"])
        return tensors(obs["outputs"], n) and texts(obs["errors"], n)
    if op == "train_step":
        calls, state = kwargs["calls"], kwargs["state"]
        pairs = obs["returned"]
        if not (
            isinstance(pairs, list)
            and len(pairs) == calls
            and isinstance(obs["after"], list)
            and len(obs["after"]) == calls
        ):
            return False
        if not all(isinstance(p, list) and len(p) == 2 and all(isinstance(v, (float, str)) for v in p) for p in pairs):
            return False
        return all(
            isinstance(a, dict)
            and set(a) == set(state)
            and all(plain_tensor(a[k]) and a[k].shape == state[k].shape and a[k].is_floating_point() for k in state)
            for a in obs["after"]
        )
    if op == "train":
        state, digests = obs["state"], obs["digests"]
        order, batch = kwargs["order"], kwargs["batch_size"]
        steps = order.shape[0] * -(-order.shape[1] // batch)
        return (
            isinstance(state, dict)
            and all(isinstance(k, str) and plain_tensor(v) for k, v in state.items())
            and texts(digests, steps + 1)
        )
    if op == "train_snapshots":
        shapes = config.param_shapes()
        snaps = obs["snapshots"]
        return (
            isinstance(snaps, list)
            and len(snaps) == len(kwargs["steps"])
            and all(
                isinstance(pair, list)
                and len(pair) == 2
                and all(
                    isinstance(s, dict)
                    and set(s) == set(shapes)
                    and all(
                        plain_tensor(s[k]) and tuple(s[k].shape) == shapes[k] and s[k].is_floating_point()
                        for k in shapes
                    )
                    for s in pair
                )
                for pair in snaps
            )
        )
    return False


def plain_tensor(value) -> bool:
    """A tensor holding its numbers in CPU memory, as the sandbox sends them: not on the meta device (no data at
    all)."""
    return isinstance(value, torch.Tensor) and value.device.type == "cpu" and value.layout == torch.strided
