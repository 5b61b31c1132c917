"""Extracting many articles: a map over articles through a ``concurrent.futures.Executor``.

Locally the executor is a process pool; a Dask cluster's client gives one too, so the same code
runs on a cluster. Workers only parse and extract (text in, ``Bank`` out); reading articles and
writing banks happen here, so workers need no shared disk, and each bank is written as soon as
its article is done.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Executor, as_completed
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from . import bank as bank_io
from .errors import ArticleError, QuizgenError
from .files import read_article, write_atomic
from .model import Bank, Source, slug

ARTICLE_SUFFIXES = (".txt", ".text", ".md")
"""Files taken from a folder given as input."""

ARTICLES_PER_TASK = 8
"""Articles a worker parses in one ``nlp.pipe``: enough to keep spaCy's batches full, few
enough that banks keep arriving."""


@dataclass(frozen=True)
class Job:
    """One article and where its bank goes."""

    article: Path
    """The article file."""

    bank: Path
    """The bank file to write or merge into."""

    bank_id: str
    """The bank's id: the article's name, with its folders when it came from a folder."""


@dataclass(frozen=True)
class Outcome:
    """What became of one job."""

    job: Job
    """The job."""

    action: str
    """``wrote``, ``merged``, ``skipped`` (bank up to date) or ``failed``."""

    message: str
    """A line for the user."""

    error: QuizgenError | None = None
    """Why it failed."""


def plan(inputs: Sequence[Path], out_dir: Path, output: Path | None = None) -> list[Job]:
    """A job for every article: each file given, and every article file under each folder
    given (its bank in the same sub-folder of ``out_dir``, so `a/001.txt` and `b/001.txt` do
    not collide). ``output`` names the bank of a single article."""
    jobs = []
    for path in inputs:
        if path.is_dir():
            articles = sorted(p for p in path.rglob("*") if p.is_file()
                              and p.suffix.lower() in ARTICLE_SUFFIXES)
            if not articles:
                raise ArticleError("no articles in this folder",
                                   "give .txt files, or a folder that holds some", str(path))
            for article in articles:
                rel = article.relative_to(path).with_suffix("")
                jobs.append(Job(article, out_dir / rel.parent / f"{slug(rel.name)}.yaml",
                                slug("-".join(rel.parts))))
        else:
            target = output if output is not None else out_dir / f"{slug(path.stem)}.yaml"
            jobs.append(Job(path, target, slug(path.stem)))
    return jobs


def _relative_source(article: Path, bank_path: Path, raw: bytes) -> Source:
    try:
        rel = os.path.relpath(article.resolve(), bank_path.resolve().parent)
    except ValueError:  # another drive on Windows
        rel = str(article.resolve())
    return Source(path=Path(rel).as_posix(), sha256=hashlib.sha256(raw).hexdigest())


def extract_texts(items: list[tuple[str, str, str]], options: dict[str, Any]
                  ) -> list[Bank | ArticleError]:
    """The worker's part: banks from ``(text, source, bank_id)``, parsed in one go."""
    from .extractor import extract_many

    return extract_many(items, **options)


def save(job: Job, bank: Bank, text: str, raw: bytes, now: datetime,
         replace: bool = False) -> Outcome:
    """Write a freshly extracted bank: merged into the existing bank (every question in it kept
    as it is), or written anew — with ``replace``, after keeping the old one as ``.bak``."""
    bank = dataclasses.replace(bank, source=_relative_source(job.article, job.bank, raw))
    if job.bank.exists() and not replace:
        merged, added, stale = bank_io.merge(job.bank, bank, text, now)
        kept = len(merged.questions) - added
        return Outcome(job, "merged", f"merged into {job.bank}: {added} new, {kept} kept" +
                       (f", {stale} marked stale" if stale else ""))
    message = ""
    if job.bank.exists():
        backup = job.bank.with_name(job.bank.name + ".bak")
        write_atomic(backup, job.bank.read_bytes())
        message = f"saved the old bank as {backup}\n"
    bank_io.dump(bank, job.bank)
    count = len(bank.questions)
    return Outcome(job, "wrote", f"{message}wrote {job.bank} ({count} question"
                                 f"{'' if count == 1 else 's'})")


def _up_to_date(job: Job, raw: bytes) -> bool:
    if not job.bank.exists():
        return False
    try:
        source = bank_io.load(job.bank).source
    except QuizgenError:
        return False  # let the merge report what is wrong with it
    return source is not None and source.sha256 == hashlib.sha256(raw).hexdigest()


def run(jobs: Sequence[Job], options: dict[str, Any], now: datetime,
        executor: Executor | None = None, force: bool = False, replace: bool = False
        ) -> Iterator[Outcome]:
    """Extract every job's article and save its bank, yielding each outcome as it is done.

    Articles whose bank is up to date (same source sha256) are skipped unless ``force``. A bad
    article fails alone; the others go on. Without ``executor`` all work is done here.
    """
    pending: list[tuple[Job, str, bytes]] = []
    for job in jobs:
        try:
            text, raw = read_article(job.article)
        except QuizgenError as exc:
            yield Outcome(job, "failed", str(exc), exc)
            continue
        if not force and not replace and _up_to_date(job, raw):
            yield Outcome(job, "skipped", f"skipped {job.article}: {job.bank} is up to date")
            continue
        pending.append((job, text, raw))
    chunks = [pending[i:i + ARTICLES_PER_TASK]
              for i in range(0, len(pending), ARTICLES_PER_TASK)]

    def items(chunk: list[tuple[Job, str, bytes]]) -> list[tuple[str, str, str]]:
        return [(text, str(job.article), job.bank_id) for job, text, _ in chunk]

    if executor is None:
        results: Iterable = ((chunk, extract_texts(items(chunk), options)) for chunk in chunks)
    else:
        futures = {executor.submit(extract_texts, items(chunk), options): chunk
                   for chunk in chunks}
        results = ((futures[f], f.result()) for f in as_completed(futures))
    for chunk, banks in results:
        for (job, text, raw), result in zip(chunk, banks):
            if isinstance(result, QuizgenError):
                yield Outcome(job, "failed", str(result), result)
                continue
            try:
                yield save(job, result, text, raw, now, replace)
            except QuizgenError as exc:
                yield Outcome(job, "failed", str(exc), exc)


def local_executor(jobs: int) -> Executor:
    """A pool of ``jobs`` worker processes (each loads the spaCy pipeline once)."""
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=jobs)


def cluster_executor(address: str) -> Executor:
    """The executor of a Dask distributed cluster at ``address`` (``tcp://HOST:PORT``)."""
    try:
        from dask.distributed import Client
    except ImportError as exc:
        raise QuizgenError("running on a cluster needs Dask",
                           'pip install "quizgen[cluster]"') from exc
    try:
        return Client(address, timeout=10).get_executor()
    except (OSError, TimeoutError) as exc:
        raise QuizgenError(f"cannot reach the Dask scheduler at {address}",
                           "check the address and that the scheduler is running") from exc
