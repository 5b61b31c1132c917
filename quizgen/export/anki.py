"""Bank(s) → Anki package (.apkg) with genanki, and Anki's plain-text import format (.tsv).

What keeps a student's deck healthy across re-imports:
- note types have constant ids and fields; a change to a template or its CSS gets a new
  ``changed`` time (and name version), so Anki updates the note type instead of refusing;
- a note's GUID comes from (bank id, question id), so an edited question is the same note;
- a note's modification time is its question's ``updated`` stamp, so an edit arrives newer
  (Anki ignores an incoming note that is not newer than its copy) while an unchanged bank
  gives the same bytes.
"""

from __future__ import annotations

import calendar
import hashlib
import html
import itertools
import json
import os
import re
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path

import genanki

from ..errors import ExportError
from ..files import atomic_path
from ..model import Bank, Question

# Notes of questions never stamped (made by quizgen, not edited since) carry this time.
BASE_TIMESTAMP = 1_700_000_000
_ZIP_DATE = (2020, 1, 1, 0, 0, 0)
LETTERS = "ABCDEFGH"

CSS = """\
.card { font-family: "Charter", "Georgia", "Noto Serif", "DejaVu Serif", serif;
  font-size: 21px; line-height: 1.5; text-align: left; color: #1f2328;
  background: #fcfcfa; max-width: 36em; margin: 0 auto; padding: 1em 1.1em; }
.nightMode.card, .night_mode .card, .card.nightMode { color: #e6e4e0; background: #1c1d20; }
hr#answer { border: none; border-top: 1px solid #d0d0cc; margin: 1em 0; }
.nightMode hr#answer { border-top-color: #45464b; }
.answer { font-weight: 600; }
.cloze { font-weight: 600; color: #1a5fb4; }
.nightMode .cloze { color: #8cb8ff; }
.extra { margin-top: 0.8em; }
.source { margin-top: 1.4em; font-size: 0.72em; line-height: 1.45; color: #6a6d73;
  border-left: 3px solid #d0d0cc; padding-left: 0.7em; }
.nightMode .source { color: #a3a6ad; border-left-color: #45464b; }
ol.choices { list-style: none; padding: 0; margin: 0.8em 0 0; }
ol.choices li { margin: 0.35em 0; padding: 0.35em 0.6em; border: 1px solid #d7d7d2;
  border-radius: 6px; }
.nightMode ol.choices li { border-color: #45464b; }
ol.choices li.correct { border-color: #2e7d32; background: #e8f5e9; font-weight: 600; }
.nightMode ol.choices li.correct { border-color: #66bb6a; background: #1f3322; }
.letter { font-weight: 600; margin-right: 0.4em; }
img { max-width: 100%; height: auto; }
@media (max-width: 480px) { .card { font-size: 19px; padding: 0.6em 0.5em; } }
"""


class _Model(genanki.Model):
    """A note type whose modification time is when its templates last changed, so that Anki
    takes a newer version of them and keeps an older one from overwriting it."""

    def __init__(self, *args, changed: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.changed = calendar.timegm(time.strptime(changed, "%Y-%m-%d"))

    def to_json(self, timestamp: float, deck_id: int) -> dict:
        data = super().to_json(timestamp, deck_id)
        data["mod"] = self.changed
        return data


class _Note(genanki.Note):
    """A note carrying its own modification time."""

    def __init__(self, *args, mod: int, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.mod = mod

    def write_to_db(self, cursor, timestamp: float, deck_id: int, id_gen) -> None:
        super().write_to_db(cursor, self.mod, deck_id, id_gen)


_SOURCE = "{{#Source}}<div class=source>{{Source}}</div>{{/Source}}"

# Ids never change. When a template or the CSS changes, bump `changed` (and the name's version).
BASIC_MODEL = _Model(
    1607392319, "quizgen Basic (v1)",
    fields=[{"name": "Front"}, {"name": "Back"}, {"name": "Source"}, {"name": "Extra"}],
    templates=[{
        "name": "Card 1",
        "qfmt": "{{Front}}",
        "afmt": "{{FrontSide}}<hr id=answer><div class=answer>{{Back}}</div>"
                "{{#Extra}}<div class=extra>{{Extra}}</div>{{/Extra}}" + _SOURCE,
    }],
    css=CSS, changed="2026-11-24")

CLOZE_MODEL = _Model(
    1607392320, "quizgen Cloze (v1)",
    fields=[{"name": "Text"}, {"name": "Back Extra"}, {"name": "Source"}],
    templates=[{
        "name": "Cloze",
        "qfmt": "{{cloze:Text}}",
        "afmt": "{{cloze:Text}}{{#Back Extra}}<div class=extra>{{Back Extra}}</div>"
                "{{/Back Extra}}" + _SOURCE,
    }],
    css=CSS, model_type=genanki.Model.CLOZE, changed="2026-11-24")

MCQ_MODEL = _Model(
    1607392321, "quizgen Multiple choice (v1)",
    fields=[{"name": "Question"}, {"name": "Options"}, {"name": "Marked options"},
            {"name": "Answer"}, {"name": "Source"}],
    templates=[{
        "name": "Card 1",
        "qfmt": "{{Question}}{{Options}}",
        "afmt": "{{Question}}{{Marked options}}<hr id=answer>"
                "<div class=answer>{{Answer}}</div>" + _SOURCE,
    }],
    css=CSS, changed="2026-11-24")

REVERSED_MODEL = _Model(
    1607392322, "quizgen Basic and reversed (v1)",
    fields=[{"name": "Front"}, {"name": "Back"}, {"name": "Source"}],
    templates=[
        {"name": "Card 1", "qfmt": "{{Front}}",
         "afmt": "{{FrontSide}}<hr id=answer><div class=answer>{{Back}}</div>" + _SOURCE},
        {"name": "Card 2", "qfmt": "{{Back}}",
         "afmt": "{{FrontSide}}<hr id=answer><div class=answer>{{Front}}</div>" + _SOURCE},
    ],
    css=CSS, changed="2026-11-24")


def deck_id(name: str) -> int:
    """A stable Anki deck id from a bank id (or a deck name given with --deck)."""
    return 1 << 30 | int(hashlib.sha256(name.encode()).hexdigest()[:12], 16)


def note_guid(bank_id: str, question_id: str, pair: int | None = None) -> str:
    """The note GUID: the same (bank, question) is the same note in Anki, whatever its text;
    each pair of a matching question is a note of its own, by its place in the list."""
    if pair is None:
        return genanki.guid_for(bank_id, question_id)
    return genanki.guid_for(bank_id, question_id, pair)


def note_mod(q: Question) -> int:
    """When the question last changed, in seconds: its ``updated`` stamp, else the base time."""
    if not q.updated:
        return BASE_TIMESTAMP
    return calendar.timegm(time.strptime(q.updated, "%Y-%m-%dT%H:%M:%SZ"))


def _escape(text: str) -> str:
    """Article text shows as text: `<`, `&` and stray HTML cannot become markup. Maths written
    as \\( … \\) passes through for Anki's MathJax."""
    return html.escape(text, quote=False)


def _tag(tag: str) -> str:
    return re.sub(r"\s+", "_", tag.strip())


def note_tags(bank: Bank, q: Question) -> list[str]:
    """The bank's and the question's tags, plus one for the question type and one for the
    source article."""
    tags = {_tag(t) for t in (*bank.tags, *q.tags) if t.strip()}
    tags.add(f"quizgen::type::{q.type}")
    source = Path(bank.source.path).stem if bank.source else bank.id
    tags.add("quizgen::source::" + (re.sub(r"[^\w.-]+", "-", source).strip("-") or bank.id))
    return sorted(tags)


def media_name(bank: Bank, image: str) -> str:
    """The picture's name inside the package: prefixed by the bank, so two banks' `map.png`
    do not overwrite each other in the student's collection."""
    return f"{bank.id}-{Path(image).name}"


def _image_html(bank: Bank, q: Question) -> str:
    return f'<div><img src="{html.escape(media_name(bank, q.image))}"></div>' if q.image else ""


def _source_html(q: Question) -> str:
    if not q.sentence:
        return ""
    where = f" (line {q.line})" if q.line else ""
    return _escape(q.sentence) + where


def _choices_html(q: Question, mark: bool) -> str:
    items = []
    for letter, choice in zip(LETTERS, q.choices):
        correct = " class=correct" if mark and choice == q.answer else ""
        items.append(f"<li{correct}><span class=letter>{letter}</span>{_escape(choice)}</li>")
    return f"<ol class=choices>{''.join(items)}</ol>"


def notes_of(bank: Bank, q: Question) -> list[tuple[str, genanki.Model, list[str]]]:
    """(GUID, note type, fields) of each note a question makes: one, or one two-way note per
    pair of a matching question."""
    if q.type == "matching":
        return [(note_guid(bank.id, q.id, i), REVERSED_MODEL,
                 [_escape(left), _escape(right), _source_html(q)])
                for i, (left, right) in enumerate(q.pairs)]
    return [(note_guid(bank.id, q.id), *note_fields(bank, q))]


def note_fields(bank: Bank, q: Question) -> tuple[genanki.Model, list[str]]:
    """The note type and field values of one question (not a matching one)."""
    image = _image_html(bank, q)
    if q.type == "cloze":
        return CLOZE_MODEL, [_escape(q.question) + image, "", _source_html(q)]
    if q.type == "mcq":
        letter = LETTERS[q.choices.index(q.answer)]
        return MCQ_MODEL, [_escape(q.question) + image, _choices_html(q, False),
                           _choices_html(q, True), f"{letter}. {_escape(q.answer)}",
                           _source_html(q)]
    if q.type == "truefalse":
        return BASIC_MODEL, [f"True or false? {_escape(q.question)}{image}",
                             "True" if q.answer.lower() == "true" else "False",
                             _source_html(q), ""]
    return BASIC_MODEL, [_escape(q.question) + image, _escape(q.answer), _source_html(q), ""]


def build_decks(banks: Sequence[Bank], deck_name: str | None = None) -> list[genanki.Deck]:
    """One deck per bank (named by the bank, or all into ``deck_name``); rejected questions are
    left out."""
    decks: dict[str, genanki.Deck] = {}
    for bank in banks:
        name = deck_name or bank.deck
        if name not in decks:
            decks[name] = genanki.Deck(deck_id(name if deck_name else bank.id), name)
        for q in bank.active():
            for guid, model, fields in notes_of(bank, q):
                decks[name].add_note(_Note(model=model, fields=fields, tags=note_tags(bank, q),
                                           guid=guid, mod=note_mod(q)))
    return list(decks.values())


def _media(banks: Sequence[Bank], bank_dirs: Sequence[Path | None]) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for bank, folder in zip(banks, bank_dirs):
        for q in bank.active():
            if not q.image:
                continue
            path = (folder or Path(".")) / q.image
            try:
                files[media_name(bank, q.image)] = path.read_bytes()
            except OSError as exc:
                raise ExportError(f"cannot read image `{q.image}`: {exc.strerror}",
                                  "put the picture next to the bank", str(path)) from exc
    return files


def write_apkg(banks: Sequence[Bank], output: str | os.PathLike[str],
               deck_name: str | None = None,
               bank_dirs: Sequence[Path | None] | None = None) -> list[Path]:
    """Write one .apkg holding a deck for each bank; the same banks give the same bytes.

    ``bank_dirs`` are the banks' folders, where their pictures are.
    """
    if not any(bank.active() for bank in banks):
        raise ExportError("no questions to export", "rejected and stale questions are left "
                          "out; set one back to `reviewed`")
    package = genanki.Package(build_decks(banks, deck_name))
    media = _media(banks, bank_dirs or [None] * len(banks))
    output = Path(output)
    with tempfile.TemporaryDirectory() as tmp:
        db_path = os.path.join(tmp, "collection.anki2")
        conn = sqlite3.connect(db_path)
        package.write_to_db(conn.cursor(), BASE_TIMESTAMP, itertools.count(BASE_TIMESTAMP * 1000))
        conn.commit()
        conn.close()
        names = sorted(media)
        entries = [("collection.anki2", Path(db_path).read_bytes()),
                   ("media", json.dumps({str(i): n for i, n in enumerate(names)}).encode())]
        entries += [(str(i), media[n]) for i, n in enumerate(names)]
        with atomic_path(output) as tmp_out, zipfile.ZipFile(tmp_out, "w") as zf:
            for name, data in entries:
                info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, data)
    return [output]


# --- plain text ----------------------------------------------------------------------------------

def _tsv_cell(text: str) -> str:
    """A cell of Anki's text format: no tabs or line breaks inside, quotes doubled when quoted."""
    text = re.sub(r"[\t\r\n]+", " ", text)
    return f'"{text.replace(chr(34), chr(34) * 2)}"' if '"' in text else text


def write_tsv(banks: Sequence[Bank], output: str | os.PathLike[str],
              deck_name: str | None = None, bank_dirs: Sequence[Path | None] | None = None
              ) -> list[Path]:
    """Anki's plain-text import format (File → Import), with Anki's own Basic and Cloze note
    types so that it imports into any profile; GUIDs are the same as in the .apkg."""
    lines = ["#separator:tab", "#html:true", "#guid column:1", "#notetype column:2",
             "#deck column:3", "#tags column:4"]
    notes = ((bank, q, *note) for bank in banks for q in bank.active()
             for note in notes_of(bank, q))
    for bank, q, guid, model, fields in notes:
        source = f"<div class=source>{fields[2 if model is CLOZE_MODEL else -1]}</div>"
        if model is REVERSED_MODEL:
            notetype, cells = "Basic (and reversed card)", [fields[0], fields[1]]
        elif model is CLOZE_MODEL:
            notetype, cells = "Cloze", [fields[0], source if q.sentence else ""]
        elif model is MCQ_MODEL:
            notetype = "Basic"
            cells = [fields[0] + fields[1], fields[2] + fields[3] +
                     (source if q.sentence else "")]
        else:
            notetype = "Basic"
            cells = [fields[0], fields[1] + (f"<div class=source>{fields[2]}</div>"
                                             if q.sentence else "")]
        row = [guid, notetype, deck_name or bank.deck,
               " ".join(note_tags(bank, q)), *cells]
        lines.append("\t".join(_tsv_cell(c) for c in row))
    output = Path(output)
    with atomic_path(output) as tmp:
        tmp.write_text("\n".join(lines) + "\n", "utf-8")
    return [output]
