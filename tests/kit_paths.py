"""Where the kit's own files are, and the names of its checks, for the tests."""

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
REFERENCE = REPO / "solutions" / "cnn_lab.py"
STUDENT = REPO / "student" / "cnn_lab.py"
SUBMISSIONS = REPO / "tests" / "submissions"

# The checks, by name (one per question, plus the hidden twins of q3 and q4).
TEST_SET = "test_set_is_the_normalized_test_split"
FC1 = "fc1_size_and_parameter_counts"
FLATTEN = "forward_computes_the_lab_network"
FLATTEN_HIDDEN = "forward_matches_the_lab_network"
STEP = "one_sgd_step"
STEP_HIDDEN = "one_sgd_step_on_another_batch"
ACCURACY = "accuracy_after_training"
