"""`cnnlab grade`: one folder mixing every kind of submission, every row and file asserted."""

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

import nbformat
import pytest
from kit import CNNLAB, EXAMPLES, REFERENCE, REPO, STUDENT, cnnlab, grade_quietly

from cnnlab import CnnlabError
from cnnlab.grading import gradebook, intake
from cnnlab.grading import run as grade
from cnnlab.outcomes import HIDDEN_MESSAGES, INTERNAL_ERROR

HARDCODED = REFERENCE.read_text().replace("t = t.flatten(start_dim=1)", "t = t.reshape(100, 192)")
COLUMNS = [
    "file",
    "q1_test_set",
    "q2_fc1",
    "q3_flatten",
    "q4_train_step",
    "q5_accuracy",
    "total_points_earned",
    "percent_correct",
    "grading_status",
]
# file -> (q1, q2, q3, q4, q5, total, percent, status)
EXPECTED = {
    "points-per-question": ["2", "2", "2", "2", "2", "10", "1", "n/a"],
    "alice.py": ["2", "2", "2", "2", "2", "10", "1.0", "graded"],
    "bob.py": ["0", "0", "0", "0", "0", "0", "0.0", "graded"],
    "carol.zip": ["2", "2", "2", "2", "2", "10", "1.0", "graded"],
    "dave": ["2", "2", "0", "2", "2", "8", "0.8", "graded"],
    "erin.ipynb": ["2", "2", "2", "2", "2", "10", "1.0", "graded"],
    "frank.py": ["0", "0", "0", "0", "0", "0", "0.0", "syntax error (line 3)"],
    "grace": ["0", "0", "0", "0", "0", "0", "0.0", "no cnn_lab.py found"],
}


def make_class(folder: Path) -> Path:
    """One student per kind of hand-in."""
    folder.mkdir()
    (folder / "alice.py").write_text(REFERENCE.read_text())  # the reference, under another name
    (folder / "bob.py").write_text(STUDENT.read_text())  # the untouched release
    with zipfile.ZipFile(folder / "carol.zip", "w") as z:  # a zip with the file deep inside, and macOS debris
        z.writestr("lab3/src/cnn_lab.py", REFERENCE.read_text())
        z.writestr("__MACOSX/lab3/src/._cnn_lab.py", "garbage")
    (folder / "dave" / "work").mkdir(parents=True)  # a folder holding a wrong cnn_lab.py
    (folder / "dave" / "work" / "cnn_lab.py").write_text(HARDCODED)
    (folder / "dave" / "notes.md").write_text("my notes")
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("# My lab"),
        nbformat.v4.new_code_cell("%matplotlib inline"),
        nbformat.v4.new_code_cell(REFERENCE.read_text()),  # a notebook's exploration is skipped, not run:
        nbformat.v4.new_code_cell(
            "train_loader, test_loader = make_loaders('data')\nnet = Network()\ntrain(net, train_loader, 10)"
        ),
    ]
    (folder / "erin.ipynb").write_text(nbformat.writes(nb))
    (folder / "frank.py").write_text("import torch\n\ndef make_test_set(root, download=True:\n    pass\n")
    (folder / "grace").mkdir()
    (folder / "grace" / "README.txt").write_text("I forgot the file")
    return folder


@pytest.fixture(scope="module")
def graded(tmp_path_factory, data_root):
    base = tmp_path_factory.mktemp("class")
    folder = make_class(base / "submissions")
    out = base / "grades"
    results = grade_quietly(folder, out=out, data=data_root, jobs=2, timeout=60).results
    return out, results


def test_a_relative_data_root_through_a_parent_folder_grades(tmp_path, data_root, monkeypatch):
    """CNNLAB_DATA=../shared/data, as a TA types it: the sandbox sees the folders on the root's real path."""
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    relative = os.path.relpath(data_root)
    assert relative.startswith("..")
    shutil.copy(STUDENT, "bob.py")
    monkeypatch.setenv("CNNLAB_DATA", relative)
    results = grade.main(submissions=["bob.py"], out="grades", jobs=1, timeout=60, progress=False).results
    assert [r.status for r in results] == ["graded"]
    assert all(c.outcome == "not finished" for c in results[0].checks)


def test_another_dataset_is_named_in_grading_without_a_path_of_the_graders(tmp_path, data_root):
    """The public tutorial's FashionMNIST test set: in the sandbox its download would fail on the read-only data
    root."""
    shutil.copy(REPO / "tests" / "submissions" / "wrong" / "test_set_fashion_mnist.py", tmp_path / "fashion.py")
    results = grade_quietly(
        tmp_path / "fashion.py", out=tmp_path / "grades", data=data_root, jobs=1, timeout=60
    ).results
    q1 = next(c for c in results[0].checks if c.question == "q1_test_set")
    assert (q1.outcome, q1.points) == ("error", 0)
    assert "builds a FashionMNIST dataset; the lab's test set is MNIST's test split" in q1.message
    feedback = (tmp_path / "grades" / "feedback" / "fashion.md").read_text()
    assert "FashionMNIST" in feedback and str(data_root) not in feedback and "Read-only" not in feedback
    assert results[0].earned == 8


def test_a_submission_finds_no_staff_path_and_no_judge_text_anywhere_in_its_process(tmp_path, data_root):
    """CNNLAB_LAB names a staff file: the sandbox gets the spec's text, so its path is in no environment, command
    line or object of the sandbox's memory. Graded in Chinese, the sandbox's catalogue is the shipped one only: no
    judge-only message (a hidden check's text) is in its memory either."""
    marker = tmp_path / "staff-only-spec-marker"
    marker.mkdir()
    shutil.copy(REPO / "cnnlab" / "lab" / "lab.json", marker / "lab.json")
    snoop = STUDENT.read_text().replace(
        '    raise NotImplementedError("task 1: not finished yet")',
        "    import gc, os, pathlib\n    seen = repr(dict(os.environ))\n"
        '    for f in ("/proc/self/environ", "/proc/self/cmdline", "/proc/1/environ", "/proc/1/cmdline"):\n'
        '        try:\n            seen += open(f, "rb").read().decode(errors="replace")\n'
        "        except OSError:\n            pass\n"
        # every string and path an object of the process holds, or a dict or tuple it holds (CPython does not track
        # those of plain strings: they are found through what refers to them); the needles spelt backwards
        '    path, judge = "rekram-ceps-ylno-ffats"[::-1], "hctab neddih a"[::-1]\n'
        "    for o in gc.get_objects():\n"
        "        for r in (o, *gc.get_referents(o)):\n"
        "            items = [x for kv in r.items() for x in kv] if isinstance(r, dict) else r if isinstance(\n"
        "                r, (list, tuple, set, frozenset)) else (r,)\n"
        "            for w in items:\n"
        "                if isinstance(w, (str, pathlib.PurePath)) and path in str(w):\n"
        '                    seen += " marker"\n'
        "                if isinstance(w, str) and w == judge:\n"
        '                    seen += " judge-text"\n'
        '    verdict = "marker" in seen and "LEAKED" or "clean"\n'
        '    raise RuntimeError(verdict + ("judge-text" in seen and " JUDGE" or " shipped"))',
        1,
    )
    assert snoop != STUDENT.read_text()
    (tmp_path / "snoop.py").write_text(snoop)
    env = {**os.environ, "CNNLAB_LAB": str(marker / "lab.json"), "CNNLAB_DATA": str(data_root)}
    done = cnnlab(
        "grade", tmp_path / "snoop.py", "--out", tmp_path / "grades", "-q", "-j", "1", "--lang", "zh-CN", env=env
    )
    assert done.returncode == 0, done.stderr
    feedback = (tmp_path / "grades" / "feedback" / "snoop.md").read_text()
    assert "clean shipped" in feedback and "LEAKED" not in feedback and "JUDGE" not in feedback, feedback


def test_gradebook_has_otters_columns_and_one_exact_row_per_submission(graded):
    out, _ = graded
    with open(out / "final_grades.csv") as f:
        rows = list(csv.reader(f))
    assert rows[0] == COLUMNS
    assert {row[0]: row[1:] for row in rows[1:]} == EXPECTED
    assert rows[1][0] == "points-per-question"


def test_results_follow_gradescopes_schema_and_hide_hidden_inputs(graded):
    out, _ = graded
    names = {p.stem for p in (out / "results").glob("*.json")}
    assert names == {"alice", "bob", "carol", "dave", "erin", "frank", "grace"}
    dave = json.loads((out / "results" / "dave.json").read_text())
    assert dave["score"] == 8 and {"tests", "execution_time", "output"} <= dave.keys()
    q3 = [t for t in dave["tests"] if t["name"].startswith("q3_flatten")]
    assert [t["visibility"] for t in q3] == ["visible", "after_published"]
    assert "works for 100" in q3[0]["output"] and "fixed batch size" in q3[0]["output"]
    assert q3[1]["output"].startswith("hidden check failed. Hint:") and "batch of" not in q3[1]["output"]
    saved = [c for c in dave["extra_data"]["cnnlab"]["checks"] if c["hidden"]]
    # what a hidden check saw stays with the judge: its kind only, and no draw in a file students may get
    assert saved and all(c["message"] in (*HIDDEN_MESSAGES.values(), "") and c["detail"] == "" for c in saved)
    assert "draw" not in json.dumps(dave)


def test_staff_records_each_gradings_draw_and_a_replay_reproduces_it(graded, data_root, tmp_path):
    out, _ = graded
    staff = {p.stem: json.loads(p.read_text()) for p in (out / "staff").glob("*.json")}
    assert set(staff) == {p.stem for p in (out / "results").glob("*.json")}
    draws = [s["draw"] for s in staff.values()]
    assert all(len(d) == 32 for d in draws) and len(set(draws)) == len(draws)  # fresh for every hand-in
    hidden = [c for c in staff["dave"]["checks"] if c["hidden"] and c["outcome"] == "failed"]
    assert hidden and all(c["observed"] not in HIDDEN_MESSAGES.values() for c in hidden)  # the real observation
    dave = tmp_path / "one"  # dave's folder alone, in a class folder of its own (replayed by name)
    shutil.copytree(out.parent / "submissions" / "dave", dave / "dave")
    again = tmp_path / "again"
    grade_quietly(dave, out=again, data=data_root, jobs=1, timeout=60)
    replay = tmp_path / "replay"
    grade_quietly(dave, out=replay, data=data_root, jobs=1, timeout=60, replay=str(out))
    replayed = json.loads((replay / "staff" / "dave.json").read_text())
    fresh = json.loads((again / "staff" / "dave.json").read_text())
    assert replayed["draw"] == staff["dave"]["draw"] != fresh["draw"]
    assert replayed["checks"] == staff["dave"]["checks"]  # the same observations, hidden ones included
    assert [c["outcome"] for c in fresh["checks"]] == [
        c["outcome"] for c in staff["dave"]["checks"]
    ]  # fresh draw, same score


def test_feedback_is_what_the_student_sees(graded):
    out, _ = graded
    bob = (out / "feedback" / "bob.md").read_text()
    assert "**Score: 0 / 10**" in bob and bob.count("not finished yet") == 5
    frank = (out / "feedback" / "frank.md").read_text()
    assert "syntax error (line 3)" in frank and "run `python cnn_lab.py`" in frank
    assert "Traceback" not in "".join(p.read_text() for p in (out / "feedback").iterdir())


def test_summary_has_picture_pass_rates_and_common_failures(graded):
    out, _ = graded
    summary = (out / "summary.md").read_text()
    assert "7 submissions" in summary and "![score histogram" in summary
    assert "| q3_flatten | 3/7 (43%) |" in summary
    assert "| q3_flatten | the flatten seems to use a fixed batch size" in summary
    assert (out / "summary.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_limit_report_names_the_submissions_that_did_not_run(graded):
    _, results = graded
    assert grade.limit_report(results) == (
        "2 of 7 hit a limit or did not run: frank (syntax error (line 3)); grace (no cnn_lab.py found)"
    )


def test_rerun_resumes_and_regrades_only_what_is_missing_or_changed(graded, data_root):
    out, _ = graded
    folder = out.parent / "submissions"
    kept = (out / "results" / "alice.json").stat().st_mtime_ns
    (out / "results" / "bob.json").unlink()  # as if the run had been interrupted before bob
    (out / "feedback" / "carol.md").unlink()  # lost to an interruption between the result and its feedback
    (out / "final_grades.csv").unlink()
    (folder / "frank.py").write_text(REFERENCE.read_text())  # frank fixed his file
    grade_quietly(folder, out=out, data=data_root, jobs=2, timeout=60)
    assert (out / "results" / "alice.json").stat().st_mtime_ns == kept
    with open(out / "final_grades.csv") as f:
        rows = {row["file"]: row for row in csv.DictReader(f)}
    assert rows["bob.py"]["total_points_earned"] == "0" and rows["frank.py"]["total_points_earned"] == "10"
    assert (out / "feedback" / "carol.md").read_text().startswith("# Feedback for carol")
    grade_quietly(folder / "alice.py", out=out, data=data_root, timeout=61)
    regraded = (out / "results" / "alice.json").stat().st_mtime_ns
    assert regraded != kept  # other limits: graded again
    with open(out / "final_grades.csv") as f:  # one hand-in graded into the class's folder drops no one
        assert [row["file"] for row in csv.DictReader(f)] == [
            "points-per-question",
            "alice.py",
            "bob.py",
            "carol.zip",
            "dave",
            "erin.ipynb",
            "frank.py",
            "grace",
        ]
    grade_quietly(folder / "alice.py", out=out, data=data_root, timeout=61, force=True)
    assert (out / "results" / "alice.json").stat().st_mtime_ns != regraded


@pytest.mark.parametrize(
    "args, message",
    [
        pytest.param(
            ["nowhere/"],
            "nowhere/: no such file or folder; pass submission files, zips, or a folder of submissions",
            id="missing-path",
        ),
        pytest.param(
            ["README.md"], "README.md: not a submission (expected .py, .ipynb, .zip or a folder)", id="not-a-submission"
        ),
        pytest.param(
            ["student/cnn_lab.py", "-j", "0"], "-j 0: the number of parallel gradings must be at least 1", id="jobs"
        ),
    ],
)
def test_bad_input_is_one_clear_line_and_exit_1(args, message, tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "cnnlab.cli", "grade", *args, "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [f"cnnlab grade: error: {message}"]


def test_cuda_request_without_cuda_is_refused_clearly():
    import torch

    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA")
    with pytest.raises(CnnlabError, match="no CUDA device is available here; use --device cpu"):
        grade.pick_device("cuda")


@pytest.mark.slow
def test_example_class_grades_as_its_readme_says(tmp_path, data_root):
    """README's main-job command: the shipped example class, end to end."""
    results = grade_quietly(EXAMPLES, out=tmp_path, data=data_root, jobs=2).results
    totals = {r.name: r.earned for r in results}
    assert totals == {
        "alice": 10,
        "bob": 8,
        "carol": 6,
        "dave": 8,
        "erin": 0,
        "frank": 6,
        "grace": 10,
        "heidi": 10,
        "ivan": 0,
    }
    table = (REPO / "examples" / "README.md").read_text()
    for name, total in totals.items():
        assert f"{total:g}/10" in next(line for line in table.splitlines() if line.startswith(f"| {name}."))


@pytest.mark.slow
def test_a_correct_lab_asking_for_every_core_keeps_full_marks(tmp_path, data_root):
    """torch.set_num_threads(8) at import is harmless: the grader keeps its own thread count, so the lab
    stays within its share of the cores instead of being stopped as a busy-process attack."""
    source = REFERENCE.read_text().replace(
        "\nBATCH_SIZE = ", "\ntorch.set_num_threads(8)  # use every core\nBATCH_SIZE = ", 1
    )
    assert "set_num_threads(8)" in source
    (tmp_path / "greedy.py").write_text(source)
    results = grade_quietly(
        tmp_path / "greedy.py", out=tmp_path / "out", data=data_root, jobs=os.cpu_count() or 1
    ).results  # one thread per sandbox: its share is 1.5 cores
    assert (results[0].status, results[0].earned) == ("graded", 10)


def test_sandbox_sees_nothing_outside_what_it_needs(tmp_path, data_root):
    """A copy of the solution elsewhere on the disk (another course's folder, say) stays out of reach."""
    secret = tmp_path / "elsewhere" / "solution.txt"
    secret.parent.mkdir()
    secret.write_text("THE-ANSWER")
    snoop = REFERENCE.read_text().replace(
        '    """The 10,000 MNIST test images, transformed exactly like the training images."""',
        f'    """The 10,000 MNIST test images, transformed exactly like the training images."""\n'
        f"    raise ValueError(open({str(secret)!r}).read())",
    )
    (tmp_path / "class").mkdir()
    (tmp_path / "class" / "snoop.py").write_text(snoop)
    (result,) = grade_quietly(tmp_path / "class", out=tmp_path / "out", data=data_root, jobs=1).results
    q1 = next(c for c in result.checks if c.question == "q1_test_set")
    assert q1.outcome == "error" and "FileNotFoundError" in q1.message and "THE-ANSWER" not in q1.message
    assert result.earned == 8


def test_the_kernel_caps_the_tasks_a_submission_may_start(tmp_path, data_root):
    """RLIMIT_NPROC, counted per user namespace: a fork tree stops there between two looks of the watchdog."""
    from cnnlab.sandbox.child import tasks_counted_per_namespace
    from cnnlab.sandbox.client import Limits

    if not tasks_counted_per_namespace():
        pytest.skip("before Linux 5.14 the kernel counts RLIMIT_NPROC per user on the whole machine: not set")
    probe = REFERENCE.read_text().replace(
        '    """The 10,000 MNIST test images, transformed exactly like the training images."""',
        '    """The 10,000 MNIST test images, transformed exactly like the training images."""\n'
        "    import resource\n"
        "    raise ValueError([n + 1 for n in resource.getrlimit(resource.RLIMIT_NPROC)])",
    )  # + 1: not a multiple of 192
    (tmp_path / "probe.py").write_text(probe)
    (result,) = grade_quietly(tmp_path / "probe.py", out=tmp_path / "out", data=data_root, jobs=1).results
    q1 = next(c for c in result.checks if c.question == "q1_test_set")
    cap = 4 * (Limits.max_processes + Limits.max_threads)
    assert q1.message.endswith(f": [{cap + 1}, {cap + 1}]"), q1.message


def test_the_sandbox_sees_of_the_kit_exactly_what_the_boundary_allows(tmp_path, data_root):
    """The file view is an allow-list derived from cnnlab.boundary: of the checkout only the package, of the package
    only what runs beside the submission (a new judge-only module is out of sight without being named anywhere)."""
    from cnnlab import boundary

    package = boundary.PACKAGE
    (package / "checks" / "judge_only_new.py").write_text("SECRET = 1\n")
    try:
        views, hide = grade.sandbox_view(data_root, tmp_path / "work", [tmp_path / "out"])
    finally:
        (package / "checks" / "judge_only_new.py").unlink()
    assert views[str(REPO)] == ["cnnlab"]  # the checkout shows the kit's package, not solutions/, tests/, student/
    assert views[str(package)] == sorted(
        {"__init__.py", "i18n.py", "outcomes.py", "lab", "submission", "sandbox", "locale"}
    )
    assert views[str(package / "locale" / "zh_CN" / "LC_MESSAGES")] == ["cnnlab.mo"]  # not the judge's catalogue

    def seen(path: Path) -> bool:
        for folder in [*reversed(path.parents)][1:] + [path]:
            if str(folder.parent) in views and folder.name not in views[str(folder.parent)] or str(folder) in hide:
                return False
        return True

    for secret in (
        "checks/hidden.py",
        "checks/reference.py",
        "checks/judge.py",
        "checks/q3_flatten.py",
        "checks/judge_only_new.py",
        "grading/run.py",
        "release/build.py",
        "locale/zh_CN/LC_MESSAGES/cnnlab-judge.mo",
        "lab/__pycache__",  # an allowed folder is bound file by file: not its bytecode, nothing added to it later
        "submission/__pycache__",
    ):
        assert not seen(package / secret), secret
    for path in (REPO / "solutions" / "cnn_lab.py", REPO / "tests" / "conftest.py", REPO / "student" / "cnn_lab.py"):
        assert not seen(path), path
    for needed in (
        package / "submission" / "inprocess.py",
        package / "lab" / "config.py",
        package / "sandbox" / "child.py",
        Path(data_root).resolve(),
        Path(sys.prefix).resolve(),
    ):
        assert seen(needed), needed
    assert sorted(
        p.relative_to(package).as_posix() for p in package.rglob("*.py") if seen(p) and "__pycache__" not in p.parts
    ) == sorted(rel for rel in boundary.files(boundary.SANDBOX_SEES) if rel.endswith(".py"))


@pytest.mark.slow
def test_what_appears_during_grading_stays_out_of_sight(tmp_path, data_root):
    """A file made in /tmp while a sandbox runs (another grading run's scratch folder, say) is not in its view."""
    secret = Path(tempfile.gettempdir()) / f"cnnlab-test-{os.getpid()}-{time.time_ns()}" / "solution.txt"
    snoop = REFERENCE.read_text().replace(
        '    """The 10,000 MNIST test images, transformed exactly like the training images."""',
        f'    """The 10,000 MNIST test images, transformed exactly like the training images."""\n'
        f"    import os, time\n"
        f"    for _ in range(200):  # made while this sandbox runs: watch for it for 20 s\n"
        f"        if os.path.exists({str(secret)!r}):\n"
        f"            raise ValueError(open({str(secret)!r}).read())\n"
        f"        time.sleep(0.1)",
    )
    (tmp_path / "snoop.py").write_text(snoop)
    grading = threading.Thread(
        target=lambda: results.append(
            grade_quietly(tmp_path / "snoop.py", out=tmp_path / "out", data=data_root, jobs=1).results
        )
    )
    results = []
    before = set(Path(tempfile.gettempdir()).glob("cnnlab-grade-*/work/sub-*"))
    grading.start()
    try:
        deadline = time.monotonic() + 60
        while (
            not set(Path(tempfile.gettempdir()).glob("cnnlab-grade-*/work/sub-*")) - before
            and time.monotonic() < deadline
        ):
            time.sleep(0.05)
        time.sleep(8)  # the zygote has imported torch, the sandbox has started and hidden what it should
        secret.parent.mkdir()
        secret.write_text("THE-ANSWER")
        grading.join(timeout=120)
    finally:
        shutil.rmtree(secret.parent, ignore_errors=True)
    ((result,),) = results
    q1 = next(c for c in result.checks if c.question == "q1_test_set")
    assert "THE-ANSWER" not in q1.message and q1.outcome == "passed", q1.message


def test_every_hand_in_gets_its_own_name_and_row(tmp_path):
    for name in ("alice.py", "alice.zip", "alice-2.py", "points-per-question.py", "=cmd|calc.py"):
        (tmp_path / name).write_text("")
    (tmp_path / "grades").mkdir()  # the results of an earlier run, inside the class folder
    for folder in ("a", "b"):  # two folders, each with an alice.py
        (tmp_path.parent / folder).mkdir(exist_ok=True)
        (tmp_path.parent / folder / "alice.py").write_text("")
    subs = gradebook.discover(
        [tmp_path, tmp_path.parent / "a" / "alice.py", tmp_path.parent / "b" / "alice.py"], out_dir=tmp_path / "grades"
    )
    names, files = [s.name for s in subs], [s.file for s in subs]
    assert len(names) == len(set(names)) == len(files) == len(set(files)) == 7
    assert "points-per-question" not in names and "grades" not in names
    from cnnlab.checks.results import SubmissionResult
    from cnnlab.grading.report import csv_row

    assert csv_row(SubmissionResult(name="x", checks=[], status="graded"), "=cmd|calc.py")["file"] == "'=cmd|calc.py"


def test_a_late_hand_in_that_replaces_another_alice_says_so_and_file_names_stay_unique(tmp_path, data_root, capsys):
    klass, late, out = tmp_path / "class", tmp_path / "late", tmp_path / "grades"
    (klass / "alice").mkdir(parents=True)
    late.mkdir()
    skeleton = STUDENT.read_text()  # unfinished: quick to grade
    (klass / "alice" / "cnn_lab.py").write_text(skeleton)
    (klass / "alice.py").write_text(skeleton)
    (late / "alice.py").write_text(skeleton + "\n# handed in late\n")
    grade_quietly(klass, out=out, data=data_root, jobs=1)
    capsys.readouterr()
    grade.main(submissions=[str(late / "alice.py")], out=str(out), data=str(data_root), jobs=1, progress=True)
    assert (
        f"note: {late / 'alice.py'} replaces the earlier result of alice (graded from {klass / 'alice'})"
        in capsys.readouterr().err
    )
    with open(out / "final_grades.csv") as f:
        files = [row["file"] for row in csv.DictReader(f)][1:]
    assert sorted(files) == [
        "alice-2.py",
        "alice.py",
    ]  # the late alice.py, and the class's alice.py (graded as alice-2)


def test_a_whole_class_or_a_link_is_not_one_students_hand_in(tmp_path):
    with zipfile.ZipFile(tmp_path / "class.zip", "w") as z:
        z.writestr("alice/cnn_lab.py", "")
        z.writestr("bob/cnn_lab.py", "")
    with zipfile.ZipFile(tmp_path / "loose.zip", "w") as z:
        z.writestr("alice.py", "")
        z.writestr("bob.ipynb", "")
    (tmp_path / "link").symlink_to(REPO / "solutions")
    for name, says in (
        ("class.zip", "2 files named cnn_lab.py side by side"),
        ("loose.zip", "2 .py/.ipynb files"),
        ("link", "symbolic link"),
    ):
        scratch = tmp_path / f"scratch-{name}"  # one per hand-in, as in grading
        scratch.mkdir()
        lab, why = intake.unpack(intake.Submission(name, tmp_path / name), scratch)
        assert lab is None and says in why, why


def test_ctrl_c_while_grading_starts_is_one_line_and_leaves_nothing_behind(tmp_path, data_root):
    before = set(Path(tempfile.gettempdir()).glob("cnnlab-grade-*"))
    out = tmp_path / "grades"
    proc = subprocess.Popen(
        [*CNNLAB, "grade", str(EXAMPLES), "--out", str(out), "--data", str(data_root), "-j1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    time.sleep(2.5)  # importing torch, reading MNIST, starting the zygote: no submission graded yet
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and err.strip().splitlines()[-1].startswith("cnnlab grade: ")
    assert set(Path(tempfile.gettempdir()).glob("cnnlab-grade-*")) <= before


@pytest.mark.slow
def test_ctrl_c_keeps_what_was_graded_exits_130_and_the_next_run_resumes(tmp_path, data_root):
    out = tmp_path / "grades"
    cmd = [*CNNLAB, "grade", str(EXAMPLES), "--out", str(out), "--data", str(data_root), "-j1", "--force"]
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )  # as a terminal's Ctrl-C
    deadline = time.monotonic() + 120
    while not list((out / "results").glob("*.json")) and time.monotonic() < deadline:
        time.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    saved = sorted(p.name for p in (out / "results").glob("*.json"))
    assert proc.returncode == 130, err
    last = err.strip().splitlines()[-1]
    assert last == (
        f"cnnlab grade: error: interrupted: {len(saved)} of 9 graded and saved in {out}/results; "
        "run the same command without --force to grade the rest"
    )
    again = subprocess.run(cmd[:-1], capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert f"resuming: {len(saved)} already graded" in again.stderr
    assert len(list((out / "results").glob("*.json"))) == 9


def test_only_the_judges_own_failure_is_graded_again_never_a_status_a_hand_in_words(tmp_path, data_root, monkeypatch):
    """A bug of the grader's on one hand-in: its row says so, errors.log has the traceback, the next run grades it
    again. A hand-in whose status holds the same words (forged_internal_error.py) is kept like any other."""
    from cnnlab.grading import remote

    shutil.copy(REPO / "tests" / "submissions" / "hostile" / "forged_internal_error.py", tmp_path / "forged.py")
    shutil.copy(REFERENCE, tmp_path / "bug.py")
    out, honest = tmp_path / "grades", remote.run_checks

    def buggy(sandbox, ctx, checks, name):
        if name == "bug":
            raise RuntimeError("a bug of the grader's own")
        return honest(sandbox, ctx, checks, name=name)

    monkeypatch.setattr(remote, "run_checks", buggy)
    first = {r.name: r for r in grade_quietly(tmp_path, out=out, data=data_root, jobs=1).results}
    assert first["bug"].status == INTERNAL_ERROR and first["bug"].internal_error
    assert "internal grader error" in first["forged"].status and not first["forged"].internal_error
    assert "a bug of the grader's own" in (out / "errors.log").read_text()
    monkeypatch.setattr(remote, "run_checks", honest)
    draws = {name: json.loads((out / "staff" / f"{name}.json").read_text())["draw"] for name in first}
    again = {r.name: r for r in grade_quietly(tmp_path, out=out, data=data_root, jobs=1).results}
    assert json.loads((out / "staff" / "forged.json").read_text())["draw"] == draws["forged"]  # kept, not graded anew
    assert json.loads((out / "staff" / "bug.json").read_text())["draw"] != draws["bug"]
    assert again["forged"].status == first["forged"].status
    assert (again["bug"].status, again["bug"].earned, again["bug"].internal_error) == ("graded", 10, False)


def rows_of(out: Path) -> dict:
    with open(out / "final_grades.csv") as f:
        return {row["file"]: row["grading_status"] for row in csv.DictReader(f) if row["file"] != "points-per-question"}


def two_sections_graded(folder: Path, out: Path, data_root) -> dict:
    """sec1/alice.py (the skeleton) and sec2/alice.py (a syntax error) graded into `out`: their rows."""
    for section, text in (("sec1", STUDENT.read_text()), ("sec2", "def broken(:\n")):
        (folder / section).mkdir()
        (folder / section / "alice.py").write_text(text)
    grade_quietly(folder / "sec1", folder / "sec2", out=out, data=data_root, jobs=1)
    return rows_of(out)


def test_a_section_graded_again_alone_keeps_its_names(tmp_path, data_root, capsys):
    """Two sections each with an alice.py: alice and alice-2 stay who they are when one section is graded again."""
    out = tmp_path / "grades"
    first = two_sections_graded(tmp_path, out, data_root)
    assert sorted(first.values()) == ["graded", "syntax error (line 1)"]
    (tmp_path / "sec2" / "alice.py").write_text("def broken(:\n\n")  # changed: graded again, under its own name
    capsys.readouterr()
    (result,) = grade_quietly(tmp_path / "sec2", out=out, data=data_root, jobs=1).results
    assert result.name == "alice-2" and result.status == "syntax error (line 1)"
    assert rows_of(out) == first and "note:" not in capsys.readouterr().err


def test_the_class_graded_again_keeps_a_later_hand_in_and_says_so(tmp_path, data_root, capsys):
    klass, late, out = tmp_path / "class", tmp_path / "late", tmp_path / "grades"
    klass.mkdir()
    late.mkdir()
    (klass / "erin.py").write_text(STUDENT.read_text())
    (late / "erin.py").write_text("def late(:\n")
    os.utime(
        late / "erin.py", (time.time() - 86400, time.time() - 86400)
    )  # copied with its old time: times decide nothing
    grade_quietly(klass, out=out, data=data_root, jobs=1)
    capsys.readouterr()
    grade_quietly(late / "erin.py", out=out, data=data_root, jobs=1)
    assert (
        f"note: {late / 'erin.py'} replaces the earlier result of erin (graded from {klass / 'erin.py'})"
        in capsys.readouterr().err
    )
    assert rows_of(out) == {"erin.py": "syntax error (line 1)"}
    grade_quietly(klass, out=out, data=data_root, jobs=1)
    assert (
        f"note: erin keeps the result of {late / 'erin.py'}, which replaced {klass / 'erin.py'} in an earlier run"
        in capsys.readouterr().err
    )
    assert rows_of(out) == {"erin.py": "syntax error (line 1)"}
    (klass / "erin.py").write_text(
        STUDENT.read_text() + "\n# changed after the late hand-in\n"
    )  # a new hand-in: graded
    grade_quietly(klass, out=out, data=data_root, jobs=1)
    assert f"note: {klass / 'erin.py'} replaces the earlier result of erin" in capsys.readouterr().err
    assert rows_of(out) == {"erin.py": "graded"}


def test_a_moved_or_linked_class_folder_is_the_same_class(tmp_path, data_root, capsys):
    out = tmp_path / "grades"
    first = two_sections_graded(tmp_path, out, data_root)
    (tmp_path / "linked").symlink_to(tmp_path / "sec2")
    (result,) = grade_quietly(
        tmp_path / "linked", tmp_path / "sec2", out=out, data=data_root, jobs=1
    ).results  # the same hand-in twice, once through a link: one row, resumed
    assert result.name == "alice-2" and rows_of(out) == first
    (tmp_path / "sec2").rename(tmp_path / "sec2-final")
    capsys.readouterr()
    (result,) = grade_quietly(tmp_path / "sec2-final", out=out, data=data_root, jobs=1).results
    assert result.name == "alice-2" and rows_of(out) == first and "note:" not in capsys.readouterr().err


def test_two_runs_into_one_folder_at_once_are_refused(tmp_path, data_root):
    import fcntl

    out = tmp_path / "grades"
    out.mkdir()
    (tmp_path / "alice.py").write_text("")
    held = os.open(out, os.O_RDONLY | os.O_DIRECTORY)
    fcntl.flock(held, fcntl.LOCK_EX)  # as a run in progress holds it
    try:
        with pytest.raises(CnnlabError, match="another cnnlab grade is writing there"):
            grade_quietly(tmp_path / "alice.py", out=out, data=data_root)
    finally:
        os.close(held)
    assert not (out / "results" / "alice.json").exists()


def test_odd_hand_ins_are_found_once_each(tmp_path):
    klass = tmp_path / "class"
    klass.mkdir()
    (klass / "UPPER.PY").write_text("")
    with zipfile.ZipFile(klass / "zipped.ZIP", "w") as z:
        z.writestr("cnn_lab.py", "")
    long_name = "x" * 247
    (klass / f"{long_name}.py").write_text("")
    (klass / "grades").mkdir()
    subs = gradebook.discover(
        [klass / "UPPER.PY", klass / "UPPER.PY", *sorted(klass.iterdir())], out_dir=klass / "grades"
    )
    assert sorted(s.source.name for s in subs) == sorted(["UPPER.PY", "zipped.ZIP", f"{long_name}.py"])  # once each
    assert all(len(s.name.encode()) <= 120 for s in subs)  # a results file name the file system takes
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    lab, why = intake.unpack(next(s for s in subs if s.source.suffix == ".ZIP"), scratch)
    assert lab is not None, why


def test_a_zip_of_the_students_whole_folder_is_graded_by_its_code(tmp_path):
    """MNIST (or a venv) zipped along with the lab counts against no cap: only code is extracted."""
    with zipfile.ZipFile(tmp_path / "frank.zip", "w") as z:
        z.writestr("lab/cnn_lab.py", "BATCH_SIZE = 100\n")
        for i in range(intake.MAX_ZIP_ENTRIES + 1):
            z.writestr(f"lab/data/MNIST/raw/part{i}", "")
            z.writestr(f"lab/.venv/lib/python3.11/site-packages/pkg/mod{i}.py", "")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    lab, why = intake.unpack(intake.Submission("frank", tmp_path / "frank.zip"), scratch)
    assert lab is not None and lab.read_text() == "BATCH_SIZE = 100\n", why
    with zipfile.ZipFile(tmp_path / "grace.zip", "w") as z:  # a notebook, with the same company
        z.writestr("lab/cnn_lab.ipynb", "{}")
        for i in range(intake.MAX_ZIP_ENTRIES + 1):
            z.writestr(f"lab/.venv/lib/python3.11/site-packages/pkg/mod{i}.py", "")
    (tmp_path / "scratch2").mkdir()
    lab, why = intake.unpack(intake.Submission("grace", tmp_path / "grace.zip"), tmp_path / "scratch2")
    assert lab is not None and lab.name == "cnn_lab.ipynb", why


def test_an_unreadable_file_in_a_hand_in_costs_its_row_nothing_else(tmp_path, monkeypatch):
    folder = tmp_path / "carl"
    folder.mkdir()
    (folder / "cnn_lab.py").write_text("")
    (folder / "notes.txt").write_text("")
    (folder / "memdump").symlink_to("/proc/self/mem")  # reading it fails (EIO): links are not hashed
    real = Path.read_bytes
    monkeypatch.setattr(
        Path,
        "read_bytes",
        lambda self: (
            (_ for _ in ()).throw(PermissionError(13, "Permission denied"))
            if self.name in ("notes.txt", "cnn_lab.py")
            else real(self)
        ),
    )  # as mode 000 does to a non-root TA
    assert len(intake.content_digest(intake.Submission("carl", folder))) == 64
    monkeypatch.setattr(
        intake.shutil, "copyfile", lambda *a: (_ for _ in ()).throw(PermissionError(13, "Permission denied"))
    )
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    assert intake.unpack(intake.Submission("carl", folder), scratch) == (
        None,
        "cnn_lab.py cannot be read (Permission denied)",
    )


def saved_result(name: str, content: str, file: str, source: Path, replaced=()) -> gradebook.Saved:
    from cnnlab.checks.results import SubmissionResult

    return gradebook.Saved(
        SubmissionResult(name=name, checks=[], status="graded"), content + ":setup", file, str(source), list(replaced)
    )


def test_names_follow_moved_hand_ins_by_name_and_content_and_replaced_ones_stay_out(tmp_path, capsys):
    for folder, name in (("sec2-final", "alice.py"), ("late2", "dave.py"), ("class", "erin.py"), ("late", "erin.py")):
        (tmp_path / folder).mkdir(exist_ok=True)
        (tmp_path / folder / name).write_text("same text" if name != "erin.py" else folder)
    content = intake.content_digest(intake.Submission("", tmp_path / "sec2-final" / "alice.py"))
    old_erin = intake.content_digest(intake.Submission("", tmp_path / "class" / "erin.py"))
    saved = {
        "alice-2": saved_result(
            "alice-2", content, "alice.py", tmp_path / "sec2" / "alice.py"
        ),  # its folder was renamed
        "erin": saved_result(
            "erin",
            "x",
            "erin.py",
            tmp_path / "late" / "erin.py",
            replaced=[f"{tmp_path / 'class' / 'erin.py'}|{old_erin}"],
        ),
    }
    subs = gradebook.assign_names(
        intake.expand([tmp_path / "sec2-final", tmp_path / "late2", tmp_path / "class", tmp_path / "late"]), saved
    )
    assert {s.name: str(s.source.relative_to(tmp_path)) for s in subs} == {
        "alice-2": "sec2-final/alice.py",  # moved: same file name, same content
        "dave": "late2/dave.py",  # the same content under another name is another student
        "erin": "late/erin.py",
    }  # the class's erin.py was replaced by it: left out, with a note
    assert "was replaced by" in capsys.readouterr().err
