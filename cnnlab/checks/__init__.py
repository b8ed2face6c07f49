"""The checks, written once: the framework, the public checks (which ship with the student's self-check), and
the judge's side (hidden checks, the reference forward), which never leaves the judge."""
