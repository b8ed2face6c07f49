"""What a sandbox serves: the zygote (cnnlab.sandbox.child) imports this module by name, with the spec and the
language the judge grades with in its environment, before anything is hidden."""

from .. import i18n
from .inprocess import InProcess
from .interface import OBSERVATIONS

# The catalogue read now, before anything is hidden, in the judge's language; the shipped one only: the judge's
# (the hidden checks' texts) would be in the sandbox's memory, where a submission can read it.
i18n.use(domains=(i18n.SHIPPED_DOMAIN,))

SERVED = InProcess
"""Built in each sandbox from the submission's path and content; answers REQUESTS."""
REQUESTS = tuple(OBSERVATIONS)
"""The only requests a sandbox answers: those of the interface (submission.interface.Submission)."""
