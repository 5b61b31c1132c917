"""Speed: quizgen's extraction next to the spaCy parse it stands on, batch scaling, start-up,
one whole build, and the exporters at size.

    python benchmarks/speed.py --corpus ../shared/corpora/bbc-news --json speed.json

Every figure comes from one run on the same texts, so the ratios hold on a noisy machine.
See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = HERE.parent.parent / "shared" / "seed" / "article.txt"


# Runs `quizgen ARGS…` and writes the largest resident size of its worker processes (in KiB).
# Measured inside the batch: a process started from this big benchmark process keeps this
# process's size as its own high-water mark, even after it has become quizgen.
_BATCH_WITH_MEMORY = """
import resource, sys
from quizgen.cli import main
code = main(sys.argv[2:])
open(sys.argv[1], "w").write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
sys.exit(code)
"""


def _articles(corpus: Path, limit: int | None) -> list[Path]:
    files = sorted(p for p in corpus.rglob("*.txt") if p.is_file())
    return files[:limit] if limit else files


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _median_run(argv: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            args = [a.replace("{tmp}", tmp) for a in argv]
            start = time.perf_counter()
            subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def _bank(n: int, mixed: bool):
    from quizgen.model import Bank, Question

    questions = []
    for i in range(n):
        kind = ("mcq", "truefalse", "cloze", "short")[i % 4] if mixed else "short"
        if kind == "mcq":
            q = Question(f"q{i}", "mcq", f"Which river is number {i}?", f"River {i}",
                         choices=(f"River {i}", f"River {i + 1}", f"River {i + 2}",
                                  f"River {i + 3}"))
        elif kind == "truefalse":
            q = Question(f"q{i}", "truefalse", f"River {i} is longer than river {i + 1}.",
                         "true")
        elif kind == "cloze":
            q = Question(f"q{i}", "cloze", f"The {{{{c1::river {i}}}}} flows to the sea.",
                         f"river {i}")
        else:
            q = Question(f"q{i}", "short", f"What is the name of river number {i}?",
                         f"River {i}", sentence=f"River {i} is the river number {i}.", line=i)
        questions.append(q)
    return Bank(id=f"speed-{n}", title="Rivers", deck="Speed", questions=tuple(questions))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True, help="folder of .txt articles")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--limit", type=int, help="only the first N articles (quick runs)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)

    from quizgen.extractor import extract_many
    from quizgen.extractor.pipeline import load_pipeline

    files = _articles(args.corpus, args.limit)
    texts = [p.read_text("utf-8", errors="replace") for p in files]
    words = sum(len(t.split()) for t in texts)
    nlp = load_pipeline()
    nlp("Warm up the pipeline.")
    parse_s = _timed(lambda: all(nlp.pipe(texts)))  # keeps no docs in memory
    items = [(t, str(p), p.stem) for t, p in zip(texts, files)]
    extract_s = _timed(lambda: [extract_many(items[i:i + 8], nlp=nlp)
                                for i in range(0, len(items), 8)])

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for path in files:
            target = corpus / path.relative_to(args.corpus)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
        report = Path(tmp) / "rss.txt"
        batch_s = _timed(lambda: subprocess.run(
            [sys.executable, "-c", _BATCH_WITH_MEMORY, str(report), "extract", str(corpus),
             "--out-dir", str(Path(tmp) / "banks"), "--jobs", str(args.jobs), "--quiet"],
            check=True))
        rss_mb = int(report.read_text()) / 1024

    # the script beside this Python when its environment is not on PATH
    beside = Path(sys.executable).with_name("quizgen")
    quizgen = shutil.which("quizgen") or (str(beside) if beside.exists() else "quizgen")
    startup = _median_run([quizgen, "--help"], 5)
    build = (_median_run([quizgen, "build", str(SEED), "--out-dir", "{tmp}"], 3)
             if SEED.exists() else None)

    from quizgen.export.anki import write_apkg
    from quizgen.export.worksheet import Layout, write_worksheet

    big, worksheet_bank = _bank(10_000, False), _bank(200, True)
    with tempfile.TemporaryDirectory() as tmp:
        anki_s = _timed(lambda: write_apkg([big], Path(tmp) / "big.apkg"))
        sheet_s = _timed(lambda: write_worksheet(worksheet_bank, Path(tmp) / "w.pdf",
                                                 answer_key=True,
                                                 layout=Layout(versions=3, seed=1)))
    results = {
        "articles": len(files),
        "words": words,
        "parse_words_per_s": round(words / parse_s),
        "extract_words_per_s": round(words / extract_s),
        "extract_vs_parse": round(parse_s / extract_s, 3),
        "batch_words_per_s": round(words / batch_s),
        "batch_jobs": args.jobs,
        "batch_vs_one_process": round(extract_s / batch_s, 2),
        "batch_worker_max_rss_mb": round(rss_mb),
        "startup_help_s": round(startup, 3),
        "build_seed_s": round(build, 2) if build is not None else None,
        "anki_10k_notes_s": round(anki_s, 2),
        "worksheet_200q_s": round(sheet_s, 2),
    }
    for key, value in results.items():
        print(f"{key:24} {value}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
