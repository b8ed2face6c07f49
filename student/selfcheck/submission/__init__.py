"""The submission's side: loading a student's file, the requests a check may make of it (one Protocol,
`interface.Submission`) and their in-process implementation. Runs inside the sandbox, and ships to students."""
