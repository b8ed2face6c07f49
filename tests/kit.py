"""What the kit's tests share: where the kit's files are, the names of its checks, and running a released
notebook or the student's self-check."""

import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import nbformat

REPO = Path(__file__).resolve().parent.parent
REFERENCE = REPO / "solutions" / "cnn_lab.py"
STUDENT = REPO / "student" / "cnn_lab.py"
SUBMISSIONS = REPO / "tests" / "submissions"
EXAMPLES = REPO / "examples" / "submissions"  # the example class

# The questions, in the gradebook's order (a test must not need the kit's spec to read a gradebook).
QUESTIONS = ["q1_test_set", "q2_fc1", "q3_flatten", "q4_train_step", "q5_accuracy"]

# The checks, by name (one per question, plus the hidden twins of q3 and q4).
TEST_SET = "test_set_is_the_normalized_test_split"
FC1 = "fc1_size_and_parameter_counts"
FLATTEN = "forward_computes_the_lab_network"
FLATTEN_HIDDEN = "forward_matches_the_lab_network"
STEP = "one_sgd_step"
STEP_HIDDEN = "one_sgd_step_on_another_batch"
ACCURACY = "accuracy_after_training"


def grade_quietly(*submissions, out, data, **options):
    """`cnnlab grade SUBMISSIONS --out OUT --data DATA` through its main, without the progress bar unless asked."""
    from cnnlab.grading import run

    options.setdefault("progress", False)
    return run.main(submissions=[str(s) for s in submissions], out=str(out), data=str(data), **options)


CNNLAB = [sys.executable, "-m", "cnnlab.cli"]  # the console script, run by this Python


def cnnlab(*args, env=None, cwd=None, timeout=600):
    """`cnnlab ARGS` as a TA types it, its output captured as text."""
    return subprocess.run([*CNNLAB, *map(str, args)], capture_output=True, text=True, env=env, cwd=cwd, timeout=timeout)


def otter_run(autograder, submission, out, env=None) -> dict:
    """`otter run` of one submission with an autograder zip (no Docker): its results' tests by question."""
    command = [sys.executable, "-m", "otter", "run", "--no-logo", *map(str, ["-a", autograder, "-o", out, submission])]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    tests = json.loads((Path(out) / "results.json").read_text())["tests"]
    return {t["name"]: t for t in tests if t["name"] in QUESTIONS}


def run_notebook(path: Path, data_root) -> str:
    """Run a released notebook top to bottom beside a copy of the reference (one epoch); returns what it printed."""
    from nbclient import NotebookClient

    nb = nbformat.reads(path.read_text(), as_version=4)
    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(REFERENCE, Path(folder) / "cnn_lab.py")
        env = {"CNNLAB_DATA": str(data_root), "CNNLAB_EPOCHS": "1"}
        old = {k: os.environ.get(k) for k in env}
        os.environ.update(env)  # the kernel inherits this process's environment
        try:
            NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": folder}}).execute()
        finally:
            for k, v in old.items():
                os.environ.pop(k) if v is None else os.environ.__setitem__(k, v)
    return "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs)


def run_student_selfcheck(folder, data_root):
    """`pytest test_cnn_lab.py` in a copy of student/, with the kit made unimportable (students do not install it)."""
    code = (
        "import sys; sys.modules['cnnlab'] = None; import pytest; "
        "sys.exit(pytest.main(['-q', '-p', 'no:cacheprovider', 'test_cnn_lab.py']))"
    )
    env = {**os.environ, "CNNLAB_DATA": str(data_root)}
    return subprocess.run(
        [sys.executable, "-c", code], cwd=folder, capture_output=True, text=True, env=env, timeout=600
    )


def gradebook_scores(path) -> dict[str, list[float]]:
    """final_grades.csv as {file: the points of each question, in QUESTIONS order}."""
    with open(path, newline="") as f:
        return {
            row["file"]: [float(row[q]) for q in QUESTIONS]
            for row in csv.DictReader(f)
            if row["file"] != "points-per-question"
        }


PLAIN_USER = "cnnlab-ta"  # made by the tests when they run as root (CI does): the TA the docs advise


def reachable_by_others(path: Path) -> bool:
    from cnnlab.grading.remote import closed_to_others

    return closed_to_others([path]) is None


def plain_user_command(argv: list[str], home: Path, stay_root: bool = False) -> list[str]:
    """`argv` as it runs for an ordinary user: unchanged when this process is one, else (as root) as PLAIN_USER,
    made if missing, with HOME at `home` (which it then owns); with `stay_root`, as root still. A folder this Python
    needs that others cannot enter (root's home, where pyenv lives) is covered in a mount namespace of the command's
    own by an empty folder holding only the way to it: nothing on the machine changes, and root's other files stay
    out of reach."""
    if os.geteuid() != 0:
        return argv
    if subprocess.run(["id", "-u", PLAIN_USER], capture_output=True).returncode != 0:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", PLAIN_USER], check=True
        )
    shutil.chown(home, PLAIN_USER, PLAIN_USER)
    needed = {Path(sys.prefix).resolve(), Path(sys.base_prefix).resolve(), REPO}
    closed: dict[Path, set[str]] = {}  # a folder others cannot enter -> the entries on the way through it
    for path in needed:
        for folder in reversed([path, *path.parents]):
            if not os.stat(folder).st_mode & 0o001:
                closed.setdefault(folder, set()).add(path.relative_to(folder).parts[0])
                break
    script = ["set -e"]
    for n, (folder, entries) in enumerate(sorted(closed.items())):
        stage = f"/tmp/.cnnlab-plain-{os.getpid()}-{n}"  # in this namespace only
        script.append(f"mkdir -p {stage}")
        script += [f"mkdir -p {stage}/{e} && mount --bind {folder}/{e} {stage}/{e}" for e in entries]
        script.append(f"mount -t tmpfs -o mode=755,size=1m tmpfs {folder}")
        script += [f"mkdir {folder}/{e} && mount --move {stage}/{e} {folder}/{e}" for e in entries]
    script.append('exec "$@"' if stay_root else 'exec setpriv --reuid="$0" --regid="$0" --init-groups "$@"')
    return ["unshare", "--mount", "--propagation", "private", "sh", "-c", "\n".join(script), PLAIN_USER, *argv]


def run_as_plain_user(argv: list[str], home: Path, env: dict | None = None, timeout: float = 900, stay_root=False):
    """Run `argv` as an ordinary user (plain_user_command), its output captured as text."""
    environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "LANG": "C.UTF-8", **(env or {})}
    return subprocess.run(
        plain_user_command(argv, home, stay_root),
        capture_output=True,
        text=True,
        env=environment,
        cwd=REPO,
        timeout=timeout,
    )


def readme_block(marker: str) -> list[str]:
    """The command lines of the fenced block after `<!-- marker -->` in README.md or a page of docs/."""
    for page in [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]:
        found = re.search(rf"<!-- {marker} -->\s*```bash\n(.*?)```", page.read_text(), re.DOTALL)
        if found:
            return [line for line in found.group(1).splitlines() if line.strip()]
    raise AssertionError(f"neither README.md nor docs/ has a {marker} block")


def readme_gradebook() -> str:
    """The gradebook README shows for the main job."""
    text = (REPO / "README.md").read_text()
    block = text.split("The gradebook reads:", 1)[1].split("```", 2)[1]
    return block.strip("\n") + "\n"
