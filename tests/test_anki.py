"""Decks checked by importing them into the real Anki engine, as a student would."""

from __future__ import annotations

import dataclasses
import html
import re

from quizgen.export.anki import BASIC_MODEL_ID, CLOZE_MODEL_ID, deck_id, write_apkg
from quizgen.model import Question, cloze_text


def _text(card_html: str) -> str:
    """What the student reads: the card without its style sheet and markup."""
    body = re.sub(r"<style>.*?</style>", "", card_html, flags=re.S)
    body = re.sub(r"</?span[^>]*>", "", body)  # inline: no space
    return html.unescape(re.sub(r"<[^>]+>", " ", body))


def _with_one_rejected(bank):
    first = dataclasses.replace(bank.questions[0], status="rejected")
    return dataclasses.replace(bank, questions=(first, *bank.questions[1:]))


def test_real_anki_imports_one_note_per_active_question(example_bank, anki_profile, tmp_path):
    bank = _with_one_rejected(example_bank)
    apkg = tmp_path / "deck.apkg"
    write_apkg([bank], apkg)
    result = anki_profile.import_apkg(apkg)
    assert len(result.log.new) == len(bank.active()) == len(bank.questions) - 1
    assert anki_profile.col.note_count() == len(bank.active())
    assert anki_profile.col.decks.id_for_name(bank.deck) is not None
    models = {n.mid for n in anki_profile.notes()}
    assert models <= {BASIC_MODEL_ID, CLOZE_MODEL_ID}


def test_cards_show_the_bank_text(example_bank, anki_profile, tmp_path):
    apkg = tmp_path / "deck.apkg"
    write_apkg([example_bank], apkg)
    anki_profile.import_apkg(apkg)
    by_guid = {n.guid: n for n in anki_profile.notes()}
    from quizgen.export.anki import note_guid

    seen_cloze = seen_short = False
    for q in example_bank.active():
        note = by_guid[note_guid(example_bank.id, q.id)]
        [card] = note.cards()
        front, back = _text(card.question()), _text(card.answer())
        if q.type == "cloze":
            seen_cloze = True
            blanked = re.sub(r"\{\{c1::.*?\}\}", "[...]", q.question)
            assert blanked in " ".join(front.split())
            assert cloze_text(q.question) in " ".join(back.split())
        else:
            seen_short = True
            assert q.question in front
            assert q.answer in back and q.sentence in " ".join(back.split())
    assert seen_cloze and seen_short


def test_the_same_bank_gives_the_same_bytes_and_reimport_adds_nothing(example_bank,
                                                                     anki_profile, tmp_path,
                                                                     monkeypatch):
    import time

    one, two = tmp_path / "one.apkg", tmp_path / "two.apkg"
    write_apkg([example_bank], one)
    later = time.time() + 86_400 * 3
    monkeypatch.setattr(time, "time", lambda: later)
    write_apkg([example_bank], two)
    assert one.read_bytes() == two.read_bytes()
    anki_profile.import_apkg(one)
    again = anki_profile.import_apkg(two)
    assert len(again.log.new) == 0
    assert anki_profile.col.note_count() == len(example_bank.active())


def test_several_banks_go_into_one_package_with_a_deck_each(example_bank, seed_bank,
                                                            anki_profile, tmp_path):
    apkg = tmp_path / "both.apkg"
    write_apkg([example_bank, seed_bank], apkg)
    anki_profile.import_apkg(apkg)
    assert anki_profile.col.note_count() == len(example_bank.active()) + len(seed_bank.active())
    names = {d.name for d in anki_profile.col.decks.all_names_and_ids()}
    assert {example_bank.deck, seed_bank.deck} <= names
    assert deck_id(example_bank.id) != deck_id(seed_bank.id)


def test_article_markup_shows_as_text_on_the_card(example_bank, anki_profile, tmp_path):
    q = Question(id="qhtml", type="short", question="What did <script>alert(1)</script> say?",
                 answer="AT&T <b>", sentence="AT&T <b> said <script>alert(1)</script>.", line=1)
    bank = dataclasses.replace(example_bank, questions=(q,))
    apkg = tmp_path / "html.apkg"
    write_apkg([bank], apkg)
    anki_profile.import_apkg(apkg)
    [card] = anki_profile.cards()
    assert "<script>" not in card.question() and "&lt;script&gt;" in card.question()
    assert "AT&amp;T &lt;b&gt;" in card.answer()
