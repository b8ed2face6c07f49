"""The release: from the reference solution (`solutions/`), the student's files (`student/`), the lab's spec and
the otter autograder. `markers` reads the solution blocks, `build` runs the ordered release steps and proves the
result, `docs` and `notebook` write the student's README, self-check file and notebook, `spec` derives the lab's
facts from the reference, `selftest` calibrates q5, `catalogue` keeps the translations, `otter_zip` builds the zip.
"""

from ..boundary import PACKAGE

REPO = PACKAGE.parent
"""The kit's checkout (release and catalogue work on the checkout the installed kit comes from)."""
LAB_SPEC = PACKAGE / "lab" / "lab.json"
"""The lab's spec, derived from the reference by `cnnlab release` (generated, committed)."""
SOLUTIONS = REPO / "solutions"
STUDENT = REPO / "student"
