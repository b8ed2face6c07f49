"""How the judge and a sandbox talk: length-prefixed frames of plain data, loaded with torch's weights-only loader."""

from __future__ import annotations

import io
import os
import struct
import zipfile

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
    if limit is not None:
        check_archive(body, limit)
    return torch.load(io.BytesIO(body), weights_only=True, map_location="cpu")


MAX_PICKLE = 2**20  # the object graph of a real answer is a few KB; its tensors' data lie beside it


def check_archive(body: bytes, limit: int) -> None:
    """A frame from untrusted code must not grow when loaded: torch.save stores its members uncompressed,
    so a compressed member, members larger than the frame, or a huge object graph is a crafted answer."""
    try:
        members = zipfile.ZipFile(io.BytesIO(body)).infolist()
    except (zipfile.BadZipFile, ValueError) as exc:
        raise ValueError(f"not an answer ({exc})") from None
    if any(m.compress_type != zipfile.ZIP_STORED for m in members):
        raise ValueError("an answer with compressed parts")
    if sum(m.file_size for m in members) > limit:
        raise ValueError("an answer larger than its limit")
    if any(m.filename.endswith("data.pkl") and m.file_size > MAX_PICKLE for m in members):
        raise ValueError("an answer with an oversized object graph")
