"""The checks on whole submissions: the reference, the student release, correct rewrites and realistic mistakes.

Every file under tests/submissions/ is a complete cnn_lab.py, graded once per module with the hidden
checks on, on real MNIST. wrong/ holds one realistic mistake per file (its first line names it);
correct/ holds solutions written differently from the reference. Grading the corpus trains about
25 networks (q5), so those tests are marked slow (about a minute).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import pytest
import torch
from kit_paths import (
    ACCURACY,
    FC1,
    FLATTEN,
    FLATTEN_HIDDEN,
    REFERENCE,
    STEP,
    STEP_HIDDEN,
    STUDENT,
    SUBMISSIONS,
    TEST_SET,
)

from cnnlab.checks.judge import check_in_process
from cnnlab.lab import LAB_FILE
from cnnlab.lab.config import QUESTIONS
from cnnlab.release.build import student_module

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


@pytest.fixture(scope="module")
def grade(data_root, tmp_path_factory):
    """Grade a file once per module (q5 trains for a few seconds on CPU), hidden checks included."""
    cache = {}
    scratch = tmp_path_factory.mktemp("cwd")

    def run(path: Path):
        if path not in cache:
            here = os.getcwd()
            os.chdir(scratch)  # as in the grader's sandbox: what a submission writes lands in a scratch folder
            try:
                cache[path] = check_in_process(path, data_root, device="cpu", hidden=True)
            finally:
                os.chdir(here)
        return cache[path]

    # One thread: on a busy machine torch's spinning worker threads made grading up to 7x slower.
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield run
    torch.set_num_threads(threads)


def earned(result) -> tuple[float, ...]:
    scores = result.question_scores()
    return tuple(scores[q][0] for q in QUESTIONS)


def not_passed(result) -> dict:
    return {c.check: c for c in result.checks if not c.passed}


# ---- the reference and the release ---------------------------------------------------------------
def test_reference_passes_every_check(grade):
    result = grade(REFERENCE)
    assert result.status == "graded"
    assert not_passed(result) == {}
    assert (result.earned, result.possible) == (10, 10)


@pytest.fixture(scope="module")
def generated_release(tmp_path_factory):
    path = tmp_path_factory.mktemp("release") / LAB_FILE
    path.write_text(student_module(REFERENCE.read_text()))
    return path


@pytest.mark.parametrize(
    "which", [pytest.param("committed", id="committed"), pytest.param("generated", id="generated")]
)
def test_student_release_is_not_finished_on_every_check(grade, generated_release, which):
    path = STUDENT if which == "committed" else generated_release
    result = grade(path)
    assert result.status == "graded"
    assert result.earned == 0
    assert [(c.check, c.outcome, c.message) for c in result.checks] == [
        (c.check, "not finished", "not finished yet") for c in result.checks
    ]


# ---- correct submissions written differently ------------------------------------------------------
@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:Converting a tensor with requires_grad=True:UserWarning")  # float(loss)
@pytest.mark.parametrize("name", [pytest.param(n, id=n) for n in CORRECT])
def test_correct_rewrite_gets_full_marks(grade, name):
    result = grade(SUBMISSIONS / "correct" / name)
    assert not_passed(result) == {}
    assert result.earned == result.possible == 10


# ---- realistic mistakes ---------------------------------------------------------------------------
def test_every_corpus_file_names_its_variant_and_has_an_expected_outcome():
    files = {p.stem: p for p in (SUBMISSIONS / "wrong").glob("*.py")}
    assert sorted(files) == sorted(WRONG)
    assert CORRECT, "no correct rewrites found"
    for path in list(files.values()) + [SUBMISSIONS / "correct" / n for n in CORRECT]:
        text = path.read_text() if path.suffix == ".py" else nbformat.read(path, as_version=4).cells[0].source
        first = text.splitlines()[0]
        assert re.match(r"# (Mistake|Correct, written differently): \S", first), path.name


@pytest.mark.slow
@pytest.mark.parametrize("name", wrong_cases())
def test_mistake_loses_exactly_its_questions_points(grade, name):
    result = grade(SUBMISSIONS / "wrong" / f"{name}.py")
    assert re.match(WRONG[name].status, result.status), result.status
    assert dict(zip(QUESTIONS, earned(result))) == dict(zip(QUESTIONS, WRONG[name].scores))


@pytest.mark.slow
@pytest.mark.parametrize("name", wrong_cases())
def test_mistake_is_diagnosed_by_each_check_it_fails(grade, name):
    result = grade(SUBMISSIONS / "wrong" / f"{name}.py")
    # a hidden check's own observation is staff-side (detail); what the student sees is its kind and hint
    observed = {check: (c.outcome, f"{c.detail or c.message} | {c.hint}") for check, c in not_passed(result).items()}
    assert sorted(observed) == sorted(WRONG[name].checks)
    for check, (outcome, pattern) in WRONG[name].checks.items():
        got_outcome, text = observed[check]
        assert got_outcome == outcome, f"{check}: {text}"
        assert re.search(pattern, text, re.DOTALL), f"{check}: {pattern!r} not in {text!r}"


@pytest.mark.slow
@pytest.mark.parametrize("name", [pytest.param(n, id=n) for n in WRONG])
def test_hints_help_without_giving_the_answer(grade, name):
    result = grade(SUBMISSIONS / "wrong" / f"{name}.py")
    for c in not_passed(result).values():
        assert c.message, c.check
        assert c.hint, c.check
        leaked = [answer for answer in ANSWERS if answer in c.hint]
        assert not leaked, f"{c.check}'s hint gives away {leaked}: {c.hint!r}"
        if (
            c.question != "q2_fc1"
        ):  # torch's shape errors quote fc1's input size; only q2 may show the student's own sizes
            # as a whole number: a drawn ratio such as 0.192 or a learning rate of 0.0192 gives nothing away
            assert not re.search(r"(?<![\d.])192(?!\.?\d)", c.message), (
                f"{c.check}'s message gives away fc1's size: {c.message!r}"
            )


@pytest.mark.slow
def test_a_test_set_read_from_a_fixed_folder_fails_even_where_that_folder_holds_mnist(tmp_path, data_root, monkeypatch):
    """The self-check must not pass what grading fails: ./data holds MNIST here, but not in the grader's sandbox."""
    raw = tmp_path / "data" / "MNIST" / "raw"
    raw.mkdir(parents=True)
    for f in (Path(data_root) / "MNIST" / "raw").iterdir():
        (raw / f.name).symlink_to(f.resolve())
    monkeypatch.chdir(tmp_path)
    result = check_in_process(SUBMISSIONS / "wrong" / "test_set_fixed_root.py", data_root, device="cpu", hidden=False)
    q1 = next(c for c in result.checks if c.question == "q1_test_set")
    assert (q1.outcome, q1.message) == (
        "failed",
        f"make_test_set read MNIST from {str(tmp_path.resolve() / 'data')!r}, not from the root it was given",
    )


# ---- pieces of the judge, on their own ------------------------------------------------------------
def test_only_whole_numbers_in_error_texts_are_masked_and_never_a_limit():
    from cnnlab.checks.framework import Check
    from cnnlab.checks.runner import run_check, without_fc1_answer
    from cnnlab.outcomes import StudentError

    assert (
        without_fc1_answer("shape '[-1, 300]' is invalid for input of size 19200 (loss 2.0384, 0.192)")
        == "shape '[-1, 300]' is invalid for input of size … (loss 2.0384, 0.192)"
    )

    def over_memory(sub, ctx):
        raise StudentError("memory limit", "used more than 6144 MB")  # 32 x 192: the TA's own number

    check = Check("c", "q3_flatten", 1, False, "hint", over_memory)
    assert run_check(check, None, None).message == "used more than 6144 MB"


def test_images_of_another_dtype_are_compared_not_crashed_on():
    from cnnlab.checks.public import all_among

    pool = torch.randn(50, 1, 28, 28)
    assert all_among(pool[[3, 7]].double(), pool) and not all_among(
        torch.zeros(1, 1, 28, 28, dtype=torch.float64), pool
    )


def test_the_probe_is_the_students_network_without_its_hooks():
    from torch import nn

    from cnnlab.submission.network import load_params, probe_model

    class Network(nn.Module):
        def __init__(self):
            super().__init__()
            self.history = []
            self.register_forward_pre_hook(lambda module, args: (args[0] * 2,))  # would change the probe's output

        def count(self):
            return len(self.history)

    plain, theirs = probe_model(), probe_model(Network)
    state = {k: v.detach().clone() for k, v in plain.named_parameters()}
    load_params(theirs, state)
    x = torch.randn(3, 1, 28, 28)
    assert isinstance(theirs, Network) and theirs.count() == 0
    assert torch.equal(plain(x), theirs(x))


# ---- grading draws its inputs afresh ------------------------------------------------------------------
def test_grading_draws_fresh_inputs_for_every_question_and_the_self_check_keeps_fixed_ones(data_root):
    from cnnlab.checks.framework import (
        TEST_SET_INDICES,
        Context,
        Draw,
        flatten_inputs,
        test_set_positions,
        train_step_inputs,
        training_inputs,
    )
    from cnnlab.checks.judge import judge_context

    base = judge_context(data_root)
    one, two, again = (base.with_draw(Draw(seed)) for seed in ("a" * 32, "b" * 32, "a" * 32))
    positions = test_set_positions(one)
    assert len(positions) >= 64 and positions[0] == 0 and positions[-1] == 9999
    bounds = [10_000 * i // 64 for i in range(65)]
    assert all(any(lo <= p < hi for p in positions) for lo, hi in zip(bounds, bounds[1:]))  # spread over the split
    assert positions != test_set_positions(two) and positions == test_set_positions(again)
    w1, sizes1, _, x1, _ = flatten_inputs(one)
    w2, sizes2, _, x2, _ = flatten_inputs(two)
    assert not torch.equal(w1["fc1.weight"], w2["fc1.weight"]) and not torch.equal(x1, x2)
    start1, batch1, lr1 = train_step_inputs(one, "q4 public")
    start2, batch2, lr2 = train_step_inputs(two, "q4 public")
    assert lr1 != lr2 and not torch.equal(start1["out.weight"], start2["out.weight"]) and 0.02 <= lr1 <= 0.08
    init1, order1, _ = training_inputs(one)
    init2, order2, _ = training_inputs(two)
    assert not torch.equal(init1["conv1.weight"], init2["conv1.weight"]) and not torch.equal(order1, order2)
    fixed = Context(data_root)  # the student's self-check
    assert test_set_positions(fixed) == list(TEST_SET_INDICES) and train_step_inputs(fixed)[2] == 0.03
