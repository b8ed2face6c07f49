"""As an ordinary user, as the docs advise: the example class, the release's proof and the self-check work there
as they do for root; a sandbox that cannot be set up is the grader's failure, never a student's crash; a system
without the sandbox says so and names the route that works."""

from __future__ import annotations

import csv
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from kit import CNNLAB, EXAMPLES, REFERENCE, grade_quietly, reachable_by_others, readme_gradebook, run_as_plain_user

from cnnlab import CnnlabError
from cnnlab.grading import remote
from cnnlab.grading import run as grade
from cnnlab.outcomes import INTERNAL_ERROR
from cnnlab.sandbox import zygote


@pytest.fixture
def plain_home(data_root):
    """A folder the ordinary user owns (under /tmp: pytest's own folders are closed to other users)."""
    if not reachable_by_others(data_root):
        pytest.skip(f"{data_root} is closed to other users: set CNNLAB_DATA to a copy they can read")
    home = Path(tempfile.mkdtemp(prefix="cnnlab-plain-"))
    os.chmod(home, 0o755)
    yield home
    shutil.rmtree(home, ignore_errors=True)


@pytest.mark.slow
def test_the_example_class_graded_by_an_ordinary_user_is_readmes_table(plain_home, data_root):
    done = run_as_plain_user(
        [*CNNLAB, "grade", str(EXAMPLES), "--out", str(plain_home / "grades"), "--data", str(data_root), "-q"],
        plain_home,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "sandbox without" not in done.stderr  # every isolation step held for this user
    with open(plain_home / "grades" / "final_grades.csv", newline="") as f:
        written = "".join(",".join(row) + "\n" for row in csv.reader(f))
    assert written == readme_gradebook()


@pytest.mark.slow
def test_an_ordinary_user_proves_the_release_and_checks_the_reference(plain_home, data_root):
    env = {"CNNLAB_DATA": str(data_root)}
    check = run_as_plain_user([*CNNLAB, "check", str(REFERENCE)], plain_home, env=env)
    assert check.returncode == 0, check.stdout[-2000:] + check.stderr[-2000:]
    assert "crashed" not in check.stdout
    release = run_as_plain_user([*CNNLAB, "release", "--check"], plain_home, env=env)
    assert release.returncode == 0, release.stdout[-2000:] + release.stderr[-3000:]


class NoThreads(zygote.Limits):
    """Limits the worker's set-up cannot apply (no torch threads at all): a fault of the grader's own."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.threads = 0


def test_a_sandbox_that_cannot_be_set_up_stops_the_run_before_any_student_is_scored(tmp_path, data_root, monkeypatch):
    shutil.copy(REFERENCE, tmp_path / "alice.py")
    shutil.copy(REFERENCE, tmp_path / "bob.py")
    monkeypatch.setattr(grade, "Limits", NoThreads)
    with pytest.raises(CnnlabError) as caught:
        grade_quietly(tmp_path / "alice.py", tmp_path / "bob.py", out=tmp_path / "out", data=data_root, jobs=1)
    message = str(caught.value)
    assert "the sandbox could not be set up, the grader's failure and no student's" in message
    assert "in the worker: RuntimeError" in message and "\n" not in message
    assert list((tmp_path / "out" / "results").iterdir()) == []  # no one's row says they crashed


def test_a_later_set_up_failure_is_the_graders_error_on_that_row_and_is_graded_again(tmp_path, data_root, monkeypatch):
    for name in ("alice", "bob"):
        shutil.copy(REFERENCE, tmp_path / f"{name}.py")
    unpack = remote.unpack

    def lost_copy(sub, scratch):  # bob's copy vanishes before his sandbox reads it: the leader's set-up fails
        lab, why = unpack(sub, scratch)
        return (scratch / "gone.py" if sub.name == "bob" else lab), why

    monkeypatch.setattr(remote, "unpack", lost_copy)
    out = tmp_path / "out"
    first = {r.name: r for r in grade_quietly(tmp_path, out=out, data=data_root, jobs=1).results}
    assert (first["alice"].status, first["alice"].earned) == ("graded", 10)
    assert first["bob"].status == INTERNAL_ERROR and first["bob"].internal_error
    assert "bob: a sandbox could not be set up" in (out / "errors.log").read_text()
    feedback = (out / "feedback" / "bob.md").read_text()
    assert "(grading status: internal grader error" in feedback and "crashed" not in feedback.split("\n\n")[1]
    monkeypatch.setattr(remote, "unpack", unpack)
    again = {r.name: r for r in grade_quietly(tmp_path, out=out, data=data_root, jobs=1).results}
    assert (again["bob"].status, again["bob"].earned) == ("graded", 10)


@pytest.mark.parametrize("system", ["darwin", "win32"])
def test_on_a_system_without_the_sandbox_grade_says_so_in_one_line_and_names_the_container(
    tmp_path, data_root, monkeypatch, system
):
    monkeypatch.setattr(zygote.sys, "platform", system)
    with pytest.raises(CnnlabError) as caught:
        grade_quietly(REFERENCE, out=tmp_path / "out", data=data_root)
    message = str(caught.value)
    assert "runs on Linux only" in message and "docker run" in message and "\n" not in message
    assert not (tmp_path / "out").exists()  # said at start, before anything is written


@pytest.mark.slow
def test_a_root_grader_runs_each_submission_as_a_uid_of_its_own(plain_home, data_root):
    """As root (a container, CI), with Python, the kit and the data open to other users: a file only root may read,
    in a folder the sandbox sees (/etc), stays closed to the submission; the reference keeps full marks."""
    if os.geteuid() != 0:
        pytest.skip("needs root: the grader's own uid is the sandbox's when it is not root")
    secret = Path(f"/etc/cnnlab-root-only-{os.getpid()}")
    secret.write_text("root's\n")
    os.chmod(secret, 0o600)
    klass = plain_home / "class"
    klass.mkdir()
    shutil.copy(REFERENCE, klass / "ref.py")
    (klass / "probe.py").write_text(
        f"try:\n    open({str(secret)!r}).read()\nexcept PermissionError:\n    raise RuntimeError('closed to me')\n"
        "raise RuntimeError('root read it')\n"
    )
    try:
        done = run_as_plain_user(
            [*CNNLAB, "grade", str(klass), "--out", str(plain_home / "g"), "--data", str(data_root), "-q"],
            plain_home,
            stay_root=True,
        )
    finally:
        secret.unlink()
    assert done.returncode == 0, done.stderr[-3000:]
    assert "closed to other users" not in done.stderr and "sandbox without" not in done.stderr, done.stderr
    with open(plain_home / "g" / "final_grades.csv", newline="") as f:
        rows = {row["file"]: row for row in csv.DictReader(f)}
    assert rows["ref.py"]["total_points_earned"] == "10"
    assert "closed to me" in rows["probe.py"]["grading_status"], rows["probe.py"]["grading_status"]


@pytest.mark.parametrize(
    "sysctls, container, expected",
    [
        pytest.param({"kernel.apparmor_restrict_unprivileged_userns": "1"}, False, "AppArmor", id="ubuntu-apparmor"),
        pytest.param({"user.max_user_namespaces": "0"}, False, "user.max_user_namespaces=0", id="sysctl-off"),
        pytest.param({"kernel.unprivileged_userns_clone": "0"}, False, "unprivileged_userns_clone=0", id="debian-old"),
        pytest.param({}, True, "Docker's default seccomp profile", id="in-a-container"),
        pytest.param({}, False, "grade in the kit's container image", id="refused-elsewhere"),
    ],
)
def test_refused_namespaces_are_named_in_one_line_with_the_remedy_and_what_holds(
    monkeypatch, sysctls, container, expected
):
    from cnnlab.sandbox import isolation

    monkeypatch.setattr(isolation, "_sysctl", sysctls.get)
    monkeypatch.setattr(isolation.os.path, "exists", lambda p: container and p == "/.dockerenv")
    line = isolation.namespace_refusal()
    assert expected in line and "\n" not in line
    assert "what holds: the limits, the system-call filter" in line
