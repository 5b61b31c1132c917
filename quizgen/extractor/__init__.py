"""Article → Bank: find answers worth asking about, ask about them, rank and pick the best.

``extract`` is the public entry point; ``ask`` is the answer-aware question generator.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING

from ..errors import ArticleError
from ..model import Bank, Question, Source, question_id
from .article import Article, Paragraph, clean
from .pipeline import load_pipeline
from .questions import PERSONAL_PRONOUNS, render

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

DEFAULT_PER_100_WORDS = 4.0
"""Default volume: questions per 100 words of article."""

# How much a kind of answer is worth asking about, from the entity label.
_LABEL_WEIGHT = {"PERSON": 1.0, "ORG": 0.9, "GPE": 0.85, "EVENT": 0.9, "DATE": 0.85,
                 "LOC": 0.85, "FAC": 0.75, "MONEY": 0.85, "PERCENT": 0.8, "QUANTITY": 0.75,
                 "CARDINAL": 0.6, "LAW": 0.8, "WORK_OF_ART": 0.8, "PRODUCT": 0.75,
                 "NORP": 0.55, "TIME": 0.6, "LANGUAGE": 0.7, "": 0.55}
_RULE_WEIGHT = {"title": 1.0, "subject": 0.95, "agent": 0.95, "object": 0.9, "when": 0.95, "where": 0.95,
                "how-many": 0.95, "in-place": 0.55, "cloze": 0.75}
_SKIP_LABELS = {"ORDINAL"}
_MAX_QUESTION_WORDS = 30


@dataclass
class _Candidate:
    sentence: Span
    answer: Span
    sentence_index: int
    """Position of the sentence in the whole article."""
    paragraph: int
    line: int
    qtype: str
    text: str
    rule: str
    score: float


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:60].strip("-") or "article"


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"^(the|a|an)\s+", "", text.lower().strip()))


def _trim(span: Span) -> Span:
    """Without a leading determiner or possessive and trailing punctuation or `'s`."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].dep_ in ("det", "poss") or doc[start].is_punct
                           or doc[start].lower_ in ("the", "a", "an")):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS"):
        end -= 1
    return doc[start:end]


def _describes_person(token: Token) -> bool:
    """Whether ``token`` is inside the title in front of a name (`Secretary of State Blinken`)."""
    while token.dep_ in ("compound", "nmod", "amod", "pobj", "prep") and token.head != token:
        if token.dep_ == "prep" and token.lower_ != "of":
            return False
        token = token.head
        if token.ent_type_ == "PERSON":
            return True
    return False


def _candidate_spans(sentence: Span) -> list[Span]:
    """Named entities and the main noun phrases of the sentence, without overlaps of the same."""
    spans: dict[tuple[int, int], Span] = {}
    for ent in sentence.ents:
        if ent.label_ in _SKIP_LABELS:
            continue
        if ent.label_ == "NORP" and ent.root.dep_ == "amod":
            continue  # "Turkish" in "Turkish officials" is a modifier, not an answer
        if ent.label_ != "PERSON" and _describes_person(ent.root):
            continue  # "State" in "Secretary of State Antony Blinken" is part of a title
        span = _trim(ent)
        if len(span):
            spans[(span.start, span.end)] = span
    for chunk in sentence.noun_chunks:
        if chunk.root.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "attr"):
            continue
        if chunk.root.pos_ == "PRON" or any(t.ent_type_ for t in chunk):
            continue
        span = _trim(chunk)
        if 1 <= len(span) <= 6 and not all(t.is_stop for t in span):
            spans.setdefault((span.start, span.end), span)
    return sorted(spans.values(), key=lambda s: s.start)


class _PronounResolver:
    """Resolves `he`/`she` to the nearest person named before it in the article, in the fullest
    form the article uses."""

    def __init__(self, docs: list[Doc]) -> None:
        self.doc_index = {id(doc): i for i, doc in enumerate(docs)}
        self.people = [(i, e) for i, doc in enumerate(docs) for e in doc.ents
                       if e.label_ == "PERSON"]
        self.names = {e.text for _, e in self.people} | {e[-1].text for _, e in self.people}

    def label(self, span: Span) -> str:
        """The entity label, knowing that a surname alone names a person met before."""
        from .questions import entity_label

        return "PERSON" if span.text in self.names else entity_label(span)

    def __call__(self, token: Token) -> str | None:
        if token.lower_ in ("it", "they"):
            return _previous_subject_of(token)
        if token.lower_ not in ("he", "she", "him", "her"):
            return None
        here = (self.doc_index.get(id(token.doc), 0), token.i)
        before = [e for i, e in self.people if (i, e.end) <= here]
        if not before:
            return None
        surname = before[-1][-1].text
        return max((e.text for _, e in self.people if e[-1].text == surname), key=len)


def _previous_subject_of(token: Token) -> str | None:
    """For `it`/`they` as a subject: the subject of the sentence before, when it is a noun
    phrase of the same number (the usual reading in expository text)."""
    from .questions import render

    sentence = token.sent
    if token.dep_ not in ("nsubj", "nsubjpass") or sentence.start == 0:
        return None
    previous = token.doc[sentence.start - 1].sent
    subject = next((t for t in previous.root.children if t.dep_ in ("nsubj", "nsubjpass")),
                   None)
    if subject is None or subject.pos_ == "PRON":
        return None
    plural = subject.tag_ in ("NNS", "NNPS")
    if plural != (token.lower_ == "they"):
        return None
    words = [t for t in subject.subtree if not t.is_punct]
    if len(words) > 6:
        return None
    text = render(words)
    return text if subject.tag_ in ("NNP", "NNPS") or words[0].tag_ == "NNP" else (
        text[:1].lower() + text[1:])


def _cloze_tokens(sentence: Span, answer: Span) -> list[Token] | None:
    """The sentence, or when it is too long the clause around the answer, if that has a subject
    of its own."""
    from .questions import clause_tokens, is_finite

    tokens = list(sentence)
    if sum(not t.is_punct for t in tokens) <= _MAX_QUESTION_WORDS:
        return tokens
    verb = answer.root
    while verb.head != verb and not (verb.pos_ in ("VERB", "AUX") and is_finite(verb)):
        verb = verb.head
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    clause = clause_tokens(verb, set(range(answer.start, answer.end)))
    if not clause or not (clause[0].i <= answer.start and answer.end - 1 <= clause[-1].i):
        return None
    return clause + ([sentence[-1]] if sentence[-1].is_punct else [])


def _cloze(sentence: Span, answer: Span, resolve: _PronounResolver) -> str | None:
    """The sentence with the answer as Anki's `{{c1::…}}` deletion, if it stands on its own."""
    tokens = _cloze_tokens(sentence, answer)
    if tokens is None:
        return None
    if tokens[0].lower_ in ("this", "these", "that", "those", "it", "they", "but", "and",
                            "so", "however"):
        return None
    words: list[Token | str] = []
    for token in tokens:
        if token.i == answer.start:
            words.append("{{c1::" + answer.text + "}}")
        if answer.start <= token.i < answer.end:
            continue
        if token.tag_ == "PRP" and token.lower_ in PERSONAL_PRONOUNS and token.i < answer.start:
            name = resolve(token) if token.dep_ in ("nsubj", "nsubjpass") else None
            if name is None:
                return None
            words.append(name)
            continue
        words.append(token)
    text = render(words)
    if not text.endswith((".", "!", "?", '"')):
        text += "."
    return text[:1].upper() + text[1:]


def _salience(docs: list[Doc]) -> dict[str, int]:
    """How often each answer text and each last word of a name is mentioned in the article."""
    counts: dict[str, int] = {}
    for doc in docs:
        for ent in doc.ents:
            for key in {_norm(ent.text), ent[-1].lower_}:
                counts[key] = counts.get(key, 0) + 1
        for chunk in doc.noun_chunks:
            counts[chunk.root.lemma_.lower()] = counts.get(chunk.root.lemma_.lower(), 0) + 1
    return counts


def _is_trivial(answer: Span, title_words: set[str]) -> bool:
    text = _norm(answer.text)
    return (not text or all(t.is_stop or t.is_punct or t.pos_ == "PRON" for t in answer)
            or text in title_words or len(text) < 2)


def _questions_for(sentence: Span, paragraph: Paragraph, index: int, n_sentences: int,
                   salience: dict[str, int], resolve: _PronounResolver,
                   title_words: set[str]) -> list[_Candidate]:
    from .questions import form

    words = [t for t in sentence if not t.is_punct]
    if len(words) < 6 or '"' in sentence.text:
        return []  # fragments, and quotations whose speaker is hard to ask about
    position = 1.0 - 0.3 * index / max(1, n_sentences)
    line = paragraph.line_at(sentence.start_char - sentence.doc[0].idx)
    out = []
    for answer in _candidate_spans(sentence):
        if _is_trivial(answer, title_words):
            continue
        label = resolve.label(answer)
        mentions = max(salience.get(_norm(answer.text), 0), salience.get(answer[-1].lower_, 0),
                       salience.get(answer.root.lemma_.lower(), 0))
        importance = _LABEL_WEIGHT.get(label, 0.55) * (0.6 + 0.4 * min(1.0, math.log1p(mentions)
                                                                        / math.log(6)))
        formed = form(sentence, answer, resolve, label)
        if formed is not None:
            out.append(_Candidate(sentence, answer, index, 0, line, "short", formed.text,
                                  formed.rule, 0.0))
        cloze = _cloze(sentence, answer, resolve)
        if cloze is not None:
            out.append(_Candidate(sentence, answer, index, 0, line, "cloze", cloze, "cloze", 0.0))
        for cand in out[-2:]:
            if cand.answer is answer:
                cand.score = round(importance * _RULE_WEIGHT[cand.rule] * position, 3)
    return [c for c in out if _acceptable(c)]


def _acceptable(cand: _Candidate) -> bool:
    text = cand.text
    if len(text.split()) > _MAX_QUESTION_WORDS:
        return False
    if cand.qtype == "short" and _norm(cand.answer.text) in _norm(text):
        return False  # the question gives its own answer away
    return True


def _select(cands: list[_Candidate], limit: int, n_paragraphs: int) -> list[_Candidate]:
    """The best candidates, one per sentence and answer, spread over the whole article."""
    cands = sorted(cands, key=lambda c: (-c.score, c.sentence_index, c.answer.start, c.qtype))
    chosen: list[_Candidate] = []
    used_pairs: set[tuple[int, str]] = set()  # same answer from the same sentence
    used_questions: set[str] = set()
    answer_uses: dict[str, int] = {}
    per_sentence: dict[int, int] = {}
    per_paragraph: dict[int, int] = {}
    # Rounds: every paragraph gets its best question before any gets a second one.
    for round_ in range(1, 8):
        for cand in cands:
            if len(chosen) >= limit:
                break
            key = (cand.sentence_index, _norm(cand.answer.text))
            if key in used_pairs or cand.text.lower() in used_questions:
                continue
            if per_paragraph.get(cand.paragraph, 0) >= round_:
                continue
            if per_sentence.get(cand.sentence_index, 0) >= 3:
                continue
            if answer_uses.get(_norm(cand.answer.text), 0) >= 2:
                continue
            chosen.append(cand)
            used_pairs.add(key)
            used_questions.add(cand.text.lower())
            answer_uses[_norm(cand.answer.text)] = answer_uses.get(_norm(cand.answer.text), 0) + 1
            per_sentence[cand.sentence_index] = per_sentence.get(cand.sentence_index, 0) + 1
            per_paragraph[cand.paragraph] = per_paragraph.get(cand.paragraph, 0) + 1
        if len(chosen) >= limit:
            break
    return chosen


def _title_from(source: str | None, article: Article) -> str:
    if article.title:
        return article.title
    if source:
        stem = PurePath(source).stem.replace("_", " ").replace("-", " ").strip()
        if stem:
            return stem[:1].upper() + stem[1:]
    return "Article"


def extract(text: str, source: str | None = None, *, nlp: Language | None = None,
            max_questions: int | None = None, per_100_words: float = DEFAULT_PER_100_WORDS,
            spacy_model: str | None = None) -> Bank:
    """Make a bank of questions from an article's text.

    ``source`` is the article's path, used for the bank's id, title and provenance;
    ``spacy_model`` names the spaCy pipeline when ``nlp`` is not given.
    Raises ``ArticleError`` when the article holds no sentence to ask about.
    """
    article = clean(text)
    if not article.paragraphs:
        raise ArticleError("the article has no text", "give an article with some sentences",
                           source)
    nlp = nlp or load_pipeline(spacy_model)
    docs = list(nlp.pipe(p.text for p in article.paragraphs))
    title = _title_from(source, article)
    title_words = {_norm(title)} if len(title.split()) == 1 else set()
    n_sentences = sum(1 for d in docs for _ in d.sents)
    cands: list[_Candidate] = []
    index = 0
    salience = _salience(docs)
    resolve = _PronounResolver(docs)
    for p_index, (paragraph, doc) in enumerate(zip(article.paragraphs, docs)):
        for sentence in doc.sents:
            for cand in _questions_for(sentence, paragraph, index, n_sentences, salience,
                                       resolve, title_words):
                cand.paragraph = p_index
                cands.append(cand)
            index += 1
    if not cands:
        raise ArticleError("found no sentence to ask about",
                           "give an article of full English sentences", source)
    words = article.words()
    limit = max(1, round(words * per_100_words / 100))
    if max_questions is not None:
        limit = min(limit, max_questions)
    chosen = _select(cands, limit, len(article.paragraphs))
    questions = []
    for cand in sorted(chosen, key=lambda c: -c.score):
        sentence = cand.sentence.text.strip()
        answer = cand.answer.text
        questions.append(Question(
            id=question_id(sentence, answer, cand.qtype), type=cand.qtype, question=cand.text,
            answer=answer, sentence=sentence, line=cand.line, score=cand.score))
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    slug = _slug(PurePath(source).stem if source else title)
    return Bank(id=slug, title=title, deck=f"quizgen::{title}", questions=tuple(questions),
                source=Source(path=str(source), sha256=sha) if source else None,
                tags=(slug,))


def ask(context: str, answer: str, *, nlp: Language | None = None) -> str:
    """A question about ``answer`` from ``context`` (a sentence or paragraph that contains it).

    Raises ``ArticleError`` when ``answer`` is not in ``context``.
    """
    from .questions import ask_in_place, form

    start = context.find(answer)
    if start < 0:
        lowered = context.lower().find(answer.lower())
        if lowered < 0:
            raise ArticleError(f"the answer `{answer}` is not in the context",
                               "give a context that contains the answer word for word")
        start = lowered
    nlp = nlp or load_pipeline()
    doc = nlp(context)
    span = doc.char_span(start, start + len(answer), alignment_mode="expand")
    sentence = span.sent if span is not None else next(iter(doc.sents))
    resolve = _PronounResolver([doc])
    if span is None:
        return f"What is {answer}?"
    label = resolve.label(span)
    formed = form(sentence, span, resolve, label) or ask_in_place(sentence, span, resolve, label)
    return formed.text
