"""docs/otter.md's `otter grade` commands, run as written against a real Docker daemon, give cnnlab grade's scores.

Runs where a Docker daemon answers (on this kind of machine: after `../shared/tools/otter-docker.sh up`,
whose printed exports name the local base image in OTTER_DOCKER_IMAGE), and is skipped, with the reason,
where none does. The first run builds the grading image (minutes); later runs reuse its layers.
"""

import os
import shutil
import subprocess

import pytest
from kit import REPO, gradebook_scores, readme_block

pytestmark = [pytest.mark.docker, pytest.mark.slow]

EXAMPLES = ["alice.py", "bob.py", "erin.py"]  # full marks, one question lost, nothing finished


def docker_missing() -> str:
    """Why `otter grade` cannot run here ('' when it can)."""
    if shutil.which("docker") is None:
        return "no docker command on this machine"
    info = subprocess.run(
        ["docker", "info", "--format", "{{.ServerVersion}}"], capture_output=True, text=True, timeout=60
    )
    if info.returncode != 0:
        return f"no Docker daemon answers: {(info.stderr.strip().splitlines() or ['docker info failed'])[-1]}"
    if subprocess.run(["docker", "buildx", "version"], capture_output=True, timeout=60).returncode != 0:
        return "docker buildx is missing (otter 7 builds with it; ../shared/tools/otter-docker.sh up provides one)"
    return ""


def test_readme_otter_grade_gives_the_scores_cnnlab_grade_gives(tmp_path, data_root):
    reason = docker_missing()
    if reason:
        pytest.skip(reason)
    (tmp_path / "submissions").mkdir()
    for name in EXAMPLES:
        shutil.copy(REPO / "examples" / "submissions" / name, tmp_path / "submissions" / name)
    commands = readme_block("otter-grade")
    assert any(line.startswith("otter grade") for line in commands)
    image = os.environ.get("OTTER_DOCKER_IMAGE")  # docs/otter.md: add --image where ubuntu:22.04 cannot be pulled
    if image:
        commands = [f'{line} --image "{image}"' if line.startswith("otter grade") else line for line in commands]
    env = dict(os.environ, CNNLAB_DATA=str(data_root))
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", "\n".join(commands)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]
    theirs = gradebook_scores(tmp_path / "grades" / "final_grades.csv")

    subprocess.run(
        ["cnnlab", "grade", "submissions", "--out", "cnnlab-grades", "-q"],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
        timeout=1800,
    )
    ours = gradebook_scores(tmp_path / "cnnlab-grades" / "final_grades.csv")
    assert sorted(theirs) == EXAMPLES
    assert theirs == ours
    assert ours["alice.py"] == [2.0] * 5 and ours["erin.py"] == [0.0] * 5  # the comparison is not vacuous
