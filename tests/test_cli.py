"""The command line, run in-process: exit codes and the exact lines a user reads."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from quizgen import bank as bank_io
from quizgen.cli import main
from tests.conftest import EXAMPLE_ARTICLE


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version_and_help(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.startswith("quizgen ")
    for command in ("extract", "check", "anki", "worksheet", "build"):
        code, out, _ = run(capsys, command, "--help")
        assert code == 0 and out.startswith(f"usage: quizgen {command}")


def test_usage_errors_exit_2(capsys):
    code, _, err = run(capsys, "anki", "bank.yaml")
    assert code == 2 and "the following arguments are required: -o/--output" in err
    code, _, err = run(capsys, "frobnicate")
    assert code == 2 and "invalid choice" in err


def test_a_missing_article_is_one_line_and_exit_1(capsys, tmp_path):
    missing = tmp_path / "nope.txt"
    code, out, err = run(capsys, "extract", str(missing), "-o", str(tmp_path / "b.yaml"))
    assert (code, out, err) == (1, "", f"{missing}: no such file — check the path\n")


def test_an_empty_article_is_one_line_and_exit_1(capsys, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n")
    code, _, err = run(capsys, "extract", str(empty), "-o", str(tmp_path / "b.yaml"))
    assert (code, err) == (1, f"{empty}: the article is empty — give an article with some "
                              "sentences\n")
    assert not (tmp_path / "b.yaml").exists()


def test_check_reports_every_error_of_every_bank_and_exits_1(capsys, tmp_path):
    one, two = tmp_path / "one.yaml", tmp_path / "two.yaml"
    one.write_text("schema_version: 1\nid: one\ntitle: One\nquestions:\n"
                   "  - type: truefalse\n    question: Water is wet.\n    answer: maybe\n")
    two.write_text("schema_version: 1\nid: two\ntitle: Two\nquestions:\n"
                   "  - type: cloze\n    question: No deletion here.\n    answer: here\n")
    code, out, err = run(capsys, "check", str(one), str(two))
    assert code == 1 and out == ""
    assert err.splitlines() == [
        f"{one}:7:13: a truefalse answer must be true or false, not `maybe` — write "
        "`answer: true` or `answer: false`",
        f"{two}:6:15: this cloze has no deletion — mark the answer in the question as "
        "{{c1::answer}}",
    ]


def test_exporters_refuse_an_invalid_bank(capsys, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\nid: bad\ntitle: Bad\nquestions:\n  - type: short\n")
    out_file = tmp_path / "deck.apkg"
    code, _, err = run(capsys, "anki", str(bad), "-o", str(out_file))
    assert code == 1
    assert err.splitlines() == [f"{bad}:5:5: question 1 has no `question` — add `question: …`",
                                f"{bad}:5:5: question 1 has no `answer` — add `answer: …`"]
    assert not out_file.exists()


def test_extract_check_anki_worksheet_from_the_command_line(capsys, tmp_path):
    bank_path = tmp_path / "lighthouse.yaml"
    code, out, _ = run(capsys, "extract", str(EXAMPLE_ARTICLE), "-o", str(bank_path))
    assert code == 0 and out.startswith(f"wrote {bank_path} (")
    bank = bank_io.load(bank_path)
    assert not bank.source.path.startswith("/")  # relative to the bank: no machine paths
    assert (tmp_path / bank.source.path).resolve() == EXAMPLE_ARTICLE.resolve()
    code, out, _ = run(capsys, "check", str(bank_path))
    assert (code, out) == (0, f"1 bank valid: {len(bank.questions)} questions (0 rejected)\n")
    code, out, _ = run(capsys, "anki", str(bank_path), "-o", str(tmp_path / "d.apkg"))
    assert code == 0 and (tmp_path / "d.apkg").stat().st_size > 0
    code, out, _ = run(capsys, "worksheet", str(bank_path), "-o", str(tmp_path / "w.pdf"),
                       "--answer-key")
    assert code == 0
    assert out.splitlines() == [f"wrote {tmp_path / 'w.pdf'}", f"wrote {tmp_path / 'w-key.pdf'}"]
    assert (tmp_path / "w-key.pdf").read_bytes().startswith(b"%PDF")


def test_build_writes_bank_deck_sheet_and_key(capsys, tmp_path):
    code, out, _ = run(capsys, "build", str(EXAMPLE_ARTICLE), "--out-dir", str(tmp_path))
    assert code == 0
    names = ["harbour-lighthouse.yaml", "harbour-lighthouse.apkg", "harbour-lighthouse.pdf",
             "harbour-lighthouse-key.pdf"]
    assert [line.split()[1] for line in out.splitlines()] == [str(tmp_path / n) for n in names]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names)


def test_build_reports_the_first_article_s_files_before_the_second_article_s_error(
        capsys, tmp_path):
    # the worksheets are laid out in another process, so they are waited for before the error
    german = tmp_path / "abend.txt"
    german.write_text("Gestern Abend kochte Oma Suppe mit frischem Gemüse aus ihrem kleinen "
                      "Garten. Danach spielten wir Karten, tranken Tee und erzählten Geschichten "
                      "über alte Zeiten am warmen Kamin.\n")
    out_dir = tmp_path / "out"
    code, out, err = run(capsys, "build", str(EXAMPLE_ARTICLE), str(german), "--out-dir",
                         str(out_dir))
    assert code == 1 and err.startswith(f"{german}: this does not look like English")
    assert [line.split()[1] for line in out.splitlines()] == [
        str(out_dir / n) for n in ("harbour-lighthouse.yaml", "harbour-lighthouse.apkg",
                                   "harbour-lighthouse.pdf", "harbour-lighthouse-key.pdf")]
    assert (out_dir / "harbour-lighthouse-key.pdf").read_bytes().startswith(b"%PDF")


def test_a_bank_of_one_question_is_reported_in_the_singular(capsys, tmp_path):
    code, out, _ = run(capsys, "extract", str(EXAMPLE_ARTICLE), "-o", str(tmp_path / "b.yaml"),
                       "--max-questions", "1")
    assert (code, out) == (0, f"wrote {tmp_path / 'b.yaml'} (1 question)\n")


def test_seed_article_builds_in_three_versions_from_one_command(capsys, tmp_path, seed_article,
                                                                 anki_profile):
    from pypdf import PdfReader

    code, _, _ = run(capsys, "build", str(seed_article), "--out-dir", str(tmp_path),
                     "--versions", "3", "--seed", "1")
    assert code == 0
    for name in ("article.pdf", "article-key.pdf"):
        text = " ".join(page.extract_text() for page in PdfReader(tmp_path / name).pages)
        assert all(f"Version {v}" in text for v in "ABC")
    bank = bank_io.load(tmp_path / "article.yaml")
    assert len(bank.questions) >= 12
    result = anki_profile.import_apkg(tmp_path / "article.apkg")
    assert len(result.log.new) == len(bank.active())


def test_a_missing_spacy_pipeline_names_the_pip_command(capsys, tmp_path):
    code, _, err = run(capsys, "extract", str(EXAMPLE_ARTICLE), "-o", str(tmp_path / "b.yaml"),
                       "--spacy-model", "xx_no_such_pipeline")
    assert (code, err) == (1, "quizgen: spaCy pipeline `xx_no_such_pipeline` is not installed — "
                              "pip install xx-no-such-pipeline, or choose another with "
                              "--spacy-model\n")


@pytest.mark.skipif(shutil.which("quizgen") is None, reason="the quizgen script is not installed")
def test_python_dash_m_and_the_script_agree():
    by_module = subprocess.run([sys.executable, "-m", "quizgen", "--version"],
                               capture_output=True, text=True, check=True).stdout
    by_script = subprocess.run(["quizgen", "--version"], capture_output=True, text=True,
                               check=True).stdout
    assert by_module == by_script


@pytest.mark.skipif(shutil.which("quizgen") is None, reason="the quizgen script is not installed")
def test_the_script_and_python_dash_m_exit_with_the_commands_code(tmp_path):
    missing = tmp_path / "none.yaml"
    for command in (["quizgen"], [sys.executable, "-m", "quizgen"]):
        result = subprocess.run([*command, "check", str(missing)], capture_output=True,
                                text=True, check=False)
        assert (result.returncode, result.stderr) == (
            1, f"{missing}: no such file — check the path\n")


def test_help_and_check_do_not_import_the_heavy_libraries():
    from tests.conftest import EXAMPLE_BANK

    code = ("import contextlib, io, sys\n"
            "from quizgen.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    main(['--help']); main(['check', '--help'])\n"
            f"    assert main(['check', {str(EXAMPLE_BANK)!r}]) == 0\n"
            "print(sorted(m for m in ('spacy', 'weasyprint', 'genanki') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


def test_a_bank_with_nothing_to_export_is_an_error_not_an_empty_file(capsys, tmp_path):
    bank = tmp_path / "all-rejected.yaml"
    bank.write_text("schema_version: 1\nid: r\ntitle: R\nquestions:\n"
                    "  - type: short\n    question: Why?\n    answer: Because\n"
                    "    status: rejected\n")
    code, _, err = run(capsys, "anki", str(bank), "-o", str(tmp_path / "d.apkg"))
    assert (code, err) == (1, "quizgen: no questions to export — rejected and stale questions "
                              "are left out; set one back to `reviewed`\n")
    code, _, err = run(capsys, "worksheet", str(bank), "-o", str(tmp_path / "w.pdf"))
    assert (code, err) == (1, "quizgen: no questions to print — check `status` and --types: "
                              "rejected and stale questions are left out\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all-rejected.yaml"]
