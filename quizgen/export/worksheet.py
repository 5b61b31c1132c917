"""Bank → printable PDF worksheet and answer key, from the Jinja2 templates in ``templates/``."""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import ExportError
from ..files import atomic_path
from ..model import QUESTION_TYPES, Bank, Question

TEMPLATE = "worksheet.html"

SECTION_TITLES = {
    "mcq": ("Multiple choice", "Tick the box of the one correct answer."),
    "truefalse": ("True or false", "Tick T if the statement is true, F if it is false."),
    "cloze": ("Fill in the blanks", "Write the missing words on the line."),
    "short": ("Short answers", "Answer each question in a few words."),
}
SECTION_ORDER = ("mcq", "truefalse", "cloze", "short")
assert set(SECTION_ORDER) == set(QUESTION_TYPES)

_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::([^}]*))?\}\}", re.DOTALL)


def default_template_dir() -> Path:
    """``templates/`` inside the installed package, or beside the package in a checkout."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "templates", here.parent / "templates"):
        if (candidate / TEMPLATE).is_file():
            return candidate
    raise ExportError("the worksheet templates are missing",
                      "reinstall quizgen, or pass --template-dir DIR", str(here / "templates"))


def _blanked(text: str) -> str:
    """A cloze for the student: every deletion becomes a blank (showing its hint if any)."""
    return _CLOZE.sub(lambda m: "_" * 12 + (f" ({m.group(2)})" if m.group(2) else ""), text)


def _lines_for(answer: str) -> int:
    """Writing lines sized to the expected answer."""
    return 1 if len(answer.split()) <= 6 else 2 if len(answer.split()) <= 20 else 3


def _item(number: int, q: Question) -> dict[str, Any]:
    letters = "ABCDEFGH"
    return {
        "number": number,
        "id": q.id,
        "type": q.type,
        "text": _blanked(q.question) if q.type == "cloze" else q.question,
        "choices": [{"letter": letters[i], "text": c} for i, c in enumerate(q.choices)],
        "answer": q.answer,
        "answer_letter": letters[q.choices.index(q.answer)] if q.answer in q.choices else "",
        "sentence": q.sentence,
        "line": q.line,
        "lines": _lines_for(q.answer),
    }


def sections(bank: Bank) -> list[dict[str, Any]]:
    """The questions grouped by type in worksheet order, numbered across sections."""
    out, number = [], 0
    for qtype in SECTION_ORDER:
        items = []
        for q in bank.active():
            if q.type == qtype:
                number += 1
                items.append(_item(number, q))
        if items:
            title, instructions = SECTION_TITLES[qtype]
            out.append({"type": qtype, "title": title, "instructions": instructions,
                        "items": items})
    return out


def render_html(bank: Bank, answer_key: bool = False, template_dir: Path | None = None,
                title: str | None = None) -> str:
    """The worksheet (or its answer key) as HTML, with Jinja2 autoescaping on."""
    import jinja2

    template_dir = template_dir or default_template_dir()
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(template_dir)),
                             autoescape=True, undefined=jinja2.StrictUndefined,
                             trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    try:
        template = env.get_template(TEMPLATE)
        return template.render(title=title or bank.title, bank=bank, key=answer_key,
                               sections=sections(bank),
                               source=bank.source.path if bank.source else "")
    except jinja2.TemplateNotFound as exc:
        raise ExportError(f"no {TEMPLATE} in the template folder",
                          "copy templates/ from quizgen and edit the copy",
                          str(template_dir)) from exc
    except jinja2.TemplateError as exc:
        line = getattr(exc, "lineno", None)
        raise ExportError(f"template error: {exc}", "fix the template",
                          str(template_dir / TEMPLATE), line) from exc


def _fetcher(allowed: list[Path]):
    """A URL fetcher that reads local files inside ``allowed`` folders and refuses the rest:
    a worksheet never reaches the network or reads other files."""
    from urllib.parse import unquote, urlparse

    from weasyprint.urls import URLFetcher

    roots = [p.resolve() for p in allowed]

    class LocalOnlyFetcher(URLFetcher):
        refused: list[str] = []

        def fetch(self, url: str, headers: Any = None) -> Any:
            parsed = urlparse(url)
            if parsed.scheme == "file":
                path = Path(unquote(parsed.path)).resolve()
                if any(path == root or root in path.parents for root in roots):
                    return super().fetch(url, headers)
            self.refused.append(url)
            raise ValueError(f"quizgen does not fetch {url}")

    return LocalOnlyFetcher()


def render_pdf(bank: Bank, answer_key: bool = False, template_dir: Path | None = None,
               bank_dir: Path | None = None, title: str | None = None) -> bytes:
    """The worksheet (or its answer key) as PDF bytes; the same input gives the same bytes."""
    from weasyprint import HTML

    template_dir = template_dir or default_template_dir()
    html = render_html(bank, answer_key, template_dir, title)
    allowed = [template_dir] + ([bank_dir] if bank_dir else [])
    document = HTML(string=html, base_url=str(template_dir) + os.sep,
                    url_fetcher=_fetcher(allowed))
    with _reproducible_fonts():
        return document.write_pdf(pdf_identifier=b"quizgen-" + bank.id.encode()[:40])


@contextlib.contextmanager
def _reproducible_fonts() -> Iterator[None]:
    """fontTools stamps each embedded font subset with the time, unless SOURCE_DATE_EPOCH (the
    reproducible-builds convention) says which time to use."""
    before = os.environ.get("SOURCE_DATE_EPOCH")
    if before is None:
        os.environ["SOURCE_DATE_EPOCH"] = "1700000000"
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)


def write_worksheet(bank: Bank, output: str | os.PathLike[str], answer_key: bool = False,
                    template_dir: Path | None = None, bank_dir: Path | None = None,
                    title: str | None = None) -> list[Path]:
    """Write the worksheet PDF (or its answer key) to ``output`` atomically."""
    data = render_pdf(bank, answer_key, template_dir, bank_dir, title)
    output = Path(output)
    with atomic_path(output) as tmp:
        tmp.write_bytes(data)
    return [output]
