"""The database file is written in few system calls (writev), and whole however the OS
splits them."""

from __future__ import annotations

import os
import tempfile

from hypothesis import given
from hypothesis import strategies as st

from tui.core import storage


@given(st.lists(st.binary(max_size=40), max_size=30), st.lists(st.integers(0, 60), min_size=1, max_size=30))
def test_pieces_arrive_whole_and_in_order_even_when_a_call_writes_part(pieces, cuts):
    """A call may write only part of what it was given (here: as much as `cuts` says)."""
    real, calls = os.writev, iter(cuts * 100)
    sizes = []

    def partial(fd, buffers):
        sizes.append(len(buffers))
        data = b"".join(bytes(b) for b in buffers)
        return os.write(fd, data[:max(1, min(len(data), next(calls, len(data))))])

    with tempfile.TemporaryFile() as fh:
        storage.os.writev = partial
        try:
            storage.write_pieces(fh.fileno(), pieces)
        finally:
            storage.os.writev = real
        fh.seek(0)
        assert fh.read() == b"".join(pieces)


def test_a_database_of_many_pieces_is_one_call_and_reads_back(tmp_path):
    pieces = [b"{\n"] + [b'"%d": {"n": %d},\n' % (i, i) for i in range(500)] + [b'"end": 0\n}\n']
    calls = []
    real = os.writev

    def counted(fd, buffers):
        calls.append(len(buffers))
        return real(fd, buffers)

    storage.os.writev = counted
    try:
        storage.write_atomic(tmp_path / "db.json", pieces)
    finally:
        storage.os.writev = real
    assert (tmp_path / "db.json").read_bytes() == b"".join(pieces)
    assert calls == [len(pieces)]  # one call for 502 pieces (a write each before)
