"""Worksheets and answer keys, read back from the PDF as a teacher's printer would get them."""

from __future__ import annotations

import dataclasses
import http.server
import io
import re
import shutil
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader

from quizgen import bank as bank_io
from quizgen.cli import main
from quizgen.export.worksheet import (Layout, default_template_dir, render_html, render_pdf,
                                      sections, sheet, write_worksheet)

GOLDEN = Path(__file__).parent / "golden"

MIXED_BANK = """\
schema_version: 1
id: solar
title: The solar system
questions:
  - id: m1
    type: mcq
    question: Which planet is closest to the Sun?
    answer: Mercury
    choices: [Mercury, Venus, Earth, Mars]
    sentence: Mercury is the planet closest to the Sun.
    line: 1
  - id: m2
    type: mcq
    question: Which planet has the Great Red Spot?
    answer: Jupiter
    choices: [Saturn, Jupiter, Neptune, Uranus]
  - id: m3
    type: mcq
    question: How many moons does Mars have?
    answer: two
    choices: [one, two, three, none]
  - id: m4
    type: mcq
    question: Which planet spins on its side?
    answer: Uranus
    choices: [Uranus, Venus, Mercury, Earth]
  - id: t1
    type: truefalse
    question: Venus is hotter than Mercury.
    answer: 'true'
  - id: t2
    type: truefalse
    question: Pluto is the ninth planet.
    answer: 'false'
  - id: c1
    type: cloze
    question: The {{c1::asteroid belt}} lies between Mars and Jupiter.
    answer: asteroid belt
  - id: c2
    type: cloze
    question: Light from the Sun reaches Earth in about {{c1::eight}} minutes.
    answer: eight
  - id: s1
    type: short
    question: What is the largest planet?
    answer: Jupiter
  - id: s2
    type: short
    question: Which gas giant has the most visible rings?
    answer: Saturn
"""


def _pages(data: bytes) -> list[str]:
    """The text of each page, lines joined (a line broken after a hyphen joined without
    space)."""
    reader = PdfReader(io.BytesIO(data))
    return [re.sub(r"(?<=\w-) (?=\w)", "", " ".join((page.extract_text() or "").split()))
            for page in reader.pages]


def _pdf_text(data: bytes) -> str:
    return " ".join(_pages(data))


def _shown(q) -> str:
    """The question as printed: a cloze shows a blank where its answer was."""
    return re.sub(r"\{\{c\d+::.*?\}\}", "_" * 14, q.question) if q.type == "cloze" else q.question


@pytest.fixture
def mixed(tmp_path):
    path = tmp_path / "solar.yaml"
    path.write_text(MIXED_BANK)
    return path, bank_io.load(path)


@pytest.fixture(scope="module")
def pdfs(example_bank):
    return render_pdf(example_bank), render_pdf(example_bank, answer_key=True)


def test_every_question_is_on_the_student_sheet(example_bank, pdfs):
    text = _pdf_text(pdfs[0])
    for q in example_bank.active():
        assert " ".join(_shown(q).split()) in text, q.question
    assert "Name" in text and "Class" in text and "Date" in text
    assert "Page 1 of" in text


def test_every_answer_and_its_source_is_in_the_key(example_bank, pdfs):
    text = _pdf_text(pdfs[1])
    for q in example_bank.active():
        assert (q.answer.capitalize() if q.type == "truefalse" else q.answer) in text
        assert " ".join(q.sentence.split()) in text


def test_the_student_sheet_does_not_give_open_answers_away(example_bank, pdfs):
    text = _pdf_text(pdfs[0])
    text = text[text.index("Short answers"):]  # after the word bank, which lists answers
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


def test_versions_each_hold_every_question_once_on_one_page(mixed, tmp_path):
    path, bank = mixed
    written = write_worksheet(bank, tmp_path / "w.pdf", answer_key=True, split=True,
                              layout=Layout(versions=3, seed=11))
    assert [p.name for p in written] == ["w-A.pdf", "w-A-key.pdf", "w-B.pdf", "w-B-key.pdf",
                                         "w-C.pdf", "w-C-key.pdf"]
    orders = []
    for code in "ABC":
        pages = _pages((tmp_path / f"w-{code}.pdf").read_bytes())
        text = " ".join(pages)
        order = []
        for q in bank.questions:
            shown = " ".join(_shown(q).split())
            assert text.count(shown) == 1, (code, q.question)
            assert sum(shown in page for page in pages) == 1, (code, q.question)  # not split
            order.append(text.index(shown))
        orders.append([q.id for _, q in sorted(zip(order, bank.questions))])
        assert f"Version {code}" in text
    assert len({tuple(o) for o in orders}) == 3, "versions should differ in order"


def test_the_key_letters_match_the_options_as_printed(mixed, tmp_path):
    path, bank = mixed
    write_worksheet(bank, tmp_path / "w.pdf", answer_key=True, split=True,
                    layout=Layout(versions=2, seed=5))
    mcqs = [q for q in bank.questions if q.type == "mcq"]
    for code in "AB":
        student = _pdf_text((tmp_path / f"w-{code}.pdf").read_bytes())
        key = _pdf_text((tmp_path / f"w-{code}-key.pdf").read_bytes())
        letters = []
        for q in mcqs:
            block = student[student.index(q.question):]
            printed = re.search(r"([A-D]) " + re.escape(q.answer) + r"\b", block).group(1)
            assert f"{printed}. {q.answer}" in key
            letters.append(printed)
        assert sorted(letters) == ["A", "B", "C", "D"], "answer positions spread over A–D"


def test_versions_and_keys_in_one_pdf_each_version_on_a_new_sheet(mixed, tmp_path, capsys):
    path, bank = mixed
    out = tmp_path / "all.pdf"
    assert main(["worksheet", str(path), "-o", str(out), "--versions", "2", "--seed", "3",
                 "--key-pages", "--paper", "letter"]) == 0
    reader = PdfReader(str(out))
    pages = _pages(out.read_bytes())
    starts = [i for i, page in enumerate(pages) if "Page 1 of" in page]
    assert len(starts) == 4  # two sheets, two keys
    assert all(i % 2 == 0 for i in starts), "every part starts on the front of a sheet"
    assert "Answer key" in pages[starts[2]] and "Version A" in pages[starts[2]]
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(width), round(height)) == (612, 792)  # US letter, in points


def test_sections_can_be_chosen_and_capped(mixed, tmp_path, capsys):
    path, bank = mixed
    out = tmp_path / "mcq.pdf"
    assert main(["worksheet", str(path), "-o", str(out), "--types", "mcq,short",
                 "--max", "5", "--title", "Planets quiz"]) == 0
    text = _pdf_text(out.read_bytes())
    assert "Planets quiz" in text and "Multiple choice" in text and "Short answers" in text
    assert "True or false" not in text and "Fill in the blanks" not in text
    assert "What is the largest planet?" in text  # 4 mcq + the best short one
    assert "Which gas giant" not in text
    code = main(["worksheet", str(path), "-o", str(out), "--types", "essay"])
    assert code == 2 and "unknown type essay" in capsys.readouterr().err


def test_the_word_bank_holds_every_blank_and_some_decoys(mixed):
    path, bank = mixed
    [cloze] = [s for s in sheet(bank, Layout(versions=2, seed=1))["sections"]
               if s["type"] == "cloze"]
    assert {"asteroid belt", "eight"} < set(cloze["word_bank"])
    assert len(cloze["word_bank"]) >= 4


def test_rendered_html_matches_the_golden_file(mixed):
    path, bank = mixed
    html = render_html(bank, layout=Layout(versions=2, seed=2))
    golden = GOLDEN / "worksheet-solar-A.html"
    assert html == golden.read_text("utf-8"), "regenerate with tests/golden/README.md"


def test_template_text_is_escaped(example_bank):
    import dataclasses

    q = dataclasses.replace(example_bank.questions[0], question="Is <b>bold</b> & fine?")
    html = render_html(dataclasses.replace(example_bank, questions=(q,)))
    assert "Is &lt;b&gt;bold&lt;/b&gt; &amp; fine?" in html


class _CountingHandler(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self):  # noqa: N802 (the name http.server wants)
        _CountingHandler.requests.append(self.path)
        body = b'body::before { content: "FETCHED-FROM-NETWORK"; }'
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_templates_cannot_reach_the_network_or_files_outside_their_folder(example_bank,
                                                                         tmp_path):
    """A stylesheet on a server and one outside the template folder are refused; the same one
    inside the folder is used, so the test would notice if nothing were ever loaded."""
    server = http.server.HTTPServer(("127.0.0.1", 0), _CountingHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
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
                 f'<link rel="stylesheet" href="http://127.0.0.1:{server.server_port}/r.css">')
        (templates / "worksheet.html").write_text(page.replace("</head>", links + "</head>"))
        text = _pdf_text(render_pdf(example_bank, template_dir=templates))
    finally:
        server.shutdown()
    assert "INSIDE-STYLE" in text
    assert "LEAKED-STYLE" not in text and "root:" not in text
    assert "FETCHED-FROM-NETWORK" not in text and _CountingHandler.requests == []


def test_the_shipped_font_is_embedded(pdfs):
    """The sheet looks the same on every machine: its font comes from templates/fonts."""
    reader = PdfReader(io.BytesIO(pdfs[0]))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object()
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object()  # embedded
            fonts.add(str(font["/BaseFont"]).split("+")[-1])
    assert fonts == {"Worksheet-Serif", "Worksheet-Serif-Bold", "Worksheet-Serif-Italic"}


def test_a_matching_set_prints_as_two_columns_and_points_add_up(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text("schema_version: 1\nid: m\ntitle: Capitals\nquestions:\n"
                    "  - type: matching\n    question: Match each country to its capital.\n"
                    "    points: 3\n    pairs:\n      - [Peru, Lima]\n      - [Kenya, Nairobi]\n"
                    "      - [Norway, Oslo]\n"
                    "  - type: short\n    question: What is the capital of Chile?\n"
                    "    answer: Santiago\n    points: 1\n")
    bank = bank_io.load(path)
    [matching] = [s for s in sheet(bank, Layout())["sections"] if s["type"] == "matching"]
    [item] = matching["items"]
    letters = {m["text"]: m["letter"] for m in item["matches"]}
    assert [m["text"] for m in item["matches"]] != ["Lima", "Nairobi", "Oslo"]  # shuffled
    assert {t["text"]: t["letter"] for t in item["terms"]} == {
        "Peru": letters["Lima"], "Kenya": letters["Nairobi"], "Norway": letters["Oslo"]}
    student = _pdf_text(render_pdf(bank))
    key = _pdf_text(render_pdf(bank, answer_key=True))
    assert "Matching" in student and "Total: 4 points" in student and "(3 points)" in student
    for term in ("Peru", "Kenya", "Norway"):
        assert f"{letters[dict(bank.questions[0].pairs)[term]]}{term}" in key.replace(" ", "")


@pytest.mark.parametrize("first_section", [7, 9, 11, 13])
def test_a_section_heading_never_ends_a_page(first_section):
    """Whatever the length of the section before it, a heading shares its page with its first
    question."""
    from quizgen.model import Bank, Question

    questions = [Question(f"m{i}", "mcq", f"Which of these rivers is number {i} on the list?",
                          f"River {i}", choices=(f"River {i}", "The Nile", "The Amazon",
                                                 "The Danube")) for i in range(first_section)]
    questions += [Question(f"s{i}", "short", f"What is the name of river number {i}?",
                           f"River {i}") for i in range(6)]
    text_pages = _pages(render_pdf(Bank(id="rivers", title="Rivers", deck="R",
                                        questions=tuple(questions))))
    assert len(text_pages) >= 2
    for page in text_pages:
        if "Short answers" in page:
            after = page.split("Short answers", 1)[1]
            assert re.search(r"\d+\. What is the name", after), page[-200:]


def test_two_questions_of_one_sentence_that_answer_each_other_are_not_both_printed():
    """Regression, from reading the seed article's sheet: two blanks of one sentence each
    printed the other's answer ("the wars in ___ and Gaza", "the wars in Ukraine and ___")."""
    from quizgen.export.worksheet import without_giveaways
    from quizgen.model import Question

    sentence = "The ferry links Lowford and Easton across the river."
    first = Question(id="q1", type="cloze", question="The ferry links {{c1::Lowford}} and "
                     "Easton across the river.", answer="Lowford", sentence=sentence)
    second = Question(id="q2", type="cloze", question="The ferry links Lowford and "
                      "{{c1::Easton}} across the river.", answer="Easton", sentence=sentence)
    asked = Question(id="q3", type="short", question="What links Lowford and Easton?",
                     answer="The ferry", sentence=sentence)
    elsewhere = Question(id="q4", type="short", question="Who runs the Lowford ferry?",
                         answer="Easton", sentence="Easton runs the Lowford ferry.")
    assert without_giveaways([first, second, asked, elsewhere]) == [first, elsewhere]
    # a question a person has reviewed is their choice: it is printed
    reviewed = dataclasses.replace(second, status="reviewed")
    assert without_giveaways([first, reviewed]) == [first, reviewed]
