"""Worksheets and answer keys, read back from the PDF as a teacher's printer would get them."""

from __future__ import annotations

import io
import re
import shutil

import pytest
from pypdf import PdfReader

from quizgen.export.worksheet import default_template_dir, render_html, render_pdf, sections
from quizgen.model import cloze_text


def _pdf_text(data: bytes) -> str:
    """The text of every page, lines joined (a line broken after a hyphen joined without space)."""
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    return re.sub(r"(?<=\w-) (?=\w)", "", text)


def _shown(q) -> str:
    """The question as printed: a cloze shows a blank where its answer was."""
    return re.sub(r"\{\{c\d+::.*?\}\}", "_" * 12, q.question) if q.type == "cloze" else q.question


@pytest.fixture(scope="module")
def pdfs(example_bank):
    return render_pdf(example_bank), render_pdf(example_bank, answer_key=True)


def test_every_question_is_on_the_student_sheet(example_bank, pdfs):
    text = _pdf_text(pdfs[0])
    for q in example_bank.active():
        assert " ".join(_shown(q).split()) in text, q.question
    assert "Name" in text and "Class" in text and "Date" in text


def test_every_answer_and_its_source_is_in_the_key(example_bank, pdfs):
    text = _pdf_text(pdfs[1])
    for q in example_bank.active():
        assert q.answer in text
        assert " ".join(q.sentence.split()) in text


def test_the_student_sheet_does_not_give_open_answers_away(example_bank, pdfs):
    text = _pdf_text(pdfs[0])
    shown = [" ".join(_shown(q).split()) for q in example_bank.active()]
    for q in example_bank.active():
        if q.type != "short":
            continue
        start = text.index(" ".join(q.question.split())) + len(q.question)
        later = [text.index(s, start) for s in shown if s in text[start:]]
        answer_space = text[start:min(later, default=len(text))]
        assert q.answer not in answer_space, (q.question, answer_space)


def test_questions_are_numbered_across_sections(example_bank):
    numbers = [item["number"] for s in sections(example_bank) for item in s["items"]]
    assert numbers == list(range(1, len(example_bank.active()) + 1))


def test_the_same_bank_gives_the_same_pdf_bytes_at_any_time(example_bank, pdfs, monkeypatch):
    import time

    later = time.time() + 86_400 * 3
    monkeypatch.setattr(time, "time", lambda: later)
    assert render_pdf(example_bank) == pdfs[0]


def test_template_text_is_escaped(example_bank):
    import dataclasses

    q = dataclasses.replace(example_bank.questions[0], question="Is <b>bold</b> & fine?")
    html = render_html(dataclasses.replace(example_bank, questions=(q,)))
    assert "Is &lt;b&gt;bold&lt;/b&gt; &amp; fine?" in html


def test_templates_cannot_read_files_outside_their_folder(example_bank, tmp_path):
    """A stylesheet outside the template folder is refused; the same one inside is used, so the
    test would notice if nothing were ever loaded."""
    templates = tmp_path / "templates"
    shutil.copytree(default_template_dir(), templates)
    outside = tmp_path / "outside"
    outside.mkdir()
    css = 'body::before { content: "LEAKED-STYLE"; }'
    (outside / "leak.css").write_text(css)
    (templates / "inside.css").write_text(css.replace("LEAKED", "INSIDE"))
    page = (templates / "worksheet.html").read_text()
    links = (f'<link rel="stylesheet" href="{(outside / "leak.css").as_uri()}">'
             '<link rel="stylesheet" href="inside.css">'
             '<link rel="stylesheet" href="file:///etc/passwd">'
             '<link rel="stylesheet" href="http://127.0.0.1:9/remote.css">')
    (templates / "worksheet.html").write_text(page.replace("</head>", links + "</head>"))
    text = _pdf_text(render_pdf(example_bank, template_dir=templates))
    assert "INSIDE-STYLE" in text
    assert "LEAKED-STYLE" not in text and "root:" not in text
    assert cloze_text("x") == "x"
