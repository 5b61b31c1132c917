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
    # CDGP (Chiang et al. 2022) on DGen's test split: fine-tuned SciBERT; BERT
    "p_at_1": [("CDGP SciBERT", 13.13), ("BERT", 10.81)],
    "f1_at_3": [("CDGP SciBERT", 12.23), ("BERT", 7.72)],
    "mrr": [("CDGP SciBERT", 25.12), ("BERT", 18.15)],
    "ndcg_at_10": [("CDGP SciBERT", 34.17), ("BERT", 24.47)],
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


def run_mctest(folder: Path, nlp) -> dict:
    """For every MCTest question: 3 distractors for the right option, the story as context."""
    import quizgen

    questions = hits = generated = leaks = 0
    for tsv in sorted(folder.glob("*.tsv")):
        answers = (folder / f"{tsv.stem}.ans").read_text("utf-8").splitlines()
        for row, letters in zip(tsv.read_text("utf-8").splitlines(), answers):
            cells = row.split("\t")
            story = cells[2].replace("\\newline", "\n")
            for q, letter in enumerate(letters.split("\t")):
                question, options = cells[3 + 5 * q], cells[4 + 5 * q: 8 + 5 * q]
                right = options["ABCD".index(letter.strip())]
                wrong = {squad_normalise(o) for o in options if o != right}
                made = quizgen.distractors(right, story, 3, question.split(":", 1)[-1],
                                           nlp=nlp)
                questions += 1
                generated += len(made)
                hits += sum(squad_normalise(m) in wrong for m in made)
                leaks += any(squad_normalise(m) == squad_normalise(right) for m in made)
    return {"questions": questions,
            "distractor_hit_rate": round(100 * hits / max(1, 3 * questions), 2),
            "answer_leak": round(100 * leaks / max(1, questions), 2),
            "distractors_per_question": round(generated / max(1, questions), 2)}


def run_dgen(path: Path, nlp) -> dict:
    """For every DGen item: 10 ranked distractors, the sentence (blank filled) as context;
    relevance as CDGP's evaluator: the lower-cased option equals a lower-cased gold one."""
    import math

    import quizgen

    items = json.loads(path.read_text("utf-8"))
    p1 = f1 = mrr = ndcg = 0.0
    for item in items:
        answer = item["answer"]
        sentence = item["sentence"].replace("**blank**", answer)
        gold = {d.lower() for d in item["distractors"]}
        made = [m.lower() for m in quizgen.distractors(answer, sentence, 10, nlp=nlp)]
        relevant = [m in gold for m in made]
        p1 += relevant[0] if relevant else 0
        top3 = sum(relevant[:3])
        precision, recall = top3 / 3, top3 / max(1, len(gold))
        f1 += 2 * precision * recall / (precision + recall) if top3 else 0
        mrr += next((1 / (i + 1) for i, r in enumerate(relevant) if r), 0)
        dcg = sum(1 / math.log2(i + 2) for i, r in enumerate(relevant[:10]) if r)
        ideal = sum(1 / math.log2(i + 2) for i in range(min(10, len(gold))))
        ndcg += dcg / ideal if ideal else 0
    n = max(1, len(items))
    return {"items": len(items), "p_at_1": round(100 * p1 / n, 2),
            "f1_at_3": round(100 * f1 / n, 2), "mrr": round(100 * mrr / n, 2),
            "ndcg_at_10": round(100 * ndcg / n, 2)}


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
    if args.mctest:
        results["mctest"] = run_mctest(args.mctest, nlp)
    if args.dgen:
        results["dgen"] = run_dgen(args.dgen, nlp)
    results["seconds"] = round(time.perf_counter() - started, 1)
    print_table(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
