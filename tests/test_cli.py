"""The `cnnlab` command line: self-check output and exit codes, help texts with defaults."""

import subprocess
import sys

import pytest
from kit import REFERENCE, REPO, STUDENT


def cnnlab(*args, data_root=None):
    extra = ["--data", str(data_root)] if data_root else []
    return subprocess.run(
        [sys.executable, "-m", "cnnlab.cli", *args, *extra], capture_output=True, text=True, cwd=REPO, timeout=600
    )


@pytest.mark.slow
def test_check_passes_the_reference_and_exits_0(data_root):
    done = cnnlab("check", str(REFERENCE), data_root=data_root)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [ln.split()[:2] for ln in lines[:5]] == [
        ["PASS", q] for q in ["q1_test_set", "q2_fc1", "q3_flatten", "q4_train_step", "q5_accuracy"]
    ]
    # public checks only: the hidden ones stay with the staff, but the student learns they exist
    assert lines[-1] == "score: 8 / 8 on the public checks; hidden checks on other inputs add 2 points to the grade"


def test_check_of_the_release_says_not_finished_and_exits_1(data_root):
    done = cnnlab("check", str(STUDENT), data_root=data_root)
    assert done.returncode == 1
    assert done.stdout.count("not finished yet. Hint:") == 5 and "Traceback" not in done.stdout + done.stderr


def test_missing_data_is_one_line_naming_where_it_looked(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "cnnlab.cli", "check", str(REFERENCE), "--data", str(tmp_path / "none")],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "https_proxy": "http://127.0.0.1:9"},
    )
    assert done.returncode == 1
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith(f"cnnlab check: error: MNIST test split is not under {tmp_path / 'none'}")
    assert "--data DIR" in line
    assert not (tmp_path / "none").exists()  # the failed download leaves no empty folders behind


def test_every_option_states_its_default():
    done = cnnlab("grade", "--help")
    for text in (
        "(default: grades)",
        "(default: 120.0)",
        "(default: 4096)",
        "(default: auto)",
        "(default: the CPU count)",
    ):
        assert text in " ".join(done.stdout.split()), text


def test_check_of_a_missing_file_is_one_line():
    done = cnnlab("check", "typo.py")
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "cnnlab check: error: typo.py: no such file; pass the path of your cnn_lab.py"
    ]


@pytest.mark.parametrize(
    "args, says",
    [
        pytest.param(["gradee"], "invalid choice: 'gradee'", id="typo-in-command"),
        pytest.param(["grade", "x.py", "--timeout", "abc"], "invalid float value: 'abc'", id="not-a-number"),
        pytest.param(
            ["grade", str(REFERENCE), "--timeout", "0"], "--timeout 0: each check needs some seconds", id="timeout-0"
        ),
        pytest.param(
            ["grade", str(REFERENCE), "--memory-limit", "10"], "--memory-limit 10: torch alone needs", id="memory-10"
        ),
        pytest.param(
            ["grade", str(REFERENCE), "--out", str(REPO / "README.md")],
            "cannot make the results folder there",
            id="out-is-a-file",
        ),
        pytest.param(
            ["grade", str(REPO / "examples" / "submissions"), "--out", str(REPO / "examples" / "submissions")],
            "is also the --out folder",
            id="out-is-the-class",
        ),
        pytest.param(["autograder", "--out", "grades.txt"], "pass a name ending in .zip", id="autograder-not-a-zip"),
        pytest.param(["check", str(REPO / "examples")], "takes one .py or .ipynb file", id="check-a-folder"),
    ],
)
def test_bad_input_is_one_line_and_exit_1_before_any_work(args, says, tmp_path):
    done = cnnlab(*args)
    assert done.returncode == 1, done.stderr
    errors = [ln for ln in done.stderr.strip().splitlines() if not ln.startswith(("usage:", " "))]
    assert len(errors) == 1 and says in errors[0], done.stderr
    assert "Traceback" not in done.stderr
    assert not (REPO / "grades.txt").exists()


@pytest.mark.parametrize("command", [["release", "--check"], ["release"], ["autograder"]])
def test_release_in_another_checkout_than_the_installed_one_is_refused(tmp_path, command):
    """A second clone without its own install: rebuilding the installed checkout's student/ instead would
    be a silent surprise, so the command says which checkout it would use and what to do."""
    (tmp_path / "solutions").mkdir()
    (tmp_path / "solutions" / "cnn_lab.py").write_text("# another clone\n")
    (tmp_path / "cnnlab" / "lab").mkdir(parents=True)
    done = subprocess.run(
        [sys.executable, "-m", "cnnlab.cli", *command],
        capture_output=True,
        text=True,
        cwd=tmp_path / "solutions",
        timeout=60,
    )
    assert done.returncode == 1
    (line,) = done.stderr.strip().splitlines()
    assert line == (
        f"cnnlab {command[0]}: error: you are in the kit checkout {tmp_path}, but the cnnlab you ran is "
        f"installed from {REPO}: run `pip install -e .` in {tmp_path} first, so that `cnnlab {command[0]}` works on it"
    )
    assert not (tmp_path / "student").exists()


def test_check_of_another_dataset_names_it_and_makes_no_folder_in_the_data_root(tmp_path, data_root):
    """The public tutorial builds FashionMNIST: say so, and leave the data root as it was (no empty
    FashionMNIST/raw)."""
    root = tmp_path / "data"
    (root / "MNIST" / "raw").mkdir(parents=True)
    for f in (data_root / "MNIST" / "raw").iterdir():
        (root / "MNIST" / "raw" / f.name).symlink_to(f)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "cnnlab.cli",
            "check",
            str(REPO / "tests" / "submissions" / "wrong" / "test_set_fashion_mnist.py"),
            "--data",
            str(root),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=600,
    )
    q1 = next(line for line in done.stdout.splitlines() if "q1_test_set" in line)
    assert "builds a FashionMNIST dataset; the lab's test set is MNIST's test split" in q1, done.stdout
    assert str(root) not in done.stdout and sorted(p.name for p in root.iterdir()) == ["MNIST"]


def test_a_spec_that_cannot_be_read_is_one_line_saying_what_to_do(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "cnnlab.cli", "check", str(REFERENCE)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**__import__("os").environ, "CNNLAB_LAB": str(tmp_path / "none.json")},
        timeout=120,
    )
    assert done.returncode == 1
    (line,) = done.stderr.strip().splitlines()
    assert (
        line.startswith(f"cnnlab: error: $CNNLAB_LAB names {tmp_path / 'none.json'}, which cannot be read")
        and "unset" in line
    )
