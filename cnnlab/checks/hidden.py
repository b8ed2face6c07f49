"""Hidden checks: the public checks' questions on inputs the students never see (never shipped)."""

from __future__ import annotations

from ..i18n import N_, _
from . import reference
from .framework import batch_size, check
from .q3_flatten import drawn_batches, drawn_weights, forward_outputs, same_as_lab
from .q4_train_step import train_step_inputs, verify_train_step


@check(
    "q3_flatten",
    points=1,
    hidden=True,
    hint=N_("the flatten must keep each image's features together, in the tensor's own order, whatever the batch size"),
)
def forward_matches_the_lab_network(sub, ctx):
    gen = ctx.generator("q3 hidden")
    state = drawn_weights(gen)
    batches = drawn_batches(ctx, gen, [1, batch_size(gen, 2, 9), batch_size(gen, 33, 64), batch_size(gen, 100, 150)])
    for x, out in zip(batches, forward_outputs(sub, state, batches)):
        same_as_lab(out, reference.forward(state, x), _("a hidden batch"))


@check(
    "q4_train_step", points=1, hidden=True, hint=N_("one call: fresh gradients, one backward pass, one optimizer step")
)
def one_sgd_step_on_another_batch(sub, ctx):
    verify_train_step(sub, ctx, *train_step_inputs(ctx, "q4 hidden"))
