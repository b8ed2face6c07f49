"""Grading a class: intake of hand-ins, the gradebook and its resume memory, the run, the report, and the
bridge that runs the checks under otter-grader."""
