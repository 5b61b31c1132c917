"""The document model every reader and writer shares: a Bank of Questions.

Frozen dataclasses with no I/O and nothing format-specific; YAML lives in ``quizgen.bank``,
Anki and PDF in ``quizgen.export``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

SCHEMA_VERSION = 1
"""The bank format version this quizgen reads and writes."""

QUESTION_TYPES = ("short", "cloze", "mcq", "truefalse", "matching")
"""Every question type."""

STATUSES = ("generated", "reviewed", "rejected", "stale")
"""Every review status. Exporters skip ``rejected`` questions, and ``stale`` ones: quizgen made
them from a sentence that is no longer in the article."""


@dataclass(frozen=True)
class Source:
    """The article a bank was made from."""

    path: str
    """Where the article is, relative to the bank's folder when it can be."""

    sha256: str
    """Hex SHA-256 of the article's bytes, to tell when the article has changed."""


@dataclass(frozen=True)
class Question:
    """One question with its answer and where in the article the answer comes from."""

    id: str
    """Stable identity, assigned once when the question is made and never recomputed from edited
    text: it keeps an Anki note the same note after a hand edit."""

    type: str
    """One of ``QUESTION_TYPES``: ``short`` (open question), ``cloze`` (fill in the blank),
    ``mcq`` (multiple choice), ``truefalse`` or ``matching`` (pairs to match)."""

    question: str
    """The text shown to the student. For ``cloze`` it is the sentence with the answer marked as
    ``{{c1::answer}}``; for ``truefalse`` it is the statement to judge."""

    answer: str
    """The correct answer: a span of the source sentence for generated questions; ``true`` or
    ``false`` for ``truefalse``; one of ``choices`` for ``mcq``; empty for ``matching``."""

    choices: tuple[str, ...] = ()
    """The options of an ``mcq`` question in the order they are shown; empty for other types."""

    pairs: tuple[tuple[str, str], ...] = ()
    """The (term, match) pairs of a ``matching`` question, e.g. (person, role); empty for other
    types. Worksheets shuffle the matches; Anki gets a two-way card for each pair."""

    points: int | None = None
    """How many points the question is worth on a worksheet; ``None`` when not marked."""

    sentence: str = ""
    """The article sentence the answer comes from, so a teacher can check it."""

    line: int | None = None
    """1-based line of the article where ``sentence`` starts; ``None`` for hand-written ones."""

    tags: tuple[str, ...] = ()
    """Tags of this question (no spaces), added to the bank's tags in Anki."""

    status: str = "generated"
    """One of ``STATUSES``: ``generated`` by quizgen, ``reviewed`` by a person, ``rejected``
    (kept so it is never generated again, but never exported), or ``stale`` (its sentence is
    gone from the article; not exported until a person sets it back)."""

    score: float | None = None
    """The extractor's confidence in this question, 0–1, higher is better; ``None`` when unknown."""

    image: str | None = None
    """A picture shown with the question: a file name relative to the bank's folder."""

    updated: str | None = None
    """When the question's content last changed, as ISO 8601 UTC (``2026-11-24T21:20:05Z``);
    Anki updates a note on re-import only when this is newer than its copy."""

    checksum: str | None = None
    """A digest of the question's content when ``updated`` was set, to notice hand edits."""

    def content_checksum(self) -> str:
        """The digest of what a student sees of this question (not its id, status or stamps)."""
        parts = [self.type, self.question, self.answer, *self.choices, "\x1e", *self.tags,
                 "\x1e", self.sentence, self.image or ""]
        if self.pairs:
            parts += ["\x1e", *(side for pair in self.pairs for side in pair)]
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:12]


@dataclass(frozen=True)
class Bank:
    """A question bank: the questions made from one article, plus where they go in Anki."""

    id: str
    """Stable identity of the bank (a slug); the Anki deck id and note GUIDs derive from it."""

    title: str
    """Human title, shown on worksheets."""

    deck: str
    """Anki deck name; ``::`` separates sub-decks (``History::Rome``)."""

    questions: tuple[Question, ...] = ()
    """The questions in rank order, best first."""

    source: Source | None = None
    """The article the questions come from; ``None`` for a bank written by hand."""

    tags: tuple[str, ...] = ()
    """Tags given to every question of the bank in Anki (no spaces)."""

    schema_version: int = SCHEMA_VERSION
    """Version of the bank format the bank was written in."""

    def active(self) -> tuple[Question, ...]:
        """The questions exporters use: every one that is neither rejected nor stale."""
        return tuple(q for q in self.questions if q.status not in ("rejected", "stale"))


def question_id(sentence: str, answer: str, qtype: str) -> str:
    """A short deterministic id from what a question was made of (not its wording)."""
    digest = hashlib.sha256(f"{qtype}\x1f{sentence}\x1f{answer}".encode()).hexdigest()
    return "q" + digest[:10]


def slug(text: str) -> str:
    """``text`` as an id: lower-case letters and digits joined by hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "article"


def cloze_text(text: str) -> str:
    """A cloze's text with its deletions replaced by their answers (``{{c1::a::hint}}`` → ``a``)."""
    return re.sub(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}", r"\1", text, flags=re.DOTALL)
