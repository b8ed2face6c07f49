"""The lab's facts, seen by everyone (students, the sandbox, the judge): its file names here, the spec of its
network and data in `config` (read from lab.json, which `cnnlab release` derives from the reference), MNIST in
`data`."""

import os
from pathlib import Path

MODULE_NAME = "cnn_lab"
"""What the student's module is called (and imported as)."""
LAB_FILE = f"{MODULE_NAME}.py"
"""The file students fill in and hand in."""
NOTEBOOK_FILE = f"{MODULE_NAME}.ipynb"
"""The companion notebook (a hand-in may be one, its code cells defining the lab)."""
SELFCHECK_TEST = f"test_{MODULE_NAME}.py"
"""The student's self-check, run with pytest."""
SPEC_ENV = "CNNLAB_LAB"
"""Names another release's lab.json to grade against (`cnnlab release --out DIR` writes DIR/lab.json)."""


SPEC_TEXT_ENV = "CNNLAB_LAB_TEXT"
"""The spec itself in place of its path: how a sandbox gets it, so that no staff path reaches a submission."""


def spec_path() -> Path:
    """The spec this process grades with: $CNNLAB_LAB's, else the one beside this module."""
    return Path(os.environ.get(SPEC_ENV) or Path(__file__).with_name("lab.json"))


def spec_text() -> str:
    """The spec's JSON text: $CNNLAB_LAB_TEXT, else the file spec_path() names."""
    return os.environ.get(SPEC_TEXT_ENV) or spec_path().read_text(encoding="utf-8")
