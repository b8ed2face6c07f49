"""How the judge and a sandbox talk: length-prefixed frames of plain data, loaded with torch's weights-only loader."""

from __future__ import annotations

import io
import os
import struct

import torch

HEADER = struct.Struct("<Q")


def encode(obj) -> bytes:
    buf = io.BytesIO()
    torch.save(obj, buf)
    return HEADER.pack(len(buf.getbuffer())) + buf.getvalue()


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def read_exactly(fd: int, n: int) -> bytes | None:
    """`n` bytes, or None when the other end closed first."""
    chunks = []
    while n:
        chunk = os.read(fd, min(n, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def read(fd: int, limit: int | None = None):
    """One frame's object; None at the end of the pipe. Raises ValueError past `limit` bytes, or when unreadable."""
    head = read_exactly(fd, HEADER.size)
    if head is None:
        return None
    size = HEADER.unpack(head)[0]
    if limit is not None and size > limit:
        raise ValueError(f"an answer of {size:,} bytes")
    body = read_exactly(fd, size)
    if body is None:
        return None
    return torch.load(io.BytesIO(body), weights_only=True)
