"""Shared fixtures: the MNIST root (real data, never mocked)."""

import os
from pathlib import Path

import pytest
from kit import REPO

from cnnlab.lab import data as mnist


@pytest.fixture(scope="session")
def data_root() -> Path:
    """$CNNLAB_DATA, else ../shared/data beside the repository (CI's copy), else the per-user cache."""
    shared = REPO.parent / "shared" / "data"
    root = mnist.resolve_root(os.environ.get("CNNLAB_DATA") or (shared if shared.is_dir() else None))
    try:
        mnist.fetch(root)
    except mnist.DataError as exc:
        pytest.fail(str(exc), pytrace=False)
    return root
