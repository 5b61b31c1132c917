"""Article cleanup: paragraphs with their original line numbers, without credits and bylines."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

# A photo credit or caption source line: `Name | AFP | Getty Images`, `Photo: Reuters`.
_AGENCIES = (r"Getty Images|AFP|Reuters|Associated Press|AP Photo|Shutterstock|Bloomberg|"
             r"EPA|Alamy|PA Media|Anadolu|Xinhua|iStock")
_CREDIT = re.compile(
    rf"(\s\|\s*[^.!?|]{{1,60}}$)"                        # `caption | Agency | Photographer`
    rf"|(^\s*(photo|image|picture|credit|caption|source|file photo)s?\s*(:|by\b))"
    rf"|(^[^.!?]{{0,80}}\b({_AGENCIES})\b[^.!?]{{0,40}}$)",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^\s*(?i:by|written by|reporting by)\s+[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}"
                     r"(\s*(,|and)\s*[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3})*\s*$")
# The note that closes a column: "Ann Lee is a regular columnist for the Daily Post."
_AUTHOR_NOTE = re.compile(r"^[A-Z][\w'-]+(\s[A-Z][\w'-]+){1,3}\s(is|was)\s(an?\s|the\s)?"
                          r"([\w-]+\s){0,4}"
                          r"(correspondent|commentator|editor|reporter|writer|columnist|journalist|"
                          r"contributor|presenter|author|blogger|analyst)\s(of|for|on|at|with|in)\s"
                          r"[^.!?]{1,150}[.!?]?$")
_TIMESTAMP = re.compile(r"^\s*(published|updated|posted|last updated)\b.{0,60}$", re.IGNORECASE)
# `ANKARA (Reuters) - ` at the start of a paragraph.
_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{2,40}\s*(\([A-Za-z .]+\))?\s*[-—–]\s+(?=[A-Z])")
# Words glued by a copy-paste that lost a space or a line break: `mechanismThursday`.
_GLUED_WORDS = re.compile(r"\b([a-z]{3,})([A-Z][a-z]{2,})\b")
_GLUED_SENTENCES = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")
# A small word glued to the number after it: "offered by3G mobile", "in2004".
_GLUED_NUMBER = re.compile(r"\b(by|in|on|at|of|to|for|from|with|than|about|over|under|and|the)"
                           r"(?=\d)", re.IGNORECASE)
# A comma with no space after a word: "Natalie Appleton,31", "at Gartner,downloaded" (not
# "1,000").
_GLUED_COMMA = re.compile(r"(?<=[a-z]{2}),(?=\d|[A-Za-z]{2})")
# A list item's marker: "- Licensees who fail to enforce the law will face fines …" ("What do -
# Licensees fail to enforce?" kept it).
_LIST_MARKER = re.compile(r"^\s*[-–—•*]\s+(?=\w)")
# A double quote with a letter on both sides: `accused them of"squabbling like schoolboys"`.
_GLUED_QUOTE = re.compile(r'(?<=[A-Za-z])"(?=[A-Za-z])')
# A word of no content typed twice: "during the the 1980s" (not "had had", "that that").
_DOUBLED = re.compile(r"\b(the|a|an|of|to|in|on|at|for|with|by|from|and)\s+\1\b", re.IGNORECASE)
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
                         "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\t": " "})
_END = re.compile(r"[.!?]['\")\]]?\s*$")


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the cleaned article."""

    text: str
    """The cleaned text."""

    line: int
    """1-based line of the original article where the paragraph starts."""

    line_starts: tuple[tuple[int, int], ...]
    """(character offset in ``text``, original line) for every original line it joins."""

    def line_at(self, offset: int) -> int:
        """The original line of the character at ``offset``."""
        line = self.line
        for start, number in self.line_starts:
            if start > offset:
                break
            line = number
        return line


@dataclass(frozen=True)
class Article:
    """An article ready for parsing."""

    title: str | None
    """The headline when the article starts with one, else ``None``."""

    paragraphs: tuple[Paragraph, ...]
    """The body, in order."""

    def words(self) -> int:
        return sum(len(p.text.split()) for p in self.paragraphs)


def normalise(line: str) -> str:
    """Straight quotes, single spaces, no HTML entities, no list marker, and glued words split
    where that is safe."""
    line = _LIST_MARKER.sub("", html.unescape(line).translate(_QUOTES))  # ("communiqu&#233;")
    line = _GLUED_WORDS.sub(r"\1 \2", line)
    line = _GLUED_SENTENCES.sub(" ", line)
    line = _GLUED_NUMBER.sub(r"\1 ", line)
    line = _GLUED_COMMA.sub(", ", line)
    line = _GLUED_QUOTE.sub(lambda m: ' "' if line.count('"', 0, m.start()) % 2 == 0 else '" ',
                            line)  # an opening quote goes with the word after it, a closing one
    # with the word before
    line = _DOUBLED.sub(r"\1", line)
    line = _EDITORS_MARKS.sub("", line)  # "As of January 2016[update], …", "… in 1854.[3]"
    return re.sub(r" {2,}", " ", line).strip()


# Marks an encyclopedia's editors leave in copied text: footnotes and requests.
_EDITORS_MARKS = re.compile(r"\[(?:\d{1,3}|[a-z]|update|citation needed|clarification needed|"
                            r"when\?|who\?|which\?|by whom\?|dubious|discuss|note \d+|"
                            r"not in citation given|verification needed)\]", re.IGNORECASE)


def is_noise(line: str) -> bool:
    """A photo credit, caption source, byline or timestamp line: nothing to ask about."""
    return bool(_CREDIT.search(line) or _BYLINE.match(line) or _TIMESTAMP.match(line))


def _is_headline(line: str) -> bool:
    return not _END.search(line) and len(line.split()) <= 16 and not line.endswith((",", ":"))


# A sentence that ends inside a line and another that starts: "… in Seattle. One day Jenny …"
# (not "Mrs. Brown" nor "St. Louis").
_SENTENCE_INSIDE = re.compile(r"(?<!\bMrs)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)"
                              r"(?<!\bSr)(?<!\bvs)[a-z][.!?]\s+[A-Z]")


def _wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text was wrapped at (its longest line): None unless most of
    its lines are about that long, as a text wrapped at 70 to 120 characters has them; a
    text with a line per paragraph has lines of every length."""
    width = max((len(line) for line in lines), default=0)
    if len(lines) < 4 or not 60 <= width <= 120:
        return None
    return width if sum(len(line) >= width - 15 for line in lines) * 2 >= len(lines) else None


def _shouted(line: str) -> bool:
    """Whether ``line`` is written in capitals, as headings are, with two words or more."""
    letters = [c for c in line if c.isalpha()]
    return len(line.split()) >= 2 and len(letters) >= 6 and \
        sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _table_row(line: str) -> bool:
    """Whether ``line`` is a row of a ranked table: a place and names, no sentence ("7 Tom
    Hale (Britain)")."""
    words = line.rstrip(".").split()
    return 2 <= len(words) <= 10 and bool(re.fullmatch(r"\d{1,3}\.?", words[0])) and all(
        w.lstrip("(")[:1].isupper() or w.lstrip("(")[:1].isdigit() or w in ("and", "of", "de",
                                                                            "van", "von", "v")
        for w in words[1:])


# A paragraph that speaks for its writer ("I", "my", "!", "?") and reports no one's words.
_OPINION = re.compile(r"\b(I|I'm|I've|I'd|I'll|my|me|mine)\b|[!?]")
_REPORTING = re.compile(r"\"|\b(said|says|told|according)\b")


def readers_comments_start(paragraphs: list[str]) -> int | None:
    """Where a section of readers' comments begins after a news report, if one does: the split
    that leaves the most reporting paragraphs before it and opinions after it, when at least
    four paragraphs follow, most of them opinions, and the part before reports someone's words
    ("What a shame! I rode that ferry every summer.", "Why not ask the town first?")."""
    opinion = [bool(_OPINION.search(p)) and not _REPORTING.search(p) for p in paragraphs]
    splits = range(3, len(paragraphs) - 3)
    if not splits:
        return None
    before = [0]  # opinions before each split
    for said in opinion:
        before.append(before[-1] + said)
    # An opinion after the split counts twice: a comment need not say "I" or "!", a report
    # seldom does (and of two equally good splits, the later one: less is cut).
    start = max(splits, key=lambda k: (k - before[k] + 2 * (before[-1] - before[k]), k))
    after = before[-1] - before[start]
    if after < 0.6 * (len(paragraphs) - start) or not any(
            _REPORTING.search(p) for p in paragraphs[:start]):
        return None
    return start


def clean(text: str) -> Article:
    """Split ``text`` into paragraphs, keeping where each came from in the original."""
    lines = [(i + 1, normalise(raw)) for i, raw in enumerate(text.splitlines())]
    lines = [(n, line) for n, line in lines if line]
    width = _wrap_width([line for _, line in lines])

    def wrapped(line: str, after: str) -> bool:
        """Whether ``line`` was cut off by a line break in mid-sentence and ``after`` goes on
        with it: in lower case, or anyhow in a hard-wrapped text where ``line`` was long
        enough to be cut ("… lived under the mill. Every morning Pim" / "swam to the
        weir")."""
        return not _END.search(line) and (after[:1].islower() or width is not None and
                                           len(line) >= width - 20)

    title = None
    if len(lines) > 1 and _is_headline(lines[0][1]) and not is_noise(lines[0][1]) and not (
            wrapped(lines[0][1], lines[1][1]) or _SENTENCE_INSIDE.search(lines[0][1])):
        title = lines.pop(0)[1]
    if len(lines) > 1 and _AUTHOR_NOTE.match(lines[-1][1]):
        lines.pop()  # only at the end: in the body, such a sentence is news
    paragraphs: list[Paragraph] = []
    parts: list[tuple[int, str]] = []

    def flush() -> None:
        if parts:
            starts, offset, pieces = [], 0, []
            for number, piece in parts:
                starts.append((offset, number))
                pieces.append(piece)
                offset += len(piece) + 1
            body = _DATELINE.sub("", " ".join(pieces))
            paragraphs.append(Paragraph(body, parts[0][0], tuple(starts)))
            parts.clear()

    for number, line in lines:
        if is_noise(line) or _is_headline(line) and _shouted(line) or _table_row(line):
            continue  # (and a heading in capitals: "TOO FAST TOO FURIOUS (DIGITAL BRIDGES)")
        # A sentence broken across lines: join it back when the next line goes on in lower case.
        if parts and wrapped(parts[-1][1], line):
            parts.append((number, line))
            continue
        flush()
        parts.append((number, line))
    flush()
    comments = readers_comments_start([p.text for p in paragraphs])
    return Article(title, tuple(paragraphs[:comments]))


MAX_PARAGRAPH_CHARS = 20_000
"""Longer paragraphs are parsed in pieces: spaCy's parser is quadratic-ish in what it holds at
once and refuses texts over a million characters."""


def split_long(paragraph: Paragraph, limit: int = MAX_PARAGRAPH_CHARS) -> list[Paragraph]:
    """``paragraph`` cut at sentence ends into pieces of at most about ``limit`` characters."""
    if len(paragraph.text) <= limit:
        return [paragraph]
    pieces, start = [], 0
    text = paragraph.text
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            cut = max(text.rfind(". ", start, end), text.rfind("? ", start, end),
                      text.rfind("! ", start, end))
            end = cut + 2 if cut > start else (text.rfind(" ", start, end) + 1 or end)
            if end <= start:
                end = min(len(text), start + limit)
        starts = tuple((max(0, offset - start), line) for offset, line in paragraph.line_starts
                       if offset < end)
        first_line = paragraph.line_at(start)
        kept = [(o, n) for o, n in starts if o > 0]
        pieces.append(Paragraph(text[start:end].strip(), first_line,
                                ((0, first_line), *kept)))
        start = end
    return [p for p in pieces if p.text]
