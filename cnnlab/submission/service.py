"""What a sandbox serves: the zygote (cnnlab.sandbox.child) imports this module by name, with the spec and the
language the judge grades with in its environment, before anything is hidden."""

from .. import i18n
from .inprocess import InProcess
from .interface import OBSERVATIONS

i18n.use()  # the catalogue read now, before anything is hidden: the messages in the judge's language

SERVED = InProcess
"""Built in each sandbox from the submission's path and content; answers REQUESTS."""
REQUESTS = tuple(OBSERVATIONS)
"""The only requests a sandbox answers: those of the interface (submission.interface.Submission)."""
