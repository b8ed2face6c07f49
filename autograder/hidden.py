"""Hidden checks: the public checks' questions on inputs the students never see (never shipped)."""

from __future__ import annotations

from . import reference
from .questions import check, forward_outputs, lab_weights, same_as_lab, verify_train_step


@check("q3_flatten", points=1, hidden=True,
       hint="the flatten must keep each image's features together, in the tensor's own order, whatever the batch size")
def forward_matches_the_lab_network(sub, ctx):
    state = lab_weights(1234)
    batches = [ctx.test_x[:b] for b in (1, 3, 50, 129)]
    for x, out in zip(batches, forward_outputs(sub, state, batches)):
        same_as_lab(out, reference.forward(state, x), "a hidden batch")


@check("q4_train_step", points=1, hidden=True, hint="one call: fresh gradients, one backward pass, one optimizer step")
def one_sgd_step_on_another_batch(sub, ctx):
    # 40 images on which the probe model, at this seed, gets some right: a fraction instead of a count shows
    verify_train_step(sub, ctx, seed=99, indices=list(range(5000, 5040)), lr=0.05)
