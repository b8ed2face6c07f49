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
        view = view[os.write(fd, view) :]


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
    if limit is None:
        return torch.load(io.BytesIO(body), weights_only=True, map_location="cpu")
    obj = torch.load(rebuilt(body, limit), weights_only=True, map_location="cpu")
    check_tensors(obj, limit)
    return obj


MAX_PARTS = 100_000  # a real answer has a few hundred lists, dicts and tensors
MAX_PICKLE = 2**20  # the object graph of a real answer is a few KB; its tensors' data lie beside it


def rebuilt(body: bytes, limit: int) -> io.BytesIO:
    """A frame from untrusted code, as a fresh archive of what Python's zipfile reads in it: torch then loads
    exactly what was checked (a second central directory, say, cannot show it other members). torch.save
    stores members uncompressed, so a compressed member, members larger than the frame, or a huge object
    graph is a crafted answer."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(body))
        members = archive.infolist()
        if any(m.compress_type != zipfile.ZIP_STORED for m in members):
            raise ValueError("an answer with compressed parts")
        if sum(m.file_size for m in members) > limit:
            raise ValueError("an answer larger than its limit")
        if any(m.filename.endswith("data.pkl") and m.file_size > MAX_PICKLE for m in members):
            raise ValueError("an answer with an oversized object graph")
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as copy:
            for m in members:
                copy.writestr(m.filename, archive.read(m))
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise ValueError(f"not an answer ({exc})") from None
    out.seek(0)
    return out


def check_tensors(obj, limit: int) -> None:
    """Every tensor of an answer holds its own data: a view larger than its storage (an expanded 1-element
    tensor, say) would make the judge allocate its full size on the first comparison."""
    total = 0
    stack, seen = [obj], set()
    while stack:
        item = stack.pop()
        if id(item) in seen:  # a list holding itself, or one list a thousand times: walked once
            continue
        seen.add(id(item))
        if len(seen) > MAX_PARTS:
            raise ValueError("an answer of too many parts")
        if isinstance(item, torch.Tensor):
            size = item.numel() * item.element_size()
            if size > item.untyped_storage().nbytes():
                raise ValueError("an answer with a tensor larger than its data")
            total += size
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
    if total > limit:
        raise ValueError("an answer larger than its limit")
