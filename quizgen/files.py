"""Writing files so that an interrupted run never leaves a half-written one behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .errors import QuizgenError


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target`` in one rename.

    On any error the temporary file is removed and ``target`` is left as it was.
    """
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise QuizgenError(f"cannot write here: {exc.strerror or exc}",
                           "choose a folder you can write to", path=str(target.parent)) from exc
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        os.chmod(tmp_path, 0o644)
        os.replace(tmp_path, target)
    except BaseException:
        tmp_path.unlink(missing_ok=True)
        raise


def write_atomic(target: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``target`` atomically (see ``atomic_path``)."""
    with atomic_path(target) as tmp:
        try:
            tmp.write_bytes(data)
        except OSError as exc:
            raise QuizgenError(f"cannot write: {exc.strerror or exc}",
                               "free some disk space or choose another folder",
                               path=str(target)) from exc


def read_article(path: str | os.PathLike[str]) -> tuple[str, bytes]:
    """The text of an article file and its raw bytes.

    Reads UTF-8 (with or without a BOM) and UTF-16 with a BOM; other bytes are read as
    Windows-1252, the usual encoding of text saved on Windows, when they decode as such.
    """
    from .errors import ArticleError

    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError("no such file", "check the path", str(path)) from None
    except IsADirectoryError:
        raise ArticleError("is a folder, not an article", "name a text file", str(path)) from None
    except OSError as exc:
        raise ArticleError(f"cannot read: {exc.strerror}", "check the permissions",
                           str(path)) from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16")
    elif b"\x00" in raw:
        raise ArticleError("is a binary file, not text", "give a plain-text (.txt) article",
                           str(path))
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            try:
                text = raw.decode("cp1252")
            except UnicodeDecodeError:
                line = raw[: exc.start].count(b"\n") + 1
                raise ArticleError("is not UTF-8 text (nor UTF-16 or Windows-1252)",
                                   "save the article as UTF-8",
                                   str(path), line) from None
    if not text.strip():
        raise ArticleError("the article is empty", "give an article with some sentences",
                           str(path))
    return text, raw
