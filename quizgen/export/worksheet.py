"""Bank → printable PDF worksheets and answer keys, from the Jinja2 templates in ``templates/``.

A worksheet has a section per question type (numbering runs on across sections), a header
with Name / Class / Date, and a footer with the page number and the version. Versions shuffle
the questions within each section and the options within each question; the right option's
letter is spread evenly over A–D. Each version is laid out on its own, so its pages count from
1, and starts on a fresh sheet of paper for duplex printing.
"""

from __future__ import annotations

import contextlib
import os
import random
import re
import string
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ExportError
from ..files import atomic_path
from ..model import QUESTION_TYPES, Bank, Question

TEMPLATE = "worksheet.html"
PAPERS = {"a4": "A4", "letter": "letter"}

SECTION_ORDER = ("mcq", "truefalse", "matching", "cloze", "short")
SECTION_TITLES = {
    "mcq": ("Multiple choice", "Tick the box of the one correct answer."),
    "truefalse": ("True or false", "Tick T if the statement is true, F if it is false."),
    "matching": ("Matching", "Write the letter of the matching item on the line."),
    "cloze": ("Fill in the blanks", "Write the missing word or words on each line. Use the "
                                    "word bank; it has more words than you need."),
    "short": ("Short answers", "Answer each question in a few words."),
}
assert set(SECTION_ORDER) == set(QUESTION_TYPES)

_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::([^}]*))?\}\}", re.DOTALL)


@dataclass(frozen=True)
class Layout:
    """How to print a bank."""

    title: str | None = None
    """The title on the sheet; the bank's own when ``None``."""

    paper: str = "a4"
    """``a4`` or ``letter``."""

    types: tuple[str, ...] = SECTION_ORDER
    """Which sections to print, in worksheet order."""

    max_questions: int | None = None
    """At most this many questions, the best-ranked first."""

    versions: int = 1
    """How many shuffled versions."""

    seed: int | None = None
    """Seed of the shuffles; with one version and no seed the bank's order is kept."""


def default_template_dir() -> Path:
    """``templates/`` inside the installed package, or beside the package in a checkout."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "templates", here.parent / "templates"):
        if (candidate / TEMPLATE).is_file():
            return candidate
    raise ExportError("the worksheet templates are missing",
                      "reinstall quizgen, or pass --template-dir DIR", str(here / "templates"))


def version_code(index: int) -> str:
    return string.ascii_uppercase[index % 26] * (1 + index // 26)


def _blanked(text: str) -> str:
    """A cloze for the student: every deletion becomes a blank (with its hint, if any)."""
    return _CLOZE.sub(lambda m: "_" * 14 + (f" ({m.group(2)})" if m.group(2) else ""), text)


def _lines_for(answer: str) -> int:
    """Writing lines sized to the expected answer."""
    words = len(answer.split())
    return 1 if words <= 5 else 2 if words <= 15 else 3


def _balanced_choices(questions: list[Question], rng: random.Random | None) -> list[list[str]]:
    """The options of each mcq question, shuffled so that the right one's letter is spread
    evenly over the letters across the sheet."""
    if rng is None:
        return [list(q.choices) for q in questions]
    slots = [i % 4 for i in range(len(questions))]
    rng.shuffle(slots)
    out = []
    for q, slot in zip(questions, slots):
        wrong = [c for c in q.choices if c != q.answer]
        rng.shuffle(wrong)
        position = min(slot, len(wrong))
        out.append(wrong[:position] + [q.answer] + wrong[position:])
    return out


def _word_bank(clozes: list[Question], others: list[Question], rng: random.Random | None
               ) -> list[str]:
    """The cloze answers and a few answers of other questions as decoys, shuffled."""
    answers = {q.answer for q in clozes}
    decoys = sorted({q.answer for q in others if q.type == "short" and q.answer not in answers
                     and len(q.answer.split()) <= 4})
    shuffle = rng or random.Random(" ".join(sorted(answers)))
    shuffle.shuffle(decoys)
    words = sorted(answers) + decoys[:max(2, len(clozes) // 3)]
    shuffle.shuffle(words)
    return words


def _reveals(a: Question, b: Question) -> bool:
    """Whether the student sees ``b``'s answer in ``a``, a question about the same sentence
    (in its text, or its matching pairs)."""
    if b.type in ("truefalse", "matching") or not b.answer or not b.sentence or \
            a.sentence != b.sentence:
        return False
    shown = " ".join([_blanked(a.question), *(side for pair in a.pairs for side in pair)])
    return re.search(rf"(?<!\w){re.escape(b.answer)}(?!\w)", shown, re.IGNORECASE) is not None


def without_giveaways(questions: list[Question]) -> list[Question]:
    """The questions, best first, without a generated one that shows the answer of one before
    it from the same sentence, or whose answer such a one shows (two blanks of one sentence;
    "Who said X …?" beside a blank for X in the same sentence). Reviewed questions are a
    person's choice: always printed."""
    kept: list[Question] = []
    for q in questions:
        if q.status == "generated" and any(_reveals(k, q) or _reveals(q, k) for k in kept):
            continue
        kept.append(q)
    return kept


def sheet(bank: Bank, layout: Layout, version: int = 0) -> dict[str, Any]:
    """Everything one version of the worksheet shows, for the template."""
    shuffled = layout.versions > 1 or layout.seed is not None
    rng = random.Random(f"{layout.seed or 0}:{bank.id}:{version}") if shuffled else None
    chosen = without_giveaways([q for q in bank.active() if q.type in layout.types])
    if layout.max_questions is not None:
        chosen = chosen[: layout.max_questions]
    sections, number = [], 0
    for qtype in (t for t in SECTION_ORDER if t in layout.types):
        questions = [q for q in chosen if q.type == qtype]
        if not questions:
            continue
        if rng is not None:
            rng.shuffle(questions)
        choices = _balanced_choices(questions, rng) if qtype == "mcq" else [[]] * len(questions)
        items = []
        for q, options in zip(questions, choices):
            number += 1
            letter = string.ascii_uppercase[options.index(q.answer)] if options else ""
            matches = [right for _, right in q.pairs]
            (rng or random.Random(q.id)).shuffle(matches)  # never in the terms' order
            items.append({
                "terms": [{"text": left, "letter": string.ascii_uppercase[matches.index(right)],
                           "match": right} for left, right in q.pairs],
                "matches": [{"letter": string.ascii_uppercase[i], "text": m}
                            for i, m in enumerate(matches)],
                "points": q.points,
                "number": number, "id": q.id, "type": q.type,
                "text": _blanked(q.question) if q.type == "cloze" else q.question,
                "choices": [{"letter": string.ascii_uppercase[i], "text": c}
                            for i, c in enumerate(options)],
                "answer": q.answer.capitalize() if q.type == "truefalse" else q.answer,
                "answer_letter": letter,
                "sentence": q.sentence, "line": q.line, "lines": _lines_for(q.answer),
            })
        title, instructions = SECTION_TITLES[qtype]
        sections.append({
            "type": qtype, "title": title, "instructions": instructions, "items": items,
            "word_bank": _word_bank(questions, chosen, rng) if qtype == "cloze" else [],
        })
    points = [q.points for q in chosen if q.points is not None]
    return {"sections": sections, "count": number, "total_points": sum(points) if points else None,
            "version": version_code(version) if layout.versions > 1 else ""}


def sections(bank: Bank) -> list[dict[str, Any]]:
    """The sections of the plain (single, unshuffled) worksheet."""
    return sheet(bank, Layout())["sections"]


def render_html(bank: Bank, answer_key: bool = False, template_dir: Path | None = None,
                layout: Layout = Layout(), version: int = 0) -> str:
    """One version of the worksheet (or its answer key) as HTML, Jinja2 autoescaping on."""
    import jinja2

    if layout.paper not in PAPERS:
        raise ExportError(f"unknown paper size `{layout.paper}`", "use a4 or letter")
    template_dir = template_dir or default_template_dir()
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(template_dir)),
                             autoescape=True, undefined=jinja2.StrictUndefined,
                             trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    try:
        template = env.get_template(TEMPLATE)
        return template.render(title=layout.title or bank.title, bank=bank, key=answer_key,
                               source=Path(bank.source.path).name if bank.source else "",
                               paper=PAPERS[layout.paper], **sheet(bank, layout, version))
    except jinja2.TemplateNotFound as exc:
        raise ExportError(f"no {TEMPLATE} in the template folder",
                          "copy templates/ from quizgen and edit the copy",
                          str(template_dir)) from exc
    except jinja2.TemplateError as exc:
        raise ExportError(f"template error: {exc}", "fix the template",
                          str(template_dir / TEMPLATE), getattr(exc, "lineno", None)) from exc


def _fetcher(allowed: list[Path]):
    """A URL fetcher that reads local files inside ``allowed`` folders and refuses the rest:
    a worksheet never reaches the network or reads other files."""
    from urllib.parse import unquote, urlparse

    from weasyprint.urls import URLFetcher

    roots = [p.resolve() for p in allowed]

    class LocalOnlyFetcher(URLFetcher):
        def fetch(self, url: str, headers: Any = None) -> Any:
            parsed = urlparse(url)
            if parsed.scheme == "file":
                path = Path(unquote(parsed.path)).resolve()
                if any(path == root or root in path.parents for root in roots):
                    return super().fetch(url, headers)
            raise ValueError(f"quizgen does not fetch {url}")

    return LocalOnlyFetcher()


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


class _Renderer:
    """Lays out versions with WeasyPrint and joins their pages into PDFs."""

    def __init__(self, bank: Bank, layout: Layout, template_dir: Path | None,
                 bank_dir: Path | None) -> None:
        self.bank, self.layout = bank, layout
        self.template_dir = template_dir or default_template_dir()
        self.allowed = [self.template_dir] + ([bank_dir] if bank_dir else [])
        self._blank = None
        self._first = None  # a laid-out document, whose copy() joins pages into one PDF
        self._fonts = None  # the template's @font-face fonts, loaded once for all documents

    def document(self, html: str):
        from weasyprint import HTML
        from weasyprint.text.fonts import FontConfiguration

        self._fonts = self._fonts or FontConfiguration()
        document = HTML(string=html, base_url=str(self.template_dir) + os.sep,
                        url_fetcher=_fetcher(self.allowed)).render(font_config=self._fonts)
        self._first = self._first or document
        return document

    def pages(self, version: int, answer_key: bool) -> list:
        html = render_html(self.bank, answer_key, self.template_dir, self.layout, version)
        return list(self.document(html).pages)

    def blank_page(self):
        if self._blank is None:
            html = render_html(Bank(id="blank", title=" ", deck=" "), False, self.template_dir,
                               self.layout)
            html = re.sub(r"(?s)<body[^>]*>.*</body>", "<body class=blank></body>", html)
            html = html.replace("</head>", "<style>@page { @bottom-center { content: none } "
                                "@bottom-right { content: none } }</style></head>")
            self._blank = self.document(html).pages[0]
        return self._blank

    def pdf(self, parts: Sequence[list]) -> bytes:
        """One PDF of ``parts`` (lists of pages), each part starting on a fresh sheet."""
        pages: list = []
        for part in parts:
            if len(pages) % 2:
                pages.append(self.blank_page())  # duplex: the next part on a new sheet
            pages.extend(part)
        with _reproducible_fonts():
            return self._first.copy(pages).write_pdf(
                pdf_identifier=b"quizgen-" + self.bank.id.encode()[:40])


def preload() -> None:
    """Load WeasyPrint and lay out a line of text, so that the first worksheet is not slowed by
    it."""
    from weasyprint import HTML

    HTML(string="<p>Name <b>Class</b> <i>Date</i></p>").write_pdf()


def render_pdf(bank: Bank, answer_key: bool = False, template_dir: Path | None = None,
               bank_dir: Path | None = None, layout: Layout = Layout()) -> bytes:
    """Every version of the worksheet (or of its key) in one PDF; the same input gives the same
    bytes."""
    renderer = _Renderer(bank, layout, template_dir, bank_dir)
    return renderer.pdf([renderer.pages(v, answer_key) for v in range(layout.versions)])


def write_worksheet(bank: Bank, output: str | os.PathLike[str], answer_key: bool = False,
                    key_pages: bool = False, split: bool = False,
                    template_dir: Path | None = None, bank_dir: Path | None = None,
                    layout: Layout = Layout()) -> list[Path]:
    """Write the worksheet to ``output``: every version in one PDF, or one PDF per version with
    ``split`` (``NAME-A.pdf``, …). The answer keys go after the sheets with ``key_pages``, or
    into ``NAME-key.pdf`` (``NAME-A-key.pdf``, …) with ``answer_key``."""
    output = Path(output)
    if not sheet(bank, layout)["count"]:
        raise ExportError("no questions to print", "check `status` and --types: rejected and "
                          "stale questions are left out", bank.source.path if bank.source
                          else None)
    renderer = _Renderer(bank, layout, template_dir, bank_dir)
    versions = range(layout.versions)
    sheets = {v: renderer.pages(v, False) for v in versions}
    keys = {v: renderer.pages(v, True) for v in versions} if answer_key or key_pages else {}
    files: list[tuple[Path, bytes]] = []
    groups = [[v] for v in versions] if split else [list(versions)]
    for group in groups:
        suffix = f"-{version_code(group[0])}" if split else ""
        main = output.with_name(f"{output.stem}{suffix}{output.suffix or '.pdf'}")
        parts = [sheets[v] for v in group] + ([keys[v] for v in group] if key_pages else [])
        files.append((main, renderer.pdf(parts)))
        if answer_key and not key_pages:
            key = output.with_name(f"{output.stem}{suffix}-key{output.suffix or '.pdf'}")
            files.append((key, renderer.pdf([keys[v] for v in group])))
    for path, data in files:
        with atomic_path(path) as tmp:
            tmp.write_bytes(data)
    return [path for path, _ in files]
