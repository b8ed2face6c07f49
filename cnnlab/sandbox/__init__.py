"""The sandbox: a zygote that forks one isolated, limited process per submission, the judge's client that
watches it, and the file view. It knows nothing about the lab: what a sandbox serves is a module named by
the caller (cnnlab.submission.service in grading)."""
