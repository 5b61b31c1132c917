"""Banks as YAML: round trips, YAML's traps, and error lines that say where and how to fix."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen import bank as bank_io
from quizgen.errors import InvalidBank
from quizgen.model import Bank, Question, Source

YAML_LOOKALIKES = ["no", "yes", "on", "off", "1.10", "2024-05-01", "null", "~", "0x1F", "1e3",
                   "- item", "key: value", "# not a comment", "'quoted'", '"double"', "[1, 2]",
                   "{a: b}", "&anchor", "*alias", "!tag", "%directive", "@at", "`tick`", "|",
                   ">", "  leading space", "trailing space ", "two\nlines", "tab\there"]
text = st.one_of(
    st.sampled_from(YAML_LOOKALIKES),
    st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40),
).filter(lambda s: s.strip() != "")


def _bank(questions) -> Bank:
    return Bank(id="b1", title="A bank", deck="Tests::Bank", questions=tuple(questions),
                source=Source("articles/a.txt", "0" * 64), tags=("t1",))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(text, text, text, st.sampled_from(["short", "cloze"])), min_size=1,
                max_size=4))
def test_load_of_dump_gives_the_same_bank_for_any_text(items):
    questions = []
    for i, (question, answer, sentence, qtype) in enumerate(items):
        if qtype == "cloze":
            answer = answer.replace("}", ")")  # `}}` would end the deletion early
            question = f"{question} {{{{c1::{answer}}}}}"
        questions.append(Question(id=f"q{i}", type=qtype, question=question, answer=answer,
                                  sentence=sentence, line=i + 1, score=0.5))
    bank = _bank(questions)
    text_once = bank_io.dumps(bank)
    assert bank_io.loads(text_once) == bank
    assert bank_io.dumps(bank_io.loads(text_once)) == text_once


def test_dump_writes_unicode_as_itself_and_quotes_yaml_lookalikes():
    bank = _bank([Question(id="q1", type="short", question="Où est Türkiye?", answer="no")])
    text = bank_io.dumps(bank)
    assert "Où est Türkiye?" in text
    assert "answer: 'no'" in text
    assert text.startswith("# yaml-language-server: $schema=")


HAND_WRITTEN = """\
schema_version: 1
id: hand
title: Hand-written
questions:
  - type: short
    question: Is the sky green?
    answer: no
  - type: short
    question: Which version?
    answer: 1.10
  - type: short
    question: When?
    answer: 2024-05-01
  - type: short
    question: What is the word?
    answer: null
"""


def test_answers_that_look_like_other_types_are_read_as_the_text_written():
    bank = bank_io.loads(HAND_WRITTEN, "hand.yaml")
    assert [q.answer for q in bank.questions] == ["no", "1.10", "2024-05-01", "null"]


def test_a_question_added_by_hand_gets_a_stable_id():
    first = bank_io.loads(HAND_WRITTEN, "hand.yaml")
    again = bank_io.loads(bank_io.dumps(first), "hand.yaml")
    assert all(q.id for q in first.questions)
    assert [q.id for q in again.questions] == [q.id for q in first.questions]
    assert len({q.id for q in first.questions}) == 4


BROKEN = """\
schema_version: 1
id: broken
title: Broken
tags: [good, has space]
questions:
  - id: q1
    type: short
    question: Who?
    anwser: Ada
  - id: q1
    type: mcq
    question: Which?
    answer: D
    choices: [A, B, C]
  - id: q3
    type: essay
    question: Write.
    answer: Words
"""


def test_every_error_of_a_bank_is_reported_with_its_line_and_a_fix():
    with pytest.raises(InvalidBank) as caught:
        bank_io.loads(BROKEN, "broken.yaml")
    assert str(caught.value).splitlines() == [
        "broken.yaml:4:14: tag `has space` has a space — Anki tags cannot hold spaces; "
        "write `has_space`",
        "broken.yaml:6:5: question 1 (q1) has no `answer` — add `answer: …`",
        "broken.yaml:9:5: unknown key `anwser` in question 1 (q1) — did you mean `answer`?",
        "broken.yaml:16:11: `type` of question 3 (q3) is `essay` — use one of: short, cloze, "
        "mcq, truefalse, matching",
    ]


def test_a_bank_s_errors_all_survive_a_trip_to_a_worker_process():
    import pickle

    with pytest.raises(InvalidBank) as caught:
        bank_io.loads(BROKEN, "broken.yaml")
    assert str(pickle.loads(pickle.dumps(caught.value))) == str(caught.value)


def test_rules_beyond_the_schema_are_checked():
    text = BROKEN.replace("anwser", "answer").replace("has space", "has_space").replace(
        "essay", "short")
    with pytest.raises(InvalidBank) as caught:
        bank_io.loads(text, "b.yaml")
    assert str(caught.value).splitlines() == [
        "b.yaml:10:9: id `q1` is used by question 1 too — give this question another id, or "
        "delete the `id` line and quizgen will make one",
        "b.yaml:13:13: the answer `D` is not one of the choices — make the answer one of the "
        "choices, word for word",
    ]


@pytest.mark.parametrize("text, expected", [
    ("schema_version: 1\nid: x\n\ttitle: T\n",
     "t.yaml:3:1: YAML syntax error: found character '\\t' that cannot start any token — "
     "YAML indents with spaces, not tabs: replace the tab with spaces"),
    ("schema_version: 1\nid: x\ntitle:T\nquestions: []\n",
     "t.yaml:3:7: YAML syntax error: could not find expected ':' — put a space after the `:`"),
    ("schema_version: 2\nid: x\ntitle: T\nquestions: []\n",
     "t.yaml:1:17: this bank is format version 2, newer than this quizgen reads (1) — "
     "upgrade quizgen: pip install -U quizgen"),
    ("", "t.yaml:1:1: the bank is empty — run `quizgen extract ARTICLE -o FILE` to make one"),
])
def test_unreadable_banks_get_one_line_saying_where(text, expected):
    with pytest.raises(InvalidBank) as caught:
        bank_io.loads(text, "t.yaml")
    assert str(caught.value) == expected


def test_a_bank_written_by_quizgen_is_byte_identical_after_load_and_dump(example_bank, tmp_path):
    path = tmp_path / "bank.yaml"
    bank_io.dump(example_bank, path)
    first = path.read_bytes()
    bank_io.dump(bank_io.load(path), path)
    assert path.read_bytes() == first
    assert bank_io.load(path) == example_bank


def test_rejected_questions_are_kept_but_not_active(example_bank):
    rejected = dataclasses.replace(example_bank.questions[0], status="rejected")
    bank = dataclasses.replace(example_bank, questions=(rejected, *example_bank.questions[1:]))
    again = bank_io.loads(bank_io.dumps(bank))
    assert again.questions[0].status == "rejected"
    assert rejected.id not in {q.id for q in again.active()}


def test_matching_sets_need_pairs_that_differ():
    text = ("schema_version: 1\nid: m\ntitle: M\nquestions:\n"
            "  - type: matching\n    question: Match them.\n    pairs:\n"
            "      - [Peru, Lima]\n      - [Peru, Cusco]\n"
            "  - type: matching\n    question: Match these.\n    pairs:\n      - [Chile, yes]\n")
    with pytest.raises(InvalidBank) as caught:
        bank_io.loads(text, "m.yaml")
    assert str(caught.value).splitlines() == [
        "m.yaml:8:7: term `Peru` appears in two pairs — make every term different",
        "m.yaml:12:5: question 2 is matching but has fewer than 2 pairs — add `pairs:` as a "
        "list of [term, match]",
    ]
    bank = bank_io.loads(text.replace("Peru, Cusco", "Bolivia, Sucre").replace(
        "      - [Chile, yes]\n", "      - [Chile, yes]\n      - [Cuba, Havana]\n"))
    assert bank.questions[1].pairs == (("Chile", "yes"), ("Cuba", "Havana"))
    assert bank_io.loads(bank_io.dumps(bank)) == bank
