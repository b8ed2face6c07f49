"""The lab's checks, written once: the student's self-check, `cnnlab grade` and the otter autograder use them."""
