"""Where the kit's own files are, for the tests."""

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
REFERENCE = REPO / "solutions" / "cnn_lab.py"
STUDENT = REPO / "student" / "cnn_lab.py"
SUBMISSIONS = REPO / "tests" / "submissions"
