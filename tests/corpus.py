"""What the kit's own corpus of hand-ins (tests/submissions/) must earn: each realistic mistake of wrong/, the
points it loses and how each failing check diagnoses it; the correct rewrites of correct/."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from kit import ACCURACY, FC1, FLATTEN, FLATTEN_HIDDEN, STEP, STEP_HIDDEN, SUBMISSIONS, TEST_SET

# Code a hint must not hand over: the answers of tasks 1-4 as a student would type them.
ANSWERS = ("192", "12 * 4 * 4", "12*4*4", "flatten(", "view(", "reshape(", "zero_grad()", "train=False", "Normalize((")


def failed(pattern: str) -> tuple[str, str]:
    return "failed", pattern


def error(pattern: str) -> tuple[str, str]:
    return "error", pattern


def unfinished() -> tuple[str, str]:
    return "not finished", "not finished yet"


@dataclass(frozen=True)
class Expected:
    scores: tuple[float, ...]
    """Points earned per question, in QUESTIONS order (q1 ... q5)."""
    checks: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Each check that does not pass: (outcome, regex found in its message or its hint)."""
    status: str = "graded"
    """The gradebook's grading_status (a regex)."""


# q1-q4 are independent: a mistake costs its own question, plus q5 when the network then cannot
# reach the accuracy threshold (q5 is the end-to-end question).
WRONG = {
    "hardcoded_batch_flatten": Expected(
        (2, 2, 0, 2, 2),
        {FLATTEN: failed("works for 100.*fixed batch size"), FLATTEN_HIDDEN: failed("error for every batch size")},
    ),
    # The same miscount in task 2 and in task 3's reshape: each task is wrong on its own.
    "fc1_wrong_size": Expected(
        (2, 0, 0, 2, 0),
        {
            FC1: failed("fc1.in_features is 300"),
            FLATTEN: failed(r"error for every batch size.*\[-1, 300\]"),
            FLATTEN_HIDDEN: failed("error for every batch size"),
            ACCURACY: error("batch_size|keep the layers as the lab gives them"),
        },
    ),
    "fc1_wrong_size_flatten_ok": Expected(
        (2, 0, 2, 2, 0),
        {
            FC1: failed("fc1.in_features is 300.*4 pixels shorter"),
            ACCURACY: error("shapes cannot be multiplied|keep the layers as the lab gives them"),
        },
    ),
    # The CI data root holds only 10,000 training images, the full one 60,000: either diagnosis will do.
    "train_split_as_test": Expected(
        (0, 2, 2, 2, 2), {TEST_SET: failed("training images, not test images|has 60,000 samples")}
    ),
    # the public tutorial's test set: named as another dataset, with no path of the grader's in the message
    "test_set_fashion_mnist": Expected(
        (0, 2, 2, 2, 2), {TEST_SET: error(r"builds a FashionMNIST dataset; the lab's test set is MNIST's test split")}
    ),
    "test_set_float64": Expected((0, 2, 2, 2, 2), {TEST_SET: failed("dtype float64; the training images are float32")}),
    "test_set_unnormalized": Expected((0, 2, 2, 2, 2), {TEST_SET: failed("not normalized.*normalization included")}),
    "test_set_wrong_normalization": Expected(
        (0, 2, 2, 2, 2), {TEST_SET: failed("differ from the MNIST test split normalized like the training set")}
    ),
    "test_set_returns_dataloader": Expected(
        (0, 2, 2, 2, 2), {TEST_SET: error("returned a DataLoader; return the dataset")}
    ),
    "test_set_no_transform": Expected((0, 2, 2, 2, 2), {TEST_SET: failed("not a tensor.*same transform")}),
    "no_zero_grad": Expected(
        (2, 2, 2, 0, 0),
        {
            STEP: failed("gradients accumulate.*clear the previous gradients"),
            STEP_HIDDEN: failed("gradients accumulate"),
            ACCURACY: failed("plain SGD step of the lab's network|test accuracy"),
        },
    ),
    "step_before_backward": Expected(
        (2, 2, 2, 0, 0),
        {
            STEP: failed("left the weights unchanged.*backpropagate it, then let the optimizer take its step"),
            STEP_HIDDEN: failed("left the weights unchanged"),
            ACCURACY: failed("plain SGD step of the lab's network|test accuracy"),
        },
    ),
    "step_before_forward": Expected(
        (2, 2, 2, 0, 0),
        {
            STEP: failed("the step runs before the gradients of this batch exist"),
            STEP_HIDDEN: failed("the step runs before the gradients of this batch exist"),
            ACCURACY: failed("plain SGD step of the lab's network|test accuracy"),
        },
    ),
    # The step changes the weights in place between the forward pass and backward: torch refuses.
    "step_first_then_zero_grad_backward": Expected(
        (2, 2, 2, 0, 0),
        {
            STEP: error("modified by an inplace operation"),
            STEP_HIDDEN: error("modified by an inplace operation"),
            ACCURACY: error("modified by an inplace operation"),
        },
    ),
    "zero_grad_between_backward_and_step": Expected(
        (2, 2, 2, 0, 0),
        {
            STEP: failed("left the weights unchanged.*nothing clearing the gradients in between"),
            STEP_HIDDEN: failed("left the weights unchanged"),
            ACCURACY: failed("plain SGD step of the lab's network|test accuracy"),
        },
    ),
    # A gradient twice as large is a learning rate twice as large: still learns (about 93.6%).
    "backward_twice": Expected(
        (2, 2, 2, 0, 0),
        {
            STEP: failed("by 2 times one SGD step"),
            STEP_HIDDEN: failed("by 2 times one SGD step"),
            ACCURACY: failed("plain SGD step of the lab's network|test accuracy"),
        },
    ),
    # Its own SGD with the lab's lr 0.1: the public check's learning rate is another, so it shows there too.
    "own_optimizer_in_step": Expected(
        (2, 2, 2, 0, 2),
        {
            STEP: failed(
                r"by [0-9.]+ times one SGD step.*learning rate [0-9.]+\): an SGD optimizer of train_step's own, with "
                r"learning rate 0.1, took the step.*with the optimizer passed to train_step"
            ),
            STEP_HIDDEN: failed("by [0-9.]+ times one SGD step"),
        },
    ),
    "adam_in_step": Expected(
        (2, 2, 2, 0, 0),
        {
            STEP: failed("against the sign of its gradient: the first step of Adam"),
            STEP_HIDDEN: failed("first step of Adam"),
            ACCURACY: failed("plain SGD step of the lab's network|test accuracy"),
        },
    ),
    "no_step": Expected(
        (2, 2, 2, 0, 0),
        {
            STEP: failed("left the weights unchanged"),
            STEP_HIDDEN: failed("left the weights unchanged"),
            ACCURACY: failed("plain SGD step of the lab's network|test accuracy"),
        },
    ),
    "new_optimizer_in_step": Expected(
        (2, 2, 2, 0, 0),
        {
            STEP: failed(
                "by only [0-9.]+ times one SGD step.*own, with learning rate 0.01, took the step.*not one of your own"
            ),
            STEP_HIDDEN: failed("by only [0-9.]+ times one SGD step"),
            ACCURACY: failed("plain SGD step of the lab's network|test accuracy"),
        },
    ),
    "count_after_step": Expected(
        (2, 2, 2, 0, 2),
        {
            STEP: failed("correct predictions for a batch whose predictions were right"),
            STEP_HIDDEN: failed("correct predictions for a batch whose predictions were right"),
        },
    ),
    # the first call's count is right; the second returns the total of both calls
    "running_total_count": Expected(
        (2, 2, 2, 0, 2),
        {
            STEP: failed("correct predictions on the second call for a batch whose predictions were right"),
            STEP_HIDDEN: failed("correct predictions on the second call"),
        },
    ),
    # the outputs are right (q3), the probe model steps right (q4); only training shows the cut graph
    "flatten_cuts_gradient": Expected(
        (2, 2, 2, 2, 0), {ACCURACY: failed(r"left conv1, conv2 unchanged while the other layers moved.*\.numpy\(\)")}
    ),
    "mixing_flatten": Expected(
        (2, 2, 0, 2, 0),
        {
            FLATTEN: failed("mixes samples"),
            FLATTEN_HIDDEN: failed("differ from the lab network's"),
            ACCURACY: failed("plain SGD step of the lab's network|test accuracy"),
        },
    ),
    "flatten_everything": Expected(
        (2, 2, 0, 2, 0),
        {
            FLATTEN: failed(r"shape \[10\] for a batch of 1.*keep the batch dimension"),
            FLATTEN_HIDDEN: failed(r"shape \[10\] for a batch of 1"),
            ACCURACY: error("shapes cannot be multiplied|keep the layers as the lab gives them"),
        },
    ),
    "task2_unfinished": Expected((2, 0, 2, 2, 0), {FC1: unfinished(), ACCURACY: unfinished()}),
    "task3_unfinished": Expected(
        (2, 2, 0, 2, 0), {FLATTEN: unfinished(), FLATTEN_HIDDEN: unfinished(), ACCURACY: unfinished()}
    ),
    # Edits to the given part of forward: q3 compares forward with the lab network's, publicly too, and
    # names the edit instead of blaming the flatten.
    "softmax_in_forward": Expected(
        (2, 2, 0, 2, 0),
        {
            FLATTEN: failed("probabilities.*raw scores"),
            FLATTEN_HIDDEN: failed("probabilities.*raw scores"),
            ACCURACY: failed("plain SGD step of the lab's network|test accuracy"),
        },
    ),
    # Still learns (about 94%) with its own forward, and the judge scores the weights with that forward's
    # layers unchanged, so only q3 is lost.
    "relu_after_out": Expected(
        (2, 2, 0, 2, 0),
        {
            FLATTEN: failed("negative scores set to 0.*no activation after the last layer"),
            FLATTEN_HIDDEN: failed("negative scores set to 0"),
            ACCURACY: failed("plain SGD step of the lab's network|test accuracy"),
        },
    ),
    # Channels last: a consistent flatten, but not the tensor's own order, so not the lab network. It
    # learns with its own forward (about 93%); the judge's forward reads its fc1 weights in the lab's
    # order and gets about 9%: q5 measures the lab network, and the public q3 check shows the cause.
    "channels_last_flatten": Expected(
        (2, 2, 0, 2, 0),
        {
            FLATTEN: failed("differ from the lab network's.*own order"),
            FLATTEN_HIDDEN: failed("differ from the lab network's"),
            ACCURACY: failed("test accuracy.*lab network's forward|plain SGD step of the lab's network"),
        },
    ),
    "squeezing_flatten": Expected(
        (2, 2, 0, 2, 2),
        {
            FLATTEN: failed(r"shape \[10\] for a batch of 1; expected \[1, 10\]"),
            FLATTEN_HIDDEN: failed(r"shape \[10\] for a batch of 1; expected \[1, 10\]"),
        },
    ),
    # __init__ raises (nn.Linear wants an int): q2's mistake; q3 still grades the student's forward.
    "fc1_float_in_features": Expected((2, 0, 2, 2, 0), {FC1: error("TypeError"), ACCURACY: error("TypeError")}),
    "accuracy_instead_of_count": Expected(
        (2, 2, 2, 0, 2),
        {
            STEP: failed("correct predictions for a batch whose predictions were right"),
            STEP_HIDDEN: failed("correct predictions for a batch whose predictions were right"),
        },
    ),
    # The lab's train() sums the returned loss: a tensor keeps every batch's graph alive for the epoch.
    "returns_loss_tensor": Expected(
        (2, 2, 2, 0, 2), {STEP: failed("Python numbers"), STEP_HIDDEN: failed("Python numbers")}
    ),
    # Top-level calls load MNIST at import: refused in the self-check as in the grader (no network there),
    # so a laptop that can download MNIST does not pass a file the grader scores 0.
    "loads_data_at_import": Expected(
        (0, 0, 0, 0, 0),
        {
            check: (
                "crashed",
                "line 28 of your file \\(called from line 127 of your file\\): "
                "the file loads MNIST while it is being imported",
            )
            for check in (TEST_SET, FC1, FLATTEN, STEP, ACCURACY, FLATTEN_HIDDEN, STEP_HIDDEN)
        },
        status="crashed: importing the file raised RuntimeError",
    ),
    # make_loaders calls make_test_set(root, download) with download=True: in the place of train, that
    # asks for the training split.
    "download_in_place_of_train": Expected((0, 2, 2, 2, 2), {TEST_SET: failed("training images, not test images")}),
    "test_set_fixed_root": Expected(
        (0, 2, 2, 2, 2), {TEST_SET: failed("found no MNIST where it looked.*pass make_test_set's root argument on")}
    ),
    "test_set_debug_subset": Expected((0, 2, 2, 2, 2), {TEST_SET: failed("has 1,000 samples")}),
    "summed_loss": Expected(
        (2, 2, 2, 0, 0),
        {
            STEP: failed("[0-9]+ times one SGD step.*summed over the batch"),
            STEP_HIDDEN: failed("summed over the batch"),
            # whether the training diverges before a checked step depends on the draw: either way it fails
            ACCURACY: failed("plain SGD step of the lab's network|test accuracy|the training diverged"),
        },
    ),
    "clipped_gradients": Expected(
        (2, 2, 2, 0, 0),
        {
            STEP: failed("only [0-9.]+ times one SGD step.*nothing scaled or clipped"),
            STEP_HIDDEN: failed("only [0-9.]+ times one SGD step"),
            ACCURACY: failed("plain SGD step of the lab's network|test accuracy"),
        },
    ),
    # One idea, two tasks: the flatten's forward returns log-probabilities, and the step ignores the loss it is given.
    "log_softmax_and_nll": Expected(
        (2, 2, 0, 0, 2),
        {
            FLATTEN: failed("log-probabilities"),
            FLATTEN_HIDDEN: failed("log-probabilities"),
            STEP: failed("did not move by exactly -lr x gradient"),
            STEP_HIDDEN: failed("did not move by exactly -lr x gradient"),
        },
    ),
    "dropped_relu_after_fc2": Expected(
        (2, 2, 0, 2, 0),
        {
            FLATTEN: failed("differ from the lab network's.*ReLU after fc1 and fc2"),
            FLATTEN_HIDDEN: failed("differ from the lab network's"),
            ACCURACY: failed("plain SGD step of the lab's network|test accuracy"),
        },
    ),
    # Sizes the lab gives are not the student's to change: q3 and q5 compare with the lab's network.
    "fc1_out_features_changed": Expected(
        (2, 0, 0, 2, 0),
        {
            FC1: failed("fc1 has 24,704 parameters, expected 23,160"),
            FLATTEN: error(
                r"fc2.weight has shape \[60, 128\], expected \[60, 120\]: keep the layers as the lab gives them"
            ),
            FLATTEN_HIDDEN: error("keep the layers as the lab gives them"),
            ACCURACY: error("keep the layers as the lab gives them"),
        },
    ),
    "returns_three_values": Expected(
        (2, 2, 2, 0, 2),
        {
            STEP: failed("returned 3 values; expected two.*return exactly two values"),
            STEP_HIDDEN: failed("returned 3 values"),
        },
    ),
    # Shuffled, so no sampled position holds its own training image: found among the training images all the same.
    "shuffled_train_subset_as_test": Expected(
        (0, 2, 2, 2, 2),
        {TEST_SET: failed(r"training images \(in another order\), not test images.*flag that chooses the split")},
    ),
    "loss_arguments_swapped": Expected(
        (2, 2, 2, 0, 0),
        {
            STEP: error("not implemented for 'Long'"),
            STEP_HIDDEN: error("not implemented for 'Long'"),
            ACCURACY: error("not implemented for 'Long'"),
        },
    ),
}


def wrong_cases() -> list:
    return [pytest.param(name, id=name) for name in WRONG]


CORRECT = sorted(p.name for p in (SUBMISSIONS / "correct").iterdir() if p.suffix in (".py", ".ipynb"))
