"""Hidden checks: the public checks' questions on inputs the students never see (never shipped)."""

from __future__ import annotations

from . import reference
from .questions import Fail, check, close, forward_outputs, lab_weights, verify_train_step


@check("q3_flatten", points=1, hidden=True,
       hint="the flatten must keep each image's features together, in the tensor's own order, whatever the batch size")
def forward_matches_the_lab_network(sub, ctx):
    seed = 1234
    outputs = forward_outputs(sub, ctx, seed=seed, sizes=(3, 50, 129))
    state = lab_weights(seed)
    for b, out in outputs.items():
        if not close(out, reference.forward(state, ctx.test_x[:b]), 1e-4):
            raise Fail("with fixed weights, forward's outputs differ from the lab network's on a hidden batch")


@check("q4_train_step", points=1, hidden=True, hint="one call: fresh gradients, one backward pass, one optimizer step")
def one_sgd_step_on_another_batch(sub, ctx):
    verify_train_step(sub, ctx, seed=99, indices=list(range(5000, 5017)), lr=0.05)
