"""Decks checked by importing them into the real Anki engine, as a student would."""

from __future__ import annotations

import base64
import dataclasses
import html
import re

import pytest

from quizgen import bank as bank_io
from quizgen.cli import main
from quizgen.export import anki
from quizgen.export.anki import deck_id, note_guid, write_apkg
from quizgen.model import Bank, Question, cloze_text

# A 1×1 PNG, for the picture test.
TINY_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")

BANK_YAML = """\
schema_version: 1
id: rivers
title: Rivers of the world
deck: Geography::Rivers
tags: [geography]
questions:
  # a question a teacher wrote by hand
  - id: q-long
    type: short
    question: Which river is the longest in Africa?
    answer: The Nile
    sentence: The Nile is the longest river in Africa.
    line: 1
    tags: [africa]
  - id: q-cloze
    type: cloze
    question: The {{c1::Amazon}} carries more water than any other river.
    answer: Amazon
    sentence: The Amazon carries more water than any other river.
    line: 2
  - id: q-mcq
    type: mcq
    question: Into which sea does the Danube flow?
    answer: Black Sea
    choices: [Baltic Sea, Black Sea, North Sea, Caspian Sea]
    line: 3
  - id: q-tf
    type: truefalse
    question: The Thames flows through London.
    answer: 'true'
  - id: q-gone
    type: short
    question: Which river was rejected?
    answer: None of them
    status: rejected
"""


def _text(card_html: str) -> str:
    """What the student reads: the card without its style sheet and markup."""
    body = re.sub(r"<style>.*?</style>", "", card_html, flags=re.S)
    body = re.sub(r"</?span[^>]*>", "", body)  # inline: no space
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


@pytest.fixture
def bank_file(tmp_path):
    path = tmp_path / "rivers.yaml"
    path.write_text(BANK_YAML)
    return path


def _export(bank_file, out, *extra) -> None:
    assert main(["anki", str(bank_file), "-o", str(out), *extra]) == 0


def _card_of(profile, question_id, bank_id="rivers"):
    [nid] = profile.col.db.list("select id from notes where guid = ?",
                                note_guid(bank_id, question_id))
    [card] = profile.col.get_note(nid).cards()
    return card


def test_counts_per_note_type(bank_file, tmp_path, anki_profile, capsys):
    _export(bank_file, tmp_path / "d.apkg")
    result = anki_profile.import_apkg(tmp_path / "d.apkg")
    assert len(result.log.new) == 4  # the rejected one is left out
    assert anki_profile.col.card_count() == 4
    kinds = {anki_profile.col.models.get(n.mid)["name"] for n in anki_profile.notes()}
    assert kinds == {"quizgen Basic (v1)", "quizgen Cloze (v1)", "quizgen Multiple choice (v1)"}
    assert anki_profile.col.decks.id_for_name("Geography::Rivers") is not None


def test_cards_render_the_bank_text(bank_file, tmp_path, anki_profile, capsys):
    _export(bank_file, tmp_path / "d.apkg")
    anki_profile.import_apkg(tmp_path / "d.apkg")
    short = _card_of(anki_profile, "q-long")
    assert _text(short.question()) == "Which river is the longest in Africa?"
    assert "The Nile" in _text(short.answer())
    assert "The Nile is the longest river in Africa. (line 1)" in _text(short.answer())
    cloze = _card_of(anki_profile, "q-cloze")
    assert _text(cloze.question()) == "The [...] carries more water than any other river."
    assert "The Amazon carries more water" in _text(cloze.answer())
    mcq = _card_of(anki_profile, "q-mcq")
    front = _text(mcq.question())
    assert front == ("Into which sea does the Danube flow? ABaltic Sea BBlack Sea CNorth Sea "
                     "DCaspian Sea")
    assert "class=correct" not in mcq.question()
    assert re.search(r'<li class=correct><span class=letter>B</span>Black Sea</li>',
                     mcq.answer())
    assert "B. Black Sea" in _text(mcq.answer())
    tf = _card_of(anki_profile, "q-tf")
    assert _text(tf.question()) == "True or false? The Thames flows through London."
    assert _text(tf.answer()).endswith("True")


def test_tags_from_bank_question_type_and_source(bank_file, tmp_path, anki_profile, capsys):
    _export(bank_file, tmp_path / "d.apkg")
    anki_profile.import_apkg(tmp_path / "d.apkg")
    note = _card_of(anki_profile, "q-long").note()
    assert sorted(note.tags) == ["africa", "geography", "quizgen::source::rivers",
                                 "quizgen::type::short"]


def test_an_edited_question_updates_its_note_and_keeps_its_reviews(bank_file, tmp_path,
                                                                   anki_profile, capsys):
    first = tmp_path / "v1.apkg"
    _export(bank_file, first)
    anki_profile.import_apkg(first)
    card = _card_of(anki_profile, "q-long")
    card.start_timer()
    anki_profile.col.sched.answerCard(card, 3)  # the student studies it
    reviews = anki_profile.col.db.scalar("select count() from revlog where cid=?", card.id)
    assert reviews == 1

    before = {q.id: q.updated for q in bank_io.load(bank_file).questions}
    text = bank_file.read_text().replace("Which river is the longest in Africa?",
                                         "Which is the longest river of Africa?")
    bank_file.write_text(text)
    second = tmp_path / "v2.apkg"
    _export(bank_file, second)
    result = anki_profile.import_apkg(second)

    assert len(result.log.new) == 0 and len(result.log.updated) == 1
    assert anki_profile.col.note_count() == 4
    card = _card_of(anki_profile, "q-long")
    assert card.note()["Front"] == "Which is the longest river of Africa?"
    assert card.reps == 1
    assert anki_profile.col.db.scalar("select count() from revlog where cid=?", card.id) == 1
    # only the edited question got a new stamp, and the file kept its comments
    after = {q.id: q.updated for q in bank_io.load(bank_file).questions}
    assert [i for i in after if after[i] != before[i]] == ["q-long"]
    assert after["q-long"] > before["q-long"]
    assert "  # a question a teacher wrote by hand\n" in bank_file.read_text()


def test_an_unchanged_bank_gives_the_same_bytes(bank_file, tmp_path, capsys):
    _export(bank_file, tmp_path / "one.apkg")
    _export(bank_file, tmp_path / "two.apkg")
    assert (tmp_path / "one.apkg").read_bytes() == (tmp_path / "two.apkg").read_bytes()


def test_adding_a_question_adds_exactly_one_note(bank_file, tmp_path, anki_profile, capsys):
    _export(bank_file, tmp_path / "v1.apkg")
    anki_profile.import_apkg(tmp_path / "v1.apkg")
    bank_file.write_text(bank_file.read_text() + (
        "  - type: short\n    question: Which river flows through Cairo?\n    answer: Nile\n"))
    _export(bank_file, tmp_path / "v2.apkg")
    result = anki_profile.import_apkg(tmp_path / "v2.apkg")
    assert len(result.log.new) == 1 and len(result.log.updated) == 0
    assert anki_profile.col.note_count() == 5


def test_deleting_or_rejecting_creates_nothing(bank_file, tmp_path, anki_profile, capsys):
    _export(bank_file, tmp_path / "v1.apkg")
    anki_profile.import_apkg(tmp_path / "v1.apkg")
    text = bank_file.read_text()
    text = re.sub(r"  - id: q-tf\n(    .*\n)*", "", text)  # the whole question, stamps too
    text = text.replace("id: q-cloze\n    type: cloze\n",
                        "id: q-cloze\n    type: cloze\n    status: rejected\n")
    bank_file.write_text(text)
    _export(bank_file, tmp_path / "v2.apkg")
    result = anki_profile.import_apkg(tmp_path / "v2.apkg")
    assert len(result.log.new) == 0
    assert anki_profile.col.note_count() == 4


def test_a_changed_template_updates_the_note_type_in_place(bank_file, tmp_path, anki_profile,
                                                           monkeypatch, capsys):
    _export(bank_file, tmp_path / "v1.apkg")
    anki_profile.import_apkg(tmp_path / "v1.apkg")
    # A later quizgen restyles the Basic note type: same id and fields, newer `changed`.
    newer = anki._Model(anki.BASIC_MODEL.model_id, "quizgen Basic (v2)",
                        fields=anki.BASIC_MODEL.fields, templates=anki.BASIC_MODEL.templates,
                        css=anki.CSS + "\n.card { color: #123456; }", changed="2027-01-01")
    monkeypatch.setattr(anki, "BASIC_MODEL", newer)
    bank = bank_io.load(bank_file)
    write_apkg([bank], tmp_path / "v2.apkg", bank_dirs=[bank_file.parent])
    result = anki_profile.import_apkg(tmp_path / "v2.apkg")
    assert len(result.log.new) == 0
    model = anki_profile.col.models.get(anki.BASIC_MODEL.model_id)
    assert "#123456" in model["css"] and model["name"] == "quizgen Basic (v2)"
    assert anki_profile.col.note_count() == 4
    ours = [m.name for m in anki_profile.col.models.all_names_and_ids()
            if m.name.startswith("quizgen")]
    assert sorted(ours) == ["quizgen Basic (v2)", "quizgen Cloze (v1)",
                            "quizgen Multiple choice (v1)"]


def test_several_banks_one_package_a_deck_each_and_deck_override(bank_file, example_bank,
                                                                 tmp_path, anki_profile,
                                                                 capsys):
    example_path = tmp_path / "example.yaml"
    bank_io.dump(example_bank, example_path)
    _export(bank_file, tmp_path / "both.apkg")  # stamps the banks
    assert main(["anki", str(bank_file), str(example_path), "-o",
                 str(tmp_path / "both.apkg")]) == 0
    anki_profile.import_apkg(tmp_path / "both.apkg")
    names = {d.name for d in anki_profile.col.decks.all_names_and_ids()}
    assert {"Geography::Rivers", example_bank.deck} <= names
    assert anki_profile.col.note_count() == 4 + len(example_bank.active())
    assert main(["anki", str(bank_file), "-o", str(tmp_path / "o.apkg"), "--deck",
                 "Exam::Week 1"]) == 0
    other = tmp_path / "other"
    other.mkdir()
    from tests.conftest import AnkiProfile

    second = AnkiProfile(other)
    second.import_apkg(tmp_path / "o.apkg")
    assert {c.did for c in second.cards()} == {second.col.decks.id_for_name("Exam::Week 1")}
    second.col.close()
    assert deck_id("rivers") != deck_id(example_bank.id)


def test_article_markup_shows_as_text_and_maths_reaches_mathjax(tmp_path, anki_profile):
    q = Question(id="qhtml", type="short", question="What did <script>alert(1)</script> say?",
                 answer="AT&T said \\(x^2\\)", sentence="AT&T <b> said <script>alert(1)</script>.",
                 line=1)
    bank = Bank(id="html", title="HTML", deck="HTML", questions=(q,))
    write_apkg([bank], tmp_path / "html.apkg")
    anki_profile.import_apkg(tmp_path / "html.apkg")
    [card] = anki_profile.cards()
    assert "<script>" not in card.question() and "&lt;script&gt;" in card.question()
    assert "AT&amp;T said \\(x^2\\)" in card.answer()
    assert "AT&amp;T &lt;b&gt; said" in card.answer()


def test_a_picture_next_to_the_bank_is_bundled_and_shown(bank_file, tmp_path, anki_profile,
                                                        capsys):
    (tmp_path / "nile.png").write_bytes(TINY_PNG)
    bank_file.write_text(bank_file.read_text().replace(
        "    answer: The Nile\n", "    answer: The Nile\n    image: nile.png\n"))
    _export(bank_file, tmp_path / "pic.apkg")
    anki_profile.import_apkg(tmp_path / "pic.apkg")
    card = _card_of(anki_profile, "q-long")
    assert '<img src="rivers-nile.png">' in card.question()
    assert anki_profile.col.media.have("rivers-nile.png")


def test_a_missing_picture_is_an_error_at_check(bank_file, capsys):
    bank_file.write_text(bank_file.read_text().replace(
        "    answer: The Nile\n", "    answer: The Nile\n    image: nowhere.png\n"))
    assert main(["check", str(bank_file)]) == 1
    assert capsys.readouterr().err == (
        f"{bank_file}:12:12: image `nowhere.png` is not in the bank's folder — put the picture "
        "next to the bank, or fix the file name\n")


def test_the_tsv_export_imports_as_the_same_notes(bank_file, tmp_path, anki_profile, capsys):
    from anki.collection import ImportCsvRequest

    _export(bank_file, tmp_path / "d.tsv", "--format", "tsv")
    path = str(tmp_path / "d.tsv")
    metadata = anki_profile.col.get_csv_metadata(path, None)
    anki_profile.col.import_csv(ImportCsvRequest(path=path, metadata=metadata))
    bank = bank_io.load(bank_file)
    notes = {n.guid: n for n in anki_profile.notes()}
    assert set(notes) == {note_guid(bank.id, q.id) for q in bank.active()}
    for q in bank.active():
        note = notes[note_guid(bank.id, q.id)]
        first = note.fields[0]
        shown = cloze_text(q.question) if q.type == "cloze" else q.question
        assert shown in cloze_text(html.unescape(first))
        assert sorted(note.tags) == anki.note_tags(bank, q)
        [card] = note.cards()
        assert anki_profile.col.decks.name(card.did) == "Geography::Rivers"


def test_example_bank_imports_one_note_per_active_question(example_bank, anki_profile,
                                                           tmp_path):
    rejected = dataclasses.replace(example_bank.questions[0], status="rejected")
    bank = dataclasses.replace(example_bank, questions=(rejected, *example_bank.questions[1:]))
    write_apkg([bank], tmp_path / "deck.apkg")
    result = anki_profile.import_apkg(tmp_path / "deck.apkg")
    assert len(result.log.new) == len(bank.active()) == len(bank.questions) - 1
    for q in bank.active():
        card = _card_of(anki_profile, q.id, bank.id)
        if q.type == "cloze":
            assert cloze_text(q.question) in _text(card.answer())
        else:
            shown = q.answer.capitalize() if q.type == "truefalse" else q.answer  # "True"
            assert q.question in _text(card.question()) and shown in _text(card.answer())


MATCHING_YAML = """\
schema_version: 1
id: capitals
title: Capitals
questions:
  - id: q-match
    type: matching
    question: Match each country to its capital.
    pairs:
      - [Peru, Lima]
      - [Kenya, Nairobi]
      - [Norway, Oslo]
"""


def test_a_matching_set_becomes_two_way_cards(tmp_path, anki_profile, capsys):
    path = tmp_path / "capitals.yaml"
    path.write_text(MATCHING_YAML)
    _export(path, tmp_path / "m.apkg")
    result = anki_profile.import_apkg(tmp_path / "m.apkg")
    assert len(result.log.new) == 3 and anki_profile.col.card_count() == 6
    fronts = sorted(_text(c.question()) for c in anki_profile.cards())
    assert fronts == ["Kenya", "Lima", "Nairobi", "Norway", "Oslo", "Peru"]
    [peru] = [c for c in anki_profile.cards() if _text(c.question()) == "Peru"]
    assert _text(peru.answer()).endswith("Lima")
    model = anki_profile.col.models.get(peru.note().mid)
    assert model["name"] == "quizgen Basic and reversed (v1)"
