"""The kit's own container image (Dockerfile), the route for systems without the sandbox's namespaces: built and run
as docs/grading.md says, it grades the example class to README's table, each submission as a uid of its own.

Runs where a Docker daemon answers (on this kind of machine: after `../shared/tools/otter-docker.sh up`, whose
OTTER_DOCKER_IMAGE names a local Python base image, since no registry is reachable); skipped, with the reason,
where none does. The first build installs torch (minutes); later builds reuse its layers."""

import os
import shutil
import subprocess

import pytest
from kit import EXAMPLES, REPO, readme_block, readme_gradebook

pytestmark = [pytest.mark.docker, pytest.mark.slow]


def daemon_missing() -> str:
    if shutil.which("docker") is None:
        return "no docker command on this machine"
    info = subprocess.run(["docker", "info", "--format", "{{.ServerVersion}}"], capture_output=True, text=True)
    return "" if info.returncode == 0 else "no Docker daemon answers (../shared/tools/otter-docker.sh up starts one)"


def test_the_kit_image_grades_the_example_class_as_readme_says(tmp_path, data_root):
    reason = daemon_missing()
    if reason:
        pytest.skip(reason)
    build, run = readme_block("container")
    assert build.startswith("docker build") and run.startswith("docker run")
    base = os.environ.get("OTTER_DOCKER_IMAGE")  # no registry here: a local Python image, and the host's pip index
    extra = f'--build-arg BASE="{base}" --build-arg TORCH_INDEX= ' if base else ""
    build = build.replace("path/to/cnnlab", extra + str(REPO))
    done = subprocess.run(["bash", "-c", build], capture_output=True, text=True, timeout=3000)
    assert done.returncode == 0, done.stderr[-3000:]
    shutil.copytree(EXAMPLES, tmp_path / "submissions")
    data = f' -v "{data_root}:/opt/cnnlab-data:ro"'  # MNIST from the host: nothing to download
    command = run.replace("docker run", "docker run" + data, 1)
    done = subprocess.run(["bash", "-c", command], cwd=tmp_path, capture_output=True, text=True, timeout=1200)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "closed to other users" not in done.stderr  # the submissions ran as uids of their own
    lines = (tmp_path / "grades" / "final_grades.csv").read_text().splitlines()
    assert "\n".join(lines) + "\n" == readme_gradebook()
