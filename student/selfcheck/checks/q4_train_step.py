"""q4, task 4: one call of train_step is one plain SGD step on fresh gradients, returning the loss and the count of
correct predictions."""

from __future__ import annotations

from typing import Callable

import torch
import torch.nn.functional as F

from ..i18n import N_, _
from ..lab import config
from ..submission.network import load_params, probe_model
from .framework import Fail, batch_size, check, close, uniform


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
    for _call in range(calls):
        state, loss, correct = sgd_step(forward, state, *batch, lr)
        afters.append(state)
        losses.append(loss)
        corrects.append(correct)
    return afters, losses, corrects


def states_close(a: dict, b: dict, tol: float = 1e-5) -> bool:
    return a.keys() == b.keys() and all(close(a[k], b[k], tol) for k in a)


def probe_weights(gen: torch.Generator) -> dict[str, torch.Tensor]:
    """Start weights for the probe model from a private generator: grading threads share torch's global one."""
    return {
        k: (torch.rand(v.shape, generator=gen) * 2 - 1) / max(1, v[0].numel()) ** 0.5
        for k, v in probe_model().named_parameters()
    }


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
    for _attempt in range(100):
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
        if (
            2 <= corrects[0] <= len(idx) - 2
            and corrects[1] != corrects[0]
            and losses[1] < losses[0]
            and grad_norm > MIN_GRAD_NORM
            and clear_predictions(start, batch[0])
            and clear_predictions(afters[0], batch[0])
        ):
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
            raise Fail(
                _(
                    "the first call left the weights unchanged and the second moved them by the first call's "
                    "gradient: the step runs before the gradients of this batch exist"
                ),
                hint=_("optimizer.step() uses the gradients that backward() computes, so it comes after it"),
            )
        raise Fail(
            _("a call to train_step left the weights unchanged"),
            hint=_(
                "after computing the loss, backpropagate it, then let the optimizer take its step, "
                "with nothing clearing the gradients in between"
            ),
        )
    if not states_close(first, afters[0]):
        factor = step_factor(start, first, afters[0])
        if factor is not None and abs(factor - len(batch[1])) < 0.01 * len(batch[1]):
            raise Fail(
                _(
                    "one call moved the weights by {factor:.3g} times one SGD step, as many times as the batch has "
                    "images: the loss is summed over the batch, not averaged",
                    factor=factor,
                ),
                hint=_("use the loss function passed to train_step as it is (it averages over the batch)"),
            )
        if (
            factor is not None
        ):  # too small: scaled or clipped; larger: an optimizer of its own, a second step or backward
            fields = dict(factor=factor, lr=lr, own_lr=factor * lr)
            # a whole factor is a second step or backward pass, not another learning rate
            own = not whole_multiple(factor, 0.01) and round(factor * lr, 3) in OWN_LEARNING_RATES
            if factor < 1:
                raise Fail(
                    _(
                        "one call moved the weights by only {factor:.3g} times one SGD step of the optimizer "
                        "train_step was given (learning rate {lr}): an SGD optimizer of train_step's own, with "
                        "learning rate {own_lr:.3g}, took the step",
                        **fields,
                    )
                    if own
                    else _(
                        "one call moved the weights by only {factor:.3g} times one SGD step of the optimizer "
                        "train_step was given (learning rate {lr})",
                        **fields,
                    ),
                    hint=_(
                        "step with the optimizer passed to train_step as it is (not one of your own, its "
                        "learning rate unchanged), on the gradients as backward leaves them (nothing scaled "
                        "or clipped)"
                    ),
                )
            raise Fail(
                _(
                    "one call moved the weights by {factor:.3g} times one SGD step of the optimizer train_step "
                    "was given (learning rate {lr}): an SGD optimizer of train_step's own, with learning rate "
                    "{own_lr:.3g}, took the step",
                    **fields,
                )
                if own
                else _(
                    "one call moved the weights by {factor:.3g} times one SGD step of the optimizer "
                    "train_step was given (learning rate {lr})",
                    **fields,
                ),
                hint=_("take exactly one step, with the optimizer passed to train_step, after one backward pass"),
            )
        size = sign_step(start, first, afters[0])
        if size is not None:
            raise Fail(
                _(
                    "one call moved every weight by the same amount ({size:.3g}) against the sign of its gradient: "
                    "the first step of Adam (or another adaptive optimizer) built inside train_step, not a step of "
                    "the SGD optimizer train_step was given",
                    size=size,
                ),
                hint=_("step with the optimizer passed to train_step; do not build one of your own"),
            )
        raise Fail(
            _("after one call the weights did not move by exactly -lr x gradient of the batch's loss"),
            hint=_("one call takes exactly one plain SGD step on this batch's cross-entropy loss"),
        )
    if not states_close(second, afters[1]):
        # with accumulation the second step uses g0 + g1, i.e. it adds the first step's move again
        accumulated = {k: afters[1][k] - (start[k] - afters[0][k]) for k in first}
        if states_close(second, accumulated):
            raise Fail(
                _("the second call moved the weights by the sum of both calls' gradients: gradients accumulate"),
                hint=_("clear the previous gradients in every call before backpropagating"),
            )
        raise Fail(
            _("the second call did not take exactly one SGD step from where the first call left the weights"),
            hint=_("one call takes exactly one plain SGD step on this batch's loss"),
        )
    # the second call's numbers on the weights the first call left (checked above to be one SGD step away from the
    # judge's): the judge's own step may round a last digit differently
    model = probe_model()
    load_params(model, first)
    with torch.no_grad():
        preds = model(batch[0])
    second = (F.cross_entropy(preds, batch[1]).item(), int(preds.argmax(1).eq(batch[1]).sum()))
    for call, ((loss_value, correct), (loss, count)) in enumerate(
        zip(obs["returned"], [(losses[0], corrects[0]), second]), 1
    ):
        verify_returned(call, loss_value, correct, loss, count)
    with torch.no_grad():  # the "one call lowers the loss", stated as a check of its own
        if not F.cross_entropy(model(batch[0]), batch[1]).item() < losses[0]:
            raise Fail(
                _("the loss on the batch did not go down after one call"),
                hint=_("step against the gradient, not along it"),
            )


def verify_returned(call: int, loss_value, correct, loss: float, count: int) -> None:
    """What call number `call` returned against the batch's loss and correct count before its step (each call
    returns its own batch's numbers: a running total or a value kept from an earlier call shows on the second)."""
    if correct == "":  # not a pair: "<3 values>", "<NoneType>", "<float>"
        what = str(loss_value).strip("<>")
        hint = _(
            "return exactly two values, the loss's value and the number of correct predictions, as plain Python numbers"
        )
        if what == "NoneType":
            raise Fail(_("train_step returned None; expected two: the loss value and the number correct"), hint=hint)
        if what.endswith(" values"):
            raise Fail(
                _(
                    "train_step returned {count} values; expected two: the loss value and the number correct",
                    count=what.removesuffix(" values"),
                ),
                hint=hint,
            )
        raise Fail(
            _("train_step returned one {type}; expected two: the loss value and the number correct", type=what),
            hint=hint,
        )
    if isinstance(loss_value, str) or isinstance(correct, str):
        raise Fail(
            _(
                "train_step returned ({loss_value}, {correct}); expected two Python numbers",
                loss_value=loss_value,
                correct=correct,
            ),
            hint=_("return the loss's value and the count as plain Python numbers, not tensors (.item() gives one)"),
        )
    if not abs(loss_value - loss) <= 1e-4 * max(1.0, abs(loss)):  # NaN included
        raise Fail(
            _(
                "train_step returned the loss value {loss_value}; expected the batch's loss before the step",
                loss_value=loss_value,
            )
            if call == 1
            else _(
                "train_step returned the loss value {loss_value} on the second call; expected the batch's loss "
                "before the step",
                loss_value=loss_value,
            ),
            hint=_("return the value of the loss computed on this batch in this call"),
        )
    if correct != count:
        raise Fail(
            _(
                "train_step returned {correct:g} correct predictions for a batch whose predictions were right "
                "{count} times",
                correct=correct,
                count=count,
            )
            if call == 1
            else _(
                "train_step returned {correct:g} correct predictions on the second call for a batch whose "
                "predictions were right {count} times",
                correct=correct,
                count=count,
            ),
            hint=_("count this call's predictions (before the step) whose largest score is at the true label"),
        )


@check(
    "q4_train_step",
    points=1,
    hint=N_(
        "unpack the batch, compute the loss, zero the gradients, backpropagate, take one "
        "optimizer step; return the loss's value and the number of correct predictions"
    ),
)
def one_sgd_step(sub, ctx):
    verify_train_step(sub, ctx, *train_step_inputs(ctx, None if ctx.draw is None else "q4 public"))
