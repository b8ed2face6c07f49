"""The checks on whole submissions: the reference, the student release, correct rewrites and realistic mistakes.

Every file under tests/submissions/ is a complete cnn_lab.py, graded once per module with the hidden
checks on, on real MNIST. wrong/ holds one realistic mistake per file (its first line names it);
correct/ holds solutions written differently from the reference. Grading the corpus trains about
25 networks (q5), so those tests are marked slow (about a minute).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import nbformat
import pytest
import torch
from corpus import ANSWERS, CORRECT, WRONG, wrong_cases
from kit import REFERENCE, STUDENT, SUBMISSIONS

from cnnlab.checks.judge import check_in_process
from cnnlab.lab import LAB_FILE
from cnnlab.lab.config import QUESTIONS
from cnnlab.release.build import student_module


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
    from cnnlab.checks.q1_test_set import all_among

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
    from cnnlab.checks.framework import Context, Draw
    from cnnlab.checks.judge import judge_context
    from cnnlab.checks.q1_test_set import TEST_SET_INDICES, test_set_positions
    from cnnlab.checks.q3_flatten import flatten_inputs
    from cnnlab.checks.q4_train_step import train_step_inputs
    from cnnlab.checks.q5_accuracy import training_inputs

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
