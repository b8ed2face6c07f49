"""cnnlab: the autograded MNIST CNN lab kit (release, self-check, bulk grading, otter autograder)."""

__version__ = "0.1.0"


class CnnlabError(Exception):
    """An expected failure (bad input, missing data, drift): the CLI prints it as one line, exit 1."""

    exit_code = 1


class Interrupted(CnnlabError):
    """Ctrl-C: what was finished is saved; the shell's convention for SIGINT is exit 130."""

    exit_code = 130
