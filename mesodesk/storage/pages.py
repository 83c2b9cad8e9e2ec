"""The pages of an SQLite table, read from the file itself: a digest per leaf page and the rowids it holds.

`mesodesk check` compares these digests with the ones of the pages it verified last time (kept beside the
database, keyed with the clinic's key; see ``storage/verified.py``): a row whose page holds the very bytes
it held then cannot have changed, whoever wrote the file and however. Only the rows on pages that differ
are verified again. A digest covers the whole page and the overflow pages its rows continue on, so an edit
made with any tool (the sqlite3 client, a hex editor) changes it.

Read with plain file reads, not through SQLite: the caller makes sure the write-ahead log holds nothing
the file does not (``services/incremental.py`` checkpoints it first) and that nothing was written while it read (``FileState``).
"""

from __future__ import annotations

import hashlib
import mmap
import os
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

#: Page types (the first byte of a b-tree page's header).
_INTERIOR_TABLE, _LEAF_TABLE = 0x05, 0x0D
_MAX_DEPTH = 40


class UnreadablePagesError(Exception):
    """The file is not a plain SQLite file this reader understands (encrypted, damaged, another format)."""


class LeafPage(NamedTuple):
    digest: bytes  # SHA-256 of the page and of the overflow pages its cells continue on
    lo: int  # smallest rowid on the page
    hi: int  # largest rowid on the page


@dataclass(frozen=True)
class FileState:
    """Size and modification time of the database file and of its write-ahead log: what a write changes."""

    db: tuple[int, int]
    wal: tuple[int, int]

    @staticmethod
    def of(path: Path) -> FileState:
        def stat(p: Path) -> tuple[int, int]:
            try:
                s = p.stat()
            except FileNotFoundError:
                return (-1, -1)
            return (s.st_size, s.st_mtime_ns)

        return FileState(stat(path), stat(path.with_name(path.name + "-wal")))


def _varint(buf: bytes | memoryview, at: int) -> tuple[int, int]:
    """SQLite's variable-length integer at ``at``: (value, offset after it)."""
    value = 0
    for i in range(8):
        byte = buf[at + i]
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + i + 1
    return (value << 8) | buf[at + 8], at + 9


class PageReader:
    """Reads the b-trees of one SQLite file (not encrypted) page by page."""

    def __init__(self, path: Path) -> None:
        self.fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            header = os.pread(self.fd, 100, 0)
            if len(header) < 100 or header[:16] != b"SQLite format 3\x00":
                raise UnreadablePagesError("not a plain SQLite file")
            size = int.from_bytes(header[16:18], "big")
            self.page_size = 65536 if size == 1 else size
            if self.page_size < 512 or self.page_size & (self.page_size - 1):
                raise UnreadablePagesError("page size")
            self.usable = self.page_size - header[20]
            self.page_count = os.fstat(self.fd).st_size // self.page_size
            self.map = mmap.mmap(self.fd, self.page_count * self.page_size, access=mmap.ACCESS_READ)
        except (OSError, ValueError) as exc:
            os.close(self.fd)
            raise UnreadablePagesError(f"cannot map the file ({type(exc).__name__})") from None
        except BaseException:
            os.close(self.fd)
            raise

    def close(self) -> None:
        self.map.close()
        os.close(self.fd)

    def __enter__(self) -> PageReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def page(self, number: int) -> bytes:
        if not 1 <= number <= self.page_count:
            raise UnreadablePagesError(f"page {number} is outside the file")
        start = (number - 1) * self.page_size
        return self.map[start : start + self.page_size]

    def leaves(self, root: int) -> list[LeafPage]:
        """Every leaf page of the table b-tree rooted at ``root``, in rowid order."""
        out: list[LeafPage] = []
        seen: set[int] = set()
        stack: list[tuple[int, int]] = [(root, 0)]
        while stack:
            number, depth = stack.pop()
            if number in seen or depth > _MAX_DEPTH:
                raise UnreadablePagesError("the b-tree loops")
            seen.add(number)
            data = self.page(number)
            h = 100 if number == 1 else 0
            kind = data[h]
            cells = int.from_bytes(data[h + 3 : h + 5], "big")
            if kind == _INTERIOR_TABLE:
                right = int.from_bytes(data[h + 8 : h + 12], "big")
                children = [
                    int.from_bytes(data[p : p + 4], "big")
                    for p in (
                        int.from_bytes(data[h + 12 + 2 * i : h + 14 + 2 * i], "big") for i in range(cells)
                    )
                ]
                children.append(right)
                stack.extend((c, depth + 1) for c in reversed(children))  # leftmost popped first
            elif kind == _LEAF_TABLE:
                if cells:
                    out.append(self._leaf(data, h, cells, seen))
            else:
                raise UnreadablePagesError(f"page {number} is not a table page")
        return out

    def leaves_listed(self, listing: list[tuple[int, str, str]]) -> list[LeafPage]:
        """The leaf pages of a table from SQLite's own page listing (the ``dbstat`` table: page number,
        page type, path), which names each overflow page's leaf: no cell needs parsing here but the first
        and the last (for the rowids)."""
        overflow: dict[str, list[int]] = {}
        leaves: list[tuple[str, int]] = []
        for number, kind, path in listing:
            if kind == "leaf":
                leaves.append((path, number))
            elif kind == "overflow":
                overflow.setdefault(path[: path.rindex("/") + 1], []).append(number)
        out: list[LeafPage] = []
        view, size, count, rowid = memoryview(self.map), self.page_size, self.page_count, self._rowid
        sha256 = hashlib.sha256
        for path, number in leaves:
            if not 1 <= number <= count:
                raise UnreadablePagesError(f"page {number} is outside the file")
            data = view[(number - 1) * size : number * size]
            h = 100 if number == 1 else 0
            if data[h] != _LEAF_TABLE:
                raise UnreadablePagesError(f"page {number} is not a table leaf")
            cells = (data[h + 3] << 8) | data[h + 4]
            if not cells:
                continue
            digest = sha256(data)
            for extra in overflow.get(path, ()):
                digest.update(self.page(extra))
            out.append(LeafPage(digest.digest(), rowid(data, h, 0), rowid(data, h, cells - 1)))
        return out

    @staticmethod
    def _rowid(data: bytes | memoryview, h: int, i: int) -> int:
        at = (data[h + 8 + 2 * i] << 8) | data[h + 9 + 2 * i]
        end = at + 8
        while data[at] & 0x80 and at < end:  # the payload size: skipped
            at += 1
        rowid, _ = _varint(data, at + 1)
        if rowid >= 1 << 63:  # varints are read unsigned; no table of ours has negative rowids
            raise UnreadablePagesError("negative rowid")
        return rowid

    def _leaf(self, data: bytes, h: int, cells: int, seen: set[int]) -> LeafPage:
        digest = hashlib.sha256(data)
        usable = self.usable
        most_local = usable - 35
        least_local = ((usable - 12) * 32 // 255) - 23
        lo = hi = 0
        for i in range(cells):
            at = int.from_bytes(data[h + 8 + 2 * i : h + 10 + 2 * i], "big")
            size, at = _varint(data, at)
            rowid, at = _varint(data, at)
            if i == 0:
                lo = rowid
            hi = rowid
            if size > most_local:  # the row continues on overflow pages: they are part of the digest
                local = least_local + (size - least_local) % (usable - 4)
                if local > most_local:
                    local = least_local
                following = int.from_bytes(data[at + local : at + local + 4], "big")
                while following:
                    if following in seen:
                        raise UnreadablePagesError("an overflow chain loops")
                    seen.add(following)
                    page = self.page(following)
                    digest.update(page)
                    following = int.from_bytes(page[:4], "big")
        if lo > hi:
            raise UnreadablePagesError("rowids out of order")
        if hi >= 1 << 63:  # varints are unsigned here; negative rowids are not ours
            raise UnreadablePagesError("negative rowid")
        return LeafPage(digest.digest(), lo, hi)
