"""The otter-grader autograder.zip: same checks, graded with `otter run` (no Docker)."""

import json
import subprocess
import sys
import zipfile

import pytest

from cnnlab import otter_zip

from kit_paths import REFERENCE

QUESTIONS = ["q1_test_set", "q2_fc1", "q3_flatten", "q4_train_step", "q5_accuracy"]


@pytest.fixture(scope="module")
def autograder(tmp_path_factory, data_root):
    return otter_zip.main(out=str(tmp_path_factory.mktemp("dist") / "autograder.zip"), data=str(data_root))


def test_zip_has_one_test_file_per_question_the_checks_the_data_and_pinned_requirements(autograder):
    names = zipfile.ZipFile(autograder).namelist()
    assert sorted(n for n in names if n.startswith("tests/")) == [f"tests/{q}.py" for q in sorted(QUESTIONS)]
    assert "files/cnnlab_checks/hidden.py" in names and "files/mnist/MNIST/raw/t10k-images-idx3-ubyte" in names
    assert not [n for n in names if n.startswith("files/") and n.count("/") == 1 and n.endswith(".py")], \
        "a top-level .py beside the submission breaks otter's .py grading"
    environment = zipfile.ZipFile(autograder).read("environment.yml").decode()  # otter folds requirements.txt in here
    assert "torch==" in environment and "torchvision==" in environment and "+cu" not in environment
    assert "download.pytorch.org/whl/cpu" in environment  # CPU wheels: no multi-GB CUDA build in the image
    q3 = zipfile.ZipFile(autograder).read("tests/q3_flatten.py").decode()
    assert "hidden=True" in q3 and "hidden=False" in q3 and "points = 2" in q3


def otter_run(autograder, submission_text, tmp_path):
    (tmp_path / "cnn_lab.py").write_text(submission_text)
    done = subprocess.run([sys.executable, "-m", "otter", "run", "--no-logo", "-a", str(autograder), "-o", str(tmp_path),
                           str(tmp_path / "cnn_lab.py")], capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    tests = json.loads((tmp_path / "results.json").read_text())["tests"]
    return {t["name"]: t for t in tests if t["name"] in QUESTIONS}


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
