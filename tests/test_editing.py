"""Editing banks by hand: bad input gets one clear line, merges keep every edit, and nothing on
disk is ever half-written."""

from __future__ import annotations

import os
import re

import pytest

from quizgen import bank as bank_io
from quizgen.cli import main
from quizgen.extractor.article import Paragraph, split_long
from tests.conftest import EXAMPLE_ARTICLE

ENGLISH = EXAMPLE_ARTICLE.read_text("utf-8")
GERMAN = ("Der alte Leuchtturm in der Bucht wurde am Samstag wieder eingeschaltet. Freiwillige "
          "haben drei Jahre lang gearbeitet, um den Turm zu retten. Die Stadt feierte mit einem "
          "Fest am Hafen, und viele Familien kamen zum Strand. Der Bürgermeister dankte allen "
          "Helfern für ihre Arbeit und ihre Geduld.\n")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _bad_inputs(tmp_path):
    """(name, argv, expected first line of stderr) for every kind of bad input."""
    folder = tmp_path / "a-folder"
    folder.mkdir()
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\t\n   \n")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    numbers = tmp_path / "numbers.txt"
    numbers.write_text("12 34\n56 78\n---\n")
    german = tmp_path / "german.txt"
    german.write_text(GERMAN)
    undecodable = tmp_path / "latin.txt"
    undecodable.write_bytes(b"The caf\xe9 opened in \x81\x8d 1998.\n")
    newer = tmp_path / "newer.yaml"
    newer.write_text("schema_version: 3\nid: n\ntitle: N\nquestions: []\n")
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    out = str(tmp_path / "out.yaml")
    return [
        ("missing", ["extract", str(tmp_path / "nope.txt"), "-o", out],
         f"{tmp_path / 'nope.txt'}: no such file — check the path"),
        ("folder as bank", ["check", str(folder)],
         f"{folder}: is a folder, not a bank — name a .yaml file"),
        ("folder without articles", ["extract", str(folder), "--out-dir", str(tmp_path)],
         f"{folder}: no articles in this folder — give .txt files, or a folder that holds "
         "some"),
        ("whitespace only", ["extract", str(blank), "-o", out],
         f"{blank}: the article is empty — give an article with some sentences"),
        ("binary", ["extract", str(binary), "-o", out],
         f"{binary}: is a binary file, not text — give a plain-text (.txt) article"),
        ("undecodable", ["extract", str(undecodable), "-o", out],
         f"{undecodable}:1: is not UTF-8 text (nor UTF-16 or Windows-1252) — save the "
         "article as UTF-8"),
        ("no sentences", ["extract", str(numbers), "-o", out],
         f"{numbers}: found no sentence to ask about — give an article of full English "
         "sentences"),
        ("not English", ["extract", str(german), "-o", out],
         f"{german}: this does not look like English (only 6% of its words are common English "
         "words) — quizgen makes questions from English articles"),
        ("newer bank", ["check", str(newer)],
         f"{newer}:1:17: this bank is format version 3, newer than this quizgen reads (1) — "
         "upgrade quizgen: pip install -U quizgen"),
        ("missing bank", ["check", str(tmp_path / "gone.yaml")],
         f"{tmp_path / 'gone.yaml'}: no such file — check the path"),
        ("unwritable folder", ["extract", str(EXAMPLE_ARTICLE), "-o",
                               str(a_file / "bank.yaml")],
         f"{a_file}: cannot write here: File exists — choose a folder you can write to"),
    ]


@pytest.mark.parametrize("case", range(11))
def test_bad_input_is_one_line_and_exit_1(case, tmp_path, capsys):
    name, argv, expected = _bad_inputs(tmp_path)[case]
    code, _, err = run(capsys, *argv)
    assert (code, err.splitlines()[0]) == (1, expected), name
    assert "Traceback" not in err
    assert not (tmp_path / "out.yaml").exists()


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-8-sig"])
def test_articles_in_common_encodings_are_read(encoding, tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_bytes(ENGLISH.replace("Lepaute", "Lépaute").encode(encoding))
    code, _, _ = run(capsys, "extract", str(article), "-o", str(tmp_path / "b.yaml"),
                     "--per-100-words", "50")  # every sentence asked about
    assert code == 0
    assert any("Lépaute" in q.sentence for q in bank_io.load(tmp_path / "b.yaml").questions)


def test_a_huge_paragraph_is_parsed_in_pieces_with_its_line_numbers():
    text = "The river rose by one metre in the night. " * 120_000  # about 5 MB, one line
    pieces = split_long(Paragraph(text.strip(), 7, ((0, 7),)))
    assert len(pieces) > 200
    assert all(len(p.text) <= 20_000 and p.text.endswith(".") for p in pieces)
    assert all(p.line == 7 for p in pieces)
    assert sum(len(p.text) for p in pieces) + len(pieces) - 1 == len(text.strip())


def test_a_long_single_line_article_is_extracted(tmp_path, capsys):
    article = tmp_path / "long.txt"
    article.write_text(" ".join(ENGLISH.splitlines()[3:]) * 8)  # ~20 kB on one line
    code, _, _ = run(capsys, "extract", str(article), "-o", str(tmp_path / "b.yaml"),
                     "--per-100-words", "50")  # every sentence asked about
    assert code == 0
    assert all(q.line == 1 for q in bank_io.load(tmp_path / "b.yaml").questions)


# --- merges ----------------------------------------------------------------------------------

@pytest.fixture
def edited(tmp_path, capsys):
    """A bank made from the example article, then edited by hand."""
    article = tmp_path / "article.txt"
    article.write_text(ENGLISH)
    bank_path = tmp_path / "bank.yaml"
    assert main(["extract", str(article), "-o", str(bank_path)]) == 0
    bank = bank_io.load(bank_path)
    first, second, third, fourth = bank.questions[:4]
    text = bank_path.read_text()
    # reword the first question, comment it, reject the second, delete the third
    text = text.replace(f"question: {first.question}",
                        "question: Which charity restored the tower?  # clearer")
    text = text.replace(f"  - id: {first.id}\n", f"  # checked against the article\n"
                                                 f"  - id: {first.id}\n")
    text = re.sub(rf"(  - id: {second.id}\n(    .*\n)*?)    status: generated",
                  r"\1    status: rejected", text)
    text = re.sub(rf"  - id: {third.id}\n(    .*\n)*", "", text)
    bank_path.write_text(text)
    capsys.readouterr()
    return article, bank_path, bank, text


def _without_stamps(text: str) -> str:
    return re.sub(r"(?m)^    (updated|checksum): .*\n", "", text)


def test_re_extracting_the_same_article_changes_nothing_but_what_was_deleted(edited, capsys):
    article, bank_path, bank, text = edited
    code, out, _ = run(capsys, "extract", str(article), "-o", str(bank_path))
    assert (code, out) == (0, f"skipped {article}: {bank_path} is up to date\n")
    assert bank_path.read_text() == text
    code, out, _ = run(capsys, "extract", str(article), "-o", str(bank_path), "--force")
    assert code == 0 and out == f"merged into {bank_path}: 1 new, {len(bank.questions) - 1} kept\n"
    after = bank_path.read_text()
    # every line the person left is still there, in order; only the edited question got
    # quizgen's stamps, and the deleted one came back at the end
    assert _without_stamps(after).startswith(_without_stamps(text))
    merged = bank_io.load(bank_path)
    stamped = [q.id for q in merged.questions if q.updated]
    assert stamped == [bank.questions[0].id]
    assert merged.questions[0].question == "Which charity restored the tower?"
    assert merged.questions[1].status == "rejected"
    # the deleted question is made again, at the end (reject a question to be rid of it)
    assert merged.questions[-1].id == bank.questions[2].id
    assert [q.id for q in merged.questions].count(bank.questions[1].id) == 1


def test_a_changed_article_marks_lost_sentences_stale_and_adds_new_ones(edited, capsys):
    article, bank_path, bank, text = edited
    lost = bank.questions[3]
    new_line = ("The mayor announced that a second lighthouse at Heron Point will be restored "
                "by the Harbour Trust in 2027.\n")
    article.write_text(ENGLISH.replace(lost.sentence, "").replace("\n\n", "\n") + new_line)
    code, out, _ = run(capsys, "extract", str(article), "-o", str(bank_path))
    assert code == 0
    assert ", 1 marked stale" in out
    merged = bank_io.load(bank_path)
    by_id = {q.id: q for q in merged.questions}
    assert by_id[lost.id].status == "stale"
    assert lost.id not in {q.id for q in merged.active()}
    assert any("Heron Point" in q.sentence for q in merged.questions)
    assert merged.source.sha256 != bank.source.sha256
    # everything else of the file is as the person left it
    stripped = _without_stamps(bank_path.read_text().replace("status: stale",
                                                             "status: generated"))
    assert stripped.startswith(_without_stamps(text).split("  sha256:")[0])
    assert _without_stamps(text).split("\ndeck:")[1] in stripped
    assert "  # checked against the article\n" in stripped
    assert "question: Which charity restored the tower?  # clearer\n" in stripped


def test_replace_keeps_a_backup(edited, capsys):
    article, bank_path, bank, text = edited
    code, out, _ = run(capsys, "extract", str(article), "-o", str(bank_path), "--replace")
    assert code == 0 and out.startswith(f"saved the old bank as {bank_path}.bak\n")
    assert (bank_path.parent / "bank.yaml.bak").read_text() == text
    assert bank_io.load(bank_path) == bank


def test_an_invalid_bank_is_never_merged_into(edited, capsys):
    article, bank_path, bank, text = edited
    broken = text.replace("status: rejected", "status: maybe")
    bank_path.write_text(broken)
    code, _, err = run(capsys, "extract", str(article), "-o", str(bank_path))
    assert code == 1 and "is `maybe` — use one of: generated, reviewed, rejected, stale" in err
    assert bank_path.read_text() == broken


# --- atomic writes -----------------------------------------------------------------------------

@pytest.mark.parametrize("what", ["bank", "deck", "worksheet"])
def test_an_interrupted_write_leaves_the_old_file_intact(what, example_bank, tmp_path,
                                                         monkeypatch):
    from quizgen.export import exporter

    target = tmp_path / {"bank": "b.yaml", "deck": "d.apkg", "worksheet": "w.pdf"}[what]
    target.write_bytes(b"the previous file")

    def crash(*args, **kwargs):
        raise KeyboardInterrupt  # Ctrl-C just before the rename

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        if what == "bank":
            bank_io.dump(example_bank, target)
        elif what == "deck":
            exporter("anki")([example_bank], target)
        else:
            exporter("worksheet")(example_bank, target)
    assert target.read_bytes() == b"the previous file"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]
