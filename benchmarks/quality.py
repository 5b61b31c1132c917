"""Question quality against human-written questions (SQuAD), and distractors (MCTest, DGen).

    python benchmarks/quality.py --squad ../shared/eval/squad/squad-dev-public.json --json out.json

Prints a table beside the published anchors and writes the figures (0–100) as JSON.
See benchmarks/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import json
import re
import string
import sys
import time
from pathlib import Path

ANCHORS = {
    "answer_aware.bleu4": [("NQG (LSTM, Du et al. 2017)", 11.95), ("T5-small (lmqg)", 24.40)],
    "answer_aware.rougeL": [("NQG (LSTM, Du et al. 2017)", 39.41), ("T5-small (lmqg)", 51.43)],
}


def squad_normalise(text: str) -> str:
    """SQuAD's answer normalisation: lower case, no punctuation, no articles, single spaces."""
    text = text.lower()
    text = "".join(ch for ch in text if ch not in set(string.punctuation))
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return " ".join(text.split())


def _recall(golds: list[set[str]], answers: set[str]) -> float:
    hits = sum(1 for gold in golds if gold & answers)
    return hits / len(golds) if golds else 0.0


def run_squad(path: Path, nlp, limit: int | None = None) -> dict:
    import sacrebleu
    from rouge_score import rouge_scorer

    import quizgen
    from quizgen.extractor import extract

    data = json.loads(path.read_text("utf-8"))["data"]
    if limit:
        data = data[:limit]
    at_k, recall_all, per_100 = [], [], []
    hypotheses, references, rouge = [], [], []
    scorer = rouge_scorer.RougeScorer(["rougeL"])
    gold_total = 0
    for article in data:
        paragraphs = [p["context"] for p in article["paragraphs"]]
        text = "\n\n".join(paragraphs)
        golds = [{squad_normalise(a["text"]) for a in qa["answers"]}
                 for p in article["paragraphs"] for qa in p["qas"]]
        gold_total += len(golds)
        k = len(golds)
        ranked = extract(text, article["title"], nlp=nlp, max_questions=k, per_100_words=1000)
        at_k.append(_recall(golds, {squad_normalise(q.answer) for q in ranked.questions[:k]}))
        default = extract(text, article["title"], nlp=nlp)
        recall_all.append(_recall(golds, {squad_normalise(q.answer) for q in default.questions}))
        per_100.append(100 * len(default.questions) / len(text.split()))
        for p in article["paragraphs"]:
            for qa in p["qas"]:
                answer = qa["answers"][0]["text"]
                question = quizgen.ask(p["context"], answer, nlp=nlp)
                hypotheses.append(question)
                references.append(qa["question"])
                rouge.append(scorer.score(qa["question"], question)["rougeL"].fmeasure)
    bleu = sacrebleu.corpus_bleu(hypotheses, [references], lowercase=True)
    return {
        "articles": len(data),
        "gold_questions": gold_total,
        "answer_recall_at_k": round(100 * sum(at_k) / len(at_k), 2),
        "answer_recall_all": round(100 * sum(recall_all) / len(recall_all), 2),
        "questions_per_100_words": round(sum(per_100) / len(per_100), 2),
        "answer_aware": {"bleu4": round(bleu.score, 2),
                         "rougeL": round(100 * sum(rouge) / len(rouge), 2),
                         "n": len(hypotheses)},
    }


def _flatten(prefix: str, value, out: dict) -> None:
    if isinstance(value, dict):
        for key, inner in value.items():
            _flatten(f"{prefix}.{key}" if prefix else key, inner, out)
    else:
        out[prefix] = value


def print_table(results: dict) -> None:
    flat: dict = {}
    _flatten("", results, flat)
    print(f"{'figure':40} {'quizgen':>9}   published anchors")
    for key, value in flat.items():
        short = key.split(".", 1)[1] if "." in key else key
        anchors = "; ".join(f"{name} {score}" for name, score in ANCHORS.get(short, []))
        print(f"{key:40} {value:>9}   {anchors}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--squad", type=Path, help="SQuAD v1.1 JSON")
    parser.add_argument("--mctest", type=Path, help="folder of MCTest NAME.tsv + NAME.ans")
    parser.add_argument("--dgen", type=Path, help="DGen cloze items JSON")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--limit", type=int, help="only the first N articles (quick runs)")
    args = parser.parse_args(argv)
    from quizgen.extractor.pipeline import load_pipeline

    nlp = load_pipeline()
    started = time.perf_counter()
    results: dict = {}
    if args.squad:
        results["squad"] = run_squad(args.squad, nlp, args.limit)
    results["seconds"] = round(time.perf_counter() - started, 1)
    print_table(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
