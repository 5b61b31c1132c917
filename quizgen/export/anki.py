"""Bank(s) → Anki package (.apkg) with genanki: stable note types, deck ids and note GUIDs."""

from __future__ import annotations

import hashlib
import html
import itertools
import json
import os
import re
import sqlite3
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path

import genanki

from ..files import atomic_path
from ..model import Bank, Question

# Constant ids: Anki recognises a note type by its id, so these never change. A template or CSS
# change keeps the id and the fields, and a new name version.
BASIC_MODEL_ID = 1607392319
CLOZE_MODEL_ID = 1607392320

# Notes carry this modification time so that the same bank gives the same bytes.
FIXED_TIMESTAMP = 1_700_000_000.0
# Zip entries get a fixed date for the same reason.
_ZIP_DATE = (2020, 1, 1, 0, 0, 0)

CSS = """\
.card { font-family: "Charter", "Georgia", "DejaVu Serif", serif; font-size: 20px;
  line-height: 1.45; text-align: left; color: #1d1d1f; background: #fdfdfb;
  max-width: 40em; margin: 0 auto; padding: 0.6em; }
.nightMode.card, .night_mode .card { color: #e8e6e3; background: #1e1f22; }
.cloze { font-weight: bold; color: #1a5fb4; }
.nightMode .cloze, .night_mode .cloze { color: #8cb8ff; }
.answer { font-weight: bold; }
.source { margin-top: 1.2em; font-size: 0.75em; color: #6b6b6b; border-left: 3px solid #ccc;
  padding-left: 0.6em; }
.nightMode .source, .night_mode .source { color: #a0a0a0; border-color: #555; }
.choices { list-style: upper-alpha; padding-left: 1.6em; }
@media (max-width: 480px) { .card { font-size: 18px; padding: 0.3em; } }
"""

BASIC_MODEL = genanki.Model(
    BASIC_MODEL_ID,
    "quizgen Basic (v1)",
    fields=[{"name": "Front"}, {"name": "Back"}, {"name": "Source"}, {"name": "Extra"}],
    templates=[{
        "name": "Card 1",
        "qfmt": "{{Front}}",
        "afmt": "{{FrontSide}}<hr id=answer><div class=answer>{{Back}}</div>"
                "{{#Extra}}<div class=extra>{{Extra}}</div>{{/Extra}}"
                "{{#Source}}<div class=source>{{Source}}</div>{{/Source}}",
    }],
    css=CSS,
)

CLOZE_MODEL = genanki.Model(
    CLOZE_MODEL_ID,
    "quizgen Cloze (v1)",
    fields=[{"name": "Text"}, {"name": "Back Extra"}, {"name": "Source"}],
    templates=[{
        "name": "Cloze",
        "qfmt": "{{cloze:Text}}",
        "afmt": "{{cloze:Text}}{{#Back Extra}}<div class=extra>{{Back Extra}}</div>"
                "{{/Back Extra}}{{#Source}}<div class=source>{{Source}}</div>{{/Source}}",
    }],
    css=CSS,
    model_type=genanki.Model.CLOZE,
)


def deck_id(bank_id: str) -> int:
    """A stable Anki deck id from the bank id."""
    return 1 << 30 | int(hashlib.sha256(bank_id.encode()).hexdigest()[:12], 16)


def note_guid(bank_id: str, question_id: str) -> str:
    """The note GUID: the same (bank, question) is the same note in Anki, whatever its text."""
    return genanki.guid_for(bank_id, question_id)


def _tag(tag: str) -> str:
    return re.sub(r"\s+", "_", tag.strip())


def _source_html(q: Question) -> str:
    if not q.sentence:
        return ""
    where = f" (line {q.line})" if q.line else ""
    return html.escape(q.sentence, quote=False) + where


def _front(q: Question) -> str:
    text = html.escape(q.question, quote=False)
    if q.type == "mcq":
        items = "".join(f"<li>{html.escape(c, quote=False)}</li>" for c in q.choices)
        return f"{text}<ol class=choices>{items}</ol>"
    if q.type == "truefalse":
        return f"True or false? {text}"
    return text


def _back(q: Question) -> str:
    if q.type == "mcq" and q.answer in q.choices:
        letter = "ABCDEFGH"[q.choices.index(q.answer)]
        return f"{letter}. {html.escape(q.answer, quote=False)}"
    if q.type == "truefalse":
        return "True" if q.answer.lower() == "true" else "False"
    return html.escape(q.answer, quote=False)


def note_for(bank: Bank, q: Question) -> genanki.Note:
    """The Anki note of one question; article text is escaped so it shows as text."""
    tags = [_tag(t) for t in (*bank.tags, *q.tags) if t.strip()]
    tags += [f"quizgen::{q.type}"]
    if q.type == "cloze":
        model = CLOZE_MODEL
        fields = [html.escape(q.question, quote=False), "", _source_html(q)]
    else:
        model = BASIC_MODEL
        fields = [_front(q), _back(q), _source_html(q), ""]
    return genanki.Note(model=model, fields=fields, tags=sorted(set(tags)),
                        guid=note_guid(bank.id, q.id))


def build_decks(banks: Sequence[Bank], deck_name: str | None = None) -> list[genanki.Deck]:
    """One deck per bank (named by the bank, or ``deck_name`` for all), rejected ones left out."""
    decks = []
    for bank in banks:
        name = deck_name or bank.deck
        deck = genanki.Deck(deck_id(f"{bank.id}\x1f{name}" if deck_name else bank.id), name)
        for q in bank.active():
            deck.add_note(note_for(bank, q))
        decks.append(deck)
    return decks


def write_apkg(banks: Sequence[Bank], output: str | os.PathLike[str],
               deck_name: str | None = None) -> list[Path]:
    """Write one .apkg holding a deck for each bank; the same banks give the same bytes."""
    package = genanki.Package(build_decks(banks, deck_name))
    output = Path(output)
    with tempfile.TemporaryDirectory() as tmp:
        db_path = os.path.join(tmp, "collection.anki2")
        conn = sqlite3.connect(db_path)
        package.write_to_db(conn.cursor(), FIXED_TIMESTAMP,
                            itertools.count(int(FIXED_TIMESTAMP * 1000)))
        conn.commit()
        conn.close()
        with atomic_path(output) as tmp_out, zipfile.ZipFile(tmp_out, "w",
                                                               zipfile.ZIP_DEFLATED) as zf:
            for name, data in (("collection.anki2", Path(db_path).read_bytes()),
                               ("media", json.dumps({}).encode())):
                info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, data)
    return [output]
