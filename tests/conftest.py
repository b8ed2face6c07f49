"""Shared fixtures: the repository, the MNIST root (real data, never mocked), the reference and the release."""

import os
from pathlib import Path

import pytest

from kit_paths import REPO


@pytest.fixture(scope="session")
def data_root() -> Path:
    """$CNNLAB_DATA, else ../shared/data beside the repository (CI's copy of MNIST)."""
    root = Path(os.environ.get("CNNLAB_DATA") or REPO.parent / "shared" / "data")
    if not (root / "MNIST" / "raw").is_dir():
        pytest.fail(f"MNIST not found under {root}: set CNNLAB_DATA to a torchvision MNIST root")
    return root
