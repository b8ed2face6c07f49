"""The student release: generated from solutions/, stubs that fail naming their task, no leaked solution."""

import ast
import os
import shutil
import subprocess
import sys

import nbformat
import pytest
import torch.nn as nn
from kit import REFERENCE, REPO, STUDENT, cnnlab, run_notebook, run_student_selfcheck

from cnnlab import CnnlabError
from cnnlab.release import LAB_SPEC, markers
from cnnlab.release import build as release
from cnnlab.submission.loading import load_module

TASKS = ["task 1", "task 2", "task 3", "task 4"]


def test_committed_release_is_up_to_date():
    assert release.check_release(prove=False) == []


def test_check_names_a_hand_edited_student_file(tmp_path):
    copy = tmp_path / "student"
    shutil.copytree(REPO / "student", copy)
    (copy / "cnn_lab.py").write_text((copy / "cnn_lab.py").read_text().replace("BATCH_SIZE = 100", "BATCH_SIZE = 64"))
    (copy / "notes.txt").write_text("mine")
    assert release.check_release(student_dir=copy, prove=False) == [
        "student/cnn_lab.py",
        "student/notes.txt (not part of the release)",
    ]


def test_the_spec_is_what_the_reference_computes(data_root):
    """The drift test: cnnlab/lab/lab.json against the reference as it is now, and the public outputs against the
    judge's forward (the release computed them; the self-check compares with them, having no judge code)."""
    import json

    import torch

    from cnnlab.checks import q3_flatten as questions
    from cnnlab.checks import reference
    from cnnlab.lab import config
    from cnnlab.release import spec

    committed = json.loads(LAB_SPEC.read_text())
    derived = spec.derive(REPO / "solutions", data_root)
    made_by_the_release = ("accuracy", "public_outputs", "lang")  # calibrated, computed, chosen: not derived
    assert {k: v for k, v in committed.items() if k not in made_by_the_release} == {
        k: v for k, v in derived.items() if k not in made_by_the_release
    }
    assert committed["lang"] == "en"  # student/ is the English release
    assert {k: committed["accuracy"][k] for k in spec.BUDGET_KEYS} == spec.budget(REPO / "solutions")
    assert torch.allclose(
        questions.public_outputs(), reference.forward(questions.public_weights(), questions.public_inputs()), atol=1e-5
    )
    # what the rest of the kit reads from it
    assert config.fc1_in_features() == derived["answers"]["fc1_in_features"] == 192
    assert config.layer_param_counts() == derived["answers"]["layer_params"]
    assert (REPO / "student" / "selfcheck" / "lab" / "lab.json").read_text() == LAB_SPEC.read_text()


@pytest.mark.slow
def test_cli_check_proves_the_release_on_main():
    done = cnnlab("release", "--check", cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert "proves itself" in done.stdout


@pytest.mark.slow
def test_a_reference_that_fails_its_own_checks_is_refused_and_nothing_is_written(tmp_path, data_root):
    solutions = tmp_path / "solutions"
    solutions.mkdir()
    # a count taken after the step: training still works (the calibration passes), q4 does not
    (solutions / "cnn_lab.py").write_text(
        REFERENCE.read_text().replace(
            "return loss.item(), get_num_correct(preds, labels)",
            "return loss.item(), get_num_correct(network(images), labels)",
        )
    )
    shutil.copy(REPO / "solutions" / "grading.toml", solutions)
    done = cnnlab(
        "release", "--solutions", solutions, "--out", tmp_path / "out", env=dict(os.environ, CNNLAB_DATA=str(data_root))
    )
    assert done.returncode == 1 and not (tmp_path / "out").exists()
    lines = done.stderr.strip().splitlines()
    assert lines[0] == "cnnlab release: error: the release does not prove itself; nothing was written:"
    assert any("the reference's check one_sgd_step (q4_train_step) is failed, not passed" in ln for ln in lines[1:])
    assert any("hidden check one_sgd_step_on_another_batch" in ln for ln in lines[1:])


@pytest.mark.slow
def test_a_budget_too_small_to_leave_a_margin_is_refused(tmp_path, data_root):
    solutions = tmp_path / "solutions"
    solutions.mkdir()
    shutil.copy(REFERENCE, solutions)
    (solutions / "grading.toml").write_text(
        (REPO / "solutions" / "grading.toml")
        .read_text()
        .replace("train_images = 10000", "train_images = 200")
        .replace("epochs = 3", "epochs = 1")
    )
    done = cnnlab(
        "release", "--solutions", solutions, "--out", tmp_path / "out", env=dict(os.environ, CNNLAB_DATA=str(data_root))
    )
    assert done.returncode == 1 and not (tmp_path / "out").exists()
    assert "q5's budget is too small" in done.stderr and "solutions/grading.toml" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_solution_has_exactly_the_four_tasks():
    assert [markers.task_label(b.task) for b in markers.find_blocks(REFERENCE.read_text())] == TASKS


@pytest.fixture(scope="module")
def skeleton():
    return load_module(STUDENT)


def _raises_task(func, task):
    with pytest.raises(NotImplementedError, match=f"^{task}: not finished yet$"):
        func()


def test_each_stub_raises_naming_its_task(skeleton, tmp_path):
    _raises_task(lambda: skeleton.make_test_set(tmp_path, download=False), "task 1")
    _raises_task(skeleton.Network, "task 2")
    net = skeleton.Network.__new__(skeleton.Network)  # task 2 is a stub: build the layers by hand
    nn.Module.__init__(net)
    net.conv1, net.conv2 = nn.Conv2d(1, 6, 5), nn.Conv2d(6, 12, 5)
    _raises_task(lambda: net(__import__("torch").zeros(2, 1, 28, 28)), "task 3")
    _raises_task(lambda: skeleton.train_step(None, None, None, None), "task 4")


def test_everything_that_is_not_a_task_works_in_the_skeleton(skeleton, data_root):
    train_set = skeleton.make_train_set(data_root, download=False)
    image, label = train_set[0]
    assert image.shape == (1, 28, 28) and isinstance(label, int)
    import torch

    assert skeleton.get_num_correct(torch.eye(10), torch.arange(10)) == 10


def test_skeleton_imports_without_side_effects(tmp_path):
    """Importing downloads nothing, writes nothing and prints nothing (otter runs a .py as a script)."""
    done = subprocess.run(
        [sys.executable, "-c", f"import runpy; runpy.run_path({str(STUDENT)!r}, run_name='__main__')"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "" and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("path", [REFERENCE, STUDENT], ids=["solution", "student"])
def test_lab_module_has_no_main_block_and_no_top_level_calls(path):
    tree = ast.parse(path.read_text())
    for node in tree.body:
        assert not isinstance(node, ast.If), f"line {node.lineno}: no if-blocks at module level (no __main__ block)"
        assert not isinstance(node, ast.Expr) or isinstance(node.value, ast.Constant), (
            f"line {node.lineno}: a call at import"
        )


def test_no_solution_line_leaks_into_any_release_file():
    files = release.release_files()
    solution_lines = {line for _, line in markers.solution_lines(REFERENCE.read_text())}
    assert solution_lines, "the reference has solution lines to protect"
    for path, text in files.items():
        leaked = solution_lines & {line.strip() for line in text.splitlines()}
        assert not leaked, f"student/{path} contains solution lines {leaked}"
        assert markers.BEGIN not in text and markers.END not in text


def test_last_step_fails_loudly_when_a_solution_line_survives():
    solution = REFERENCE.read_text()
    leaky = markers.replace_solutions(solution) + "\n    t = t.flatten(start_dim=1)\n"
    with pytest.raises(CnnlabError, match=r"student/cnn_lab.py: solution line \d+ of solutions/cnn_lab.py leaked"):
        markers.assert_clean(leaky, solution, "student/cnn_lab.py")


@pytest.mark.parametrize(
    "text, problem",
    [
        pytest.param(
            "x = 1\n# BEGIN SOLUTION task 9: x\ny = 2\n", r"solutions/cnn_lab.py:2: .* is never closed", id="unclosed"
        ),
        pytest.param("# END SOLUTION\n", r"solutions/cnn_lab.py:1: .* without a matching", id="stray-end"),
        pytest.param(
            "# BEGIN SOLUTION a\n# BEGIN SOLUTION b\n# END SOLUTION\n",
            r"solutions/cnn_lab.py:2: .* inside the block opened at line 1",
            id="nested",
        ),
        pytest.param(
            "# BEGIN SOLUTION\n# END SOLUTION\n", r"solutions/cnn_lab.py:1: .* needs a task name", id="unnamed"
        ),
    ],
)
def test_marker_mistakes_name_file_and_line(text, problem):
    with pytest.raises(CnnlabError, match=problem):
        markers.find_blocks(text)


def test_hints_are_kept_and_stubs_follow_the_banner():
    text = release.student_module(REFERENCE.read_text())
    assert "# self.fc1 = nn.Linear(in_features=XXX, out_features=120)" in text
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.strip().startswith("# ---- please finish the code"):
            following = next(ln for ln in lines[i + 1 :] if not ln.strip().startswith("#"))
            assert following.strip().startswith("raise NotImplementedError(")


def test_notebook_is_valid_nbformat_v4_and_only_calls_the_module():
    nb = nbformat.reads((REPO / "student" / "cnn_lab.ipynb").read_text(), as_version=4)
    nbformat.validate(nb)
    assert nb.nbformat == 4
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert "import cnn_lab" in code and "cnn_lab.train_step(" in code and "cnn_lab.evaluate(" in code


@pytest.mark.slow
def test_notebook_runs_top_to_bottom_against_the_reference(data_root):
    assert "accuracy" in run_notebook(REPO / "student" / "cnn_lab.ipynb", data_root).lower()


@pytest.mark.slow
def test_shipped_selfcheck_runs_without_the_kit(tmp_path, data_root):
    folder = tmp_path / "student"
    shutil.copytree(REPO / "student", folder)
    done = run_student_selfcheck(folder, data_root)
    assert done.returncode == 1 and "5 failed" in done.stdout and done.stdout.count("not finished yet") >= 5, (
        done.stdout[-2000:]
    )
    (folder / "cnn_lab.py").write_text(REFERENCE.read_text())  # the finished lab
    done = run_student_selfcheck(folder, data_root)
    assert done.returncode == 0 and "5 passed" in done.stdout, done.stdout[-2000:]
    # a forward that is not the lab network's shows in the public checks alone (outputs shipped in selfcheck/)
    (folder / "cnn_lab.py").write_text(
        (REPO / "tests" / "submissions" / "wrong" / "channels_last_flatten.py").read_text()
    )
    done = run_student_selfcheck(folder, data_root)
    assert "differ from the lab network's on the public check's inputs" in done.stdout, done.stdout[-2000:]
