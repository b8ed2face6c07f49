"""How a check is written. Each is a small function with its question, points, visibility and hint attached.

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
import math
import os
from dataclasses import dataclass
from functools import cached_property
from typing import Callable

import torch

from ..i18n import _, pgettext
from ..lab import config
from ..lab.data import load_split, normalize


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

    def __init__(
        self,
        root,
        device: str = "cpu",
        evaluate: Callable | None = None,
        draw: Draw | None = None,
        lab_forward: Callable | None = None,
    ):
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
    return {
        name: draw(shape) * gain * math.prod(shape[1:]) ** -0.5 if name.endswith(".weight") else draw(shape) * 0.1
        for name, shape in config.param_shapes().items()
    }


def list_separator() -> str:
    """What separates the names in a list of them (", " in English)."""
    return pgettext("list separator", ", ")
