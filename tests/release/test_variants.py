"""Variants an instructor may make of the lab: each is released from an edited copy of solutions/ and graded.

For each variant: `cnnlab release --solutions COPY --out DIR` derives the spec, calibrates q5 and proves the
release (reference full marks, skeleton 0); then one `cnnlab grade` run against DIR/lab.json grades the
reference, the skeleton, the old lab's answer to task 2 where the variant changes it, and every realistic
mistake of tests/submissions/wrong/ carried over to the variant (the same edits applied to it): each still
loses the questions it loses in the lab as given. Edits the checks cannot follow are refused at release.
"""

import json
import os
import shutil
import subprocess
import sys
import zipfile

import pytest
from corpus import WRONG
from kit import QUESTIONS, REFERENCE, REPO, SUBMISSIONS, gradebook_scores, otter_run

pytestmark = pytest.mark.slow
OLD_FC1 = "12 * 4 * 4"

# name: (edits of cnn_lab.py, edits of grading.toml, the variant's fc1 input size)
VARIANTS = {
    "widths": (
        [
            ("out_channels=12", "out_channels=16"),
            (OLD_FC1, "16 * 4 * 4"),
            ("in_features=120, out_features=60", "in_features=120, out_features=84"),
            ("in_features=60, out_features=10", "in_features=84, out_features=10"),
        ],
        [],
        256,
    ),
    "kernel_3": ([("kernel_size=5)", "kernel_size=3)"), (OLD_FC1, "12 * 5 * 5")], [], 300),
    "normalization": ([("MNIST_MEAN, MNIST_STD = 0.1307, 0.3081", "MNIST_MEAN, MNIST_STD = 0.5, 0.5")], [], 192),
    "lr_and_epochs": (
        [("def train(network, train_loader, epochs, lr=0.1,", "def train(network, train_loader, epochs, lr=0.05,")],
        [("epochs = 3", "epochs = 2")],
        192,
    ),
}
# Mistakes that stop being mistakes in a variant, and why.
NOT_CARRIED = {
    "kernel_3": {
        "fc1_wrong_size": "its fc1 of 12 * 5 * 5 is this variant's right size",
        "fc1_wrong_size_flatten_ok": "its fc1 of 12 * 5 * 5 is this variant's right size",
    },
    "normalization": {"test_set_wrong_normalization": "its test set's 0.5/0.5 is this variant's normalization"},
}


def edited(text: str, edits) -> str:
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new)
    return text


def run(args, env, cwd):
    return subprocess.run(
        [sys.executable, "-m", "cnnlab.cli", *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=1800
    )


@pytest.fixture(scope="module", params=list(VARIANTS))
def variant(request, tmp_path_factory, data_root):
    name = request.param
    code_edits, budget_edits, fc1 = VARIANTS[name]
    work = tmp_path_factory.mktemp(name)
    solutions = work / "solutions"
    solutions.mkdir()
    (solutions / "cnn_lab.py").write_text(edited(REFERENCE.read_text(), code_edits))
    (solutions / "grading.toml").write_text(edited((REPO / "solutions" / "grading.toml").read_text(), budget_edits))
    env = dict(os.environ, CNNLAB_DATA=str(data_root))
    done = run(["release", "--solutions", str(solutions), "--out", str(work / "release")], env, work)
    assert done.returncode == 0, done.stderr
    env["CNNLAB_LAB"] = str(work / "release" / "lab.json")
    hand_ins = work / "hand-ins"
    hand_ins.mkdir()
    shutil.copy(solutions / "cnn_lab.py", hand_ins / "reference.py")
    shutil.copy(work / "release" / "student" / "cnn_lab.py", hand_ins / "skeleton.py")
    if fc1 != 192:
        (hand_ins / "old_answer.py").write_text(
            (solutions / "cnn_lab.py")
            .read_text()
            .replace(next(new for old, new in code_edits if old == OLD_FC1), OLD_FC1)
        )
    for path in sorted((SUBMISSIONS / "wrong").glob("*.py")):
        if path.stem in WRONG and path.stem not in NOT_CARRIED.get(name, {}):
            text = path.read_text()
            (hand_ins / path.name).write_text(edited(text, [(o, n) for o, n in code_edits if o in text]))
    graded = run(["grade", str(hand_ins), "--out", str(work / "grades"), "-q"], env, work)
    assert graded.returncode == 0, graded.stderr
    return name, fc1, done.stdout, gradebook_scores(work / "grades" / "final_grades.csv"), env, work


def test_release_derives_the_variant_and_prints_its_calibration_and_self_test(variant):
    name, fc1, printed, _, env, work = variant
    spec = json.loads((work / "release" / "lab.json").read_text())
    assert spec["answers"]["fc1_in_features"] == fc1
    assert "q5 calibration" in printed and "self-test: the reference gets full marks" in printed
    worst = min(r["accuracy"] for r in spec["accuracy"]["calibration"])
    assert len(spec["accuracy"]["calibration"]) == 5 and 0.1 < spec["accuracy"]["threshold"] <= worst - 0.2 + 1e-9
    if name == "normalization":
        assert (spec["data"]["mean"], spec["data"]["std"]) == (0.5, 0.5)
    if name == "lr_and_epochs":
        assert (spec["training"]["lr"], spec["accuracy"]["epochs"]) == (0.05, 2)
    skeleton = (work / "release" / "student" / "cnn_lab.py").read_text()
    assert str(fc1) not in skeleton.split("class Network")[1].split("def forward")[0]  # the answer is not handed out


def test_reference_full_marks_skeleton_zero_and_the_old_answer_loses_q2(variant):
    name, fc1, _, got, _, _ = variant
    assert got["reference.py"] == [2.0] * 5
    assert got["skeleton.py"] == [0.0] * 5
    if fc1 != 192:
        assert got["old_answer.py"][1] == 0.0


def test_realistic_mistakes_still_lose_their_questions(variant):
    name, _, _, got, _, _ = variant
    carried = [n for n in WRONG if n not in NOT_CARRIED.get(name, {})]
    assert {f"{n}.py" for n in carried} <= set(got)
    kept = {
        n: [q for q, was, now in zip(QUESTIONS, WRONG[n].scores, got[f"{n}.py"]) if was < 2 and now == 2]
        for n in carried
    }
    assert {n: qs for n, qs in kept.items() if qs} == {}


def test_an_otter_zip_built_from_the_variant_gives_its_reference_full_marks(variant, tmp_path):
    name, _, _, _, env, work = variant
    if name != "widths":
        pytest.skip("one variant is enough for the otter route")
    zipped = run(["autograder", "--out", str(tmp_path / "autograder.zip")], env, work)
    assert zipped.returncode == 0, zipped.stderr
    assert (
        json.loads(zipfile.ZipFile(tmp_path / "autograder.zip").read("files/lab.json"))["answers"]["fc1_in_features"]
        == 256
    )
    shutil.copy(work / "solutions" / "cnn_lab.py", tmp_path / "cnn_lab.py")
    otter_env = {k: v for k, v in env.items() if k != "CNNLAB_LAB"}  # the zip carries its own spec
    scores = otter_run(tmp_path / "autograder.zip", tmp_path / "cnn_lab.py", tmp_path, env=otter_env)
    assert {q: t["score"] for q, t in scores.items()} == {q: 2 for q in QUESTIONS}


@pytest.mark.parametrize(
    "edit, named",
    [
        pytest.param(
            (
                "        t = F.relu(self.fc2(t))\n",
                "        t = F.relu(self.fc2(t))\n        t = F.relu(self.fc2b(t))\n",
            ),
            "fc2b",
            id="another-layer",
        ),
        pytest.param(
            (
                "kernel_size=2, stride=2)\n        t = F.max_pool2d(F.relu(self.conv2(t))",
                "kernel_size=2, stride=2)\n        t = torch.sigmoid(t)\n"
                "        t = F.max_pool2d(F.relu(self.conv2(t))",
            ),
            "sigmoid",
            id="another-activation",
        ),
        pytest.param(
            (
                "train=False, download=download, transform=TRANSFORM)",
                "train=False, download=download, transform=T.Compose([T.ToTensor(), T.Normalize((0.5,), (0.5,))]))",
            ),
            "normalized unlike",
            id="test-transform-differs",
        ),
        pytest.param(("kernel_size=5)", "kernel_size=5, padding='same')"), "padding='same'", id="padding-word"),
        pytest.param(
            ("        super().__init__()\n", "        super().__init__()\n        raise ValueError('a typo')\n"),
            "reading the lab from the reference failed: ValueError: a typo",
            id="reference-raises",
        ),
    ],
)
def test_an_edit_the_checks_cannot_follow_is_refused_in_one_line_naming_it(tmp_path, data_root, edit, named):
    solutions = tmp_path / "solutions"
    solutions.mkdir()
    text = REFERENCE.read_text()
    if named == "fc2b":
        text = text.replace(
            "        self.out = nn.Linear",
            "        self.fc2b = nn.Linear(in_features=60, out_features=60)\n        self.out = nn.Linear",
        )
    (solutions / "cnn_lab.py").write_text(edited(text, [edit]))
    shutil.copy(REPO / "solutions" / "grading.toml", solutions)
    done = run(
        ["release", "--solutions", str(solutions), "--out", str(tmp_path / "release")],
        dict(os.environ, CNNLAB_DATA=str(data_root)),
        tmp_path,
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and named in lines[0], done.stderr
    assert not (tmp_path / "release").exists()  # nothing written


MODULE_STYLE = [
    (
        "        self.conv1 = nn.Conv2d(in_channels=1, out_channels=6, kernel_size=5)\n",
        "        self.conv1 = nn.Sequential(nn.Conv2d(in_channels=1, out_channels=6, kernel_size=5), nn.ReLU(),\n"
        "                                   nn.MaxPool2d(2))\n"
        "        self.pool = nn.MaxPool2d(kernel_size=2, stride=2)\n"
        "        self.act = nn.ReLU()\n",
    ),
    ("        t = F.max_pool2d(F.relu(self.conv1(t)), kernel_size=2, stride=2)\n", "        t = self.conv1(t)\n"),
    (
        "        t = F.max_pool2d(F.relu(self.conv2(t)), kernel_size=2, stride=2)\n",
        "        t = self.pool(self.act(self.conv2(t)))\n",
    ),
    ("        t = t.flatten(start_dim=1)\n", "        t = t.view(t.size(0), -1)\n"),
]


def test_a_reference_written_with_modules_and_blocks_grades_task_3_without_task_2(tmp_path, data_root):
    """ReLU and pooling as modules, conv1 a block, a view(size(0), -1) flatten: the spec records the modules, so
    a student whose task 2 is unfinished (its __init__ raises) still has a network for task 3's check."""
    solutions = tmp_path / "solutions"
    solutions.mkdir()
    (solutions / "cnn_lab.py").write_text(edited(REFERENCE.read_text(), MODULE_STYLE))
    shutil.copy(REPO / "solutions" / "grading.toml", solutions)
    env = dict(os.environ, CNNLAB_DATA=str(data_root))
    done = run(["release", "--solutions", str(solutions), "--out", str(tmp_path / "release")], env, tmp_path)
    assert done.returncode == 0, done.stderr
    spec = json.loads((tmp_path / "release" / "lab.json").read_text())
    assert spec["network"]["modules"]["conv1"]["single"] is False and spec["answers"]["fc1_in_features"] == 192
    hand_ins = tmp_path / "hand-ins"
    hand_ins.mkdir()
    task2 = (SUBMISSIONS / "wrong" / "task2_unfinished.py").read_text()
    (hand_ins / "task2_unfinished.py").write_text(edited(task2, [(o, n) for o, n in MODULE_STYLE if o in task2]))
    env["CNNLAB_LAB"] = str(tmp_path / "release" / "lab.json")
    graded = run(["grade", str(hand_ins), "--out", str(tmp_path / "grades"), "-q"], env, tmp_path)
    assert graded.returncode == 0, graded.stderr
    got = gradebook_scores(tmp_path / "grades" / "final_grades.csv")["task2_unfinished.py"]
    assert got[QUESTIONS.index("q3_flatten")] == 2 and got[QUESTIONS.index("q2_fc1")] == 0, got
