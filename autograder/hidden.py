"""Hidden checks: the public checks' questions on inputs the students never see (never shipped)."""

from __future__ import annotations

import torch

from . import reference
from .questions import Fail, check, close, forward_outputs, lab_weights, verify_train_step


@check("q3_flatten", points=1, hidden=True,
       hint="the flatten must keep each image's features together, in the tensor's own order, whatever the batch size")
def forward_matches_the_lab_network(sub, ctx):
    seed = 1234
    outputs = forward_outputs(sub, ctx, seed=seed, sizes=(3, 50, 129))
    state = lab_weights(seed)
    for b, out in outputs.items():
        expected = reference.forward(state, ctx.test_x[:b])
        if close(out, torch.softmax(expected, 1)) or close(out, torch.log_softmax(expected, 1)):
            raise Fail("forward returns probabilities (a softmax of the scores), not the raw scores",
                       hint="return out's raw scores: the cross-entropy loss applies the softmax itself")
        if not close(out, expected, 1e-4):
            raise Fail("with fixed weights, forward's outputs differ from the lab network's on a hidden batch")


@check("q4_train_step", points=1, hidden=True, hint="one call: fresh gradients, one backward pass, one optimizer step")
def one_sgd_step_on_another_batch(sub, ctx):
    # 40 images on which the probe model, at this seed, gets some right: a fraction instead of a count shows
    verify_train_step(sub, ctx, seed=99, indices=list(range(5000, 5040)), lr=0.05)
