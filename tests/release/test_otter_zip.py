"""The otter-grader autograder.zip: same checks, graded with `otter run` (no Docker)."""

import io
import pickle
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import kit
import pytest
from kit import REFERENCE, STUDENT, SUBMISSIONS

from cnnlab.release import otter_zip

QUESTIONS = ["q1_test_set", "q2_fc1", "q3_flatten", "q4_train_step", "q5_accuracy"]


@pytest.fixture(scope="module")
def autograder(tmp_path_factory, data_root):
    return otter_zip.main(out=str(tmp_path_factory.mktemp("dist") / "autograder.zip"), data=str(data_root))


def test_zip_has_one_test_file_per_question_the_checks_the_data_and_pinned_requirements(autograder):
    names = zipfile.ZipFile(autograder).namelist()
    assert sorted(n for n in names if n.startswith("tests/")) == [f"tests/{q}.py" for q in sorted(QUESTIONS)]
    assert "files/mnist/MNIST/raw/t10k-images-idx3-ubyte" in names and "files/lab.json" in names
    # the kit's source, which setup.sh installs (its judge grades each hand-in), as otter's Dockerfile adds it
    # before setup.sh runs: a requirements.* file
    kit_source = zipfile.ZipFile(io.BytesIO(zipfile.ZipFile(autograder).read("requirements.cnnlab-src.zip")))
    assert {"cnnlab-src/pyproject.toml", "cnnlab-src/cnnlab/checks/hidden.py"} <= set(kit_source.namelist())
    assert not [n for n in names if n.startswith("files/") and n.count("/") == 1 and n.endswith(".py")], (
        "a top-level .py beside the submission breaks otter's .py grading"
    )
    q3 = zipfile.ZipFile(autograder).read("tests/q3_flatten.py").decode()
    assert "hidden=True" in q3 and "hidden=False" in q3 and "points = 2" in q3


def otter_run(autograder, submission_text, tmp_path):
    (tmp_path / "cnn_lab.py").write_text(submission_text)
    return kit.otter_run(autograder, tmp_path / "cnn_lab.py", tmp_path)


@pytest.mark.slow
def test_otter_run_gives_the_reference_full_marks(autograder, tmp_path):
    scores = otter_run(autograder, REFERENCE.read_text(), tmp_path)
    assert {q: (t["score"], t["max_score"]) for q, t in scores.items()} == {q: (2, 2) for q in QUESTIONS}


@pytest.mark.slow
def test_otter_run_gives_a_hardcoded_batch_size_exactly_its_partial_score(autograder, tmp_path):
    wrong = REFERENCE.read_text().replace("t = t.flatten(start_dim=1)", "t = t.reshape(100, 192)")
    scores = otter_run(autograder, wrong, tmp_path)
    assert {q: t["score"] for q, t in scores.items()} == {**{q: 2 for q in QUESTIONS}, "q3_flatten": 0}
    assert "fixed batch size" in scores["q3_flatten"]["output"]


def test_image_needs_only_pip_the_pinned_requirements_and_the_cpu_index_where_it_answers(autograder, tmp_path):
    """otter's stock setup.sh downloads Miniforge, a conda environment and a browser: unreachable where only
    package registries are, and the slow image builds otter's users report. The kit's makes a venv and pip-installs."""
    import otter
    import torch
    import torchvision

    zf = zipfile.ZipFile(autograder)
    setup, run = zf.read("setup.sh").decode(), zf.read("run_autograder").decode()
    for word in ("miniforge", "mamba", "conda", "playwright", "wget", "github"):
        assert word not in setup.lower(), word
    assert '"$PYTHON" -m venv' in setup and '-r "$SOURCE/requirements.txt"' in setup
    assert 'pip install --no-cache-dir "$SOURCE/requirements.cnnlab-src.zip"' in setup and "python3.11-venv" in setup
    # CPU wheels from PyTorch's index where it answers, else the default index, said in a printed line
    # (the question goes to PyTorch's index alone: an extra index in pip's configuration would answer in its place)
    assert re.search(
        r"PIP_CONFIG_FILE=/dev/null .*\n.*pip index versions torch --index-url \"\$CPU_INDEX\".*\n(.*\n)?"
        r".*--index-url \"\$CPU_INDEX\" \$TORCH\nelse\n\s+echo .*not reachable",
        setup,
    )
    assert "/autograder/venv/bin/python /autograder/source/run_otter.py" in run and "mamba" not in run
    for script in (setup, run):
        (tmp_path / "script").write_text(script)
        assert subprocess.run(["bash", "-n", str(tmp_path / "script")]).returncode == 0
    pins = dict(line.split("==") for line in zf.read("requirements.txt").decode().splitlines() if ";" not in line)
    # otter pinned to the grader's own (otter grade unpickles what the container's otter wrote)
    assert pins == {
        "torch": torch.__version__.split("+")[0],
        "torchvision": torchvision.__version__.split("+")[0],
        "otter-grader[grading]": otter.__version__,
    }
    assert "dependencies" not in zf.read("environment.yml").decode()  # no conda environment to build


MARKERS = Path("/tmp")  # the otter attacks try to leave cnnlab-otter-marker-* here, outside any sandbox
OTTER_ATTACKS = sorted(p.name for p in (SUBMISSIONS / "hostile").glob("otter_*.py"))


class Escalate:
    """Unpickled, runs a command: what a hand-in's .OTTER_LOG would be to the process that loads it."""

    def __reduce__(self):
        return (subprocess.call, (["touch", str(MARKERS / "cnnlab-otter-marker-log")],))


@pytest.mark.slow
@pytest.mark.parametrize("attack", [*OTTER_ATTACKS, "zip_with_otter_log"])
def test_otter_run_gives_each_attack_on_its_route_only_what_its_code_earns(autograder, tmp_path, attack):
    """No hand-in's code runs in otter's kernel or process: each attack (on the untouched skeleton) earns the
    skeleton's 0, and no marker appears outside the sandbox (neither at import nor when otter unpickles)."""
    for marker in MARKERS.glob("cnnlab-otter-marker*"):
        marker.unlink()
    if attack == "zip_with_otter_log":
        submission = tmp_path / "hand-in.zip"
        with zipfile.ZipFile(submission, "w") as z:
            z.writestr("cnn_lab.py", STUDENT.read_text())
            z.writestr(".OTTER_LOG", pickle.dumps(Escalate()))
            z.writestr("tests/q1_test_set.py", "raise SystemExit('a test file of the hand-in ran')\n")
    else:
        submission = tmp_path / "cnn_lab.py"
        shutil.copy(SUBMISSIONS / "hostile" / attack, submission)
    scores = kit.otter_run(autograder, submission, tmp_path)
    assert {q: t["score"] for q, t in scores.items()} == dict.fromkeys(QUESTIONS, 0)
    assert sorted(p.name for p in MARKERS.glob("cnnlab-otter-marker*")) == []
