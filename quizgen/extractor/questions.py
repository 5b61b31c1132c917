"""Turning a sentence and an answer span in it into a question.

A question is made from the smallest clause that holds the answer, without the parts a question
does not need (fronted adverbials, side clauses, appositions, brackets). The answer's phrase is
moved out of the clause and a wh-word put in front, with do-support and agreement for the verb:
subject → "Who met …?", object → "What did X approve?", time and place phrases →
"When/Where did …?", numbers → "How many N …?", a passive's agent → "Who opened the bridge?",
a person's title → "Who is the Turkish Foreign Minister?". Objects of infinitives move too
("What did X decide to build?"); an adverbial clause that states a fact ("because …",
"when …") is asked as a clause of its own, and a relative clause of what its `which` stands
for ("What does rice need?"); out of conditions and other clauses nothing moves. There, and
wherever no rule fits, the answer is asked in place ("… is lined with what?").

Answers a teacher picks by hand may be more than a noun phrase: a phrase with its preposition
("in the committee" → "Where …?", "by rationing bread" → "How …?"), a whole adverbial clause
("because …" → "Why …?", "if …" → "Under what conditions …?"), a verb phrase ("What did the
settlers do?", "What did the mayor say?") or a description in apposition ("Who is Lena
Fischer?", "How old is Mr Okafor?", "Which beetle …?").
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .pipeline import KINDS_OF_WORK, NAME_PARTICLES, PENCE, PLACE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
OBJECTS = {"dobj", "attr", "oprd", "dative"}
PERSONAL_PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "we", "us", "i", "me",
                     "you", "this", "that", "these", "those"}
RELATIVE_WORDS = {"which", "who", "whom", "that", "whose", "where", "when"}
SPEECH_VERBS = {"say", "tell", "state", "announce", "add", "claim", "report", "note", "stress",
                "insist", "argue", "explain", "warn", "write", "suggest", "reiterate", "confirm"}
# Verbs of what someone thinks or feels: their subject is someone, or people acting together.
_MINDS = {"feel", "deny", "admit", "believe", "think", "hope", "fear", "want", "praise",
          "criticise", "criticize", "accuse", "blame", "regret", "welcome", "condemn"}
# Verbs of what someone believes will be or is: what follows is theirs to say ("Edwards
# believes Idowu can take gold" → "According to Edwards, who can take gold …?").
_BELIEFS = {"believe", "think", "expect", "predict", "reckon", "suspect", "estimate", "fear"}
# And of what is only supposed, which "It was thought that …" leaves to no one.
_SUPPOSING = _BELIEFS | {"hope", "assume", "rumour", "rumor"}
# Verbs of saying that what follows is not so.
_DENIALS = {"deny", "dispute", "refute", "rebut", "reject", "dismiss", "doubt", "question"}
# Verbs of what someone says or thinks.
_SAYING_OR_THINKING = SPEECH_VERBS | _MINDS | _SUPPOSING
# Verbs whose object may be a clause without "that": "said Acme and Ace have merged".
_CLAUSE_TAKERS = SPEECH_VERBS | _MINDS | _BELIEFS | {
    "know", "find", "show", "see", "learn", "reveal", "realise", "realize", "mean", "ensure",
    "agree", "decide", "indicate", "accept", "understand", "hear", "guess", "doubt", "recall",
    "remember", "forget", "notice", "imagine", "assume", "suppose", "conclude", "discover",
    "prove", "acknowledge", "recognise", "recognize", "worry", "wish", "promise", "demand"}
# Parties, whose names are also words: "Conservative", "Labour", "Green".
_PARTIES = {"conservative", "labour", "liberal", "democrat", "democratic", "republican",
            "socialist", "green", "unionist", "nationalist", "tory", "independent"}
# Verbs that say what someone or something is called.
_NAMING = {"call", "name", "dub", "label", "brand", "term"}
WHEN_PREPS = {"on", "in", "at", "during"}
WHERE_PREPS = {"in", "at", "inside", "across", "throughout"}
# (not "near" or "outside": "Where are applications processed? — UK" of "processed outside
# the UK" says the opposite; only a phrase with its preposition answers "where" there)
# Verbs that say where something is: "based in", "located near".
_SITED = {"base", "locate", "headquarter", "situate", "station", "house"}
# Verbs of going somewhere: "to" a place says where.
_GOING = {"move", "go", "travel", "fly", "return", "emigrate", "relocate", "head", "sail",
          "come", "flee", "drive", "walk", "retire"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
TIME_LABELS = {"DATE", "TIME"}
COUNT_LABELS = {"CARDINAL", "QUANTITY"}
VERBS = ("VERB", "AUX")
# Side parts of a clause that a question leaves out unless the answer is in them.
_SIDE_PARTS = {"advcl", "parataxis", "intj", "meta", "discourse", "appos", "mark", "cc",
               "preconj", "punct"}
_OPENERS = {"but", "and", "so", "however", "also", "yet", "thus", "therefore", "indeed",
            "then", "still", "meanwhile", "instead", "moreover", "furthermore", "or"}
# Adverbs that tie a sentence to the one before, wherever they stand.
LIGHT_VERBS = {"take", "make", "pay", "give", "keep"}
"""Verbs that make an idiom with a bare noun ("take part", "make sense", "pay attention"), and
with the preposition after it ("take account of", "give way to", "keep pace with")."""
_CONNECTIVES = {"however", "meanwhile", "nevertheless", "nonetheless", "therefore", "moreover",
                "furthermore", "too", "though"}

# Agreement with a singular wh-subject ("Who has held …", not "Who have held …").
_SINGULAR_AUX = {"are": "is", "have": "has", "do": "does", "were": "was", "'re": "is",
                 "'ve": "has"}
_PLURAL_AUX = {"is": "are", "has": "have", "does": "do", "was": "were", "'s": "are"}
_DO_SUPPORT = {"VBD": "did", "VBZ": "does", "VBP": "do", "VB": "do",
               "VBN": "did"}  # (a finite VBN is a past tense the tagger mistook)


@dataclass(frozen=True)
class Formed:
    """A question made from a sentence."""

    text: str
    """The question, capitalised and ending in `?`."""

    rule: str
    """Which rule made it: subject, object, when, where, how-many, agent, title, moved-out
    (the last try before in-place) or in-place."""


Resolver = Callable[["Token"], "str | None"]


def _no_resolver(token: Token) -> str | None:
    return None


# --- words -----------------------------------------------------------------------------------

# Lower-case words inside people's names: "Ludwig van Beethoven", "Osama bin Laden".


# Last words of names given after a person to things that are no person.
_NAMED_AFTER = {"lecture", "lectures", "prize", "award", "awards", "trophy", "cup", "medal",
                "memorial", "foundation", "fund", "trust", "institute", "fellowship",
                "scholarship", "stakes", "classic"}


# Words for a part of a whole by where it is: "the bottom quarter", "the top half".
_WHERE_IN_A_WHOLE = {"bottom", "top", "upper", "lower", "same", "opposite", "other"}


def written_after_be(subject: Token) -> bool:
    """Whether ``subject`` of "be" is a bare noun with an "of" phrase that stands where the
    subject is written after the verb: "Star of the show will be the new robot" (but "Water is
    the fluid of choice" is about water)."""
    return subject.dep_ == "nsubj" and subject.head.lemma_ == "be" and (
        subject.tag_ == "NN" or subject.tag_ == "NNP" and subject.is_sent_start) and \
        not subject.ent_type_ and not any(
            c.dep_ in ("det", "poss", "nummod", "compound") for c in subject.children) and \
        any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)


def entity_label(span: Span) -> str:
    """The entity label of ``span``'s head word (empty when it is no entity): "2004 world
    tour" is a tour, not a date; but "40 litres" counts, like its number; a "person" with a
    lower-case word in its name is a work ("Ring of Fire"), and one in the plural a group
    ("the Lib Dems")."""
    root = span_root(span)
    if root.ent_type_ == "PERSON" and any(
            t.ent_type_ == "PERSON" and t.is_lower and t.is_alpha and t.text not in NAME_PARTICLES
            for t in span):
        return "WORK_OF_ART"  # "Ring of Fire": no person's name has a lower-case word in it
    if root.ent_type_ == "PERSON" and span[-1].lower_ in _NAMED_AFTER:
        return "EVENT"  # "the Adam Smith Lecture", "the Nobel Prize": named after a person
    if root.ent_type_ == "PERSON" and len(span) > 1 and span[-1].lower_ in PLACE_WORDS:
        return "FAC"  # "Imam Khomeini International Airport", "the John Radcliffe Hospital"
    if root.ent_type_ == "PERSON" and common_noun_taken_for_a_name(root):
        return "FAC" if root.lower_ in PLACE_WORDS else "EVENT"
    if root.ent_type_ == "PERSON" and span[0].ent_type_ == "ORG":
        return "ORG"  # "Lockheed Martin": a firm's name that ends like a person's
    if root.ent_type_ == "PERSON" and any(ch.isdigit() for ch in root.text):
        return "ORG"  # "MI6", "G8": no person's name has a digit in it
    if root.ent_type_ == "PERSON" and (root.tag_ == "NNPS" and not _titled(root) or
                                       written_as_no_person(span.text, span.doc.text)):
        # "the Lib Dems", "Dundee United manager": a party, a team; "thriller White Noise": a
        # film; no person
        return "WORK_OF_ART" if no_person_kind(span.text, span.doc.text) == "work" else "NORP"
    if root.ent_type_ in ("GPE", "LOC") and len(span) == 2 and _person_taken_for_place(span):
        return "PERSON"
    if root.ent_type_ == "MONEY" and root.lower_ in ("cent", "percent") and any(
            t.lower_ in ("per", "percent") for t in span):
        return "PERCENT"  # "Eighty per cent", which the recogniser took for money
    if root.ent_type_ == "DATE" and root.lemma_.lower() in ("quarter", "half") and any(
            c.lower_ in _WHERE_IN_A_WHOLE for c in root.children):
        return ""  # "drawn in the bottom quarter", "the top half of the table": a part of a
        # draw or a table, no time
    if root.ent_type_:
        return "" if CODE_NUMBER.fullmatch(root.text) else root.ent_type_
    # (a number after the noun names it, counts nothing: "Stage 2", "Article 5")
    count = next((c for c in root.children if c.dep_ == "nummod" and c in span
                  and c.i < root.i and not CODE_NUMBER.fullmatch(c.text)
                  and not ((c.nbor().text == "-" or c.nbor().text.isupper())
                           and not c.whitespace_) and not opens_a_name(c)),
                 None)
    # (nor one joined to a name by a hyphen, the "Four-Kings" team, or glued to a letter,
    # "3G networks")
    return count.ent_type_ if count is not None and count.ent_type_ in COUNT_LABELS else ""


def opens_a_name(number: Token) -> bool:
    """Whether ``number`` is the first word of a name, counting a noun in the singular: "his new
    4 Corners Music label" (no count, as four of a label would be "labels"; but "200,000 Danish
    krone" are counted in a currency's singular)."""
    doc = number.doc
    return number.like_num and number.dep_ == "nummod" and \
        number.lower_ not in ("one", "1") and number.i + 1 < number.head.i and \
        doc[number.i + 1].pos_ == "PROPN" and doc[number.i + 1].is_title and \
        doc[number.i + 1].ent_type_ not in ("NORP", "GPE", "LOC") and \
        number.head.tag_ == "NN" and inflect(number.head, "NNS") != number.head.text and \
        number.head.lemma_.lower() not in PEOPLE  # ("40 Microsoft staff" are counted)


# Last words of places named after people: "Alice Springs", "Elizabeth City".
_PLACE_ENDINGS = PLACE_WORDS | {"falls", "springs", "city", "water", "waters", "hill", "hills",
                                "heights", "point", "beach", "creek", "county", "town",
                                "village", "wells", "green", "cove", "sound", "land", "ville"}


def _an_entity_alone(word: Token) -> bool:
    """Whether the recogniser made ``word`` an entity of one word."""
    return word.ent_iob_ == "B" and not (
        word.i + 1 < len(word.doc) and word.doc[word.i + 1].ent_iob_ == "I")


def common_noun_taken_for_a_name(word: Token) -> bool:
    """Whether ``word``, a "person" of one word, is an everyday noun that a capitalised word
    before it makes a name: "the Scottish Museum", "the Mayor's Gala" (the recogniser took the
    last word alone for a person's name)."""
    if not _an_entity_alone(word):
        return False
    before = word.i - 2 if word.i > 1 and word.nbor(-1).tag_ == "POS" else word.i - 1
    return word.is_title and in_lexicon(word.lower_, "NOUN") and any(
        c.dep_ in ("compound", "amod", "poss") and c.i == before and c.is_title and
        c.ent_type_ in ("", "NORP") and not is_honorific(c) and not (
            c.dep_ == "compound" and c.lower_ in PEOPLE) for c in word.children)
    # (but a post before a name makes it a person's: "President Bush", "Senator Wood")


def _person_taken_for_place(name: Span) -> bool:
    """Whether a two-word "place" is a first name and a surname: "Agnes Samaria, who came
    second, …" (but "Alice Springs" and the places the gazetteer knows are places)."""
    from .gazetteer import kind_of
    from .word_classes import SEX_OF_FIRST_NAME

    first, last = name
    return last == name.root and last.is_title and last.lower_ not in _PLACE_ENDINGS and \
        first.text in SEX_OF_FIRST_NAME and not kind_of(name.text)


def _titled(name: Token) -> bool:
    """Whether the text writes ``name`` after a title somewhere ("Mrs Hutchings"): a person,
    though the tagger took the name for a plural."""
    return re.search(rf"\b(Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Dame)\.? {re.escape(name.text)}\b",
                     name.doc.text) is not None


def written_as_no_person(name: str, text: str) -> bool:
    """Whether ``name`` is a place's ("North Devon"), or ``text`` writes it or its first word
    as a group's or a work's (`no_person_kind`): "Vivendi Universal" where it says "games
    giants EA and Vivendi"."""
    first = name.split(maxsplit=1)[0] if " " in name else ""
    return no_person_kind(name, text) != "" or \
        len(first) > 2 and not first.isupper() and no_person_kind(first, text) != ""


@functools.lru_cache(maxsize=4096)  # asked of each name again and again
def no_person_kind(name: str, text: str) -> str:
    """"work" when ``text`` writes ``name`` as a work's or a product's ("the Wonder Woman
    movie", "thriller White Noise", "Blue Gene machines"); "group" when as a place's ("North
    Devon") or a group's: in the plural ("Lib Dem", "the Lib Dems"), before the words for a
    team's people ("Dundee United manager"), after a kind of body ("water firm Aguas
    Argentinas"), in a fixture ("Charlton Athletic v Leicester City"), or after "a" ("driving
    a Vauxhall Corsa"); "" when it may be a person's."""
    if re.match(r"(North|South|East|West|Greater|Upper|Lower|St\.?|Saint|Team|Air|Radio|Club|"
                r"Banco|Grupo) [A-Z]", name) or \
            re.fullmatch(r"[A-Z]{2,4}", name) or re.match(r"[A-Z]{3,5} [A-Z][a-z]", name) or \
            re.search(r" (United|City|Rovers|Athletic|Wanderers|Albion|County|Town|Rangers|"
                      r"Hotspur|Argyle|Orient|Wednesday|FC)$", name) or \
            re.search(r" (Labs|Inc|Ltd|Plc|PLC|Corp|Corporation|Group|Holdings|Systems|Software|"
                      r"Technologies|Networks|Industries|Airlines|Airways|Motors|Electronics|"
                      r"Communications|Entertainment|Pharmaceuticals|Partners|Studios|"
                      r"Interactive|Telecom)\.?$", name):
        return "group"  # (a saint's name is a school's, a church's or a town's: "St Fintian's";
        # "Manchester United" a club's, "Team GB" and "GB" a side's, "Air Deccan" an airline's,
        # "BBC Sport" a broadcaster's, "Pyra Labs" and "Acme Software" firms)
    if " " in name and re.search(r"[a-z]s$", name) and any(
            not text.startswith(("'", "’"), end) for _, end in _mentions(name[:-1], text)):
        return "group"  # "Lib Dems" where the text also says "Lib Dem"
    # (the name's places are found with str.find and what stands around them is matched with
    # patterns made once: a pattern made for each name cost a third of an article's build)
    plural = re.search(r"[a-z][a-rt-z]s$", name) is not None
    for start, end in _mentions(name, text, glued=True):
        if plural and text[max(0, start - 4):start].lower() == "the ":
            return "group"  # "the Lib Dems", "the Beatles": a people's name, no person's
        if end < len(text) and text[end].isalnum() and name[-1].isalnum():
            if text[end] == "s" and not text[end + 1:end + 2].isalnum():
                return "group"  # "the Lib Dems"
            continue
        found = _NO_PERSON_AFTER.match(text, end) or (
            name[-1].isalnum() or text[end:end + 1].isalnum()) and _NO_PERSON_BEFORE.search(
            text, max(0, start - 60), start)  # (a word's end after it, as "\b" says)
        if found and found.group(0)[:1].isalpha() and re.fullmatch(
                r"\w+s,?\s+", found.group(0)) and not _LIST_GOES_ON.match(text, end):
            continue  # a kind in the plural names a list: "games giants EA and Vivendi" (but
            # "the wedding bands Ozzy gave her" were rings he gave)
        if found:
            return "work" if _WORK_WORD.search(found.group(0)) else "group"
    return ""


def _mentions(name: str, text: str, glued: bool = False) -> Iterable[tuple[int, int]]:
    """Where ``name`` stands in ``text`` as whole words (with ``glued``, also with a letter
    glued after it, for "Lib Dems")."""
    at = text.find(name)
    while at >= 0 and name:
        end = at + len(name)
        if not (at and text[at - 1].isalnum() and name[0].isalnum()) and (
                glued or end == len(text) or not (text[end].isalnum() and name[-1].isalnum())):
            yield at, end
        at = text.find(name, at + 1)


_ORGANISATIONS = (r"(firm|company|group|operator|utility|airline|carmaker|(?<!-)maker|retailer|"
                  r"broadcaster|band|newspaper|magazine|channel|network|studio|label|bank|"
                  r"club|party|charity|agency|publisher|developer|insurer|supermarket|chain|"
                  r"movement|giant)")
_WORKS = (r"(movie|film|series|show|novel|album|debut|single|song|franchise|musical|sequel|"
          r"animation|DVDs?|video|thriller|drama|comedy|biopic|documentary|sitcom|cartoon|"
          r"blockbuster|feature|tool|toolbar|technology|format|"
          r"memoir|biography|autobiography|opera|ballet|painting|poem|podcast|programme|"
          r"soundtrack|trailer|machines?|computers?|"
          r"supercomputer|system|software|console|devices?|chips?|processor|phones?|handset|"
          r"browser|platform|app|website|games?|cars?)")
_NO_PERSONS = (r"(players|manager|fans|boss|chairman|striker|midfielder|defender|goalkeeper|"
               r"keeper|squad|supporters|captain|side|spokesman|spokeswoman|spokesperson|"
               r"leaders?|MPs|members|activists|voters|councillors|peers|director|star|"
               r"actor|actress|creator|"
               rf"{_WORKS})\b")
# Words for an event a name may stand before ("the IRB Sevens tournament"): no person's.
_EVENTS = r"(tournament|championships?|festival|conference|summit|league|expo)"
# (and "Sam Rook will be a character-driven comedy", "… is one of the best films about …":
# works, but "… is a film director" is a person)
# (up to two words of a portfolio may come between: "Lib Dem foreign affairs spokesman", but no
# verb: "Jose Mourinho has been manager")
_PORTFOLIO_WORDS = (r"(?:\s+(?!(?:has|have|had|is|was|were|are|be|been|being|will|would|could|"
                    r"should|may|might|as|the|a|an|and|or|of|to|for|in|on|at|by|with|said|says|"
                    r"who|which|that|than)\b)[a-z][\w-]*){0,2}")
_NO_PERSON_AFTER = re.compile(
    rf"{_PORTFOLIO_WORDS}\s+{_NO_PERSONS}|\s+vs?\.?\s|\s+{_WORKS}s\b|\s+{_EVENTS}\b|"
    rf"\s+(is|was|will be)\s+(\"?(an?|the)\s+([\w-]+\s+){{0,2}}{_WORKS}|"
    rf"(one of|among)\s+([\w-]+\s+){{0,4}}{_WORKS}s)"
    rf"(?=\s*[.,;:!?\"')]|\s+(about|that|which|from|by|in|on|with|set|starring|for)\b)|"
    rf",(\s+by far)?\s+(an?|the)\s+([\w-]+\s+){{0,3}}{_WORKS}(?=\s*[,;:)])|"
    rf",\s+(an?\s+|the\s+|[A-Z][\w-]*['’]s\s+)([\w-]+\s+){{0,3}}{_ORGANISATIONS}"
    rf"(?=\s*[,;:.)]|\s+(that|which|based|owned|run|with|in|from)\b)")
# (and "Quake, much the best-selling shooting game, …": a game; "Varig, Brazil's flagship
# airline": a firm)
# (and "shares in (Elan and) Biogen Idec", "games giants Acme Arts and Vivendi", "studios, such
# as Acme Films, Disney, and Buena Vista": firms; "Hurricane Mitch": a storm)
_NO_PERSON_BEFORE = re.compile(rf"(\b({_ORGANISATIONS}|{_WORKS})s?,?\s+"
                               rf"(?:(?:such as|like|including|called|named|known as)\s+)?"
                               rf"(?:(?:[A-Z][\w&.-]*,?\s+){{1,6}}and\s+)?|\svs?\.?\s+|\b[Aa]n?\s+|"
                               rf"\b(Hurricane|Typhoon|Cyclone|Storm)\s+|"
                               rf"\b[Ss]hares (in|of)\s+([A-Z][\w-]*\s+){{0,3}}(and\s+)?)$")
_WORK_WORD = re.compile(rf"\b{_WORKS}s?\b")
_LIST_GOES_ON = re.compile(r",|\s+(and|or|&)\s")
# Words for a body or a work ("network", "film"): never a person's role.
_BODIES_AND_WORKS = frozenset(form for word in re.findall(r"[a-z]+\??",
                                                          (_ORGANISATIONS + _WORKS).lower())
                              for form in ({word[:-2], word[:-1]} if word.endswith("?")
                                           else {word}))


def span_root(span: Span) -> Token:
    """The token of ``span`` whose head lies outside it."""
    for token in span:
        if token.head.i < span.start or token.head.i >= span.end or token.head.i == token.i:
            return token
    return span.root


def wh_word(span: Span, label: str | None = None) -> str:
    label = entity_label(span) if label is None else label
    root = span_root(span)
    if describes_noun(span) and label not in (*COUNT_LABELS, "MONEY"):
        return "what"  # "a large what population", "the what chapel", not "who" or "when"
    # (a post someone is given is no one: "X was made an officer" → "What was X made?")
    predicative = root.dep_ in ("attr", "oprd") or root.dep_ == "dobj" and any(
        c.dep_ == "auxpass" for c in root.head.children) or root.dep_ == "pobj" and \
        root.head.lower_ == "as" and root.head.head.pos_ in VERBS and root.pos_ == "NOUN"
    # (and the post one acts in: "quit as home secretary" → "What did he quit as?")
    if root.lemma_.lower() in _GROUPS_OF_PEOPLE and root.dep_ == "pobj" and (
            root.head.lower_ in ("into", "within") or root.head.lower_ == "to" and
            root.head.head.lemma_ in _PUT_IN_A_GROUP):
        return "what"  # "recalled to the training squad": a body one is in, not someone (but
        # "The prize went to the crew" is given to people)
    if re.search(r"\d[A-Za-z]+\d", root.text):
        return "what"  # "the 7E7", "an A3X5": a model's name, no count
    if any(t.tag_ == "VBG" and t.dep_ == "amod" and any(c.dep_ == "advmod" for c in t.children)
           for t in span):
        return "what"  # "from publicly abusing referees": a deed, which the parser read as
        # people described ("Who … stop fans from? — publicly abusing referees")
    if root.dep_ in SUBJECTS and any(c.dep_ == "dobj" and any(
            g.dep_ == "poss" and g.lower_ == "its" for g in c.children)
            for c in root.head.children):
        return "what"  # "Acpo made its call for …": a body (or the owner is another, which
        # only the sentence before says), whatever the recogniser said; never "who"
    people = root.lemma_.lower() in PEOPLE or root.text[-1:] == "s" and \
        root.text[:-1].isupper() and root.text[:-1].lower() in PEOPLE  # "MPs", "MEPs"
    if label == "PERSON" or is_honorific(span[0]) and span[-1].pos_ == "PROPN" and \
            span[-1].lower_ not in PLACE_WORDS or (
            label in ("", "ORG", "NORP") and people and not predicative) \
            or re.fullmatch(
            r"(the )?\d+-year-old", span.text.lower()):
        return "who"  # "Who said …? The chief inspector", "Who delivered …? The 24-year-old"
    if label == "NORP" and root.tag_ in ("NNPS", "NNS"):
        return "who"  # "the Liberal Democrats", "the Tories": a party's people; "Catholics"
    if label in ("ORG", "") and root.pos_ == "PROPN" and root.dep_ in SUBJECTS and \
            root.head.lemma_ == "be" and any(c.dep_ == "attr" and c.lemma_.lower() in PEOPLE
                                            for c in root.head.children):
        return "who"  # "Owain Bennallack is the editor of …", whom the recogniser took for a
        # firm: the one who is an editor is a person
    named = not label and root.tag_ == "NNP" and span[0].is_title  # (one it did not know)
    if (label == "ORG" or named) and root.dep_ == "nsubj" and root.head.pos_ == "VERB" and (
            root.lemma_.lower() in BODIES or root.head.lemma_ in SPEECH_VERBS or
            named and root.head.lemma_ in _MINDS):
        # people acting together: "Who restored the tower? The Harbour Trust"; "Who said …?
        # Labour"
        return "who"
    if label in ("GPE", "ORG") and root.tag_ == "NNP" and root.dep_ == "nsubj" and not any(
            c.dep_ in ("conj", "det") for c in root.children) and any(
            t.tag_ == "VBP" or t.lower_ == "were" for t in (root.head, *(
                c for c in root.head.children if c.dep_ in ("aux", "auxpass")))):
        return "who"  # "England were still the top side", "Leeds have won": a place's team,
        # which takes a plural verb (never "What were still the top side?"; but "The Beroida
        # have no …" are animals)
    if label == "MONEY":
        return "how much"
    if label == "PERCENT" and (root.like_num or root.lower_ in ("%", "percent", "cent")):
        return "what percentage"  # "What percentage were not willing …?", not "What were"
    if root.lower_.split("-")[-1] in _SHARES and root.dep_ in SUBJECTS and \
            _before_the_hyphen(root) in ("", *_SMALL_NUMBERS) and not any(
                c.ent_type_ == "ORDINAL" or c.lower_ in ("first", "second", "third", "fourth",
                                                         "last", "final", "opening")
                for c in root.children):
        return "what share"  # "Three-quarters said …" → "What share said …?" (but the
        # "fly-half" is a player, "the first quarter" a time)
    if label in TIME_LABELS and is_duration(span):
        return "how long"
    if root.lower_ in _SHARES:
        return "what"  # "one half" of a duo is no count of halves
    glued = root.i > 0 and root.nbor(-1).like_num and not root.nbor(-1).whitespace_ and \
        root.dep_ != "compound"  # (but "5m residents": five million)
    if label in COUNT_LABELS and root.pos_ == "NOUN" and not glued and all(
            t.i > root.i for t in span if t.like_num):
        return f"what {root.lower_}"  # "number three", "stage 2": a number after its noun names
        # a place in a row, counts nothing ("How many number did … go in at?")
    if label in COUNT_LABELS and (root.pos_ == "NOUN" or glued) and any(
            t.like_num for t in span):
        # the noun is in the answer: "18 miles", "40 litres", "40 workers"
        unit = root.lemma_.lower()
        if glued and span.start > 0 and span.doc[span.start - 1].dep_ == "det" and \
                span.doc[span.start - 1].head == root:
            return "what"  # "won the 1,000m": a race, no distance
        if glued and root.text.isupper():
            return "what"  # "3G", "4K": a name, no "3 grams"
        if unit in _DISTANCE_UNITS:
            return "how far"
        if unit in _MEASURE_UNITS:
            return "how much"
        if glued:
            return "what"  # "the 400m", "a 3G phone": a unit glued to its number names
        one = any(c.dep_ == "nummod" and c.lower_ in ("one", "1", "single")
                  for c in root.children)  # "one advanced course" → "how many courses"
        return f"how many {inflect(root, 'NNS') if one and root.tag_ == 'NN' else root.text}"
    if label in COUNT_LABELS and root.dep_ == "attr" and root.head.lemma_ == "be" and any(
            c.dep_ == "nsubj" and c.tag_ == "NN" for c in root.head.children):
        return "what"  # "its membership was about 12 million": "What was its membership?",
        # not "How many was …?"
    if label in COUNT_LABELS and not _GLUED_UNIT.search(root.text) and not re.fullmatch(
            r"[\d,]*\.\d+", root.text):  # "closed at 6709.93": a level, not a count
        return "how many"
    return "what"


# A number with its unit in the same word, which counts nothing: "a 1.4ghz chip", "80gb".
_GLUED_UNIT = re.compile(r"\d(?!bn$)[^\W\d_]{2,}$")
CODE_NUMBER = re.compile(r"0\d+")
"""A number written with a leading zero names something ("a 007 game", "0800 numbers") and
counts nothing: no "how many", no neighbouring numbers as wrong options."""


_DISTANCE_UNITS = {"mile", "kilometre", "kilometer", "km", "metre", "meter", "m", "foot",
                   "feet", "yard", "inch", "centimetre", "centimeter", "cm", "mm", "nautical"}
# Words for a person by what they are or do: asked about with "who".
PEOPLE = {"person", "people", "minister", "secretary", "president", "chairman", "chairwoman",
           "spokesman", "spokeswoman", "spokesperson", "director", "manager", "inspector",
           "official", "analyst", "author", "leader", "chief", "founder", "player", "coach",
           "captain", "striker", "goalkeeper", "keeper", "defender", "governor", "mayor",
           "international", "senator", "judge", "lawyer", "officer", "commander", "king",
           "queen", "prince", "princess", "emperor", "bishop", "priest", "pope", "scientist", "engineer",
           "architect", "artist", "composer", "poet", "novelist", "inventor", "designer",
           "professor", "teacher", "student", "pupil", "worker", "farmer", "soldier", "citizen",
           "resident", "voter", "chancellor", "ambassador", "adviser", "advisor", "economist",
           "campaigner", "activist", "doctor", "nurse", "surgeon", "pilot", "owner", "editor",
           "reporter", "journalist", "producer", "actor", "actress", "singer", "musician",
           "boss", "presenter", "candidate", "winner", "champion", "referee", "umpire",
           "chef", "explorer", "missionary", "philosopher", "historian", "physicist", "chemist",
           "biologist", "mathematician", "astronaut", "diplomat", "monarch", "ruler", "duke",
           "earl", "lord", "knight", "merchant", "settler", "immigrant", "refugee", "man",
           "woman", "boy", "girl", "child", "children", "men", "women", "prosecutor",
           "investigator", "detective", "attorney", "banker", "investor", "trader",
           "shareholder", "executive", "employee", "critic", "expert", "observer",
           "commentator", "viewer", "listener", "customer", "patient", "victim", "survivor",
           "witness", "suspect", "passenger", "athlete", "runner", "cyclist", "swimmer",
           "negotiator", "regulator", "councillor", "lawmaker", "legislator", "mp", "mep", "pm",
           "msp", "peer", "deputy",
           "aide", "assistant", "colleague", "friend", "wife", "husband", "son", "daughter",
           "father", "mother", "brother", "sister", "partner", "rival", "opponent",
           "successor", "predecessor", "member", "fan", "supporter", "team-mate", "teammate",
           "band", "orchestra", "choir", "squad", "crew", "jury", "family", "couple",
           "audience", "crowd", "teenager", "youngster", "veteran", "newcomer", "ally",
           "protester", "demonstrator", "consumer", "shopper", "buyer", "seller", "user",
           "visitor", "tourist", "researcher", "scholar", "academic", "rebel", "militant",
           "troop", "bidder", "borrower", "lender", "motorist", "driver", "commuter",
           "creator", "widow", "widower", "heir", "relative", "cousin", "uncle", "aunt",
           "nephew", "niece", "grandson", "granddaughter", "grandfather", "grandmother",
           "staff", "comedian", "comic", "broadcaster", "writer", "director-general",
           "billionaire", "millionaire", "tycoon", "magnate",
           "footballer", "batsman", "bowler", "jockey", "boxer", "golfer", "sprinter",
           "forward", "midfielder", "winger", "servant", "inmate", "detainee"}
# Posts one person holds for a whole group, which a title of a nation, party or club and
# the post names: "the Tory leader", "the Chelsea boss".
_ONE_PER_GROUP = {"leader", "chief", "head", "boss", "president", "chairman", "chairwoman",
                  "chair", "co-chairman", "spokesman", "spokeswoman", "spokesperson", "captain",
                  "coach", "manager", "minister", "chancellor", "secretary", "premier", "king",
                  "queen", "monarch", "ambassador", "director", "director-general", "editor",
                  "governor", "mayor", "founder", "owner", "speaker", "treasurer", "general",
                  "commissioner", "envoy", "president-elect", "prime", "emperor", "pope"}
# Verbs of putting someone in a group: "recalled to the squad", "added to the crew".
_PUT_IN_A_GROUP = {"recall", "call", "add", "promote", "return", "restore", "draft", "name",
                   "select", "elect", "appoint", "bring", "move", "admit", "invite", "welcome"}
# Words for many people, never for one person named after them.
_GROUPS_OF_PEOPLE = {"crowd", "audience", "family", "couple", "crew", "jury", "squad", "choir",
                     "orchestra", "band", "people", "children", "men", "women", "staff"}
# Organisations that are people acting together, asked with "who".
BODIES = {"trust", "council", "association", "society", "company", "firm", "university",
          "committee", "party", "union", "agency", "group", "bank", "club", "team", "ministry",
          "department", "government", "commission", "board", "court", "fellowship",
          "foundation", "charity", "institute", "police", "army", "federation", "league",
          "office", "authority"}
# Common nouns for places, asked with "where" after "in", "at", …: "in the north".
_PLACE_NOUNS = {"north", "south", "east", "west", "north-east", "north-west", "south-east",
                "south-west", "northeast", "northwest", "southeast", "southwest", "city",
                "town", "village", "countryside", "capital", "region", "island", "coast",
                "county", "province", "district", "suburb", "neighbourhood", "neighborhood",
                "abroad", "valley", "desert", "forest", "harbour", "harbor", "port", "airport",
                "station", "stadium", "museum", "hospital", "castle", "palace", "cathedral",
                "church", "park", "garden", "zoo", "library", "school", "university", "campus",
                "prison", "mine", "factory", "plant", "farm", "beach", "lake", "river", "sea",
                "ocean", "mountains", "hills", "nation", "republic", "kingdom"}


def _names_a_place(noun: Token, answer: Span) -> bool:
    """Whether ``noun``'s "of" phrase in ``answer`` names the place it is, or the place it is
    part of: "the island nation of Fiji", "the north of the country"."""
    return any(c.lower_ == "of" and c.i < answer.end and any(
        g.dep_ == "pobj" and (g.ent_type_ in PLACE_LABELS or
                              g.lemma_.lower() in _PLACE_NOUNS | {"country", "world"})
        for g in c.children) for c in noun.children)


_MEASURE_UNITS = {"litre", "liter", "gallon", "pint", "kilogram", "kg", "gram", "g", "tonne",
                  "ton", "pound", "lb", "ounce", "watt", "kilowatt", "megawatt", "gigawatt",
                  "kwh", "volt", "degree", "hectare", "acre", "calorie", "byte", "megabyte",
                  "gigabyte", "barrel", "percent"}
DURATION_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade",
                   "century"}


def _a_past_day(answer: Span) -> bool:
    """Whether ``answer`` names one day: a weekday, a day of a month, "yesterday"."""
    words = answer.text.lower().split()
    return bool(words) and (words[-1] in _weekday_names() or words == ["yesterday"] or
                            re.fullmatch(r"\d{1,2}(st|nd|rd|th)?", words[0]) is not None and
                            len(words) == 2 and words[1] in month_names())


def describes_noun(span: Span) -> bool:
    """Whether ``span`` is a word in front of a noun outside it: "student" in "a large student
    population"."""
    root = span_root(span)
    return root.dep_ in ("compound", "amod") and root.head.pos_ in ("NOUN", "PROPN") and not \
        span.start <= root.head.i < span.end


def _plural_of_unit(unit: Token) -> str:
    return unit.lower_ if unit.tag_ == "NNS" else inflect(unit, "NNS").lower()


def is_duration(span: Span) -> bool:
    """`three years`, `10 days` — a length of time, not a point in it (nor "for a second
    day", one more of them)."""
    if any(t.text in ("-", "–") and t.i > span.start and
           span.doc[t.i - 1].like_num and span.doc[t.i + 1].lemma_.lower() in DURATION_UNITS
           for t in span[:-2]):
        return False  # "the four-day week", "a two-year deal": a kind of week, no length
    return span[-1].lemma_.lower() in DURATION_UNITS and any(
        t.like_num and t.tag_ == "CD" and not _ORDINAL.search(t.text) or t.lower_ in (
            "a", "an", "several", "few", "many") for t in span) and not any(
        t.lower_ in _ORDINAL_WORDS for t in span)


def measured_from_another(span: Span) -> bool:
    """Whether ``span`` is a length of time from another event ("fined one day after the
    photos were printed", "three years later"): how long after it, no time of its own ("When
    was the singer fined? — one day")."""
    return is_duration(span) and span.end < len(span.doc) and \
        span.doc[span.end].lower_ in ("after", "before", "later", "earlier")


_FREQUENCY = re.compile(r"(every|each)( \S+){1,4}|(once|twice|\S+ times) (a|an|per|each|every) "
                        r"\S+", re.IGNORECASE)


def is_frequency(span: Span) -> bool:
    """"every 5.8 seconds", "twice a month": how often, not when."""
    return _FREQUENCY.fullmatch(span.text) is not None and \
        span[-1].lemma_.lower() in DURATION_UNITS


_ORDINAL_WORDS = {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                  "tenth", "straight", "consecutive", "successive", "further", "another"}


# "14th", "21st", "the 14th-century" — a point in time, never a length of it
_ORDINAL = re.compile(r"\d(st|nd|rd|th)\b", re.IGNORECASE)
_YEAR = re.compile(r"1[0-9]{3}|20[0-9]{2}")


@functools.lru_cache(maxsize=1)
def month_names() -> frozenset[str]:
    """The months in lower case ("january", …)."""
    from .distractors import MONTHS  # (distractors imports this module)

    return frozenset(month.lower() for month in MONTHS)


@functools.lru_cache(maxsize=1)
def _weekday_names() -> frozenset[str]:
    """The days of the week in lower case ("monday", …)."""
    from .distractors import WEEKDAYS

    return frozenset(day.lower() for day in WEEKDAYS)


def base_form(verb: Token) -> str:
    """The verb's dictionary form: spaCy's lemma, unless lemminflect does not inflect it to the
    word as written and another stem does (spaCy's rules made "hop" of "hopes")."""
    if verb.tag_ in _STEMS:
        return _verb_lemma(verb.lower_, verb.lemma_.lower(), verb.tag_)
    return verb.lemma_.lower()


# How a dictionary form may have lost its ending in each inflected form ("hopes" → "hope",
# "tried" → "try", "stopped" → "stop", "making" → "make").
_STEMS = {"VBZ": ((1, ""), (2, ""), (3, "y")), "VBD": ((1, ""), (2, ""), (3, ""), (3, "y")),
          "VBN": ((1, ""), (2, ""), (3, ""), (3, "y")), "VBG": ((3, ""), (3, "e"), (4, ""))}


@functools.lru_cache(maxsize=4096)
def _verb_lemma(word: str, spacy_lemma: str, tag: str) -> str:
    # (lemminflect's inflection tables only: its lemma tables would cost every run their load)
    from lemminflect import getInflection

    if word in getInflection(spacy_lemma, tag=tag):
        return spacy_lemma
    return next((stem for cut, end in _STEMS[tag] if len(word) > cut + 1 and word in
                 getInflection(stem := word[:-cut] + end, tag=tag)), spacy_lemma)


def singular(verb: Token) -> str:
    """A present verb or auxiliary in its form for one thing ("are" → "is", "tell" →
    "tells")."""
    return _SINGULAR_AUX.get(verb.lower_) or inflect(verb, "VBZ")


def inflect(token: Token, tag: str) -> str:
    """The verb in the form of Penn tag ``tag`` ("went", "VBG" → "going")."""
    from lemminflect import getInflection

    forms = getInflection(base_form(token), tag=tag)
    return forms[0] if forms else token.text


@functools.lru_cache(maxsize=4096)
def _past_tense(lemma: str, word: str) -> bool:
    """Whether ``word`` is a past tense of ``lemma`` ("learnt" and "learned", not "gone")."""
    from lemminflect import getInflection

    forms = getInflection(lemma, tag="VBD")
    return not forms or word in (form.lower() for form in forms)


def _written_past(verb: Token) -> bool:
    """Whether ``verb`` is written as a past tense that differs from its present ("leapt")."""
    from lemminflect import getInflection

    lemma = base_form(verb)
    return verb.lower_ != lemma and verb.lower_ in getInflection(lemma, tag="VBD") and \
        verb.lower_ not in getInflection(lemma, tag="VBZ")


def is_finite(verb: Token) -> bool:
    """A verb that can carry a question: tensed itself or with a tensed auxiliary."""
    if verb.tag_ == "VBN" and verb.dep_ in ("ROOT", "conj", "ccomp") and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children) and any(
            c.dep_ == "nsubj" for c in verb.children):
        # "Coke, a priest, assisted Wesley": a past tense the tagger took for VBN — unless
        # the word is no past tense ("a world gone mad"), or a passive aside before the verb:
        # "Mr Hale, elected mayor in May, has urged …" (but "The gallery, opened in 2006,
        # houses …" says when it opened)
        doc = verb.doc
        aside = doc[verb.i - 1].text == "," and any(
            c.dep_ in ("dobj", "oprd", "attr") for c in verb.children) and any(
            t.tag_ in ("VBZ", "VBP", "VBD", "MD") and doc[t.i - 1].text == ","
            for t in doc[verb.i + 1:verb.sent.end])
        return _past_tense(verb.lemma_.lower(), verb.lower_) and not aside
    if verb.tag_ == "VBD" and not _past_tense(verb.lemma_.lower(), verb.lower_):
        return False  # "like a world gone mad": a participle the tagger took for a past tense
    if verb.tag_ == "VB" and verb.dep_ == "ROOT" and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children) and any(
            c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS") and c.i < verb.i
            for c in verb.children):
        return True  # "The old containers, which stand …, hold oxygen": a present tense the
        # tagger took for a bare verb after a clause
    return verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD")
        for c in verb.children)


# --- text --------------------------------------------------------------------------------------

def _attaches_left(token: Token, previous: Token | None) -> bool:
    """Whether ``token`` follows the word before it without a space (`'s`, `n't`, `,`)."""
    if previous is not None and token.i == previous.i + 1:
        return not previous.whitespace_
    glued = token.i > 0 and not token.doc[token.i - 1].whitespace_
    return glued and (token.tag_ == "POS" or token.lower_ == "n't" or
                      (token.is_punct and token.text not in "([{\"'"))


_CONTRACTIONS = {"'re": "are", "'ve": "have", "'m": "am", "'ll": "will", "'s": "is", "'d": "would"}


def _spelt_out(token: Token) -> str:
    """A contracted auxiliary in full, for a question that parts it from its subject."""
    short = token.lower_.replace("’", "'")
    if short not in _CONTRACTIONS or token.tag_ == "POS" or token.pos_ not in ("AUX", "VERB"):
        return token.text
    return "has" if short == "'s" and token.lemma_ == "have" else \
        "had" if short == "'d" and token.lemma_ == "have" else _CONTRACTIONS[short]


def render(tokens: Iterable[Token | str]) -> str:
    """Tokens and inserted words as text, with the article's own spacing between tokens."""
    out: list[str] = []
    previous: Token | None = None
    for item in tokens:
        token = None if isinstance(item, str) else item
        # an inserted word stands where the article's words were, inside their quote marks:
        # 'a new "{{c1::Marshall Plan}}" for' (and after a slash: "the Reed/{{c1::Lane}} race")
        glued_to_inserted = token is not None and previous is None and token.is_punct and \
            token.i > 0 and not token.doc[token.i - 1].whitespace_
        if out and not (token is not None and (_attaches_left(token, previous) or
                                               glued_to_inserted)) and not (
                token is None and previous is not None and (previous.text in "([{" or
                                                            previous.text in "\"'“‘/-" and
                                                            not previous.whitespace_)):
            out.append(" ")
        if token is not None and (previous is None or previous.i != token.i - 1):
            out.append(_spelt_out(token))  # "Brentford are on …", not "Brentford 're on …"
        else:
            out.append(item if token is None else token.text)
        previous = token
    text = "".join(out).strip()
    text = re.sub(r"\s+([,;:?!%]|\.(?!\w))", r"\1", text)  # (but "the .post domain")
    text = re.sub(r"\s{2,}", " ", text)
    text = re.sub(r"(,\s*)+([?.])", r"\2", text)
    text = re.sub(r",(\s*,)+", ",", text)  # "The lock,, told": a dropped aside's commas
    text = re.sub(r"\(\s*\)|\[\s*\w?\s*\]", "", text)
    return re.sub(r"^[,;:\s]+|[,;:\s]+$", "", text)


def finish(text: str) -> str:
    text = re.sub(r"\s*[.!?,;:]*\s*$", "", text.strip())
    text = re.sub(r"\s*,\s*,", ",", text)
    if text.count('"') % 2:  # a quotation cut by the question: no quote marks at all
        text = re.sub(r'\s*"\s*', " ", text).strip()
    text = re.sub(r"\s+", " ", text)
    if text.count("(") > text.count(")"):  # "… 12,250 pounds (how much" cut before its ")"
        text += ")"
    return text[:1].upper() + text[1:] + "?"


# --- clauses -----------------------------------------------------------------------------------

def _time_said_with_adverbs(root: Token) -> tuple[Token, Token] | None:
    """For the time of "as far back as 1996", the adverb phrase that holds it and the verb it
    says when of; None for no such time, or one that is what a verb "be" says ("could be as
    far away as 2012")."""
    if root.dep_ != "pobj" or root.head.lower_ != "as" or root.head.head.pos_ != "ADV":
        return None
    top = root.head.head
    while top.dep_ == "advmod" and top.head.pos_ == "ADV":
        top = top.head
    verb = next((t for t in top.ancestors if t.pos_ in VERBS), None)
    if verb is None or top.left_edge.lower_ != "as" or verb.lemma_ == "be":
        return None
    return top, verb


def _subtree(token: Token) -> set[int]:
    return {t.i for t in token.subtree}


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the verb it is joined to by "and"; ``None`` if neither
    has one."""
    for child in verb.children:
        if child.dep_ in SUBJECTS:
            return child
    if any(child.dep_ == "expl" for child in verb.children):
        return None  # "… is not missing but there have been no sightings": "there" stands
        # for the subject after the verb, none shared ("Since when have Ms Holmes been …?")
    # A verb joined by `and` shares the subject of the first verb — unless the parser hung
    # its own subject on that verb: "… took 15 years and talks with Russia have been …"
    # (nor when a name stands right before it: "… was named best picture and Eastwood pipped
    # Scorsese" — the parser hung Eastwood elsewhere)
    # (nor when a noun stands right before it or its auxiliary: "… by Tim Spall and
    # Staunton's award was announced by …" — the parser hung the award on Spall)
    first = min((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i),
                key=lambda c: c.i, default=verb)
    before = verb.doc[first.i - 1] if first.i > verb.sent.start else None
    if verb.dep_ == "conj" and verb.head.pos_ in VERBS and not any(
            c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and verb.head.i < c.i < verb.i
            for c in verb.head.children) and not (
                before is not None and (before.pos_ == "PROPN" or before.pos_ == "NOUN" and
                                        first != verb) and before.dep_ not in SUBJECTS):
        return subject_of(verb.head)
    return None


def side_parts(token: Token, keep: set[int]) -> set[int]:
    """Tokens under ``token`` that a question can do without: brackets, appositions, relative
    clauses set off by a comma — unless the answer is in them."""
    skip: set[int] = set()
    for t in token.subtree:
        if t.i in skip:
            continue
        part = _subtree(t)
        if part & keep:
            continue
        if t.dep_ == "appos" and t.left_edge.i == t.head.i + 1 and t.right_edge == t and (
                t.pos_ == t.head.pos_ == "PROPN" or not t.doc[t.head.i].whitespace_):
            continue  # one name read as two: "Spencer Abraham"; the "m" of "$80m"
        if t.dep_ == "npadvmod" and t.like_num and 2 <= t.i < len(t.doc) - 1 and \
                t.doc[t.i - 1].text == t.doc[t.i + 1].text == "," and \
                t.doc[t.i - 2].pos_ == "PROPN":
            skip |= part | {t.i + 1}  # "follows Adrian, 13, on …": his age, hung on the verb
            continue
        if t.dep_ == "appos" and (not t.doc[t.left_edge.i - 1].is_punct or
                                  t.doc[t.left_edge.i - 1].tag_ == "''"):
            continue  # no comma before it: part of the name ("the sultry Empress Of Time"), or
            # the name after a quoted title ('"shock jock" Tom Hale')
        if t.dep_ == "conj" and t.head.pos_ in VERBS and t.pos_ in ("NOUN", "PROPN") and \
                any(c.dep_ == "prep" and c.lower_ != "of" for c in t.children) and \
                any(c.dep_ in ("dobj", "prep") and c.i < t.i for c in t.head.children) and \
                not any(c.pos_ in VERBS for c in t.subtree):
            # an object and its phrase after "and" that share the verb before them: "face Cole
            # in the last eight and Park in the semi-finals" is asked without the second pair
            # (and so is a second subject's: "The award went to X, and the prize to Y")
            joins = [c.i for c in t.head.children if c.dep_ in ("cc", "punct") and
                     c.i == t.left_edge.i - 1]
            skip |= part | set(joins)
            continue
        if t.dep_ == "conj" and t.pos_ in VERBS and t.head.pos_ in ("NOUN", "PROPN") and \
                t.head.dep_ in SUBJECTS and t.left_edge.i > t.head.i + 2 and \
                t.doc[t.left_edge.i - 1].dep_ == "cc" and \
                t.doc[t.left_edge.i - 2].text in (",", "-", "–", "—"):
            # a verb hung on a subject, the end of an aside about it: "Mr Dorn - who took on
            # the bank - and won, was jeered" ("Mr Dorn and won, was jeered …?")
            skip |= part | {c.i for c in t.head.children if c.dep_ in ("cc", "punct") and
                            t.head.i < c.i <= t.right_edge.i + 1}
            continue
        if t.dep_ == "dep" and t.pos_ in ("NOUN", "PROPN") and \
                t.left_edge.i == t.sent.start and t.right_edge.i + 1 < t.sent.end and \
                t.doc[t.right_edge.i + 1].text == "," and t.right_edge.i + 1 not in keep:
            skip |= part | {t.right_edge.i + 1}  # "A noted surgeon, Dr Hale spent …": an
            # opening aside the parser hung on the verb ("Who a noted surgeon, spent …?")
            continue
        if t.dep_ == "appos" or (t.dep_ in ("relcl", "acl") and t.left_edge.i > 0
                                 and t.doc[t.left_edge.i - 1].text == ",") or (
                t.dep_ == "prep" and t.head.pos_ in ("NOUN", "PROPN") and
                _between_commas(t)):  # "Terry Griffiths, like Mr
            # Howard from Llanelli, won": an aside
            skip |= part
            after = t.right_edge.i + 1
            if t.doc[t.left_edge.i - 1].text == "," and after + 1 < t.sent.end and \
                    t.doc[after].text == "," and after not in keep and \
                    (t.doc[after + 1].pos_ in ("VERB", "AUX") or
                     t.doc[after + 1].lower_ in ("and", "or")):
                # between a subject and its verb, the commas around it go too: "the film
                # would …", not "the film, would …" (but a list keeps its commas); and before
                # "and": "Tom Hale and Sam Cole", not "Tom Hale, and Sam Cole"
                skip |= {t.left_edge.i - 1, after}
    for start, end in _brackets(token.sent) + dashed_asides(token.sent):
        inside = set(range(start, end + 1))
        if not inside & keep:
            skip |= inside
    return skip


def _between_commas(phrase: Token) -> bool:
    """Whether ``phrase`` is an aside set off by commas on both sides."""
    doc = phrase.doc
    return phrase.left_edge.i > 0 and doc[phrase.left_edge.i - 1].text == "," and \
        phrase.right_edge.i + 1 < len(doc) and doc[phrase.right_edge.i + 1].text == ","


def dashed_asides(sentence: Span) -> list[tuple[int, int]]:
    """(first, last) token indices of each stretch set off by spaced dashes, or by one dash to
    the end of the sentence: "… more cash - something which would first have to …"."""
    dashes = [t.i for t in sentence if t.text in ("-", "–", "—") and t.whitespace_ and
              t.i > sentence.start and t.doc[t.i - 1].whitespace_]
    last = sentence.end - 1
    while last > sentence.start and sentence.doc[last].is_punct and \
            sentence.doc[last].text != "%":  # (the sign of "… to be 1.26%" is in the aside)
        last -= 1
    pairs = [(dashes[i], dashes[i + 1]) for i in range(0, len(dashes) - 1, 2)]
    if len(dashes) % 2:
        pairs.append((dashes[-1], last))
    return pairs


def _in_brackets(sentence: Span, after: int = -1) -> set[int]:
    """Indices of the tokens of ``sentence`` inside brackets (with the brackets) that open
    after token ``after``: "(EA)" of "Electronic Arts (EA) in Europe"."""
    return {i for start, end in _brackets(sentence) if start > after
            for i in range(start, end + 1)}


def _brackets(sentence: Span) -> list[tuple[int, int]]:
    """(first, last) token indices of every outermost bracketed stretch of ``sentence``."""
    found, depth, start = [], 0, 0
    for t in sentence:
        if t.text in "([":
            if not depth:
                start = t.i
            depth += 1
        elif t.text in ")]" and depth:
            depth -= 1
            if not depth:
                found.append((start, t.i))
    return found


# Words that say little without their "of" phrase: a part of what it names ("one of …"), or
# how many of it there are ("a series of …", "a maximum of £2,500").
PARTS_OF_WHOLE = {"one", "some", "many", "most", "all", "none", "each", "any", "few", "several",
                  "both", "either", "neither", "much", "part", "half", "rest", "majority",
                  "series", "number", "range", "set", "group", "list", "couple", "pair",
                  "kind", "type", "sort", "lot", "host", "variety", "maximum", "minimum",
                  "total", "average", "amount", "sum", "handful"}
# And pronouns that stand for a noun with its "of" phrase: "that of Japan", "those of …".
_SAY_LITTLE_WITHOUT_OF = PARTS_OF_WHOLE | {"that", "those"}
# Nouns that say little without what is to be done: "the right to take part", "a bid to win".
_NOUNS_OF_WHAT_TO_DO = {"right", "chance", "opportunity", "ability", "power", "decision", "plan",
                        "bid", "attempt", "need", "permission", "go-ahead", "freedom", "effort",
                        "willingness", "readiness", "determination", "refusal", "failure",
                        "intention", "desire", "wish", "promise", "pledge", "commitment"}
# What completes a verb besides a phrase with a preposition.
_COMPLEMENTS = {"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "dative"}
_PRUNABLE = {"prep", "advmod", "npadvmod", "advcl", "relcl", "acl", "appos", "conj",
             "dative", "agent", "oprd"}
# Adverbs that say a thing did not quite happen, which no question may drop.
_NEARLY = {"almost", "nearly", "barely", "hardly", "scarcely", "narrowly", "never", "not"}
QUESTION_WORDS = 16
"""Words a question keeps around its answer before the parts farthest from it are dropped.
Human-written questions have about 11 words, but they name what they ask about in few words; a
question made of the sentence's own words needs a few more to stay unambiguous ("When did
the minister meet the US Secretary of State in Ankara?", not "When did the minister meet?")."""


def prune(tokens: list[Token], verb: Token, keep: set[int], limit: int) -> list[Token]:
    """Drop optional phrases farthest from the answer until at most ``limit`` words are left
    (besides the answer's own)."""
    kept = {t.i for t in tokens}
    protected = set(keep) | {verb.i}
    for i in keep:
        token = verb.doc[i]
        while token.head != token and token.i != verb.i:
            token = token.head
            protected.add(token.i)
    subject = subject_of(verb)
    if subject is not None:
        protected.add(subject.i)
        # the rest of a list of subjects stays: "Tom Hale and Sam Cole have been held", not
        # "Tom Hale have been held"
        protected |= {c.i for t in (subject, *subject.conjuncts) for c in (t, *t.children)
                      if c.dep_ in ("conj", "cc")}
    protected |= {c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "prt") or
                  c.lower_ in _NEARLY}  # ("almost collapsed" did not collapse)
    protected |= {i for c in verb.children if _done_for(c) for i in _subtree(c)}
    # A phrase of a bare noun right after the verb is part of what it says: "go on air", "come
    # to power", "put on hold" — "When will Stephens go?" says nothing.
    protected |= {i for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1 and [
        (g.dep_, g.tag_) for g in c.children] == [("pobj", "NN")] and not any(
            True for _ in next(c.children).children) for i in _subtree(c)}

    def words() -> int:
        return sum(1 for i in kept if i not in keep and not verb.doc[i].is_punct)

    def optional(t: Token) -> bool:
        if t.i not in kept or t.i in protected or t.dep_ not in _PRUNABLE:
            return False
        if t.dep_ == "prep" and t.lower_ == "of" and t.head.pos_ == "PROPN":
            return False  # part of a name: "Secretary of State", "University of Leeds"
        if t.dep_ == "prep" and t.lower_ == "of" and t.i == t.head.i + 1 and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.head.children):
            return False  # "relaunched in a blaze of publicity", not "… in a blaze?"
        if t.dep_ == "prep" and t.head.lemma_ in ("put", "place", "lay") and t.i > t.head.i \
                and t.lower_ in ("on", "in", "into", "onto", "at", "under", "behind", "to"):
            return False  # where a thing is put is part of what is said: "would put Boro on
            # the map", not "… would put Boro?"
        idiom = t.doc[t.i - 1] if t.dep_ == "prep" else None  # the noun before the phrase
        if idiom is not None and idiom.dep_ == "dobj" and idiom.tag_ == "NN" and \
                idiom.head.lemma_ in LIGHT_VERBS and t.head in (idiom, idiom.head) and not any(
                    c.dep_ in ("det", "poss", "amod") for c in idiom.children):
            return False  # "take account of the importance …", not "… to take account?"
        if t.dep_ == "prep" and t.head.pos_ == "VERB" and t.i > t.head.i and all(
                w.dep_ in ("advmod", "prt", "neg") for w in t.doc[t.head.i + 1:t.i]) and not any(
                c.dep_ in _COMPLEMENTS for c in t.head.children):
            return False  # what a verb with no object is about: "would be focusing on the
            # slump", not "Who said the market would be focusing?"
        if t.dep_ == "acl" and t.head.lemma_.lower() in _NOUNS_OF_WHAT_TO_DO and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            return False  # "won the right to take part in a tournament", not "won the right?"
        if t.dep_ == "prep" and (end := t.doc[t.right_edge.i]).pos_ == "ADJ" and \
                end.dep_ == "amod" and end.head.i < end.i and t.head.dep_ == "dobj":
            return False  # "kept his hope of a title alive": the object's state, which the
            # parse hung on the phrase's noun ("Who kept his hope?")
        if t.dep_ == "prep" and t.head.pos_ == "NOUN" and [
                (c.pos_, c.n_lefts + c.n_rights) for c in t.children] == [("ADJ", 0)]:
            return False  # an idiom: "a force for good", not "… a force?" (but "began in
            # earnest to rebuild", of the verb, may go)
        if t.head.lower_ == "worth" and t.i > t.head.i:
            return False  # what a thing is worth: "… is worth?" asks nothing
        if t.dep_ in ("relcl", "acl") and t.head.lower_ in ("those", "anyone", "someone",
                                                           "everyone", "one"):
            return False  # "removing those who had entered …", not "… removing those?"
        if t.dep_ == "prep" and (t.lower_ == "than" and t.head.tag_ in ("JJR", "RBR") or
                                 t.lower_ == "as" and any(c.lower_ == "as" and c.i < t.i
                                                          for c in t.head.children)):
            return False  # "worth more than 200bn euros", not "worth more"; "as thorough as
            # possible", not "as thorough"
        if t.dep_ == "advmod" and (t.lower_ in ("more", "less", "most", "least", "not", "never",
                                                "too", "as", "so", "than") or
                                   t.tag_ in ("RBR", "JJR") and t.head.pos_ in VERBS):
            # (and "sent the dollar higher", not "sent the dollar")
            return False  # "Freeview was popular than …?" lost its "more"
        if t.dep_ == "prep" and (_second_number(t) or t.right_edge.i + 1 < len(t.doc) and
                                 _second_number(t.doc[t.right_edge.i + 1])):
            return False  # "by 31 votes to 20": a score keeps both its numbers
        if t.dep_ in ("acl", "relcl", "prep") and t.i > t.head.i and any(
                c.tag_ == "JJS" or c.lower_ in ("first", "last", "only", "next") or
                c.ent_type_ == "ORDINAL" for c in t.head.children if c.i < t.head.i):
            return False  # "the third European bank to announce cutbacks", "the largest city
            # in Florida": first, largest of what, the phrase says
        if t.dep_ == "prep" and t.lower_ == "of" and t.head.pos_ == "NOUN" and [
                c.lower_ for c in t.head.children if c.i < t.head.i] == ["the"]:
            return False  # "called for the release of the last inmates": "… called for the
            # release?" says nothing
        if t.dep_ == "prep" and t.lower_ == "of" and (t.head.pos_ == "NUM" or t.head.lower_ in
                                                      _SAY_LITTLE_WITHOUT_OF):
            return False  # "one of a series of measures": "… are one?" says nothing (nor
            # "would outgrow that?" of "that of Japan")
        if t.dep_ in ("prep", "acl") and t.i > t.head.i and any(
                c.dep_ == "det" and c.lower_ == "no" for c in t.head.children):
            return False  # "there was no chance of a deal", not "… there was no chance?"
        if _dangles(t.doc[t.left_edge.i - 1] if t.left_edge.i else None) or \
                _dangles(t.doc[t.right_edge.i]) and t.right_edge.i + 1 < len(t.doc) and \
                t.doc[t.right_edge.i + 1].dep_ in ("acl", "relcl"):
            return False  # "a return to competitive running …": the noun the parser took for
            # a clause of its own goes with its adjective, and the adjective with it
        return not _subtree(t) & protected

    while words() > limit:
        # Whole phrases go, never pieces of them: only those inside no other optional phrase.
        choices = [t for t in tokens if optional(t) and not any(
            optional(a) for a in t.ancestors if a.i != verb.i and verb.i in _ancestor_ids(a))]
        if not choices:
            break
        far = max(choices, key=lambda t: (min(abs(t.i - k) for k in keep), len(_subtree(t)), t.i))
        kept -= _subtree(far)
    for t in tokens:  # a lone `and` or comma left by a dropped conjunct
        if t.i in kept and t.dep_ in ("cc", "punct") and t.head.i in kept and not any(
                c.dep_ == "conj" and c.i in kept for c in t.head.children) and t.dep_ == "cc" \
                and not any(c.dep_ in ("conj", t.head.dep_) and c.i in kept and c.i > t.i
                            for c in t.head.head.children if t.head.dep_ != "conj"):
            # (a conjunct the parse hung one step up stays joined: "is personal and a labour")
            kept -= _subtree(t)  # (with its "rather" of "rather than", "as well" of "as well as")
    return [t for t in tokens if t.i in kept]


def _second_number(prep: Token) -> bool:
    """Whether ``prep`` is the "to 20" of "by 31 votes to 20"."""
    return prep.dep_ == "prep" and prep.lower_ == "to" and prep.i > 0 and any(
        c.like_num for c in prep.children) and any(
        c.dep_ == "nummod" for c in prep.doc[prep.i - 1].children)


def _done_for(clause: Token) -> bool:
    """Whether ``clause`` says what its verb "do" was done for, or what is set to happen: "…
    were done." says nothing without "to maximise the cash", "What looks set?" without "to
    replace pagers"."""
    return (clause.head.lemma_ == "do" or clause.head.lower_ in _SET_TO) and \
        clause.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                  for c in clause.children)


# Words that say nothing without the "to …" after them, whatever the parser hung it on.
_SET_TO = {"set", "poised", "due", "bound", "likely", "unlikely", "able", "unable", "about"}


def _dangles(token: Token | None) -> bool:
    """Whether ``token`` is an adjective the parser took for a noun phrase of its own."""
    return token is not None and token.pos_ == "ADJ" and token.dep_ in (
        "pobj", "dobj", "attr", *SUBJECTS)


def _ancestor_ids(token: Token) -> set[int]:
    return {a.i for a in token.ancestors} | {token.i}


def _for_to_infinitive(clause: Token) -> bool:
    """Whether ``clause`` is what its verb calls or asks for, with its own subject: "called for
    the tax to be scrapped" (no side part: "What has repeatedly called?" lost it)."""
    return any(c.dep_ == "mark" and c.lower_ == "for" and c.i == clause.left_edge.i
               for c in clause.children) and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _done_it_for(clause: Token, keep: set[int]) -> bool:
    """Whether ``clause`` is a short "to" clause right after its verb's words, saying what it
    was done for: "offered the families £500 {to leave their homes}" (without it, the sum is
    for anything); but not after a preposition's object asked for, which would leave "… fund
    a variety of to boost …"."""
    before = clause.doc[clause.left_edge.i - 1]
    return clause.i > clause.head.i and clause.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" and c.i == clause.left_edge.i
        for c in clause.children) and before.text not in (",", "-", "(") and \
        clause.right_edge.i - clause.left_edge.i < 6 and not (before.i in keep and any(
            t.dep_ == "pobj" and t.head.i not in keep for t in (before, *before.ancestors)
            if t.i > clause.head.i))


def clause_tokens(verb: Token, keep: set[int], limit: int | None = None) -> list[Token]:
    """The clause headed by ``verb`` without its side parts, keeping whatever holds ``keep``;
    with ``limit``, pruned to about that many words."""
    subject = subject_of(verb)
    skip: set[int] = set()
    for child in verb.children:
        part = _subtree(child)
        if part & keep:
            continue
        if child.dep_ == "advcl" and (_reduced_relative(child) or _for_to_infinitive(child) or
                                      _done_it_for(child, keep)):
            continue
        if _done_for(child):
            continue
        # two verbs of one predicate stay together: "could not pick and choose"
        paired = child.i == verb.i + 2 and child.dep_ == "conj" and child.pos_ in VERBS and \
            verb.doc[verb.i + 1].dep_ == "cc" or child.dep_ == "cc" and child.i == verb.i + 1 \
            and any(c.dep_ == "conj" and c.pos_ in VERBS and c.i == verb.i + 2
                    for c in verb.children)
        if paired:
            continue
        if child.dep_ in _SIDE_PARTS or child.pos_ in VERBS and (
                child.dep_ == "conj" or misread_relative(child) or _joined_as_said(child)):
            skip |= part
        elif child.dep_ == "conj" and child.pos_ in ("NOUN", "ADJ"):
            skip |= part  # a second predicate hung on the verb: "are back, and great fun"
        elif child.dep_ == "ccomp" and child.pos_ in VERBS and is_finite(child) and not any(
                c.dep_ in (*SUBJECTS, "expl", "csubj") for c in child.children) and not any(
                c.dep_ == "dobj" and c.right_edge.i == child.left_edge.i - 1
                for c in verb.children):
            skip |= part  # a second predicate read as what was said: "lied … so has no
            # qualms" (but in "does not believe abortion should be …" the object is the
            # subject of what is believed)
        elif child.dep_ == "ccomp" and child.left_edge.i > verb.i and \
                child.doc[child.left_edge.i - 1].dep_ == "cc" and any(
                    c.dep_ == "ccomp" and c.i < child.left_edge.i for c in verb.children):
            # a second clause read as a second thing found: "found the system was flawed and
            # all three parties have said …"
            skip |= part | {child.left_edge.i - 1}
        elif subject is not None and child.i < subject.i and child.dep_ in (
                "prep", "npadvmod", "advmod", "ccomp", "dobj", "xcomp"):
            skip |= part  # fronted: "On Monday, …", "…, he said"
        elif child.dep_ == "prep" and subject is not None and subject.i < child.i < verb.i and \
                _between_commas(child):
            skip |= part | {child.left_edge.i - 1, child.right_edge.i + 1}  # an aside between
            # the subject and the verb: "Judge Tom Hale, in his ruling, said …"
        elif child.dep_ == "advmod" and child.lower_ in _CONNECTIVES or child.dep_ == "prep" \
                and child.lower_ == "for" and [t.lower_ for t in child.subtree][1:] in (
                    ["instance"], ["example"]):
            skip |= part  # "… is not limited to China, however", "…, for instance"
        elif child.doc[child.left_edge.i - 1].text == "," and (
                child.pos_ == "PROPN" and child.dep_ == "npadvmod" or child.dep_ == "dobj" and
                any(c.dep_ == "dobj" and c.i < child.i and (
                    c.right_edge.i + 2 < child.left_edge.i or child.pos_ == "PROPN")
                    for c in verb.children)):
            skip |= part  # an apposition hung on the verb: "…, Yorkshire company Shepherds";
            # the end of a list hung there: "broken records in 2004, …, rising demand" (but
            # not the noun of "gave each character individual, everyday problems")
    if subject is not None:
        for first, last in dashed_asides(verb.sent):
            inside = set(range(first, last + 1))
            if subject.i < first and last < verb.i and not inside & keep - _subtree(subject):
                skip |= inside - keep - _subtree(subject)  # an aside between the subject
                # and the verb that the parse hung on the verb: "DJ Sam Price - aka Fatcat
                # Dan - has said …"
    for child in verb.children:  # a clause kept for the answer keeps its "and": "… take a
        # leaf out of its book and be the {{c1::search engine}}"
        if child.dep_ == "conj" and child.i not in skip:
            joiner = max((c.i for c in verb.children
                          if c.dep_ == "cc" and c.i < child.left_edge.i), default=None)
            skip.discard(joiner)
    for inner in verb.subtree:
        if misread_subject(inner) and not _subtree(inner) & keep:
            # "… by Tom Hale and Sam Reed's prize was presented by …": the prize is no giver
            skip |= _subtree(inner) | {c.i for c in inner.head.children
                                       if c.dep_ == "cc" and c.i < inner.i}
    for inner in verb.subtree:  # side clauses of the clauses inside: "…, saying …"
        if inner != verb and inner.pos_ in VERBS and inner.i not in skip:
            for child in inner.children:
                if child.dep_ in ("advcl", "parataxis") and not _subtree(child) & keep:
                    skip |= _subtree(child)
                before = child.doc[child.left_edge.i - 1]
                if child.dep_ == "conj" and child.pos_ in VERBS and child.i > inner.i and \
                        child.left_edge.i > inner.i and before.dep_ == "cc" and not \
                        _subtree(child) & keep and any(t.pos_ in ("NOUN", "PROPN", "PRON", "NUM")
                                                       for t in child.doc[before.i:child.i]):
                    # a clause with a subject of its own joined to one inside: "32% said Mr
                    # Blair was a good prime minister and 38% disagreed"
                    skip |= _subtree(child) | {before.i}
                if child.dep_ == "ccomp" and child.i > inner.i and before.dep_ == "cc" and \
                        before.head.i < before.i and not _subtree(child) & keep:
                    # a clause after "but" read as what the clause before says: "had too
                    # little control over policing but a far better solution would be …"
                    skip |= _subtree(child) | {before.i}
    skip |= side_parts(verb, keep)
    skip -= _torn_words(verb, skip)  # a hyphened word stays whole: "vice-chairman"
    # (in the article's order: a subtree is not, where the parse crosses itself, as with the
    # "that" of "specifications that every device will conform to")
    tokens = sorted((t for t in verb.subtree if t.i not in skip), key=lambda t: t.i)
    if limit is not None:
        tokens = prune(tokens, verb, keep, limit)
        kept = {t.i for t in tokens}
        dropped = {t.i for t in verb.subtree} - kept
        tokens = sorted((t for t in verb.subtree if t.i in kept | _torn_words(verb, dropped)),
                        key=lambda t: t.i)
    kept = {t.i for t in tokens}
    # a comma between two words that stay together stays too: "Set in Dartford, Wasp tells …"
    # (the parse hung it on the verb, as a side part)
    tokens = sorted([*tokens, *(t for t in verb.subtree if t.text == "," and t.i not in kept
                                and t.i - 1 in kept and t.i + 1 in kept)], key=lambda t: t.i)
    kept = {t.i for t in tokens}
    tokens = [t for t in tokens if not (t.text == "," and tokens[0].i < t.i < tokens[-1].i and (
        t.i - 1 not in kept or t.i + 1 not in kept))]  # the commas around a dropped part:
    # "… set by another Kenyan, in Ghent" of "… set by another Kenyan, Paul Rono, in Ghent"
    while tokens and (tokens[-1].is_punct and tokens[-1].text != "%" or  # "a rise of 60%"
                      tokens[-1].dep_ == "cc"):
        tokens.pop()
    while tokens and (tokens[0].is_punct or tokens[0].lower_ in _OPENERS):
        tokens.pop(0)
    return tokens


def _torn_words(verb: Token, gone: set[int]) -> set[int]:
    """The tokens of hyphened words under ``verb`` that ``gone`` would tear apart ("vice-" of
    "vice-chairman", "less-" of "less-than-successful"): they stay."""
    hyphens = [t.i for t in verb.subtree if _inside_word(t) and t.text == "-" and
               t.i + 1 < len(t.doc)]
    torn: set[int] = set()
    while True:  # until no word is torn: "less-than-successful" is one word of five tokens
        more = {i for h in hyphens for i in (h - 1, h, h + 1)
                if {h - 1, h, h + 1} & (gone - torn) and {h - 1, h, h + 1} - (gone - torn)}
        if more <= torn:
            return torn & gone
        torn |= more


def _reduced_relative(verb: Token) -> bool:
    """A participle right after a noun, read by the parser as a side clause: "athletes found
    guilty …" describes the athletes and cannot be left out."""
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > verb.sent.start else None
    return verb.tag_ in ("VBN", "VBD") and verb.left_edge == verb and before is not None and \
        before.pos_ in ("NOUN", "PROPN") and not any(
            c.dep_ in ("mark", *SUBJECTS) for c in verb.children)


def misread_subject(token: Token) -> bool:
    """Whether the parser joined a clause's subject to a list before it: in "… by Tom Hale and
    Sam Reed's prize was presented by …" the prize is the subject of "was presented"."""
    if token.dep_ != "conj" or token.pos_ not in ("NOUN", "PROPN") or \
            token.right_edge.i + 1 >= token.sent.end:
        return False
    after = token.doc[token.right_edge.i + 1]
    verb = after.head if after.dep_ in ("aux", "auxpass") else after
    # (or the verb itself, with no subject of its own: "… at the National Theatre and
    # Christopher Oram won the design award")
    return verb.dep_ == "conj" and verb.pos_ in VERBS and (
        after != verb or verb.tag_ in ("VBD", "VBZ", "VBP")) and not any(
            c.dep_ in SUBJECTS for c in verb.children)


def subject_of_the_next_verb(token: Token) -> bool:
    """Whether the parser took the subject of the clause after ``token``'s phrase for the
    object of what stands before it: in "… for the Six Nations as the intensity of rugby hits
    players" it made "the intensity" the object of "as", and "hits" a verb with no subject."""
    if token.dep_ not in ("pobj", "dobj") or token.right_edge.i + 1 >= token.sent.end:
        return False
    after = token.doc[token.right_edge.i + 1]
    verb = after.head if after.dep_ in ("aux", "auxpass") else after
    return verb.pos_ in VERBS and verb.dep_ in ("advcl", "conj", "ccomp") and \
        after.tag_ in ("VBD", "VBZ", "VBP", "MD") and not any(  # (not "picked two to be …")
            c.dep_ in (*SUBJECTS, "expl") for c in verb.children)


def in_a_title(verb: Token | None) -> bool:
    """Whether ``verb`` or its auxiliary is a word of a title written in capitals inside the
    sentence: "… best album for Everything Must Go" has no clause to ask about."""
    return verb is not None and any(
        t.is_title and t.i != t.sent.start for t in (verb, *(
            c for c in verb.children if c.dep_ in ("aux", "auxpass"))))


def strands_a_preposition(verb: Token | None) -> bool:
    """Whether the parser left a preposition of the clause without its object: in "troops
    are on standby in case …" it hung "standby" elsewhere, and any question from the clause
    would read "What is on?"."""
    if verb is None:
        return False
    doc = verb.doc
    return verb.lemma_ == "be" and any(
        c.dep_ == "prep" and c.pos_ == "ADP" and c.n_rights == 0 and c.n_lefts == 0
        for c in verb.children) or any(  # nor its object that stands right after it: "facing
        # fewer consumers by 2050 means …", where "2050" went to "means"
        t.dep_ == "prep" and t.pos_ == "ADP" and not any(True for _ in t.children) and
        t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("NUM", "NOUN", "PROPN", "DET") and
        doc[t.i + 1].head != t for t in verb.subtree)


# Nouns that do stand alone as a measure of a verb: "use the wings a lot", "all the time".
_ADVERBIAL_NOUNS = DURATION_UNITS | {"time", "term", "season", "lot", "bit", "thanks", "way",
                                     "home", "times", "night", "morning", "weekend"}


def _word_of(token: Token) -> Span | None:
    """The word written without spaces that ``token`` is a piece of ("co-operation",
    "semi-final"), or ``None`` for punctuation."""
    doc = token.doc

    def piece(t: Token) -> bool:
        return not t.is_punct or t.text in ("-", "/")

    if not piece(token):
        return None
    start = end = token.i
    while start > 0 and not doc[start - 1].whitespace_ and piece(doc[start - 1]):
        start -= 1
    while end + 1 < len(doc) and not doc[end].whitespace_ and piece(doc[end + 1]):
        end += 1
    return doc[start:end + 1]


def _torn_word(token: Token) -> bool:
    """Whether ``token`` is a piece of a word written without spaces ("co-operation") whose
    pieces the parse hung on different words outside it."""
    word = _word_of(token)
    inside = range(word.start, word.end) if word is not None else range(0)
    return len(inside) > 1 and len({t.head.i for t in word if t.head.i not in inside}) > 1


def _hyphened_word_after_a_noun(token: Token) -> bool:
    """Whether ``token`` is a piece of a hyphened word that follows a noun it does not hang on,
    so ends that noun's phrase though the parse put it elsewhere."""
    word = _word_of(token)
    if word is None or "-" not in [t.text for t in word] or word.start == 0 or \
            not token.doc[word.start - 1].whitespace_:
        return False
    before = token.doc[word.start - 1]
    return before.pos_ in ("NOUN", "PROPN") and before.head.i not in range(word.start, word.end) \
        and not any(t.head == before for t in word)


def plural_read_as_a_verb(token: Token) -> bool:
    """Whether ``token`` is a verb with no subject right after a number or noun the parse made
    an object: "tries" of "two of the side's seven tries", "rankings" of "the junior world
    rankings"."""
    return token.tag_ == "VBZ" and token.pos_ == "VERB" and token.dep_ not in (
        "aux", "auxpass") and token.i > 0 and token.nbor(-1).tag_ in ("CD", "NN") and \
        token.nbor(-1).dep_ in ("pobj", "dobj") and not any(g.dep_ in SUBJECTS
                                                            for g in token.children)


def misparsed_clause(verb: Token | None) -> bool:
    """Whether the parse of ``verb``'s clause is one no question can be made of (`_misparsed`),
    worked out once for each verb: every answer of its clause asks it."""
    if verb is None:
        return False
    known = verb.doc.user_data.setdefault("quizgen.misparsed", {})
    if verb.i not in known:
        known[verb.i] = _misparsed(verb)
    return known[verb.i]


# Verbs followed by a thing and what it is to do or be: "expects the match to be close".
_OBJECT_AND_INFINITIVE = {"expect", "want", "need", "allow", "ask", "believe", "consider",
                          "require", "force", "urge", "encourage", "cause", "enable", "tell",
                          "like", "prefer", "order", "persuade", "help", "find"}


# Verbs whose "to" after them says what one would do: "refused (a penalty) to go for a try".
_DOING_WHAT_FOLLOWS = {"refuse", "decline", "agree", "try", "fail", "decide", "hope",
                       "threaten", "plan", "seek", "attempt", "aim", "vote",
                       "forget", "manage", "reject", "spurn"}


def _misparsed(verb: Token) -> bool:
    """Whether the parse of ``verb``'s clause is one no question can be made of: two clauses
    of what is said or hoped, a noun read as a verb ("Film stars from across the globe are
    preparing …" → "What stars from across the globe?"), or the end of a noun phrase hung on
    the verb as a measure ("despite winning the AAAs long jump title on Saturday" → "When is
    she undecided long jump title?")."""
    if verb.dep_ in SUBJECTS and verb.tag_ in ("VBZ", "VBD", "VBP"):
        return True
    if any(c.dep_ == "conj" and c.pos_ in VERBS and c.left_edge.i > verb.i and
           c.doc[c.left_edge.i - 1].pos_ in VERBS and
           not any(g.dep_ in (*SUBJECTS, "expl") for g in c.children) for c in verb.children):
        return True  # "Information gathered on attacks … has led to arrests": the sentence's
        # verb joined with no "and" to a participle read as a verb of its own
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(first.right_edge.i + 1 == then.left_edge.i and any(
            c.dep_ == "det" for c in first.children) and not any(
            c.dep_ == "det" for c in then.children) for first, then in itertools.pairwise(objects)):
        return True  # "is investigating the phoney e-mails" read as two objects, one "the" for
        # both ("What is the bureau investigating e-mails? — phoney")
    if any(t.dep_ in ("advcl", "xcomp") and t.tag_ == "VBG" and t.is_title and
           not t.is_sent_start and t.doc[t.i - 1].is_alpha for t in verb.children):
        return True  # "a trip to league leaders Yeading in the cup": a name inside the
        # sentence read as a verb of its own, whose clause would be cut
    subject = subject_of(verb)
    if subject is not None and subject.head == verb and subject.left_edge.i and (
            before := verb.doc[subject.left_edge.i - 1]).dep_ == "cc" and \
            before.head.i < before.i and before.head.pos_ in ("NOUN", "PROPN") and \
            before.head.dep_ in (*SUBJECTS, "dep") and before.head.i not in _subtree(subject):
        return True  # "Music, films and texts are stored on …": the end of a list read as the
        # whole subject, the rest hung elsewhere ("What are texts stored on?")
    if subject is not None and subject.head == verb and any(
            c.dep_ == "appos" and any(g.dep_ == "cc" for g in c.children) and (sum(
                g.dep_ in ("appos", "conj") for g in c.children) >= 2 or subject.pos_ == "NOUN")
            for c in subject.children):
        return True  # or read as the first item and appositions ("What are photos kept on?",
        # "The chairman, chief executive and three directors departed"; but "Ann Lee, analyst
        # and author of …" is one person)
    if subject is not None and verb.dep_ != "relcl" and any(
            c.tag_ == "WP$" for c in subject.children):
        return True  # "the 30-year-old, whose contract runs out in the summer, has …": a
        # relative clause read as the sentence's own ("Whose contract runs out when?")
    if verb.dep_ == "ccomp" and verb.head.i > verb.i and verb.tag_ in ("VBD", "VBN") and \
            verb.right_edge.i + 1 < len(verb.doc) and \
            verb.doc[verb.right_edge.i + 1].pos_ in ("AUX", "VERB") and not any(
                c.dep_ in (*SUBJECTS, "expl") for c in verb.head.children):
        return True  # "The 10 authors shortlisted for the award are hoping …": a participle
        # read as the verb of a clause said before the sentence's verb ("How many authors
        # shortlisted for the award?")
    if verb.dep_ == "ccomp" and verb.tag_ in ("VBP", "VB") and verb.head.lemma_ in (
            "help", "let", "make", "watch", "see", "hear") and not any(
            c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
        return True  # "helping South Asian governments find budgets": what one is
        # helped to do, no clause of its own ("What finds budgets? — South Asian governments")
    if any(c.dep_ == "ccomp" and c.left_edge.i > 0 and not any(
            g.dep_ in (*SUBJECTS, "expl", "mark") for g in c.children) and is_finite(c) and
            c.doc[c.left_edge.i - 1].dep_ == "conj" and
            c.doc[c.left_edge.i - 1].pos_ in ("NOUN", "PROPN") for c in (verb, *verb.children)):
        return True  # "… to help buyers and the Tories would extend …": the
        # subject of a second clause read as a second thing helped
    if verb.tag_ == "VBN" and verb.dep_ in ("ROOT", "ccomp") and any(
            c.dep_ == "nsubj" for c in verb.children) and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children) and any(
            c.dep_ == "conj" and c.pos_ in VERBS and any(g.dep_ in ("aux", "auxpass")
                                                         for g in c.children) and
            not any(g.dep_ in SUBJECTS for g in c.children) for c in verb.children):
        return True  # "Tom Reed, co-writer of the pop hit Blue Moon, has died": a noun read as
        # a participle with a subject and no auxiliary ("What did Tom Reed hit?")
    asides = dashed_asides(verb.sent)
    for start, end in asides:
        tops = [t for t in verb.doc[start + 1:end + 1]
                if not t.is_punct and not start < t.head.i <= end]
        if len(tops) > 1 and tops[0].head != verb and any(
                t.head == verb and t.dep_ == "prep" for t in tops):
            return True  # "60 people were held - 45 of them in the US": the aside's pieces hung
            # on the verb and on a noun ("How many people were held in the US?")
    subject = subject_of(verb)
    if subject is not None and any((start < verb.i < end) != (start < subject.i < end)
                                   for start, end in asides):
        return True  # "the worth of the appeal - money from it will go to … - won her over":
        # a subject outside the dashes and a verb inside them ("Who will the worth of the
        # appeal go to helping?")
    if subject is not None and any(t.dep_ == "mark" and t.i < t.head.i < subject.i and any(
            c.dep_ in SUBJECTS for c in t.head.children) for t in subject.subtree):
        return True  # "As 2003 progressed Blur would score …": a clause of its own read as a
        # part of the subject ("How many hits would as 2003 progressed Blur score?")
    if subject is not None and not any(c.dep_ == "conj" for c in subject.children) and any(
            a.dep_ == "acl" and a.pos_ == "VERB" and any(
                c.dep_ == "cc" and c.i > a.i for c in subject.children)
            for a in subject.children):
        return True  # "The feud between the two men flared up on Sunday, and has led to …":
        # the first verb read as part of the subject ("What has the feud … flared up on
        # Sunday, and led to?")
    if any(g.dep_ == "pobj" and g.pos_ == "PROPN" and g.i + 1 < len(g.doc) and
           (after := g.nbor()).tag_ == "NN" and after.head != g and after.i not in _subtree(g)
           and not any(d.dep_ in ("det", "poss") for d in after.children)
           for c in verb.children if c.dep_ == "prep" for g in c.children):
        return True  # "speaking to the BBC's Newsnight programme": the name's noun hung
        # elsewhere, as the verb's object or a time's ("What was he speaking to programme …?")
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("with", "without") and any(
            c.dep_ in SUBJECTS for c in verb.children):
        return True  # "…, with lyrics checked by fans": a thing and its state, no clause of
        # its own ("Lyrics checked by what?")
    if any(len(objects := [g for g in c.children if g.dep_ == "dobj"]) > 1 and any(
            t.dep_ == "cc" and t.head.dep_ != "dobj" for t in verb.doc[objects[0].i:objects[1].i])
           for c in (verb, *verb.children) if c.pos_ in VERBS):
        return True  # two objects of one verb, with the "or" between them hung elsewhere:
        # "sells the map for £5 together or a guide for £9" (asked "… for £5 a guide …?")
    if any(c.dep_ in ("dep", "conj") and c.tag_ in ("VBD", "VBZ", "VBP") and c.i > verb.i and
           not any(g.dep_ in (*SUBJECTS, "cc") for g in c.children) and (c.dep_ == "dep" or any(
               t.dep_ == "cc" and t.head.pos_ == "ADP" for t in verb.doc[verb.i + 1:c.i]))
           for c in verb.children):
        return True  # "turned its attention to Baxter Foods and in March said that …": a
        # second verb whose "and" the parse joined to a preposition ("What did the regulator
        # turn its attention to and in March?"), or that it hung on the first with no subject,
        # whose own it took for a preposition's object ("Reed was poor with the restart and
        # Tom Marsh then dropped …" → "What was poor … then dropped a simple pass?")
    named = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if verb.lemma_ in _NAMING and named is not None and not any(
            c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "acomp") for c in verb.children) and \
            len(verb.sent) > 3 and verb.sent[-2].tag_ == "''" and \
            (quoted := verb.sent[-2].head).i > named.right_edge.i and quoted.head != verb and \
            quoted.pos_ in ("ADJ", "VERB"):
        return True  # "called the decision of the Board, set up in 2001 to …, "baffling"": what
        # it was called, hung elsewhere ("Who called the decision of the Board?")
    opener = next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and
                   c.i == c.sent.start), None)
    if opener is not None and subject is not None and \
            opener.right_edge.i + 2 == subject.left_edge.i and \
            verb.doc[opener.right_edge.i + 1].text == "," and any(
                t.lower_ in ("as", "including") for t in opener.subtree) and any(
                t.dep_ == "cc" for t in subject.subtree):
        return True  # "Adding extras such as a bigger screen, more memory and faster chips
        # will raise the price": the end of a list read as the subject ("What will more memory
        # and faster chips raise?")
    if any(c.dep_ == "mark" and c.lower_ in ("because", "instead") and any(
            g.lower_ == "of" for g in c.children) for c in verb.children):
        return True  # "because of weaker markets and the impact of rate rises on spending": a
        # noun phrase, whose plural noun the parser read as the verb of a clause ("Where does
        # the impact of rate rise on spending?")
    if verb.dep_ == "ROOT" and any(c.dep_ == "mark" and c.lower_ == "that" and c.i < verb.i
                                   for c in verb.children):
        return True  # "In southern Asia that expansion is 23%": "that" of the thing said
        # before, read as "that" of a clause ("What percentage is expansion?")
    if verb.dep_ == "ccomp" and verb.tag_ in ("VBP", "VB") and \
            verb.head.lemma_ in _OBJECT_AND_INFINITIVE and not any(
                c.dep_ in ("aux", "auxpass") for c in verb.children) and any(
                c.dep_ in ("advcl", "xcomp") and c.i > verb.i and any(
                    a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
                for c in verb.children):
        return True  # "expects the … clash with Barcelona to be a fight":
        # a noun read as the verb of what is expected ("Who clashes with Barcelona?")
    if verb.tag_ == "VBP" and verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "until")
            for c in verb.children) and any(c.dep_ == "nsubj" and c.tag_ == "NN"
                                            for c in verb.children):
        return True  # "sacked the coach after the cup defeat on Sunday": a noun read as the
        # verb of a clause ("When did the cup defeat?")
    if any(c.dep_ == "prep" and c.i == c.sent.start and any(
            g.dep_ == "pobj" and g.ent_type_ not in TIME_LABELS and g.pos_ == "PROPN" and any(
                d.dep_ == "compound" and d.ent_type_ in TIME_LABELS and d.pos_ == "PROPN"
                for d in g.children)
            for g in c.children) for c in verb.children):
        return True  # "On Tuesday Mitsubishi, the only …, confirmed …": the subject read as
        # the thing the day names, its description as the subject ("On whom did the only …
        # confirm …?")
    first = verb.head if verb.dep_ == "conj" else verb
    if any(have.lemma_ == "have" and any(
            c.dep_ == "dobj" and c.left_edge.lower_ in _FLOATING_QUANTIFIERS and
            c.left_edge.i + 1 < len(c.doc) and c.doc[c.left_edge.i + 1].tag_ == "VBN"
            for c in have.children) for have in (first, *first.children)):
        return True  # "have both reduced console prices": "have" read as owning, "both
        # reduced console prices" as what is owned ("What has both reduced …?", and "What
        # have … are preparing for?" of the verb joined to it)
    if any(plural_read_as_a_verb(c) for c in verb.children):
        return True  # "ran in two of the side's seven tries": the noun after a number read
        # as a verb ("Who ran in two of the side's seven?"; and "the junior world rankings")
    top = verb
    while top.dep_ == "conj" and top.tag_ in ("VBD", "VBN") and not any(
            c.dep_ in (*SUBJECTS, "aux", "auxpass") for c in top.children):
        top = top.head
    if verb.tag_ == "VBD" and top != verb and any(c.dep_ == "auxpass" for c in top.children):
        return True  # "were stopped and searched … and forced to return": passive like the
        # verb it is joined to, though tagged as a past tense ("Where did … force to return?")
    if any(c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ", "VBP") and c.i > 0 and
           not any(g.dep_ in SUBJECTS for g in c.children) and c.nbor(-1).dep_ == "conj" and
           c.nbor(-1).pos_ in ("NOUN", "PROPN") and c.nbor(-1).head.i > verb.i
           for c in verb.children):
        return True  # "… donated $1m to the Red Cross and actor Leonardo DiCaprio pledged …":
        # the second clause's subject read as one more thing given to
    if verb.dep_ == "ccomp" and verb.head.lemma_ in ("see", "watch", "hear", "witness", "have",
                                                     "get", "want") and \
            verb.tag_ in ("VBD", "VBN") and not any(c.dep_ in ("aux", "auxpass", "dobj")
                                                    for c in verb.children):
        return True  # "saw "Dirty" Den Watts killed off": a participle, done to him, not by
        # him ("When did Den Watts kill off?")
    if any(_torn_word(t) for c in verb.children
           for t in (c.subtree if c.dep_ in (*SUBJECTS, "ccomp") else [c])):
        return True  # "insisted closer co-operation did not mean …": "co" and "-" the objects
        # of "insisted", "operation" the subject of "mean" (or "… was vital and Blu-ray had
        # …" in what was said, "Blu" joined to "vital")
    if any(c.dep_ == "ccomp" and not any(g.dep_ in (*SUBJECTS, "expl") for g in c.children)
           and any(g.tag_ in ("VBZ", "VBD", "VBP") for g in (c, *c.children)
                   if g.dep_ in ("aux", "auxpass") or g == c and c.i == verb.i + 1)
           for c in verb.children):
        return True  # "Airbus head Noel Forgeard is now set to …": the subject of the clause
        # after was taken for the object of a noun read as a verb ("What heads …?"); or
        # "a third of voters polled are undecided": a participle read as the verb, the real
        # verb as what was polled ("What share of voters polled?")
    if verb.lemma_ in SPEECH_VERBS and any(
            c.dep_ == "nsubj" and c.i > verb.i or c.dep_ == "dobj" and c.like_num
            for c in verb.children) and any(c.dep_ == "nsubj" and c.i < verb.i
                                            for c in verb.children):
        return True  # "Tom Hale, head of Ardent, says 24 firms reported …": what was said
        # read as a second subject of "says", or as its object ("How many firms does Tom
        # Hale say?")
    if sum(c.dep_ == "ccomp" for c in verb.children) > 1:
        return True  # two things hoped: "hopes that the selection of Yapp and Dragons lock Ian
        # Gough - … - will send a message", where "lock" was read as a verb
    if any(t.dep_ == "cc" and t.i > t.head.i and t.head != verb and not any(
            g.dep_ == "conj" for g in t.head.children) and any(
            g.dep_ == "ccomp" and g.left_edge.i > t.i for g in verb.children)
           for c in (verb, *verb.children) for t in c.children):
        return True  # "found four people who were keen and the choir was formed": an "and"
        # joining nothing, the second clause read as what was found
    if any(c.dep_ == "relcl" and c.head.pos_ == "PROPN" and c.head.head == verb and not any(
            g.tag_ in ("WDT", "WP", "WP$", "WRB") or g.lower_ == "that" for g in c.subtree)
           for o in verb.children for c in o.children):
        return True  # "warned Leeds they have until May to …": a name takes no relative clause
        # without "who" or "that", so what was said was read as one
    if any(c.dep_ in ("advcl", "conj") and c.tag_ in ("VBZ", "VBP") and c.left_edge == c and
           c.i > 0 and verb.doc[c.i - 1].pos_ in ("NOUN", "PROPN") and
           verb.doc[c.i - 1].whitespace_ and
           not any(g.dep_ in (*SUBJECTS, "mark", "aux", "cc") for g in c.children)
           for c in verb.children):
        return True  # "paint burning on the music stands", "amid Tory claims the ads were …":
        # a noun read as a verb ("What turned out to be paint burning on the music?")
    if any(c.dep_ == "npadvmod" and c.ent_type_ == "DATE" and any(
            g.dep_ == "conj" and g.ent_type_ != "DATE" for g in c.children)
           for c in verb.children):
        return True  # "pulled out of meets this week as well as winter training": a time
        # joined to a thing ("What has he pulled this week winter training in?")
    if any(sum(g.dep_ == "mark" for g in c.children) > 1 for c in (verb, *verb.children)):
        return True  # "said that if the fans were to see it they would not protest": "that"
        # and "if" on one verb, the clause they open read as something else
    if verb.dep_ == "conj" and verb.tag_ in ("VBZ", "VBP", "VBD") and verb.left_edge.i and \
            not any(t.dep_ == "cc" or t.lower_ in ("as", "than", "then", "plus")
                    for t in verb.doc[verb.head.i + 1:verb.i]) and \
            verb.doc[verb.left_edge.i - 1].text not in (",", ";", "-", "–", ":"):
        return True  # a verb joined to another with neither "and" nor a comma: "is launching
        # adverts … to present what it says are the facts" read as "launching … are the facts",
        # "Research undertaken for the watchdog the Electoral Commission suggests …" as two
        # clauses (but "take and send clips, as well as swap data")
    if list_read_as_a_subject(verb):
        return True
    if any(c.dep_ in ("acomp", "advcl") and c.tag_ in ("VBN", "VBG") and not any(
            g.dep_ in (*SUBJECTS, "mark", "aux") for g in c.children) and any(
            p.dep_ == "prep" and p.lower_ == "with" and p.right_edge.i + 1 == c.left_edge.i
            for p in verb.children) for c in verb.children):
        return True  # "more than half are from Europe with France particularly well
        # represented": what "with" says read as what they are ("What are more than half
        # from Europe with?")
    if any(t.tag_ in ("VB", "VBP") and t.lower_ in PEOPLE and not in_lexicon(t.lower_, "VERB")
           for t in (verb, *verb.children)):
        return True  # "flung out to winger Shane Williams": a word for a person read as a verb
        # ("Who is a ball flung out to winger?")
    joiner = next((t for t in verb.children if t.dep_ == "cc" and t.i > verb.i), None)
    if joiner is not None and not any(c.dep_ == "conj" and c.pos_ != "ADP"
                                      for c in verb.children) and any(
            c.dep_ in ("prep", "dobj", "npadvmod", "attr", "acomp", "agent", "conj") and
            c.i > joiner.i for c in verb.children):
        return True  # "arrived by boat and later by train", "rose by 4.7% and in 2002/03 by
        # 8.6%": what the "and" joins hung on the verb beside the rest ("What did they arrive
        # by boat later by?")
    if any(t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN") and t.head.pos_ in ("VERB", "AUX")
           for c in verb.children if c.dep_ != "conj" for t in c.subtree):
        return True  # a name joined to a verb ("who were keen and the choir"), its clause
        # read as what was found
    if any(t.dep_ == "conj" and t.pos_ == "VERB" and t.tag_ in ("VB", "VBP", "VBZ", "VBD")
           and t.head.pos_ in ("NOUN", "PROPN") and t.head.head.i > t.i and
           in_lexicon(t.lower_, "VERB") for c in verb.children if c.dep_ != "conj"
           for t in c.subtree):
        return True  # and a verb joined to a noun that describes one after it: "help motivate
        # the electorate and increase voter turnout" read as one object ("… might help
        # motivate the electorate voter turnout?"; but "lies and spin", one more thing, asks)
    if verb.dep_ == "ccomp" and verb.head.lemma_ == "be" and verb.i > verb.head.i and not any(
            c.dep_ in ("attr", "acomp") for c in verb.head.children):
        return True  # "would be the third media deal since June": a noun read as a verb, what
        # it would be as a clause ("Since when do the third media deal?")
    if any(c.dep_ == "conj" and c.pos_ == "NOUN" and c.left_edge.i > 0 and
           verb.doc[c.left_edge.i - 1].pos_ in ("NOUN", "PROPN") for c in verb.children):
        return True  # "cut Leeds' league lead to six points": "lead" joined to the verb with
        # no "and", torn from its noun phrase ("What cut Leeds' league?")
    doc = verb.doc
    if any(_hyphened_word_after_a_noun(t) for t in verb.children
           if t.dep_ in ("npadvmod", "oprd", "advcl", "acomp") and t.pos_ in ("NOUN", "ADJ")):
        return True  # "in the plate semi-final": "semi-final" hung on the verb, and a question
        # would keep "in the plate" without it, or "semi-final" without "in the plate"
    for t in verb.children:
        if t.dep_ != "npadvmod" or t.tag_ not in ("NN", "NNS") or t.ent_type_ or \
                t.lemma_.lower() in _ADVERBIAL_NOUNS or any(c.like_num for c in t.subtree):
            continue
        first = t.left_edge.i
        if first and doc[first - 1].pos_ in ("NOUN", "PROPN") and doc[first - 1].head != t and \
                not (t.i + 1 < len(doc) and doc[t.i + 1].text == "-"):
            return True
    if any(c.dep_ == "dep" and c.pos_ in ("NOUN", "PROPN") and c.i > verb.i and
           verb.doc[c.left_edge.i - 1].dep_ == "cc" for c in verb.children):
        return True  # "were Ash Vale, in north Kent, and Holby in Cumbria": a list's item after
        # "and" the parser could hang on nothing, left out of the question ("What were the
        # seats … in north Kent Holby in Cumbria?")
    # the finite verb above the clause has lost its subject to the parser ("the gap the
    # unions claim the council must close": "the unions" read as another name of the gap,
    # "claim" as a second verb of "That is …"), and the clause under it what it leaves out
    # ("What must the council close with charges after?")
    top = verb
    while top.dep_ in ("ccomp", "xcomp") and top.head.pos_ in ("VERB", "AUX"):
        top = top.head
    subject = subject_of(top)
    return top.tag_ in ("VBZ", "VBP", "VBD") and top.i > top.sent.start and (
        subject is None and not any(c.dep_ == "expl" for c in top.children) or
        disagrees(top, subject))


_DOUBTS = {"unlikely", "likely", "possible", "probable", "doubtful", "uncertain", "unclear",
           "conceivable", "impossible"}


@functools.cache
def in_lexicon(word: str, upos: str | None = None) -> bool:
    """Whether lemminflect's lexicon knows ``word`` as a ``upos`` ("VERB", "NOUN"), or at all."""
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word, upos=upos) if upos else getAllLemmas(word))


def capitalised_only_to_open(token: Token) -> bool:
    """Whether ``token`` is a common noun that has its capital only for opening the sentence,
    in front of another common noun: "House prices fell …" (which the recogniser may take for
    a name; but "Electronic Arts had …" is a firm's)."""
    return token.i == token.sent.start and token.is_title and token.dep_ == "compound" and \
        token.head.pos_ == "NOUN" and not token.head.is_title and \
        not capitalised_elsewhere(token) and \
        token.lower_ not in _PARTIES and (in_lexicon(token.lower_, "NOUN") or in_lexicon(
            token.lower_, "ADJ"))  # (but "Tory leader"; and "Digital cameras …" is common)


def list_read_as_a_subject(verb: Token) -> bool:
    """Whether ``verb``'s subject is an object and the next clause's subject read as one list,
    the subject of what a verb that takes no clause took: "Rosneft now owns Yugansk and Russia
    has said …"."""
    subject = subject_of(verb)
    return verb.dep_ == "ccomp" and verb.head.lemma_ not in _CLAUSE_TAKERS and \
        subject is not None and subject.left_edge.i == verb.head.i + 1 and not any(
            c.dep_ == "mark" for c in verb.children) and any(
            c.dep_ == "conj" for c in subject.children)


CONDITIONS = {"if", "unless"}
"""Words that open a condition: what their clause says is no fact."""


def is_condition(clause: Token) -> bool:
    """Whether ``clause`` opens with "if" or "unless"."""
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in clause.children)


def hedged(verb: Token | None) -> bool:
    """Whether ``verb``'s clause is only said to be likely or not, or is a condition: "it is
    unlikely she will compete again until the summer" asked "Until when will she compete
    again?" states what the article doubts."""
    if verb is not None and any(c.dep_ == "advcl" and is_condition(c)
                                for c in verb.children) and not any(
            c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may", "must", "should",
                                             "can")
            for c in verb.children):
        return True  # "If it rains, the match will be moved to Friday": what follows from a
        # condition, which the question would leave out (but "a cure could be found by 2031
        # if …" stays a maybe: "By when could a cure be found?")
    while verb is not None and verb.dep_ in ("ccomp", "xcomp", "conj", "advcl") and \
            verb.head != verb:
        if verb.dep_ == "advcl":
            # "… would put them through if Basle fail to beat Feyenoord": a condition, no fact
            # ("Who fail to beat Feyenoord?")
            return is_condition(verb)
        said, clause = verb.dep_ == "ccomp", verb
        verb = verb.head
        if verb.lower_ in _DOUBTS or any(c.lower_ in _DOUBTS and c.dep_ in ("acomp", "attr")
                                         for c in verb.children):
            return True
        if said and verb.lemma_ in SPEECH_VERBS and any(
                c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may")
                for c in verb.children):
            return True  # "the decision would suggest to China that Tiananmen Square had
            # been forgotten": what would be said, not what was
        if said and clause.i > verb.i and (verb.lemma_ in _DENIALS or any(
                c.dep_ == "neg" for c in verb.children) and verb.lemma_ in _SAYING_OR_THINKING):
            return True  # "Tom Hale denied he had taken the money", "… did not say the plant
            # would close": what is denied, or not said, is no fact
        if said and verb.lemma_ in _SUPPOSING and any(
                c.dep_ == "auxpass" for c in verb.children):
            return True  # "It was thought that she would appear in London …": what no one is
            # said to know (she stayed away)
    return False


def speaks_for(answer: Span) -> bool:
    """Whether ``answer`` is whom someone speaks for, in a phrase set off by commas: "For the
    Tories, Oliver Letwin attacked …", "Vincent Cable, for the Liberal Democrats, accused …"
    ("For what did … attack …?" asks something else)."""
    prep = answer.root.head
    if answer.root.dep_ != "pobj" or prep.lower_ != "for":
        return False
    doc = prep.doc
    before = doc[prep.i - 1] if prep.i > prep.sent.start else None
    after = doc[prep.right_edge.i + 1] if prep.right_edge.i + 1 < len(doc) else None
    return (before is None or before.text == ",") and after is not None and after.text == ","


def first_in_a_while(answer: Span) -> bool:
    """Whether ``answer`` is how long since the last time of a first or a best: "a first defeat
    in 14 years", "its highest audience for a year" say since when, not how long (no "How long
    …?", no "… in how long …?"); and "its first cup win since 1977" says when the last one was,
    not since when it won."""
    root = span_root(answer)
    return root.dep_ == "pobj" and (root.head.lower_ in ("in", "for") and is_duration(answer) or
                                    root.head.lower_ == "since") \
        and any(t.lower_ in ("first", "last") or t.tag_ in ("JJS", "RBS")
                for t in root.head.head.subtree if t.i < root.head.i)


def measured_against(answer: Span) -> bool:
    """Whether ``answer`` is a time measured against something, not when anything happened:
    the time a figure is compared with ("sales were well up on last year", "higher than in
    2003": no "When were sales well up?"), or the time between two events ("only 10 days
    after he led Armagh to …": no "When did he lead Armagh …? — 10 days")."""
    root = span_root(answer)
    if any(a.lower_ in ("compared", "versus") for a in root.ancestors):
        return True  # "took $122m, compared with $166m last year": the time of the figure
        # set against this one ("When did the films take $122m? — last year")
    if root.dep_ == "npadvmod" and is_duration(answer) and any(
            c.dep_ == "mark" and c.lower_ in ("after", "before") and root.i < c.i
            for c in root.head.children):
        return True
    if root.dep_ != "pobj" or root.head.i == 0:
        return False
    prep, before = root.head, root.doc[root.head.i - 1]
    return prep.lower_ == "on" and before.lower_ in _COMPARED or prep.lower_ == "than" or (
        before.lower_ == "than" and prep.lower_ == "in")


_COMPARED = {"up", "down", "higher", "lower", "ahead", "behind", "better", "worse"}


def said_by_a_number(verb: Token | None) -> bool:
    """Whether ``verb``'s clause is what a share of people said or think: "41% said Mr Hale was
    a good mayor" is no fact, and has no one to say it ("According to 41%, who was …?")."""
    return verb is not None and verb.dep_ == "ccomp" and \
        verb.head.lemma_ in _SAYING_OR_THINKING and \
        any(c.dep_ in SUBJECTS and c.ent_type_ in ("PERCENT", "CARDINAL")
            for c in verb.head.children)


def clause_verb(token: Token) -> Token | None:
    """The nearest verb above ``token`` that heads a clause with a subject of its own (not a
    relative `which`/`that`)."""
    while True:
        subject = subject_of(token) if token.pos_ in VERBS else None
        if subject is not None and subject.lower_ not in RELATIVE_WORDS and token.dep_ not in (
                "relcl", "acl") and is_finite(token):
            return token
        if token.head == token:
            return None
        token = token.head


def misread_relative(verb: Token) -> bool:
    """A relative clause the parser hung as a clause of its own: "…, the vast majority of
    which were caused by mistakes" — no question can be made of it."""
    def clause_of(token: Token) -> Token | None:
        return next((a for a in token.ancestors if a.pos_ in VERBS), None)

    return verb.dep_ != "relcl" and any(
        (t.lower_ in ("which", "whom", "whose") and t.dep_ in ("pobj", "poss", *SUBJECTS) or
         t.lower_ == "that" and t.tag_ == "WDT" and t.dep_ in SUBJECTS and verb.dep_ == "ccomp")
        and clause_of(t) == verb for c in verb.children if c.i < verb.i for t in c.subtree)
    # (and "has a DMB phone too that will be one of those …", hung as what "has" says)


def misread_speaker(verb: Token) -> bool:
    """A clause the parser hung under a "said" that has no subject: "Howard denied Mr Yeo, his
    spokesman, said the plans stink" — its object is the one who said it, so no question about
    the clause is right."""
    head = verb.head
    return verb.dep_ == "ccomp" and verb.i < head.i and head.pos_ in VERBS and \
        subject_of(head) is None and any(c.dep_ in OBJECTS for c in verb.children)


def _joined_as_said(child: Token) -> bool:
    """A clause joined by "and" that the parser took for what was said: "Ashdown caused …
    and, as Arsenal began to press, Van Persie blasted over" — it is a side clause."""
    head = child.head
    return child.dep_ == "ccomp" and child.i > head.i and subject_of(child) is not None and any(
        c.dep_ == "cc" and head.i < c.i < child.left_edge.i for c in head.children)


def shared_auxiliaries(verb: Token) -> list[Token]:
    """The auxiliaries a participle joined by "and" shares with the verb before it: "was" of
    "The museum was founded in 1852 and named after the queen"."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or head.tag_ != "VBN" or any(
            c.dep_ in (*SUBJECTS, "aux", "auxpass") for c in verb.children):
        return []
    if not any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return []  # no "and": "… is intended to compete with Nintendo's DS, released …" says
        # what the DS was
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass") and c.i < head.i]
    return auxes if is_finite(head) else []


_WH_TAGS = {"WP", "WP$", "WRB", "WDT"}


def in_embedded_question(verb: Token | None) -> bool:
    """Whether ``verb`` heads a question inside a sentence: "Nobody knows what mood the fans
    will be in …", "details of how many tickets were sold …". Nothing moves out of it, and it
    is no statement to ask about or to blank."""
    if verb is not None and any(c.dep_ == "mark" and c.lower_ == "whether"
                                for c in verb.children):
        return True  # "whether or not the publisher has given permission": no fact
    if verb is None or verb.dep_ not in ("ccomp", "pcomp", "csubj", "xcomp", "dep"):
        return False  # (a relative clause's "which" and an adverbial "when" are no questions)
    for t in verb.subtree:
        if t.i >= verb.i:
            return False
        if t.tag_ in _WH_TAGS and next(
                (a for a in t.ancestors if a.pos_ in VERBS), None) == verb:
            return True
    return False


def _host(verb: Token) -> Token | None:
    """The finite verb a wh-word can move to from ``verb``: itself, or up through infinitives
    ("decided to build what") — never out of a relative or adverbial clause, nor out of a
    question inside the sentence."""
    if misread_relative(verb) or misread_speaker(verb) or _joined_as_said(verb) or \
            in_embedded_question(verb):
        return None
    while not is_finite(verb) and not shared_auxiliaries(verb):
        if any(c.tag_ in ("WDT", "WP", "WRB") for c in verb.children):
            return None  # out of "how to authenticate …" no wh-word can move
        if (verb.dep_ == "xcomp" or verb.dep_ == "advcl" and verb.tag_ == "VB" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not any(
                c.dep_ in ("mark", *SUBJECTS) for c in verb.children)) and \
                verb.head.pos_ in VERBS:
            verb = verb.head  # "… gathered to prevent what": up to "What did … gather to …?"
            continue
        return None
    if verb.dep_ == "advcl" and _states_a_fact(verb):
        pass  # "When Watt improved the engine, …": a clause of its own
    elif verb.dep_ == "relcl" and antecedent(verb) is not None and not _defines(verb):
        return verb  # "…, which stand outside hospitals": asked of what `which` stands for
    elif verb.dep_ in ("relcl", "acl", "advcl", "pcomp", "csubj", "amod"):
        return None
    subject = subject_of(verb)
    if subject is None or subject.lower_ in (*RELATIVE_WORDS, "what") or subject.i > verb.i:
        return None  # (nor out of "what is necessary to prevent …")
    return verb


# Adverbial clauses that state something as true ("because …", "after …"), unlike conditions
# ("if …", "unless …") and comparisons ("than …").
_FACT_MARKS = {"when", "after", "before", "because", "since", "while", "whilst", "although",
               "though", "once", "until", "whereas"}


def _states_a_fact(verb: Token) -> bool:
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
    return bool(marks) and marks[0] in _FACT_MARKS


def _defines(clause: Token) -> bool:
    """Whether the relative ``clause`` says which things its noun means, a noun that is no
    one in particular without it: "Apps that track your steps could help" is no fact about
    apps ("What do apps track?")."""
    noun = clause.head
    return noun.pos_ == "NOUN" and clause.left_edge.i > 0 and \
        noun.doc[clause.left_edge.i - 1].text != "," and (
            noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod")
                                           for c in noun.children) or
            any(c.dep_ == "det" and c.lower_ in ("a", "an", "some", "any", "many")
                for c in noun.children))


_NOBODY_IN_PARTICULAR = {"nobody", "noone", "no-one", "none", "nothing", "anyone", "anybody",
                         "anything", "everyone", "everybody", "everything", "whoever"}


def _nobody_in_particular(noun: Token) -> bool:
    """Whether ``noun`` stands for no one thing a clause about it asserts anything of: "nobody",
    "anyone", "no-one" (three tokens), "no player", "any fan", "every visitor"."""
    doc = noun.doc
    return noun.lower_ in _NOBODY_IN_PARTICULAR or noun.lower_ == "one" and noun.i > 1 and \
        doc[noun.i - 2].lower_ == "no" and doc[noun.i - 1].text in ("-", "\u2010") or any(
            c.dep_ == "det" and c.lower_ in ("no", "any", "every") for c in noun.children)


def antecedent(verb: Token) -> Token | None:
    """For a relative clause whose subject is `which`/`who`/`that`: the noun it stands for
    ("containers" in "containers, which stand outside hospitals")."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.lower_ not in ("which", "who", "that") or subject.i > verb.i:
        return None
    noun = verb.head
    if noun.dep_ in ("attr", "oprd") and any(c.lower_ in ("a", "an") for c in noun.children):
        return None  # "it is a company that is linked to …": which company, only "it" says
    if _nobody_in_particular(noun):
        return None  # "No-one who reads the report will …": no one reads it ("What does no-one
        # read?")
    if any(t.pos_ in ("VERB", "AUX") and t.i not in _subtree(noun)
           for t in noun.doc[noun.i + 1:subject.i]):
        return None  # "the row is over who should get the credit": a question the parse
        # hung on the subject as a relative clause ("What should the row get the credit for?")
    if subject.lower_ == "who" and noun.ent_type_ in ("GPE", "LOC", "FAC"):
        # "children from Albania who have failed …": who are the children, not the place
        outer = noun.head.head if noun.dep_ == "pobj" else None
        if outer is None or outer.pos_ != "NOUN":
            return None
        noun = outer
    if subject.lower_ == "that" and noun.dep_ == "pobj" and noun.ent_type_ in (
            "ORG", "GPE", "LOC", "FAC", "EVENT") and not any(
            c.dep_ == "det" for c in noun.children):
        return None  # "demonstrating one at 3GSM that could display video": a "that" clause
        # is seldom about a name, and the parse cannot tell which noun before it is meant
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.pos_ == "PROPN" and \
            noun.head.head.pos_ == "NOUN" and subject.i > 0 and \
            noun.doc[subject.i - 1].text == ",":
        return None  # "the one-time darling of Wall Street, which has lost 80%": the darling,
        # not the street, though the parse hangs the clause on the name (with a common noun,
        # the noun next to the clause is meant more often than not: "a layer of jelly-like
        # matter, which is called …", though not in "a study of the league, which came out
        # in June")
    near = noun.doc[subject.i - 1] if subject.i else None
    if near is not None and near.text == "," and subject.i > 1:
        near = noun.doc[subject.i - 2]
    if subject.lower_ == "who" and noun.ent_type_ != "PERSON" and \
            noun.lemma_.lower() not in PEOPLE and near is not None and near != noun and (
                near.ent_type_ == "PERSON" or near.lemma_.lower() in PEOPLE or
                noun.pos_ == "NOUN" and near.pos_ == "PROPN"):
        noun = near  # "the return of skipper Brian O'Driscoll who missed …": "who" is a person,
        # the one next to it, though the parse hangs the clause on "return" (or a side: "11
        # points behind leaders Barcelona, who snatched …")
    while noun.dep_ == "conj":
        if (noun.head.ent_type_, noun.head.pos_) != (noun.ent_type_, noun.pos_) or \
                subject.lower_ == "which" and noun.head.ent_type_ == "PERSON":
            return None  # "a film starring Ann Lee, and the musical Rosa, which …": the last or
            # all, of two kinds, the parse cannot tell
        noun = noun.head  # "Ann, Tom and Joe Hale, who formed the band …": all of them
    last = noun.doc[subject.i - 2] if subject.i > 1 else None  # the word before the comma
    if subject.lower_ == "which" and last is not None and noun.doc[subject.i - 1].text == "," \
            and last.dep_ == "pobj" and last.head.lower_ == "of" and last.head.head == noun:
        return None  # "the rate of inflation, which is 1.6%": the rate or the inflation, the
        # parse cannot tell
    if subject.lower_ == "which" and noun.doc[subject.i - 1].text == "," and \
            noun.dep_ == "pobj" and noun.head.head.pos_ == "PROPN" and \
            noun.head.head.ent_type_ not in ("GPE", "LOC", "FAC"):
        return None  # "Thank You, winner of best single at the 2004 Mobos, which reached
        # number two": the song or the awards (and "What did the 2004 Mobos reach …?")
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i < subject.i else None


def _attribution(verb: Token, resolve: Resolver) -> str:
    """`According to Fidan, ` when the clause is what someone said."""
    while verb.dep_ in ("ccomp", "conj") and verb.head.dep_ == "ccomp" and \
            verb.head.lemma_ not in SPEECH_VERBS | _BELIEFS and not (
                verb.dep_ == "conj" and verb.lemma_ in SPEECH_VERBS):
        verb = verb.head  # "Hale said the figures proved the council was failing", "… said
        # the council was failing and the mayor should go": still what Hale said (but "… and
        # Leeds reported …" is a report of its own)
    speech = verb.head
    if verb.dep_ != "ccomp":
        # "The council, he said, can cut waste and improve services": said as an aside
        speech = next((c for c in (verb.head if verb.dep_ == "conj" else verb).children
                       if c.dep_ == "parataxis" and c.lemma_ in SPEECH_VERBS and any(
                           g.dep_ in SUBJECTS for g in c.children) and not any(
                           g.dep_ in ("ccomp", "dobj", "xcomp") for g in c.children)), None)
        if speech is None:
            return ""
    if speech.lemma_ not in SPEECH_VERBS | _BELIEFS or any(
            c.dep_ == "auxpass" for c in speech.children):
        return ""  # (nor "It was thought that …": no one is said to think it)
    # The speaker must be the speech verb's own subject, not one guessed through `and`.
    # (of several, the one nearest the verb: the parse split "Arsenal vice-chairman David Dein")
    speaker = min((c for c in speech.children if c.dep_ in SUBJECTS),
                  key=lambda c: abs(c.i - speech.i), default=None)
    if speaker is None and speech.dep_ == "conj":
        speaker = subject_of(speech)  # "The Greens met the mayor and said …": the speaker
        # shared with the verb before "and", if it has one for sure
    if speaker is not None and ((speaker.lower_ in _FLOATING_QUANTIFIERS or is_bare_demonstrative(
            speaker) and speaker.tag_ == "DT") and not any(True for _ in speaker.children) or
            speaker.ent_type_ in ("PERCENT", "CARDINAL")):
        return ""  # "… and rampant competition, all suggests that …": "all" names no one, nor
        # does "this suggests that …", nor "41% said …"
    name = _subject_text(speaker, resolve) if speaker is not None else None
    first = speaker.left_edge.i if speaker is not None else 0
    if name and first > 1 and speaker.doc[first - 1].text == "-" and not \
            speaker.doc[first - 1].whitespace_ and not speaker.doc[first - 2].whitespace_:
        # the rest of a word the parse tore off: "vice-" of "vice-chairman Tom Hale"
        name = speaker.doc[first - 2].text + "-" + name
    name = _OBJECT_CASE.get(name.lower(), name) if name else name  # "according to him"
    return f"according to {name}, " if name else ""


_FLOATING_QUANTIFIERS = {"all", "both", "each", "either", "neither", "none"}


def _attributed(verb: Token, resolve: Resolver, words: list[Token | str]) -> str:
    """The question made of ``words``, after who said it unless the question names them."""
    body = render(words)
    prefix = _attribution(verb, resolve)
    if prefix and prefix.split(",")[0].split()[-1] in body:
        prefix = ""  # "According to Wanadoo, where is Wanadoo launching …?"
    return finish(prefix + body)


def _misparsed_phrase(noun: Token) -> bool:
    """A noun phrase no writer would write, so the parse went wrong: "the second half Wayne
    Carlisle's cross" (a determiner and a possessive), "and warned growth" (a verb read as
    describing the noun)."""
    first = noun.doc[noun.left_edge.i]
    before = noun.doc[first.i - 1] if first.i > first.sent.start else None
    return any(t.dep_ == "det" and t.lower_ in ("the", "a", "an") and t.i < c.left_edge.i
               for c in noun.children if c.dep_ == "poss" for t in noun.subtree) or (
        first.dep_ == "amod" and first.tag_ in ("VBD", "VBN") and before is not None
        and before.lower_ in ("and", "but"))


def listed_as_appositions(noun: Token) -> list[Token]:
    """The other items of a list the parser read as appositions of ``noun`` (hung on it or
    on one another, the last joined by "and"): "Gardener, Darren Campbell, Marlon Devonish and
    Mark Lewis-Francis have all been awarded …"; none for a plain apposition (nor for one with
    an "and" deeper inside: "Jan Bolz, vice president of sales and marketing")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    items: list[Token] = []
    heads = [noun]
    while heads:
        found = [c for h in heads for c in h.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        items += found
        heads = found
    joined = [c for item in items for c in item.children if c.dep_ == "conj"]
    return [*items, *joined] if joined else []


def _subject_text(subject: Token, resolve: Resolver) -> str | None:
    if subject.lower_ in RELATIVE_WORDS and subject.head.dep_ == "relcl":
        noun = antecedent(subject.head)
        if noun is None:
            return None
        inside = _subtree(subject.head)
        tokens = [t for t in noun.subtree if t.i not in inside and t.i not in
                  side_parts(noun, set()) and t.i < subject.head.left_edge.i]
        # (what follows the clause is no part of what it is about: "gains which offset a dip
        # at Leeds, and fewer members", where the parse joined the members to the gains)
        tokens = [t for n, t in enumerate(tokens) if not t.is_punct or t.i < noun.i or
                  _inside_word(t) or  # (the hyphen of "e-mail" stays)
                  t.text == "," and any(not w.is_punct for w in tokens[n + 1:])]
        # (a list's commas stay, not the one before the clause)
        return subject_text_of(tokens) if sum(not t.is_punct for t in tokens) <= 8 else None
    tokens = [t for t in subject.subtree if t.i not in side_parts(subject, set())]
    if listed_as_appositions(subject):
        tokens = list(subject.subtree)
    while len(tokens) > 1 and tokens[0] != subject and subject.ent_type_ in (
            "PERSON", "ORG") and (
            tokens[0].dep_ == "prep" and any(t.ent_type_ in ("DATE", "TIME")
                                             for t in tokens[0].subtree) or
            tokens[0].dep_ in ("compound", "nmod", "npadvmod") and
            tokens[0].ent_type_ in ("DATE", "TIME")):
        tokens = [t for t in tokens if t.i not in _subtree(tokens[0])]  # "(on) Monday Chief
        # Constable Ann Lee said …": the clause's time, read into the speaker's name
    if _misparsed_phrase(subject):
        return None
    if subject.dep_ in SUBJECTS and is_bare_demonstrative(subject) and not getattr(
            resolve, "keeps_pronouns", False):
        return None  # "What does this compare with …?": what "this" is, only the text before
        # says
    if subject.lower_ in PERSONAL_PRONOUNS and len(tokens) == 1:
        return resolve(subject)
    if any(t.tag_ == "PRP$" for t in tokens) and not getattr(resolve, "keeps_pronouns", False):
        return None  # "its original lens": whose, the question alone does not say
    return subject_text_of(tokens)


# Labels of values, whose first word is a common one: "More than 5.2 million", "Last year".
_VALUE_LABELS = {"", "CARDINAL", "QUANTITY", "MONEY", "PERCENT", "DATE", "TIME", "ORDINAL"}


def share_capitals(docs: list[Doc]) -> None:
    """Tell each paragraph of an article which words the article writes with a capital inside
    a sentence, for `capitalised_elsewhere`: a name may open one paragraph and recur in
    another ("Arsenal boss …"); and whom it names after which words, for `_given_another`."""
    capitals = {t.text for doc in docs for t in doc if t.text[:1].isupper() and
                t.i != t.sent.start}
    name_ends = set().union(*(_name_ends(doc) for doc in docs))
    lower = {t.text for doc in docs for t in doc if t.text.islower()}
    # "A Different Story" inside a sentence: its "A" is the title's, at a sentence's start too
    titles = {(t.text, doc[t.i + 1].text) for doc in docs for t in doc[:-1]
              if t.text in ("The", "A", "An") and t.i != t.sent.start and doc[t.i + 1].is_title}
    titled = _titled_people(docs)
    for doc in docs:
        doc.user_data["titled people"] = titled
        doc.user_data["titles' articles"] = titles
        doc.user_data["capitals"] = capitals
        doc.user_data["name ends"] = name_ends
        doc.user_data["lower words"] = lower


def _name_ends(doc: Doc) -> set[str]:
    """Words ``doc`` writes with a capital inside a sentence, alone or ending a name: "Brown"
    of "Mr Brown", not "Retail" of "the British Retail Consortium", nor "Terrorists" of 'he
    said: "Terrorists have long memories."' (a quotation's first word)."""
    return {t.text for t in doc if t.text[:1].isupper() and t.i != t.sent.start and not (
        t.i + 1 < len(doc) and doc[t.i + 1].is_title) and doc[t.i - 1].text not in _OPENINGS
        and (t.ent_type_ == "PERSON" or not doc[t.i - 1].is_title)}  # (not "Police" of
    # "Strathclyde Police": the last word of a firm's or a body's name may be any noun)


# What a quotation or a clause of its own opens after: its first word has a capital anyway.
_OPENINGS = {'"', "'", "“", "‘", ":", "("}


def capitalised_elsewhere(token: Token) -> bool:
    """Whether the text writes the sentence's first word with its capital inside a sentence
    too, as a name: "Bath" of "Bath and England centre …" and "… joined Bath in 2000"."""
    capitals = token.doc.user_data.get("capitals")
    if capitals is not None:
        return token.text in capitals
    return token.text[:1].isupper() and any(
        t.text == token.text and t.i != t.sent.start for t in token.doc)


def written_as_a_name(token: Token) -> bool:
    """Whether the sentence's first word is a name, whatever the tagger took it for: the text
    writes it with its capital inside a sentence too, alone or at the end of a name ("Retail
    sales …" beside "the British Retail Consortium" is no name), or it is no English word and
    never written in lower case ("Activision has …", "Leeds were …"; but
    "Gamers say …", a word the lexicon lacks, is written "gamers" elsewhere or ends like a
    common noun)."""
    doc = token.doc
    if "name ends" not in doc.user_data:  # one paragraph alone, as `ask` reads it
        share_capitals([doc])
    if token.text in doc.user_data["name ends"] or capitalised_elsewhere(token) and (
            token.i + 1 < len(doc) and doc[token.i + 1].is_title) and (
            token.text not in ("The", "A", "An") or (token.text, doc[token.i + 1].text) in
            doc.user_data["titles' articles"]):
        return True  # (and "Lord" of "Lord Woolf", as the text writes it elsewhere; and "A"
        # of "A Quiet Harbour", not "The" of "The council")
    number = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.is_title and token.pos_ in ("NOUN", "PROPN") and not token.is_stop and \
            number is not None and number.text.isdigit() and (
            number.whitespace_ or number.i + 1 == len(doc) or not doc[number.i + 1].is_alpha):
        return True  # "Burnout 3 won …", "Halo 2": a title with its number (but not "World"
        # of "World 100m champion")
    word = token.lower_
    return token.is_alpha and token.text[:1].isupper() and not token.is_stop and \
        not token.like_num and \
        not word.endswith(_COMMON_NOUN_ENDINGS) and not in_lexicon(word) and \
        not in_lexicon(word.removesuffix("s")) and \
        word not in doc.user_data["lower words"]


# Endings of words the lexicon may lack that are still common nouns: "carmakers", "gamers".
_COMMON_NOUN_ENDINGS = ("er", "ers", "ing", "ings", "ist", "ists", "ism", "ness", "ship")


def is_bare_demonstrative(token: Token) -> bool:
    """Whether ``token`` is "this", "that", "these", "those", "the former" or "the latter"
    standing alone for something said before (as a subject, or after a preposition: "a good
    example of this")."""
    if token.lower_ in ("former", "latter"):
        return all(c.lower_ == "the" for c in token.children) and any(
            True for _ in token.children)
    return token.lower_ in ("this", "that", "these", "those") and not any(
        True for _ in token.children)


def subject_text_of(tokens: list[Token]) -> str | None:
    dash = next((i for i, t in enumerate(tokens) if i and t.text in ("-", "–", "—")
                 and t.whitespace_ and tokens[i - 1].whitespace_), None)
    tokens = tokens[:dash]  # "Florian Hamm - the club's largest investor -"
    if not tokens:
        return None
    text = render(tokens)
    first = tokens[0]
    if first.i == first.sent.start and (first.lower_ in ("the", "a", "an") or (
            (first.tag_ not in ("NNP", "NNPS") and first.ent_type_ in _VALUE_LABELS and not (
                first.head.i == first.i + 1 and first.head.is_title and
                not first.head.ent_type_) or  # "Electronic Arts" (but "Former Leeds manager")
             first.lower_ in PEOPLE or first.lower_ in KINDS_OF_WORK)  # "Striker Tom Hale" →
            # "striker Tom Hale", "Comedy Meet The Fockers" → "comedy Meet The Fockers"
            and first.text != "I" and not written_as_a_name(first)
            and not (is_honorific(first) and first.i + 1 < first.sent.end and
                     first.nbor().pos_ == "PROPN")  # "Lord Hale", not "lord Hale"
            and first.text[1:] == first.text[1:].lower()  # not "MPs" → "mPs"
            and not (first.lower_ in _PARTIES and any(t.ent_type_ == "PERSON" for t in tokens)))
            or capitalised_only_to_open(first) or  # "House prices" → "house prices"
            _lone_noun_taken_for_a_person(first)):  # "Turnout in the town was …"
        # (nor a party of a named person: "Conservative shadow home secretary David Davis")
        # no longer the first word of the sentence ("THE SHOW" of a heading → "the SHOW",
        # not "tHE SHOW")
        text = first.lower_ + text[len(first.text):] if first.text.isupper() and \
            len(first.text) > 1 else text[:1].lower() + text[1:]
    return text


def _lone_noun_taken_for_a_person(word: Token) -> bool:
    """Whether ``word`` is a common noun, tagged as one and known to the lexicon, that the
    recogniser alone took for a person's name ("Turnout" of "Turnout in the town was …")."""
    return word.tag_ == "NN" and word.ent_type_ == "PERSON" and _an_entity_alone(word) and \
        in_lexicon(word.lower_, "NOUN") and not capitalised_elsewhere(word)


def _pronouns_left(words: Iterable[Token | str], resolve: Resolver) -> bool:
    if getattr(resolve, "keeps_pronouns", False):
        return False  # asked about one's own sentence: its "he" is known
    return any(not isinstance(w, str) and (
        w.tag_ == "PRP" and w.lower_ in PERSONAL_PRONOUNS or
        w.dep_ in ("pobj", "dobj", "nsubj") and w.head.dep_ != "relcl" and
        is_bare_demonstrative(w) or w.dep_ in ("pobj", "dobj") and
        w.lower_ in ("some", "any", "several", "others") and not any(True for _ in w.children))
        for w in words)  # ("Who slaps that aside?": what "that" is, the sentence before says;
    # "What is planning to set some?": some of what)


# --- rules -------------------------------------------------------------------------------------

# How a verb of saying holds what was said.
SAID = frozenset({"ccomp", "dobj", "xcomp", "parataxis", "dative", "advcl", "conj"})
# Verbs that say nothing without what was said.
_SAYING = {"say", "ask", "add", "tell", "explain", "insist", "stress", "reply"}


def drops_what_was_said(verb: Token, kept: Iterable[Token]) -> bool:
    """Whether ``kept`` has a speech verb without what was said ("When did the minister
    say?", "Who said late Friday?")."""
    kept = set(kept)
    content = SAID if verb.lemma_ != "tell" or any(c.dep_ == "dative" for c in verb.children) \
        else SAID - {"dobj", "dative"}
    if verb.lemma_ in _SAYING and not any(c.dep_ in content for c in verb.children):
        return True  # '"Will I …?" Holmes asked in the New Year.': what was asked is a
        # sentence of its own ("What did Holmes ask in? — New Year"; and whom one told is not
        # what: "When did Mr Howard tell BBC Radio 4's Today programme?")
    if any(c.dep_ == "prep" and c.lower_ == "as" and any(
            g.dep_ == "pcomp" and g.lemma_ in SPEECH_VERBS | _SAYING and
            not any(x.dep_ in content for x in g.children) for g in c.children)
           for c in verb.children):
        return True  # "…, the minister was quoted as saying by a news agency": what he said
        # came before ("Who was quoted as saying by the agency?")
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return verb.lemma_ in SPEECH_VERBS and any(
        (c.dep_ == "ccomp" or passive and c.dep_ in ("xcomp", "advcl") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)) and c not in kept and
        not misread_relative(c) for c in verb.children)  # (and "When was X reported?" of
    # "… was reported in June to have attended …")


def _ask_subject(verb: Token, subject: Token, wh: str, keep: set[int],
                 resolve: Resolver) -> Formed | None:
    if not is_finite(verb) or _host(verb) is None or sum(
            c.dep_ in SUBJECTS for c in verb.children) > 1:
        return None  # two subjects: the parse went wrong ("The format Blu-ray is winning")
    if any(t.tag_ == "WRB" and t.i < subject.left_edge.i for t in verb.subtree):
        return None  # a clause a "where" or "when" opens: "What where needs to be dealt with?"
    if wh.startswith(("how long", "how far", "when")):
        return None  # "Ten years of golden performance may come to an end": "How long may come
        # to an end?" asks nothing
    if subject.left_edge.i > 0 and subject.doc[subject.left_edge.i - 1].dep_ == "prt":
        return None  # "… step up scrutiny and safety laws start to bite": the scrutiny is
        # what is stepped up, and the parser made it a subject
    if any(t.tag_ == "POS" and t.i > max(keep) for t in subject.subtree):
        return None  # "What will be published? — Council": the subject is "the Council for
        # Rivers's report", which the parser hung on "Council"
    if any(c.dep_ == "poss" and c.i not in keep and (c.pos_ != "PRON" or verb.lemma_ == "be")
           for c in subject.children):
        return None  # "What was the reports that …? — main concern": whose, the question
        # would not say ("Barry Sheerman's main concern was the reports …"; but "Its lens was
        # removed" is the lens of what the article is about)
    if verb.lemma_ == "be" and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                   for c in subject.children) and any(
            c.dep_ == "attr" and any(g.dep_ == "det" and g.lower_ == "the" for g in c.children)
            for c in verb.children):
        return None  # "A major cost left out is the price of …": one of a kind said to be
        # the thing named ("What is the price of …? — major cost" has it backwards)
    gone = _subtree(subject)
    rest = [t for t in clause_tokens(verb, keep | gone, QUESTION_WORDS) if t.i not in gone]
    if drops_what_was_said(verb, rest) or _leaves_a_name_open(rest):
        return None
    if _pronouns_left(rest, resolve):
        return None
    while rest and rest[0].is_punct:
        rest.pop(0)  # the comma that closed an apposition to the subject
    rest = [t for t in rest if not (t.lower_ in ("all", "both", "each") and t.head == verb and
                                    t.i > subject.i and t.dep_ in ("advmod", "det", "dep",
                                                                   "nsubj", "appos"))]
    # (nor "all" of "Sony and Nintendo are all expected to …": "What is all expected …?")
    # a time between the subject and its verb goes after the verb's phrase: "Who warned … this
    # week?", not "Who this week warned …?"
    early = {i for c in verb.children if c.dep_ == "npadvmod" and subject.i < c.i < verb.i
             for i in _subtree(c)}
    rest = [t for t in rest if t.i not in early] + [t for t in rest if t.i in early]
    # "The backers are big names": a plural thing said of them keeps the plural verb ("What
    # are big names …?")
    plural_said = verb.lemma_ == "be" and any(c.dep_ == "attr" and c.tag_ in ("NNS", "NNPS")
                                              for c in verb.children) or \
        wh.startswith(("what percentage", "what share")) and any(
            t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head == subject and
            t.tag_ in ("NNS", "NNPS") for t in subject.subtree) or \
        subject.tag_ in ("NNS", "NNPS") and subject.text in wh.split()[1:]  # "What percentage
    # of the photos remain …?", "What type of pumps use …?"
    words: list[Token | str] = [wh]
    agreed = False
    # "Microsoft does provide a tool" → "What provides a tool?": the "do" that stresses a
    # verb goes, and its tense with the verb
    stress = next((c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "do" and
                   c.tag_ in ("VBZ", "VBD", "VBP")), None) if verb.tag_ == "VB" and not any(
        c.dep_ == "neg" for c in verb.children) else None
    if stress is not None:
        tense = "VBD" if stress.tag_ == "VBD" else "VBZ" if not plural_said else "VBP"
        rest = [t for t in rest if t != stress]
        agreed = True
    for token in rest:
        if stress is not None and token == verb:
            words.append(inflect(verb, tense))
            continue
        if not agreed and (token == verb or token.head == verb and token.dep_ in (
                "aux", "auxpass")):
            agreed = True
            if token.tag_ == "VBP" and not wh.startswith("how many") and not plural_said:
                words.append(singular(token))
                continue
            if token.tag_ == "VBZ" and wh.startswith("how many "):  # "One couple broadcasts"
                # → "How many couples broadcast"
                words.append(_PLURAL_AUX.get(token.lower_) or inflect(token, "VBP"))
                continue
        words.append(token)
    return Formed(_attributed(verb, resolve, words), "subject")


def _tears_a_name(sentence: Span, gone: set[int]) -> bool:
    """Whether moving ``gone`` out of ``sentence`` leaves a piece of a name or a date behind:
    "from December 2004" goes, "to April 2005" would stay."""
    return any(gone & set(range(e.start, e.end)) and not set(range(e.start, e.end)) <= gone
               for e in sentence.ents)


def name_goes_on(token: Token) -> bool:
    """Whether the word after ``token`` carries its name on: "Open" after "Qatar" in "the Qatar
    Open quarter-final" (a capitalised word inside the sentence)."""
    return token.i + 1 < token.sent.end and (after := token.doc[token.i + 1]).is_title and \
        after.pos_ in ("PROPN", "ADJ", "NOUN")


def _leaves_a_name_open(kept: list[Token]) -> bool:
    """Whether ``kept`` ends a name in the middle: "his Qatar" of "his Qatar Open quarter-final",
    which the parser read as "Qatar" and a clause of its own."""
    ids = {t.i for t in kept}
    return any(t.pos_ == "PROPN" and t.i + 1 not in ids and name_goes_on(t) for t in kept)


def _ask_fronted(verb: Token, wh: str, gone: set[int], keep: set[int], resolve: Resolver,
                 rule: str, despite_other_times: bool = False) -> Formed | None:
    """A question with the wh-phrase in front and the subject after the (auxiliary) verb of
    the finite clause above ``verb``; ``despite_other_times`` asks "when" even if another
    time of the clause stays."""
    gone = gone | keep  # all of the answer goes: "next year" of "in February next year" hangs
    # on the verb, not on "in"
    if _tears_a_name(verb.sent, gone):
        return None
    host = _host(verb)
    if host is None and _shares_subject(verb):
        return _ask_sharing_subject(verb, wh, gone, keep, resolve, rule)
    if host is None or any(start < min(gone) and max(gone) < end
                           for start, end in _brackets(verb.sent)):
        return None  # moved out of brackets, it leaves them behind: "… £299 (including)?"
    if any((start < min(keep) and max(keep) <= end) != (start < host.i <= end)
           for start, end in dashed_asides(verb.sent)):
        return None  # an aside's fact is not the main clause's, nor the other way round:
        # "The Incredibles - now in its fourth week - …" does not say when the other film took
        # $33m
    subject = subject_of(host)
    if sum(c.dep_ in SUBJECTS for c in host.children) > 1:
        return None  # two subjects: the parse split one ("A book about X and the science …")
    if disagrees(host, subject):
        return None  # "What does the firms thwart?"
    subject_text = _subject_text(subject, resolve)
    if not subject_text:
        return None
    # (nor what is left in brackets whose other words went with the answer: the "m" of
    # "took $31.8m (£16.9m)" the parser hung on the verb)
    bracketed = {i for start, end in _brackets(host.sent) if not keep & set(range(start, end + 1))
                 for i in range(start, end + 1)}
    clause = [t for t in clause_tokens(host, keep | gone, QUESTION_WORDS)
              if t.i not in gone | bracketed and t.i not in _subtree(subject) and not (
                  t.text == "," and t.i - 1 in gone and any(
                      a.dep_ == "appos" and a.right_edge.i == t.i - 1
                      for a in host.doc[min(gone):t.i]))]
    # (nor the comma that closed an aside of the answer's: "acquired Pyra Labs, makers of
    # …, in 2003" → "Who did Google acquire in 2003?")
    if drops_what_was_said(host, [*clause, *(host.doc[i] for i in gone)]) or \
            _leaves_a_name_open(clause):
        return None  # (what was said may be the answer: "What did the minister say?")
    if rule == "when" and not despite_other_times and any(t.ent_type_ == "DATE" and (
            t.dep_ in ("npadvmod", "tmod") or t.dep_ == "pobj" and t.head.lower_ in (
                "in", "on", "at", "during")) for t in clause):
        return None  # another time of the clause stays: "In what year did co-productions fall
        # from 102 to 81 last year?" (but "over the previous year" is what it is compared with)
    auxes = [t for t in clause if t.head == host and t.dep_ in ("aux", "auxpass")
             and t.i < host.i] or shared_auxiliaries(host)
    negs = [t for t in clause if subject.i < t.i < host.i and any(
        a.head == host and a.dep_ in ("neg", "advmod") for a in (t, *t.ancestors)
        if a.i < host.i)]  # "not", "first", "usually", "so far" stay before the verb
    after = [t for t in clause if t.i > host.i and t not in negs]
    if host.lemma_ == "be" and [t.lower_ for t in after if not t.is_punct] == ["also"]:
        after = []  # "The mayor is also the club's owner" → "What is the mayor?", not "What
        # is the mayor also?"
    if _pronouns_left(after, resolve):
        return None
    words: list[Token | str] = [wh]
    # "n't" stays with its auxiliary: "What don't Macs offer?", not "What do macsn't offer?"
    short = [t for t in negs if t.lower_ == "n't"]
    negs = [t for t in negs if t.lower_ != "n't"]
    if auxes:
        words += [auxes[0], *short, subject_text, *negs, *auxes[1:], host]
    elif host.lemma_ == "be":
        words += [host, *short, subject_text, *negs]
    elif host.tag_ in _DO_SUPPORT:
        do = _DO_SUPPORT[host.tag_]
        if host.tag_ in ("VBP", "VB") and (subject.tag_ in ("NN", "NNP") or
                                           subject.lower_ in ("he", "she", "it")) and not any(
                c.dep_ == "conj" for c in subject.children):  # ("Thanou and Kenteris face")
            do = "did"  # "The library cost $12 million": a singular subject makes it past
        elif host.tag_ in ("VBZ", "VBP") and _written_past(host):
            do = "did"  # "Exports leapt …", which the tagger read as a present tense
        words += [do, *short, subject_text, *negs, base_form(host)]
    else:
        return None
    words += after + _fronted_place(host, subject, gone)
    return Formed(_attributed(host, resolve, words), rule)


def _fronted_place(host: Token, subject: Token, gone: set[int]) -> list[Token | str]:
    """The place a clause opens with, to end its question: "In Singapore the figure is close
    to 5%" → "What percentage is the figure in Singapore?" (without it the figure is anyone's)."""
    for prep in host.children:
        words = sorted(prep.subtree, key=lambda t: t.i)
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at") and prep.i < subject.i and \
                prep.i == host.sent.start and not gone & {t.i for t in words} and any(
                    t.ent_type_ in ("GPE", "LOC") for t in words) and not any(
                    t.ent_type_ in ("DATE", "TIME") for t in words):
            return [prep.lower_, *words[1:]]
    return []


def disagrees(verb: Token, subject: Token | None) -> bool:
    """Whether ``verb`` is a singular present ("thwarts") whose subject, shared through "and",
    is plural: the verb of "a system that … also thwarts copying", which the parser joined to
    the verb of "the firms want …"; or a plural one whose shared subject is one person."""
    if subject is None or subject.head == verb:
        return False
    plural = verb.tag_ == "VBP" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBP"
                                       for c in verb.children if c.i < verb.i)
    return verb.tag_ == "VBZ" and subject.tag_ in ("NNS", "NNPS") or plural and (
        subject.ent_type_ == "PERSON" and subject.tag_ == "NNP" and not any(
            c.dep_ == "conj" for c in subject.children) or
        subject.lower_ in ("that", "this") and subject.tag_ == "DT")
    # ("… with Tony Blair adding a promise, and have even managed to score points": the verb
    # of "They", which the parse joined to Blair's; "That is the gap … claim the council must
    # close": the verb of a clause the parse joined to "That is")


def _shares_subject(verb: Token) -> bool:
    """Whether ``verb`` is a participle clause whose doer is its main clause's subject:
    "NASA declared the rocket ready, cancelling the third test"."""
    main = verb.head
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and not any(
        c.dep_ in (*SUBJECTS, "mark", "aux", "auxpass") for c in verb.children) and \
        main.pos_ in VERBS and main.tag_ in ("VBD", "VBZ", "VBP") and \
        _host(main) is main and not any(
            c.dep_ in ("aux", "auxpass") for c in main.children) and \
        subject_of(main) is not None and subject_of(main).i < main.i


def _ask_sharing_subject(verb: Token, wh: str, gone: set[int], keep: set[int],
                         resolve: Resolver, rule: str) -> Formed | None:
    """Out of a participle clause, asked of the main clause's subject in its tense: "…,
    cancelling the third test" → "What did NASA cancel?"."""
    main = verb.head
    subject = subject_of(main)
    subject_text = _subject_text(subject, resolve)
    if not subject_text or main.lemma_ == "be":
        return None  # (a state's subject did not do anything: "The area is …, making it …")
    rest = [t for t in clause_tokens(verb, keep | gone, QUESTION_WORDS)
            if t.i not in gone and t.i > verb.i]
    if _pronouns_left(rest, resolve):
        return None
    do = "did" if main.tag_ == "VBD" else _DO_SUPPORT[main.tag_]
    if do == "do" and (subject.tag_ in ("NN", "NNP") or subject.lower_ in ("he", "she", "it")):
        do = "does"
    return Formed(finish(render([wh, do, subject_text, base_form(verb), *rest])), rule)


def _ask_agent(verb: Token, agent: Token, wh: str, keep: set[int],
               resolve: Resolver) -> Formed | None:
    """The active question for the agent of a passive verb."""
    subject = subject_of(verb)
    if subject is None or subject.dep_ != "nsubjpass" or _host(verb) is None:
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i] or \
        shared_auxiliaries(verb)  # "… designed by A and built by B"
    passive_be = [a for a in auxes if a.dep_ == "auxpass"]
    if not passive_be:
        return None
    others = [a for a in auxes if a.dep_ == "aux"]
    if others:  # "has been opened" → "has opened", "will be opened" → "will open"
        # and "have been criticised by X" → "Who has criticised …?": "who" is one
        first = _SINGULAR_AUX.get(others[0].lower_, others[0]) if others[0].tag_ == "VBP" \
            else others[0]
        form = "VB" if others[0].tag_ == "MD" else "VBG" if passive_be[0].lower_ == "being" \
            else "VBN"  # ("is being developed by X" → "Who is developing …?")
        verb_words: list[Token | str] = [first, *others[1:], inflect(verb, form)]
    else:
        verb_words = [inflect(verb, "VBD" if passive_be[0].tag_ == "VBD" else "VBZ")]
    object_text = _subject_text(subject, resolve)
    if not object_text:
        return None
    # the subject is the object now: "He was influenced by X" → "Who influenced him?"
    object_text = _OBJECT_CASE.get(object_text, object_text)
    gone = _subtree(agent) | _subtree(subject) | {a.i for a in auxes} | {verb.i}
    rest = [t for t in clause_tokens(verb, keep, QUESTION_WORDS)
            if t.i not in gone and t.i > verb.i]
    if _pronouns_left(rest, resolve) or any(t.lower_ == "by" for t in rest):
        return None  # (two "by" phrases, one read as the agent: "directed by Richard Eyre with
        # choreography by Matthew Bourne")
    words = [wh, *verb_words, object_text, *rest]
    return Formed(_attributed(verb, resolve, words), "agent")


_OBJECT_CASE = {"he": "him", "she": "her", "they": "them", "we": "us", "i": "me", "I": "me"}


def _inside_word(token: Token) -> bool:
    """A hyphen or slash with no space either side: "subscription-based", "Gene/L"."""
    return token.text in "-/" and not token.whitespace_ and token.i > 0 and \
        not token.doc[token.i - 1].whitespace_


def _given_another(title: list[Token], answer: Span) -> bool:
    """Whether the article gives ``title`` to someone besides ``answer`` too: "golf star Ann
    Lee" and "fellow golf star Tom Reed"."""
    words = tuple(t.lower_ for t in title if t.lower_ != "the")
    doc = answer.doc
    # (the article's, from `share_capitals`; a sentence asked alone has only its own)
    titled = doc.user_data["titled people"] if "titled people" in doc.user_data else \
        _titled_people([doc])
    return bool(titled.get(words, set()) - {answer[-1].lower_})


def _titled_people(docs: list[Doc]) -> dict[tuple[str, ...], set[str]]:
    """The surnames of the people named after each run of one to three words: ("golf",
    "star") → {"lee", "reed"}."""
    titled: dict[tuple[str, ...], set[str]] = {}
    for doc in docs:
        for name in doc.ents:
            for n in range(1, min(3, name.start) + 1) if name.label_ == "PERSON" else ():
                if name.start > n and doc[name.start - n - 1].lower_ in _ANOTHER_POST:
                    break  # "former Tory leader William Hague" is not the Tory leader
                words = tuple(t.lower_ for t in doc[name.start - n:name.start])
                titled.setdefault(words, set()).add(name[-1].lower_)
    return titled


# Words before a title that make it another post: "former Tory leader", "deputy editor".
_ANOTHER_POST = {"former", "ex", "then", "late", "deputy", "shadow", "assistant", "vice",
                 "acting", "interim", "outgoing", "incoming"}


def title_of(person: Token, answer: Span) -> list[Token]:
    """`Turkish Foreign Minister` in `Turkish Foreign Minister Hakan Fidan`."""
    title = _title_words(person, answer)
    while title and is_honorific(title[-1]):
        title.pop()  # "director Sir" of "Iris director Sir Richard Eyre": the title is his
    if any(t.like_num and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-")
           for t in title):
        return []  # "512 megabytes Ram, …, Windows XP Home": a list of parts, no title
        # (but "the 44-year-old Liverpool manager" is one)
    if _RELATIVE_ROLE.search("".join(t.text_with_ws for t in title).lower()):
        return []  # "his Italian counterpart Minister Carlo Rossi": a role held against
        # another's, no title of its own ("Who is the Italian counterpart Minister?")
    if title and title[-1].is_alpha and in_lexicon(title[-1].lower_, "ADJ") and \
            not in_lexicon(title[-1].lower_, "NOUN"):
        return []  # "William Pitt the Younger": a name's epithet, no role
    if title and title[-1].pos_ == "VERB":
        return []  # "Dutch-born Anton Corbijn": a description, no role ("Who is the
        # Dutch-born?"; but the tagger may call a role an adjective: "mathematician")
    if title and person.dep_ == "pobj" and person.head.lower_ == "of" and \
            person.head.head.pos_ == "PROPN" and person.head.i < title[0].i:
        return []  # "Association of Chief Police Officers president Tom Hale", read as one
        # name: the title would lose its first words ("Who is the Chief Police Officers
        # president?")
    if any(t.tag_ in ("TO", "VB", "MD") for t in title):
        return []  # "has to credit Ireland flanker Tom Hale": the verb the parser hung on the
        # name, no role ("Who is the to credit Ireland flanker?")
    return title


def _capital_only_to_open_a_title(title: list[Token]) -> bool:
    """Whether the first word of ``title``, a title that opens the sentence, has its capital
    only for that: "Former France fly-half …", "New Home Secretary …" (but "Tory work and
    pensions spokesman", "Bath and England centre", "New York mayor", and "Arsenal boss", a
    club the tagger took for an adjective that no lexicon knows)."""
    from .gazetteer import kind_of

    first = title[0]
    if first.i != first.sent.start:
        return False
    if first.lower_ in _NEW_OR_OLD and len(title) > 1 and title[1].is_title and \
            first.ent_type_ not in ("GPE", "LOC", "NORP") and not kind_of(f"{first} {title[1]}"):
        return True  # new to the post, whatever the recogniser took the words for
    return first.tag_ not in ("NNP", "NNPS") and first.ent_type_ in ("", "ORDINAL", "CARDINAL") \
        and (not written_as_a_name(first) or title[1].is_lower and title[1].pos_ == "NOUN" and
             first.lower_ in first.doc.user_data.get("lower words", ())) and \
        first.lower_ not in _PARTIES and not (
            first.tag_ == "JJ" and not first.is_stop and not in_lexicon(first.lower_, "ADJ"))


# Words before a title that say how long its holder has held it, no part of it.
_NEW_OR_OLD = {"new", "former", "outgoing", "incoming", "acting", "interim", "retiring"}
# Roles that say what someone is to another person, not what they are.
_RELATIVE_ROLE = re.compile(r"\b(counterparts?|predecessors?|successors?|namesakes?|"
                            r"team-?mates?|colleagues?|compatriots?|rivals?|partners?)\b")


def _title_words(person: Token, answer: Span) -> list[Token]:
    owners = {i for t in person.subtree if t.dep_ == "poss" for i in _subtree(t)}
    title = [t for t in person.subtree if t.i < answer.start and t.dep_ != "det"
             and not (t.is_punct and t.whitespace_ and t.text != ")")  # but "fly-half"
             and t.i not in owners and t.tag_ != "POS"]  # keeps its hyphen, and "Walking Club
    # (WC) chairman" its brackets (nor the owner's words: "Lord" of "Lord Scarman's nephew")
    if sum(t.text == "(" for t in title) != sum(t.text == ")" for t in title):
        title = [t for t in title if t.text not in "()"]
    while title and title[0].is_punct:
        title.pop(0)
    if title and title[0].i and title[0].doc[title[0].i - 1].pos_ == "ADP":
        from .gazetteer import kind_of

        place = list(itertools.takewhile(lambda t: t.ent_type_ in ("GPE", "LOC", "FAC"), title))
        known = next((n for n in range(1, len(place) + 1)
                      if kind_of(" ".join(t.text for t in place[:n]))), len(place))
        title = title[known:]  # "at the fair in Las Vegas Nintendo boss Tom Hale": where the
        # fair was, no part of his role (and "Nintendo" is, whatever the recogniser joined)
    if title and title[-1].is_punct:
        return []  # "fly-" without its "half": the parse lost a piece
    if title and (title[0].pos_ in ("CCONJ", "ADP") or any(
            t.pos_ == "CCONJ" and i and title[i - 1].pos_ == "PROPN" and
            title[i - 1].ent_type_ in ("PERSON", "")
            for i, t in enumerate(title))):
        return []  # "and in the pack … forward", "Knight and drum 'n bass star": the parse
        # joined another person or a piece of the sentence to the title
    if any(t.dep_ == "conj" and t.head in title and t.head.pos_ == "ADJ" and t.pos_ == "PROPN"
           and t.doc[t.i - 1].pos_ == "CCONJ" for t in title):
        return []  # "growth is proving elusive and Ifo president …": the sentence's adjective
        # joined to the title
    if title and title[-1].tag_ in ("NNS", "NNPS"):
        return []  # "Fellow locks Robert Sidoli": one of several, no role of one person
    if title and any(t.pos_ == "PROPN" or t.is_title for t in title) and all(
            t.ent_type_ != "PERSON" for t in title):
        return title
    if sum(c.dep_ == "appos" for c in person.children) > 1:
        return []  # "executive vice-president" read as three appositions: "president" alone
        # would be wrong
    for child in person.children:
        if child.dep_ == "appos" and child.ent_type_ != "PERSON" and names_a_role(child):
            inside = _subtree(child) - {i for c in child.children if c.dep_ in ("relcl", "acl")
                                        for i in _subtree(c)}
            words = [t for t in child.subtree if t.i in inside and not (
                t.is_punct and not _inside_word(t))]
            while words and words[0].dep_ == "advmod":
                words.pop(0)  # "already an Anglican priest"
            # "a Huguenot refugee", "his preferred starters": one of many, no role of one
            # person; "his spokesman": whose, the question would not say
            return [] if words and (words[0].lower_ in ("a", "an") or child.tag_ in (
                "NNS", "NNPS") or words[0].tag_ == "PRP$") else words
    return []


# Endings of nouns for what someone does: "engineer", "administrator", "guitarist".
_ROLE_ENDING = re.compile(r"(er|or|ist|ian|ant|ent|naut|ee|ess|ier|man|woman)$")


def names_a_role(noun: Token) -> bool:
    """Whether an apposition to a name can be that person's role: "the NASA Deputy
    Administrator", "a British engineer" — not "the lower part of the walls", which a comma
    splice hung on "Sir Edward Poynter"."""
    word = noun.lemma_.lower()
    return noun.pos_ in ("NOUN", "PROPN") and (
        word in PEOPLE or word in ("head", "chair", "host", "star", "guest", "counsel", "envoy",
                                   "heir")
        or noun.is_title and noun.pos_ == "PROPN" or _ROLE_ENDING.search(word) is not None)


_PAST_WORDS = {"last", "ago", "earlier", "yesterday", "previous"}


def _ask_participle(verb: Token, prep: Token, root: Token, label: str, wh: str, keep: set[int],
                    resolve: Resolver) -> Formed | None:
    """Questions from a past participle that describes a noun, asked as a passive clause."""
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ in ("relcl", "appos") or \
            verb.lemma_ == "age":  # "a heart attack aged 65": someone's age, no passive
        return None
    if any(start < verb.i < end for start, end in dashed_asides(verb.sent)):
        return None  # "proposals to revalue homes - currently graded by their value in 1991 -":
        # which noun an aside describes, the parser guesses
    if noun.tag_ == "NN" and noun.dep_ in ("pobj", "dobj") and not any(
            c.dep_ in ("det", "poss", "amod", "compound") for c in noun.children):
        return None  # "in turn bought by Rosneft": an idiom, no thing that was bought ("seize
        # land owned by a British company": no land to name, "What owned land?")
    if noun.dep_ == "ROOT":
        return None  # "The operator filed for bankruptcy in 2002": the sentence's verb read as
        # a participle of its subject ("When was the operator filed …?")
    if noun.dep_ == "conj" and verb.doc[verb.i - 1].text not in (",", "(") or any(
            c.dep_ == "neg" for c in verb.children):
        return None  # "lack reading or maths skills expected of …": the participle may say
        # what the whole list is, and the question would keep only its last item ("What
        # are maths skills expected of?"; but after a comma it is the last item's: "… and
        # the Ming vase, made in 1420 by …"); "players not picked for …" asked "What are
        # players picked not for?"
    if verb.doc[verb.i - 1].text == "," and any(
            c.dep_ == "prep" and c.lower_ == "of" and c.right_edge.i == verb.i - 2
            for c in noun.children):
        return None  # "the husband of Grace, played by Ann Lee": the husband or Grace, the
        # parser guesses
    if noun.ent_type_ in ("PERCENT", "MONEY") or noun.like_num or noun.lower_ == "%":
        return None  # "revised growth down from the 5.9% estimated in November to 3.2%": a
        # figure is no thing to ask about ("When was the 5.9 estimated to 3.2?")
    phrase = [t for t in noun.subtree if t.i not in _subtree(verb)
              and t.i not in side_parts(noun, set()) and not (
                  t.is_punct and t.tag_ != "HYPH" and not _inside_word(t))]
    if not phrase or _pronouns_left(phrase, resolve) or any(t.tag_ == "PRP$" for t in phrase):
        return None
    if any(t.text == ":" for t in noun.subtree):
        return None  # a title with a colon, rebuilt around the participle by the parse: "What
        # was a BBC News Special Remembered Asia including?"
    if phrase[0].lower_ in ("a", "an") and all(t == noun or t.head == noun and t.dep_ in (
            "det", "amod", "compound") for t in phrase) and verb.doc[verb.i - 1].text != ",":
        return None  # "uses a system known as RSS": "What is a system known as?" has no one
        # answer (but "was a pump, developed in 1698 by …" says which pump)
    noun_text = render(phrase)
    first = phrase[0]
    if first.lower_ in ("the", "a", "an") or not (first.ent_type_ or first.tag_ in (
            "NNP", "NNPS")) or first.is_sent_start and first.tag_ not in ("NNP", "NNPS") and \
            not written_as_a_name(first):  # (and "Some 40 homes built in 1990 …")
        noun_text = noun_text[:1].lower() + noun_text[1:]
    main = verb.sent.root
    past = main.tag_ in ("VBD", "VBN") or any(c.tag_ == "VBD" for c in main.children) or any(
        t.lower_ in _PAST_WORDS or _YEAR.fullmatch(t.text) for t in verb.subtree)
    # (a participle's time in the past is when it was done: "the bridge, opened last May,
    # carries …"; but "the fair, held in late August, is …")
    plural = noun.tag_ in ("NNS", "NNPS")
    be = ("were" if plural else "was") if past else ("are" if plural else "is")
    asides = {i for t in verb.subtree if t.dep_ == "appos" and t.i not in keep
              for i in _subtree(t)}  # "by Tom Hale, the king's son": who he is stays out
    asides |= {i for t in verb.children if t.dep_ in ("conj", "cc") and t.i > prep.i and
               not _subtree(t) & keep for i in _subtree(t)}  # "sacked by Chelsea and banned
    # for seven months": what else was done to it, by whom the question does not say
    rest_of = [t for t in verb.subtree if t.i not in keep | asides and t.i != verb.i and
               not t.is_punct]
    if prep.dep_ == "agent" and verb.lemma_ in ("know", *_NAMING):
        return None  # "known only by his online name Gobbler": a name, no one who knew him
        # ("What knew the young player?")
    if prep.dep_ == "agent":
        rest = [t for t in rest_of if t.i not in _subtree(prep)]
        words: list[Token | str] = [wh, inflect(verb, "VBD"), noun_text, *rest]
        return Formed(finish(render(words)), "agent")
    if label in TIME_LABELS and (prep.lower_ in WHEN_PREPS or prep.dep_ in ("npadvmod", "tmod")):
        wh, gone, rule = "when", _subtree(prep), "when"
    elif label in PLACE_LABELS and (prep.lower_ in WHERE_PREPS or prep.i in keep and
                                    prep.lower_ in ("near", "outside")):
        wh, gone, rule = "where", _subtree(prep), "where"  # ("near Leeds" says where)
    elif label in TIME_LABELS:
        return None
    else:
        gone, rule = _subtree(root), "object"
    if _tears_a_name(verb.sent, gone | keep):
        return None
    rest = [t for t in rest_of if t.i not in gone]
    return Formed(finish(render([wh, be, noun_text, verb, *rest])), rule)


def _ask_for_phrase(head: Token, wh: str, keep: set[int], resolve: Resolver,
                    rule: str, left: set[int] = frozenset()) -> Formed | None:
    """The question whose answer is the whole phrase headed by ``head``, but for the words
    ``left`` in their place."""
    verb = head.head
    if head.dep_ in SUBJECTS and verb.pos_ in VERBS:
        return _ask_subject(verb, head, wh, keep, resolve)
    if head.dep_ == "attr" and verb.lemma_ == "be" and any(c.dep_ == "expl"
                                                          for c in verb.children):
        return _ask_existential(verb, head, wh, keep, resolve, rule)
    if head.dep_ in OBJECTS and verb.pos_ in VERBS:
        if verb.lemma_ == "do":
            return None  # "did a fine job": "What did X do?" asks for an action, not a job
        if _one_of_joined_actions(verb):
            return None  # not out of one of two actions: "… to mitigate what and pave …?"
        if verb.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux"
                                     for c in verb.children) and verb.dep_ != "xcomp" and any(
                c.dep_ == "xcomp" and c.i > head.i for c in verb.children):
            return None  # "launched to encourage older people to get involved": out of an
            # infinitive's object with its own infinitive after it ("Who has a club been
            # launched to encourage to get involved?")
        if verb.lemma_ in _DOING_WHAT_FOLLOWS and any(
                c.dep_ in ("xcomp", "advcl") and c.i > head.i and any(
                    g.lower_ == "to" and g.dep_ == "aux" for g in c.children)
                for c in verb.children):
            return None  # "refused three points to go for a try": asked, "How many points did
            # the captain refuse to go for a try?" says he would not go for it
        # (with the answer's words the parse hung elsewhere: the "m" of "$8m")
        formed = _ask_fronted(verb, wh, _subtree(head) - left | keep, keep, resolve, rule)
        if formed is not None and head.dep_ == "dative" and head.pos_ != "ADP":
            # "brought Cuaron attention" → "Who did … bring attention to?"
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            thing = render(obj.subtree) if obj is not None else ""
            text = formed.text.replace(f"{thing} ", f"{thing} to ", 1) if thing and \
                f"{thing} " in formed.text else formed.text[:-1] + " to?"
            return Formed(text, rule)
        return formed
    adverb = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else None
    if adverb is not None and adverb.lower_ in _ADVERBS_WITH_PHRASES and \
            adverb.dep_ in ("advmod", "prt") and adverb.head.pos_ in VERBS and \
            adverb.i > adverb.head.i and \
            adverb.i == head.head.i - 1 and not _one_of_joined_actions(adverb.head):
        # "traced back to the Book of Exodus" → "What could … be traced back to?"
        return _ask_fronted(adverb.head, wh, _subtree(head), keep, resolve, rule)
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in VERBS:
        prep, verb = head.head, head.head.head
        if prep.lower_ == "with" and prep.i and prep.doc[prep.i - 1].text == ",":
            return None  # "…, with 94,000 of the deaths so far": an aside with a clause of its
            # own, nothing to move out of
        if prep.lower_ == "among" and verb.lemma_ == "be":
            return None  # "are among the new names": one of a group, no fact ("Among what are
            # … also?")
        if prep.lower_ in ("including", "excluding"):
            return None  # a part of what the clause says, not a fact of its own: "Including
            # how many tries did he score 21 points?"
        subject = subject_of(verb)
        if prep.lower_ in ("like", "unlike", "as") and subject is not None and prep.i < subject.i:
            return None  # "Like his Australian namesake, Mr Howard is not finished": a
            # comparison, no fact ("Like what isn't Mr Howard finished?")
        aside = subject is not None and subject.i < prep.i < verb.i
        if aside and prep.lower_ not in ("alongside", "with", "beside", "besides"):
            return None  # "The quiz, now in its fourth series, returns …": about the subject,
            # not where it returns ("In what does the quiz return …?")
        if subject is not None and prep.i < subject.i or prep.lower_ in _UNSTRANDED or aside:
            # A fronted phrase moves whole: "Under what did the EU harmonise …?"; so does one
            # whose preposition cannot be left alone: "Amid what have relations become …?",
            # and one with whom it was done, before the verb: "Alongside whom did Clapton
            # introduce …?"
            return _ask_fronted(verb, f"{_preposition_words(prep)} {_object_wh(wh)}",
                                _subtree(prep), keep, resolve, rule)
        if prep.lower_ == "by" and wh in ("who", "whom") and not any(
                c.dep_ == "auxpass" for c in verb.children):
            return None  # "include White Teeth by Zadie Smith": the book's author, not a means
        after = prep.doc[prep.right_edge.i + 1] if prep.right_edge.i + 1 < len(prep.doc) \
            else None
        if after is not None and after.lower_ == prep.lower_:
            # "On what will the ceremony be televised on Thursday?", not "… televised on on …"
            return _ask_fronted(verb, f"{_preposition_words(prep)} {_object_wh(wh)}",
                                _subtree(prep), keep, resolve, rule)
        if _one_of_joined_actions(verb):
            return None  # "What do the Liberal Democrats want to do away with and switch …?"
        # The preposition stays where it was: "Who did X meet with in Leeds?"
        return _ask_fronted(verb, wh, _subtree(head) | keep, keep, resolve, rule)
    return None


def _object_wh(wh: str) -> str:
    """The wh-word after a preposition: "with whom", not "with who"."""
    return "whom" if wh == "who" else wh


def _preposition_words(prep: Token) -> str:
    """The preposition with the word the parser hung on it: "due to", "because of"."""
    after = prep.nbor() if prep.i + 1 < len(prep.doc) else None
    if after is not None and after.head == prep and after.dep_ == "pcomp" and \
            after.pos_ == "ADP" and not any(True for _ in after.children):
        return f"{prep.lower_} {after.lower_}"
    return prep.lower_


def _one_of_joined_actions(verb: Token) -> bool:
    """Whether ``verb``, or a verb between it and the clause it is asked in, is joined to
    another action by "and": a wh-word moved out of one of them leaves the other stranded."""
    host, step = _host(verb), verb
    while host is not None and step != host:
        if any(c.dep_ == "conj" and (c.pos_ in VERBS or any(g.dep_ == "dobj" for g in c.children))
               for c in step.children):
            return True  # (also a verb the tagger took for an adjective: "and jeered "liars"")
        step = step.head
    return False


def _ask_existential(verb: Token, head: Token, wh: str, keep: set[int], resolve: Resolver,
                     rule: str) -> Formed | None:
    """"There are 131 seats in the chamber" → "How many seats are there in the chamber?"."""
    if not is_finite(verb) or verb.dep_ != "ROOT":
        return None  # (no subject for the other rules to find a clause's own by)
    # where the things are stays behind: "… are there in the chamber?"
    # (the phrase asked for took it along: "how many seats in the chamber")
    where = [c for c in head.children if c.dep_ == "prep" and c.lower_ != "of" and c.i > head.i
             and wh.endswith(" " + render(c.subtree))]
    for prep in where:
        wh = wh.removesuffix(" " + render(prep.subtree))
    stays = {i for prep in where for i in _subtree(prep)}
    gone = _subtree(head) - stays | {c.i for c in verb.children if c.dep_ == "expl"}
    rest = [t for t in clause_tokens(verb, keep | gone | stays, QUESTION_WORDS)
            if t.i not in gone]
    if drops_what_was_said(verb, rest) or _pronouns_left(rest, resolve):
        return None
    first = next((t for t in rest if t == verb or t.head == verb and t.dep_ == "aux"), None)
    if first is None:
        return None
    words: list[Token | str] = [wh]
    if first.tag_ == "VBZ" and wh.startswith("how many "):  # "There is one hall" → "are"
        words.append(_PLURAL_AUX.get(first.lower_, first.text))
    else:
        words.append(first)
    words.append("there")
    # (a phrase in front, "In 2010 there were …", is left out as other questions leave it)
    after = [t for t in rest if t.i > first.i]
    asked = [t for t in head.subtree if t.i not in stays and t.text in wh.split()]
    if sum(t.pos_ in ("NOUN", "PROPN") for t in (*asked, *after)) < 2:
        return None  # "How many objects are there?": there, where? ("How many rows of combs
        # are there?" says)
    return Formed(_attributed(verb, resolve, [*words, *after]), rule)


def _absolute_after(prep: Token) -> bool:
    """Whether a participle of no subject of its own follows the phrase of ``prep`` (perhaps
    after an adverb), hung elsewhere by the parse: "with Phillips also scheduled to start"."""
    doc, at = prep.doc, prep.right_edge.i + 1
    while at < len(doc) and doc[at].pos_ == "ADV":
        at += 1
    if at >= len(doc):
        return False
    participle = doc[at]
    return participle.tag_ in ("VBN", "VBG", "VBD") and participle.dep_ in (
        "acl", "advcl", "acomp", "conj") and participle.head.i not in (
        t.i for t in prep.subtree) and not any(
        c.dep_ in (*SUBJECTS, "aux", "auxpass", "mark") for c in participle.children)


def _stands_after_with(prep: Token) -> bool:
    """Whether ``prep`` says where the thing after "with" stands, as a clause without its verb:
    "with the pound at 1.9 dollars", "with Everton on 50 points"."""
    if prep.lower_ not in ("on", "at") or prep.dep_ != "prep":
        return False
    if prep.head.dep_ == "pobj" and prep.head.head.lower_ == "with":
        return True
    return any(c.lower_ == "with" and c.dep_ == "prep" and c.right_edge.i == prep.i - 1
               for c in prep.head.children)


def _time_span_phrases(answer: Span) -> list[Token]:
    """The phrases "from 1961" and "to 1972" of the verb when ``answer`` is "1961 to 1972" or
    "from May 1961 until 1972"; empty when it is no such span of time."""
    preps = []
    for t in answer:
        prep = t if t.dep_ == "prep" else t.head if t.dep_ == "pobj" else None
        if prep is not None and prep.lower_ in ("from", "to", "until", "till", "through") and \
                prep.head.pos_ in VERBS and prep not in preps:
            preps.append(prep)
    if len(preps) < 2 or len({p.head for p in preps}) > 1 or preps[0].lower_ != "from" or \
            not any(t.ent_type_ in TIME_LABELS for t in answer):
        return []
    inside = set().union(*(_subtree(p) for p in preps))
    return preps if all(t.i in inside for t in answer) and all(
        answer.start - 1 <= i < answer.end for i in inside) else []


# Adverbs of a verb that a phrase hangs on: "traced back to …", "moved away from …".
_ADVERBS_WITH_PHRASES = {"back", "away", "up", "down", "out", "off", "ahead", "along",
                         "together", "apart", "forward", "home"}

# Where something lies from another place: "40 miles north of Leeds", "a mile away".
_DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
               "southwest", "north-east", "north-west", "south-east", "south-west", "away",
               "inland", "offshore", "upstream", "downstream", "above", "below"}

# Parts of a time, and of an event, with it after "of": "the end of 2004", "the morning of 27
# January"; "the aftermath of the war".
_PARTS_OF_TIMES = {"end", "start", "beginning", "middle", "half", "quarter", "morning",
                   "afternoon", "evening", "night", "spring", "summer", "autumn", "fall",
                   "winter", "turn", "dawn", "close"}
_PARTS_OF_EVENTS = {"aftermath", "wake", "end", "start", "beginning", "middle", "outbreak", "eve",
                    "height", "peak", "run-up", "course", "close", "onset", "dawn", "climax"}

# Nouns a name after "of" says which one of: "the town of Madera", "the case of Costa v ENEL".
_NAMED_BY_OF = {"town", "city", "village", "county", "state", "province", "island", "port",
                "region", "district", "borough", "kingdom", "republic", "parish", "suburb",
                "country", "nation", "case", "name", "title", "role", "rank", "post"}

# Prepositions English never leaves at the end of a question ("… strained amid?").
_UNSTRANDED = {"amid", "amidst", "despite", "during", "throughout", "following", "including",
               "unlike", "beyond", "besides", "per", "via", "notwithstanding", "concerning",
               "regarding", "among", "amongst"}

# Words for times one after another: "two straight quarters", "three successive halves".
_IN_A_ROW = {"straight", "consecutive", "successive", "running"}
# Parts of a whole, with the whole after "of".
_SHARES = {"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "majority",
           "minority", "proportion", "share", "fraction", "tenth", "tenths"} | {
    part + end for part in ("sixth", "seventh", "eighth", "ninth", "twelfth", "twentieth",
                            "hundredth", "thousandth") for end in ("", "s")}  # "one-twentieth"
# Number words that open a fraction: "two-thirds", "three-quarters" (not "fly-half").
_SMALL_NUMBERS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}


def _before_the_hyphen(token: Token) -> str:
    """What the word ``token`` ends has before its last hyphen ("fly" of "fly-half", written
    as one token or three), or "" for a word with none."""
    word = _word_of(token)
    return word.text.lower().rsplit("-", 1)[0] if word is not None and "-" in word.text else ""
# Numbers written as nouns, with what they count after "of".
_COUNT_NOUNS = {"dozens", "hundreds", "thousands", "millions", "billions", "scores", "tens",
                "dozen", "hundred", "thousand", "million", "billion"}


def _time_of_another_event(prep: Token) -> bool:
    """Whether the time phrase ``prep`` right after an event the verb only points to is that
    event's time, which the parse hung on the verb."""
    if prep.lower_ in WHEN_PREPS and any(
            c.dep_ == "prep" and c.lower_ in ("after", "before", "following") and
            c.right_edge.i + 1 == prep.i and not any(
                g.ent_type_ in TIME_LABELS for g in c.subtree) for c in prep.head.children):
        return True  # "to be blamed after their cup exit … on Wednesday" (but "just after
        # midnight on Tuesday" is one time)
    event = prep.doc[prep.i - 1]
    if prep.lower_ == "in" and event.pos_ == "NOUN" and any(
            _YEAR.fullmatch(c.text) for c in prep.children if c.dep_ == "pobj") and any(
            c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP")
            for c in prep.head.children):
        return True  # "has been recovering from a crisis in 2002": a present perfect takes no
        # past year, the year is the crisis's
    return event.lemma_.lower() in _EVENT_NOUNS and event.dep_ == "pobj" and \
        event.head.lower_ in ("for", "after", "before")  # "included in the squad for the
    # charity match on 5 March": the match's day, not the squad's


def _list_read_into_a_name(answer: Span) -> bool:
    """Whether the parse hung a list on the words in front of the name ``answer``, so that
    the name reads as the whole: "joined by finance director Ann Moss and the club's lawyer
    Ian Shaw", the "and" inside the words before "Ian Shaw" ("Who will join …? — Ian
    Shaw", and Ann Moss?)."""
    root = span_root(answer)
    if root.pos_ != "PROPN":
        return False
    for word in root.subtree:
        if word.i >= answer.start or word.dep_ != "cc" or not any(
                c.dep_ == "conj" and (c.ent_type_ == "PERSON" or any(
                    g.tag_ == "POS" for g in c.children)) for c in word.head.children):
            continue  # (a list of kinds is no list of people: "Bath and England centre Ann
            # Moss", "Country and Western singer Tom Reed")
        step = word.head
        while step != root and step.dep_ in ("compound", "appos", "conj", "nmod", "poss"):
            step = step.head
        if step == root:
            return True
    return False


def form(sentence: Span, answer: Span, resolve: Resolver = _no_resolver,
         label: str | None = None) -> Formed | None:
    """A question about ``answer`` (a span of ``sentence``) by the first rule that fits, else
    ``None``. ``label`` overrides the entity label spaCy gave the answer."""
    root = span_root(answer)
    verb = clause_verb(root)
    if strands_a_preposition(verb) or in_a_title(verb) or subject_of_the_next_verb(root) or \
            misparsed_clause(verb):
        return None
    if verb is not None and verb.lemma_ == "be" and any(
            c.dep_ == "csubj" and c.tag_ != "VBN" and root.i not in _subtree(c) and any(
                g.pos_ not in ("PROPN", "PUNCT") for g in c.children) for c in verb.children):
        return None  # "Mending old nets was his trade": a clause for the subject, which after
        # "was" reads as a verb going on ("What was mending old nets?"; but "Sanctifying Grace
        # is …" is a name)
    if said_by_a_number(verb) or speaks_for(answer) or _list_read_into_a_name(answer):
        return None
    if root.dep_ == "dobj" and any(c.dep_ == "poss" for c in root.children) and \
            answer.end < len(answer.doc) and answer.doc[answer.end].dep_ == "oprd" and \
            answer.doc[answer.end].head == root.head:
        return None  # "miss Sunday's Carling Cup final": the noun the name is in front of read
        # as what the object is made ("What will … miss final?")
    if answer.end < len(answer.doc) and answer.doc[answer.end].lower_ == "where" and \
            answer.doc[answer.end].head.dep_ == "relcl" and \
            answer.doc[answer.end].head.i not in _subtree(root):
        return None  # "took a look at Peru where laptops were popular": what "where" says of
        # the place, hung elsewhere by the parse, would stay behind ("Where did … take a look
        # where laptops were popular?")
    if verb is not None and verb.lemma_ == "be" and any(
            c.dep_ in SUBJECTS and (c.i > verb.i or c.tag_ in ("JJ", "JJR", "JJS"))
            for c in verb.children) and not any(c.dep_ == "expl" for c in verb.children):
        return None  # "Central to the case was a meeting in …": the subject after its verb,
        # an adjective before it ("When was central to the case a meeting …?")
    if verb is not None and any(written_after_be(c) and root.i in _subtree(c)
                                for c in verb.children) and any(
            c.dep_ == "attr" and (c.pos_ == "PROPN" or any(d.dep_ in ("det", "poss")
                                                           for d in c.children))
            for c in verb.children):
        return None  # "Star of the show will be the new robot": the subject after the verb
        # ("What will be the new robot? — Star of the show"; but "What will be star of the
        # show? — the new robot" asks right, and "Water is the fluid of choice" is no such)
    if first_in_a_while(answer) or measured_against(answer) or hedged(verb):
        return None
    if any(c.dep_ == "npadvmod" and c.i >= answer.end and any(
            g.lower_ in ("a", "an", "per", "each", "every") for g in c.children)
           for c in root.children):
        return None  # "earning $1.8m an hour": the rate would be cut from the amount ("What is
        # the company earning? — $1.8m")
    if root.dep_ in ("attr", "acomp") and verb is not None and verb.lemma_ == "be" and any(
            c.dep_ == "prep" and c.i >= answer.end and (c.lower_ == "than" or root.pos_ == "ADJ")
            for c in root.children):
        return None  # "They are quieter than the old ones", "free to members": what it is
        # said against or of, cut ("What are they? — quieter", tagged a noun)
    if (label or entity_label(answer)) in TIME_LABELS and root.dep_ == "pobj" and \
            root.head.dep_ == "prep" and _time_of_another_event(root.head):
        return None
    near = next((a for a in root.ancestors if a.pos_ in VERBS), None)
    said = [c for c in near.children if c.dep_ in ("attr", "acomp") and c.i < root.i] if \
        near is not None and near.dep_ == "relcl" and near.lemma_ == "be" and \
        near.doc[near.left_edge.i - 1].text != "," else []  # (not "Tom, who is a … in Leeds,")
    if said and any(c.dep_ in ("prep", "advmod", "npadvmod") and c.i > said[0].i and
                    root.i in _subtree(c) for h in (near, *said) for c in h.children):
        return None  # "sent the amount of e-mail that is spam in March": what the parse hung on
        # a short "that is …" is the outer verb's ("When is the amount of e-mail spam?")
    subject = subject_of(verb) if verb is not None else None
    if verb is not None and verb.lemma_ == "be" and (
            subject is None or root.i not in _subtree(subject)) and any(
            c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i + 1 and
            verb.doc[c.i - 1].dep_ != "punct" and
            not any(g.dep_ in ("mark", *SUBJECTS) for g in c.children) for c in verb.children):
        return None  # "is on Friday setting out a scheme": "is … setting" read as "is" and a
        # clause of its own ("When is the minister?"; who is setting it out is asked right)
    if verb is not None and root.dep_ not in SUBJECTS and any(
            c.dep_ == "prep" and any(g.dep_ == "pobj" and g.like_num and any(
                n.dep_ == "conj" and n.pos_ in ("NOUN", "PROPN") for n in g.children)
                for g in c.children) for c in verb.children):
        return None  # "became a judge at 31 and head of the court at 44": the second half,
        # its verb left out, hung on the number ("When did she become a judge at 31 and head
        # of the court?"; but who became both is asked right)
    ranged = root.head if root.dep_ in ("nummod", "appos") else root  # (and "1.5 m (4 ft)")
    if ranged.dep_ == "pobj" and ranged.head.lower_ == "from" and \
            ranged.head.head.lower_ in ("down", "up"):
        return None  # "reached 8.5%, down from 12% a year earlier": the figure before, asked
        # with the one now left in ("What percentage was growth 8.5% …?")
    if ranged.dep_ == "pobj" and ranged.head.lower_ == "from" and any(
            c.dep_ == "prep" and c.lower_ == "to" and c.i >= answer.end
            for c in (*ranged.head.head.children, *ranged.head.children)):
        return None  # nor its start: "What has the film spent months from to five awards?"
    if ranged.dep_ == "pobj" and ranged.head.lower_ == "to" and any(
            c.dep_ == "prep" and c.lower_ == "from" and c.i < ranged.head.i
            for c in ranged.head.head.children):
        return None  # the end of a range ("range from a few millimetres to 1.5 m in size") is
        # asked in place, not stranded ("… from a few millimetres to in size?", "How many m do
        # adults range from a few millimetres to in size?")
    if root.dep_ == "dobj" and root.head.lemma_ in _NAMING and any(
            c.dep_ in ("amod", "appos") and c.i > root.i for c in root.children):
        return None  # "called the film "crude and silly"": what it was called read as part of
        # the film ("What did he call?")
    if root.dep_ in ("dobj", "dative") and any(c.dep_ == "ccomp" and c.i > root.i
                                               for c in root.head.children):
        return None  # "told Reuters the ten had agreed to pay": whom it was told, with what
        # was told after it ("What did Ann Lee tell the ten had agreed …?")
    if root.dep_ == "dobj" and root.left_edge.i > 0 and (
            noun := root.doc[root.left_edge.i - 1]).dep_ == "pobj" and \
            noun.pos_ in ("NOUN", "PROPN") and noun.head.head == root.head:
        return None  # "slumped to a straight sets defeat": one noun phrase the parse split into
        # a phrase and an object ("What did he slump to a straight sets?")
    if root.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < root.i for c in root.head.children):
        return None  # a second object: an apposition the parse hung on the verb ("involved
        # Tysabri and Avonex, Biogen's existing drug")
    label = entity_label(answer) if label is None else label
    if verb is not None and label in TIME_LABELS and _a_past_day(answer) and \
            verb.tag_ == "VBN" and root.head in (verb, *(c for c in verb.children
                                                       if c.dep_ == "prep")) and any(
                c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP")
                for c in verb.children) and not any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None  # "have named Tom Hale for their match … on Saturday": a day is never when
        # something "has" been done, so it is another thing's (the match's), which the parse
        # hung on the verb
    if label in TIME_LABELS and root.dep_ == "pobj" and root.head.i > 0 and any(
            a.lower_ == "from" and a.dep_ == "prep" and a.i < root.head.i and any(
                c.dep_ == "pobj" and c.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL")
                for c in a.children)
            for a in (root.doc[root.head.i - 1], *root.doc[root.head.i - 1].ancestors)):
        return None  # "fell from £912 in May to £897": the month of the value it is set
        # against, not of the fall
    if label in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY") and root.dep_ == "pobj" and (
            root.head.lower_ in ("against", "versus", "vs") or root.head.lower_ == "with" and
            root.head.head.lower_ in ("compared", "comparison")):
        return None  # the value a value is set against: "How much was profit 9.5bn kronor
        # against last year?"
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_ == "be" and \
            root.head.head.i < root.head.i and all(
                t.dep_ in ("advmod", "neg") for t in root.doc[root.head.head.i + 1:root.head.i]):
        return None  # "is of special interest to …": a quality said with "of", no thing it is
        # of ("What is this mix of music and sport of? — special interest")
    if root.dep_ == "pobj" and root.head.lower_ == "at" and len(answer) == 1 and \
            root.like_num and root.pos_ == "NUM" and root.head.head.lemma_ in (
                "die", "retire", "marry", "wed", "debut", "pass"):
        return None  # "has died in Germany at 50": an age, no place ("What has he died at?")
    if root.dep_ == "pobj" and (root.head.lower_ == "with" or root.head.head.lemma_ in (
            "lead", "result", "contribute", "end")) and any(
            c.dep_ == "acl" and c.tag_ == "VBG" and c.i == answer.end for c in root.children):
        return None  # "could lead to the club dropping its reforms": what it leads to is the
        # club doing something ("What could … lead to? — the club")
    placed = root.head if root.dep_ == "nummod" else root
    if placed.dep_ == "pobj" and _stands_after_with(placed.head) and any(
            t.like_num for t in placed.subtree) and (
            label or entity_label(answer)) not in TIME_LABELS:
        return None  # "lead by two points with Everton on 50 points": where Everton stand, no
        # phrase of the verb's ("How many points do the Reds lead … with Everton on?")
    if root.dep_ == "pobj" and root.head.lower_ == "with" and _absolute_after(root.head):
        return None  # "… with Kevin Phillips also scheduled to start": the one
        # the participle is about, hung on "with" ("Who are they replacements with also
        # scheduled to start?")
    if answer.end < len(answer.doc) and answer.doc[answer.end].tag_ == "POS" and \
            root.dep_ not in SUBJECTS:
        return None  # "a bigger achievement than Kelly's": the possessor of a thing unsaid
    after = answer.end
    if after < len(answer.doc) and answer.doc[after].text == "(":
        after = next((t.i + 1 for t in answer.doc[after:answer.sent.end] if t.text == ")"), after)
    bracketed = answer.doc[answer.end + 1:after - 1] if after > answer.end else None
    if (label == "MONEY" or re.match(r"[$£€¥]\s?\d", answer.text) or bracketed is not None and
            len(bracketed) == 1 and bracketed.text.isupper()) and \
            answer.end < after < answer.sent.end and \
            answer.doc[after].pos_ == "NOUN" and answer.doc[after].is_lower:
        return None  # a sum or a name that describes the noun after its bracket: "the
        # government's $280bn (£155bn) claim", "the Institute for Supply Management (ISM)
        # index", which the parser read as the object or the subject
    if label in TIME_LABELS and root.dep_ == "pobj" and root.head.lower_ == "since" and any(
            t.lower_ in ("first", "last") or t.tag_ == "JJS"
            for t in root.doc[max(root.sent.start, root.head.i - 5):root.head.i]):
        return None  # "their first title since 1992": how long ago it last was, no time when
        # ("Since when are Leeds going for their first title?")
    if any(t.i < answer.start and _YEAR.fullmatch(t.text) and t.dep_ in (
            "nummod", "compound", "amod", "npadvmod") and (
                t.head == root or t.head.head == root and t.head.dep_ == "compound" and
                t.head.pos_ == "NOUN" and t.head.lemma_ not in PEOPLE) for t in root.subtree):
        return None  # "the 2002 chess Grand Prix": which one, its year says ("Who had been a
        # huge success? — Grand Prix" asks for all of it and takes a piece)
    wh = wh_word(answer, label)
    keep = set(range(answer.start, answer.end))

    if is_frequency(answer) and root.dep_ == "npadvmod" and root.head.pos_ in VERBS:
        return _ask_fronted(root.head, "how often", _subtree(root), keep, resolve, "when")

    # The years of a life in brackets after a name: "Tom Greer (1920–1999)" → "When did Tom
    # Greer live?" (not who he is, nor a count)
    doc = answer.doc
    in_brackets = answer.start > 1 and doc[answer.start - 1].text == "(" and \
        answer.end < len(doc) and doc[answer.end].text == ")"
    if in_brackets and doc[answer.start - 2].ent_type_ == "PERSON" and \
            re.fullmatch(r"(c\. ?)?\d{3,4} ?[-–] ?\d{2,4}", answer.text):
        name = next(e for e in doc.ents if e.start <= answer.start - 2 < e.end)
        return Formed(finish(f"when did {name.text} live"), "when")
    if in_brackets and _YEAR.fullmatch(answer.text):
        return None  # "Airport (1968) remains his best-loved work", "The Moneychangers (1975)":
        # the year of a work, which no verb of the sentence says ("What remains his best-loved
        # work? — 1968", "When did Moneychangers live?")

    # A person with a title in front of the name or in apposition: "Who is the … minister?"
    if label == "PERSON" and len(answer) >= 2:  # a lone name may be no person's at all
        title = title_of(root, answer)
        if title and title[0].i > answer.end and any(
                t.lower_ in ("aka", "alias", "nicknamed", "dubbed")
                for t in doc[answer.end:title[0].i]):
            title = []  # "DJ Norman Cook - aka Fatboy Slim -": another name, no role ("Who is
            # the Fatboy Slim?")
        if title and title[0].lower_ in ("another", "fellow") or _given_another(title, answer):
            title = []  # "another Great Britain international": which one, the rest says; and
            # "golf star Ann Lee" where "fellow golf star Tom Reed" is one too
        if title and title[-1].is_lower and title[-1].lemma_ not in _ONE_PER_GROUP and all(
                (t.ent_type_ or t.pos_ in ("ADJ", "PROPN") or t.tag_ == "VBG" and
                 t.dep_ == "amod") and t.lower_ not in _ONE_PER_GROUP for t in title[:-1]):
            title = []  # "Irish actor", "Labour peer", "leading actor": one of many, no post
            # ("Who is the Irish actor?"; but "the Tory leader", "the chief executive")
        if len(title) >= 2 and title[-1].lower_ not in _BODIES_AND_WORKS and \
                title[-1].ent_type_ not in ("ORG", "GPE", "FAC", "NORP"):  # "the Mayor" alone
            # could be anyone's; "Microsoft's broadband network" is no one's title, nor a name
            # ("Who is the Capital Radio?" of "Capital Radio DJ Margherita Taylor")
            bracketed = _in_brackets(root.sent, title[0].i)  # "Electronic Arts (EA) in …"
            text = render(t for t in title if t.i not in bracketed)
            if _capital_only_to_open_a_title(title):
                text = text[:1].lower() + text[1:]
            # (no "the" before a possessor's name: "Who is Labour's election strategist?")
            article = "" if text.lower().startswith("the ") or title[0].pos_ == "PROPN" and any(
                t.tag_ == "POS" for t in title) else "the "
            return Formed(finish(f"who is {article}{text}"), "title")

    # An age after "aged": "died aged 91" → "At what age has … died?", not "When …?"
    aged = doc[answer.start - 1] if answer.start else None
    if aged is not None and aged.lower_ == "aged" and root.like_num and verb is not None and \
            verb in (aged.head, root.head):
        return _ask_fronted(verb, "at what age", _subtree(root) | {aged.i} | keep, keep,
                            resolve, "how-many")

    # A number counting something: "How many rounds of talks have officials held?"
    if root.dep_ == "nummod" and root.head.pos_ == "NOUN" and not _GLUED_UNIT.search(
            root.text) and root.head.lower_ not in (*_SHARES, "times") and (label in COUNT_LABELS or (
            label in TIME_LABELS and root.head.lemma_.lower() in DURATION_UNITS)) and not (
            _ORDINAL.search(root.head.text) or any(  # "one 5th the speed", "the Top 500 list"
                c.dep_ in ("compound", "amod", "nmod") and c.i < root.i and c.text[:1].isupper()
                and c.i != c.sent.start and c.ent_type_ in ("", "ORG", "PRODUCT", "EVENT")
                for c in root.head.children)):
        noun = root.head
        # "one hall" → "how many halls"; "35 staff" is already the plural the writer uses
        one = root.lower_ in ("one", "1", "a", "an", "single")
        if noun.tag_ == "NN" and not one and any(
                c.dep_ == "det" and c.lower_ in ("the", "a", "an", "this", "that")
                for c in noun.children) and noun.lemma_.lower() not in PEOPLE:
            return None  # "the seven million barrier", "the 100 mark": a level named by a
            # number, no count ("How many barrier …?"; but "12 new staff" are counted)
        plural = inflect(noun, "NNS") if one and noun.tag_ == "NN" else noun.text
        # "how many halls for assemblies", but not "how many boats (a) year" or "how many
        # residents and 40 schools": what follows the noun besides its own phrases stays out
        away = {i for c in noun.children if c.dep_ in ("npadvmod", "conj", "cc", "appos",
                                                        "relcl", "acl", "punct", "advmod")
                for i in _subtree(c)} | side_parts(noun, keep)  # (and its asides: "two
        # handsets due out soon - the 3230 and 7710 -")
        phrase = "how many " + render(plural if t == noun else t for t in noun.subtree
                                      if t.i not in _subtree(root) | away and t.i >= root.i
                                      and not (t.dep_ == "det" and t.head == noun))
        return _ask_for_phrase(noun, phrase, keep | _subtree(noun), resolve, "how-many")

    # A count out of a whole: "nine out of 10 members have played" → "How many out of 10
    # members have played …?" (not "How many have played …?")
    whole = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "out" and
                  c.i >= answer.end), None)
    if whole is not None and root.like_num and root.dep_ in SUBJECTS:
        phrase = "how many " + render(whole.subtree)
        return _ask_for_phrase(root, phrase, keep | _subtree(root), resolve, "how-many")

    # A count or a share of something: "dozens of new roads" → "How many new roads …?", "70%
    # of people" → "What percentage of people …?", "a third of the population" → "What share
    # of the population …?"
    counted = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
                    and c.i >= answer.end), None)
    obj = next((c for c in counted.children if c.dep_ == "pobj"), None) if counted else None
    if obj is not None and (obj.pos_ in ("NOUN", "PROPN") or obj.lower_ == "those"):
        aside = side_parts(obj, {obj.i})  # "of Aguas Argentinas (39.9%)": not the bracket
        whole = [t for t in obj.subtree if t.i not in aside]
        if root.lower_ in _COUNT_NOUNS and obj.tag_ in ("NNS", "NNPS"):
            # "spent thousands of pounds producing his album" → "How many pounds did he spend
            # producing his album?": what was done with them stays after the verb
            doing = {i for c in (*root.children, *obj.children) if c.dep_ == "acl" and
                     c.tag_ == "VBG" for i in _subtree(c)} if root.dep_ in OBJECTS else set()
            phrase = "how many " + render(t for t in whole if t.i not in doing and not (
                t.dep_ == "det" and t.head == obj))
            return _ask_for_phrase(root, phrase, (keep | _subtree(root)) - doing, resolve,
                                   "how-many", left=doing)
        if root.like_num and label in COUNT_LABELS and obj.tag_ in ("NNS", "NNPS") and \
                root.lower_ not in ("one", "1", *_SHARES):  # "one of the farms" is which, not
            # how many; "a third of the PCs" is a share
            # "Three of the new buses broke down" → "How many of the new buses broke down?"
            phrase = "how many of " + render(whole)
            return _ask_for_phrase(root, phrase, keep | _subtree(root), resolve, "how-many")
        share = "percentage" if label == "PERCENT" else "share" if root.lower_ in _SHARES \
            else None
        if share == "share" and any(c.dep_ == "amod" and c.lower_ in _IN_A_ROW
                                    for c in root.children):
            return None  # "two straight quarters of falling sales": a time, no share
        if share:
            phrase = f"what {share} of " + render(whole)
            return _ask_for_phrase(root, phrase, keep | _subtree(root), resolve, "how-many")

    if root.lower_ in _SHARES and label in COUNT_LABELS:
        return None  # "has been one half of …": no count, and "What has … been?" says nothing

    # A distance in a direction: "is 40 miles north of Leeds" → "How far north of Leeds is the
    # town?" (not "The town is about how far north of Leeds?")
    direction = root.head
    if wh == "how far" and root.dep_ == "npadvmod" and direction.lower_ in _DIRECTIONS and \
            direction.dep_ == "advmod" and direction.head.pos_ in VERBS and answer.start <= \
            root.left_edge.i + 1 and not any(c.dep_ in ("conj", "cc") for c in root.children):
        phrase = "how far " + render(t for t in direction.subtree if t.i not in _subtree(root))
        return _ask_fronted(direction.head, phrase, _subtree(direction), keep, resolve,
                            "how-many")

    # A participle describing a noun: "the tower, built in 1874 by Avery" → "When was the tower
    # built?", "Who built the tower?"
    if root.dep_ == "pobj" and root.head.dep_ in ("prep", "agent") and \
            root.head.head.dep_ == "acl" and root.head.head.tag_ == "VBN" and not any(
                c.dep_ in ("aux", "auxpass", *SUBJECTS) for c in root.head.head.children):
        return _ask_participle(root.head.head, root.head, root, label, wh, keep, resolve)

    # The agent of a passive: "The bridge was opened by X" → "Who opened the bridge?"
    if root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.tag_ == "VBN":
        if label in TIME_LABELS or not root.ent_type_ and {root.lower_,
                                                          root.lemma_.lower()} & _MEANS:
            # "could be found by 2012": a deadline, no finder; "achieved by criminal means":
            # how, not who
            return _ask_for_adverbial(root.head, label, keep, resolve)
        if label in COUNT_LABELS:  # "overloaded by 500 pounds": by how much, no doer
            return _ask_fronted(root.head.head, f"by {wh}", _subtree(root.head), keep, resolve,
                                "how-many") if wh.startswith("how") else None
        return _ask_agent(root.head.head, root.head, wh, keep, resolve)

    # A time told by what it came after: "met immediately after the flood" → "When did … meet?"
    if len(answer) > 2 and answer[0].dep_ == "advmod" and answer[1].dep_ == "prep" and \
            answer[1].lower_ in _TIME_PREPS and answer[1].head == answer[0].head and \
            answer[0].head.pos_ in VERBS and answer.end > answer[1].right_edge.i:
        return _ask_fronted(answer[0].head, "when", _subtree(answer[1]) | {answer[0].i}, keep,
                            resolve, "when")

    # A span of time: "ran from 1961 to 1972" → "When did … run?"
    spans_time = _time_span_phrases(answer)
    if spans_time:
        gone = set().union(*(_subtree(p) for p in spans_time))
        return _ask_fronted(spans_time[0].head, "when", gone, keep | gone, resolve, "when")

    # A name that says which one: "grew up in the town of Madera" → "In what town did …?"
    named = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    age = named is not None and named.lower_ == "age" and root.like_num  # "the age of 10"
    if named is not None and named.pos_ == "NOUN" and (
            named.lemma_.lower() in _NAMED_BY_OF and (root.pos_ == "PROPN" or root.ent_type_)
            or age) and answer.start <= root.left_edge.i and answer.end > root.right_edge.i - 1:
        phrase = "what age" if age else "what " + render(
            t for t in named.subtree if t.i < root.head.i and not (
                t.dep_ in ("det", "poss") and t.head == named or t.tag_ == "POS"))
        keep |= _subtree(named)
        if named.dep_ == "pobj" and named.head.dep_ == "prep" and named.head.head.pos_ in VERBS:
            prep = named.head
            return _ask_fronted(prep.head, f"{prep.lower_} {phrase}", _subtree(prep), keep,
                                resolve, "object")
        return _ask_for_phrase(named, phrase, keep, resolve,
                               "subject" if named.dep_ in SUBJECTS else "object")

    # A cause: "was cancelled because of heavy rain" → "Why was the match cancelled?" (not
    # "What was the match cancelled because of?", nor "Due what …?")
    cause = root.head if root.dep_ == "pobj" else root  # "due" of "due to", whichever word
    if cause.lower_ in ("to", "of"):  # of the two the parser hung the noun on
        cause = cause.head
    # (but a person or a body is whom it was due to: "Why did the party make gains? — Tom
    # Hale")
    if cause is not root and cause.lower_ in _WHY_PREPS and label not in ("PERSON", "ORG") and \
            cause.dep_ in ("prep", "advmod") and cause.head.pos_ in VERBS and \
            cause.nbor().lower_ in ("to", "of") and all(
                t.i in keep or t.dep_ in ("det", "poss") and t.head == root
                for t in root.subtree if not t.is_punct):
        return _ask_fronted(cause.head, "why", _subtree(cause), keep, resolve, "object")

    # A time or a thing inside a part of one, which moves whole: "rose at the end of 2004" →
    # "At the end of what year did profits rise?", "began on the morning of 27 January" →
    # "When did the test begin?", "dissolved in the aftermath of World War I" → "In the
    # aftermath of what did the empire dissolve?"
    part = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    timed = label in TIME_LABELS
    if part is not None and part.lemma_.lower() in (
            _PARTS_OF_TIMES if timed else _PARTS_OF_EVENTS) and part.dep_ == "pobj" and \
            part.head.dep_ == "prep" and part.head.head.pos_ in VERBS and \
            answer.start <= root.left_edge.i + (not timed) and answer.end > root.right_edge.i:
        prep = part.head
        phrase = render([_preposition_words(prep), *(
            t for t in part.subtree if t.i < root.head.i)])
        if not timed:
            return _ask_fronted(prep.head, f"{phrase} of what", _subtree(prep), keep, resolve,
                                "object") if wh == "what" else None
        if _YEAR.fullmatch(answer.text):
            return _ask_fronted(prep.head, f"{phrase} of what year", _subtree(prep), keep,
                                resolve, "when")
        if prep.lower_ in WHEN_PREPS and any(t.like_num for t in answer):
            return _ask_fronted(prep.head, "when", _subtree(prep), keep, resolve, "when")
        return None  # "by the end of the summer", "at the turn of the century": "When …?"
        # would not be answered by the summer or the century

    # The year of a date: "opened on 21 January 1788" → "In what year did … open?"
    date = root.head
    if len(answer) == 1 and _YEAR.fullmatch(root.text) and root.dep_ != "ROOT" and \
            date.lower_ in month_names():
        if date.dep_ == "pobj" and date.head.dep_ == "prep" and date.head.head.pos_ in VERBS:
            return _ask_fronted(date.head.head, "in what year", _subtree(date.head), keep,
                                resolve, "when")
        if date.dep_ in ("npadvmod", "tmod") and date.head.pos_ in VERBS:
            return _ask_fronted(date.head, "in what year", _subtree(date), keep, resolve,
                                "when")

    said_with_adverbs = _time_said_with_adverbs(root) if label in TIME_LABELS else None
    if said_with_adverbs is not None:
        # "as far back as 1996", "as early as May": a time said with its adverbs, asked for
        # whole ("When did … run?", not "… as far back when?")
        top, verb = said_with_adverbs
        return _ask_fronted(verb, "when", _subtree(top), keep, resolve, "when")

    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.pos_ in VERBS:
        prep, verb = root.head, root.head.head
        said = subject_of(verb) if verb.dep_ == "ccomp" else None
        if said is not None and verb.head.i < prep.i < said.i and \
                verb.head.lemma_ in SPEECH_VERBS:
            # "said on Thursday it had signed …": the time of the saying, which the parse hung
            # on what was said ("When had Acme signed …?")
            verb = verb.head
        if label in TIME_LABELS and first_in_a_while(answer):
            return None  # "grew at its fastest rate in four years": neither when nor how long
        if label in TIME_LABELS and is_duration(answer) and any(
                t.lower_ in ("past", "last", "next", "coming", "previous", "first")
                for t in root.subtree):
            return None  # "in the past 12 months", "in its first few days": a period, neither
            # when nor how many months
        if label in TIME_LABELS and is_duration(answer) and prep.lower_ in (
                "in", "within", "over", "for", "after"):
            # "lost $4 in five days" → "In how many days have … lost $4?"
            if prep.lower_ != "for" and not any(t.like_num for t in answer):
                return None  # "in a few days" says no number to ask for
            if prep.lower_ != "for" and sum(t.lemma_.lower() in DURATION_UNITS
                                            for t in answer) > 1:
                return None  # "in four hours and five minutes": no one unit to count in
            unit = _plural_of_unit(answer[-1])
            wh = "how long" if prep.lower_ == "for" else f"{prep.lower_} how many {unit}"
            return _ask_fronted(verb, wh, _subtree(prep), keep, resolve, "how-many")
        if label == "MONEY" and prep.lower_ == "at" and prep.head == verb and \
                PENCE.fullmatch(answer.text):
            # "shares were down 4% at 325p" → "At what price were shares down 4%?"
            return _ask_fronted(verb, "at what price", _subtree(prep), keep, resolve,
                                "how-many")
        if root.lower_ == "age" and any(c.lower_ == "of" and any(
                g.like_num for g in c.children) for c in root.children):
            # "died at the age of 79" → "At what age did … die?"
            return _ask_fronted(verb, f"{prep.lower_} what age", _subtree(prep), keep, resolve,
                                "how-many")
        if label in TIME_LABELS and prep.lower_ in WHEN_PREPS:
            return _ask_fronted(verb, _when_words(prep, answer), _subtree(prep), keep, resolve,
                                "when")
        remaining = next((c for c in root.children if c.dep_ == "acl" and c.i == root.i + 1
                          and c.lower_ in ("left", "remaining")), None)
        if prep.lower_ == "with" and remaining is not None and is_duration(answer) and \
                any(t.like_num for t in answer):
            # "put England ahead with 10 minutes left" → "With how many minutes left did …?"
            unit = _plural_of_unit(answer[-1])
            return _ask_fronted(verb, f"with how many {unit} {remaining.lower_}",
                                _subtree(prep), keep, resolve, "how-many")
        if wh in ("how far", "how long") and prep.lower_ == "by":
            # "won by four minutes" → "By how many minutes did … win?": a margin, no length
            if not any(t.like_num for t in answer) or sum(
                    t.lemma_.lower() in DURATION_UNITS for t in answer) > 1:
                return None
            return _ask_fronted(verb, f"by how many {_plural_of_unit(answer[-1])}",
                                _subtree(prep), keep, resolve, "how-many")
        if wh in ("how far", "how long"):  # "walk for 18 miles" → "How far can … walk?"
            return _ask_fronted(verb, wh, _subtree(prep), keep, resolve, "how-many")
        if label in TIME_LABELS and prep.lower_ in ("by", "until", "since"):
            # "… gained independence by 1960" → "By when did … gain independence?"
            return _ask_fronted(verb, f"{prep.lower_} when", _subtree(prep), keep, resolve,
                                "when")
        if (prep.lower_ in WHERE_PREPS or prep.lower_ == "to" and label in PLACE_LABELS and
                verb.lemma_ in _GOING) and (label in PLACE_LABELS or not label and (
                    root.lemma_.lower() in _PLACE_NOUNS and (len(answer) <= 3 or _names_a_place(
                        root, answer)))) or \
                prep.lower_ in ("in", "at") and verb.lemma_ in _SITED and \
                root.tag_ == "NNP":
            # (and "moved to Powys" → "Where did … move?"; and "based in Sakhnin", whatever
            # the recogniser took the town for, a person too)
            return _ask_fronted(verb, "where", _subtree(prep), keep, resolve, "where")
        if label in TIME_LABELS:
            return None
        doer = subject_of(verb)
        if wh == "how many" and prep.lower_ == "at" and len(answer) == 1 and \
                re.fullmatch(r"\d{1,2}", root.text) and doer is not None and (
                    doer.ent_type_ == "PERSON" or doer.lower_ in ("he", "she") or
                    doer.lemma_.lower() in PEOPLE):
            # "became the youngest manager at 19" → "At what age did … become …?"
            return _ask_fronted(verb, "at what age", _subtree(prep), keep, resolve, "how-many")
        if wh == "how many" and prep.lower_ == "at" and len(answer) == 1:
            wh = "what"  # "closed at 6709", "at 18 they are adults": a level or an age, no count
        elif wh == "how many" and len(answer) == 1:
            return None  # "slipped to 64 in the world": a place or a level, no count of anything
        if prep.lower_ == "from" and label in PLACE_LABELS and verb.lemma_ in _GOING:
            wh = "where"  # "has come over from the USA" → "Where has … come over from?"
        if verb.i + 1 < prep.left_edge.i and _between_commas(prep):
            return None  # an aside between commas, left hanging: "… to speak, just days after?"
        if prep.lower_ == "in" and verb.lemma_ in SPEECH_VERBS and not label:
            return None  # "In a speech in Leeds, he said …": the words' setting ("In what did
            # he say …? — speech")
        after = prep.doc[prep.right_edge.i + 1] if prep.right_edge.i + 1 < len(prep.doc) else None
        if after is not None and after.dep_ == "prep" and after.head == prep.head and \
                label in COUNT_LABELS | {"MONEY", "PERCENT"} and prep.lower_ in ("by", "to"):
            # "grow by 4.5% to £2.1bn" → "By what percentage is spending forecast to grow to
            # £2.1bn?", not "… to grow by to £2.1bn?"
            return _ask_fronted(verb, f"{prep.lower_} {wh}", _subtree(prep), keep, resolve,
                                "object")
        return _ask_for_phrase(root, wh, keep, resolve, "object")

    if label in TIME_LABELS and root.dep_ in ("npadvmod", "tmod") and root.head.pos_ in VERBS:
        if measured_from_another(answer):
            return None
        if root.head.dep_ == "acl" and root.head.tag_ == "VBN" and not any(
                c.dep_ in ("aux", "auxpass", *SUBJECTS) for c in root.head.children):
            # "Figures released earlier this year showed …" → "When were figures released?"
            return _ask_participle(root.head, root, root, label, "when", keep, resolve)
        if is_duration(answer):  # "would wait more than 12 months": how long, no time
            return _ask_fronted(root.head, "how long", _subtree(root), keep, resolve,
                                "how-many")
        return _ask_fronted(root.head, "when", _subtree(root), keep, resolve, "when")

    # A whole phrase with its preposition: "in the committee" → "Where …?"
    if root.dep_ in ("prep", "dative", "agent") and root.pos_ == "ADP" and \
            root.i == answer.start and root.head.pos_ in VERBS:
        if root.dep_ == "agent":  # "by the council", but "by rationing fuel" is how
            obj = next((c for c in root.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.tag_ != "VBG" and not any(
                    c.tag_ == "VBG" and c.dep_ in ("compound", "amod") for c in obj.children):
                wh = "who" if obj.lemma_.lower() in BODIES else wh_word(answer[1:])
                return _ask_agent(root.head, root, wh, keep, resolve)
        return _ask_for_adverbial(root, label, keep, resolve)

    # A whole adverbial clause: "…, because the river flooded" → "Why …?"
    whole_clause = answer.start <= root.left_edge.i + 1 and answer.end > max(
        (t.i for t in root.subtree if not t.is_punct), default=root.i)
    if root.dep_ == "advcl" and root.head.pos_ in VERBS and whole_clause:
        wh = _clause_wh(root)
        return _ask_fronted(root.head, wh, _subtree(root), keep, resolve, "object") if wh \
            else None

    # What someone said or found: "What did the minister say?"
    if root.dep_ == "ccomp" and root.head.pos_ in VERBS and whole_clause:
        return _ask_fronted(root.head, "what", _subtree(root), keep, resolve, "object")

    # What someone did: "The council closed the road" → "What did the council do?"
    if root.pos_ in VERBS and root.dep_ not in ("aux", "auxpass", "amod", "acl", "relcl"):
        return _ask_what_done(root, answer, keep, resolve)

    # A name right after what it is, with no comma: "The French composer Olivier Messiaen used
    # …" → "Which French composer used …?"
    noun = root.head
    if root.dep_ == "appos" and root.pos_ == "PROPN" and noun.pos_ == "NOUN" and \
            root.left_edge.i == noun.i + 1 and answer.start <= root.left_edge.i and \
            answer.end > root.i and noun.head.pos_ in VERBS and noun.dep_ in (
                *SUBJECTS, *OBJECTS):
        words = [t for t in noun.subtree if t.i <= noun.i and not (t.dep_ == "det" and
                                                                  t.head == noun)]
        phrase = "which " + render(
            t.text.lower() if t.is_sent_start and t.tag_ not in ("NNP", "NNPS") and
            not written_as_a_name(t) else t for t in words)  # "Which luxury goods group
        # …?" of "Luxury goods group LVMH has …"
        if root.ent_type_ == "PERSON" and noun.lemma_.lower() in _GROUPS_OF_PEOPLE:
            return None  # "informed the crowd Skinner was …": no crowd is named Skinner
        after = doc[answer.end] if answer.end < len(doc) else None
        if after is not None and after.pos_ in ("AUX", "VERB") and noun.head not in (
                after, after.head):
            return None  # "ran the record company Silver Hollow were signed to": the name
            # opens a clause about the company, it does not name it
        if any(c.dep_ in ("poss", "nummod") or c.lower_ in ("this", "that", "another", "other")
               for c in noun.children):
            phrase = wh  # "Her brother Tom Hale won …" → "Who won …?": whose brother, or which
            # other one, only a reader of the article knows
        return _ask_for_phrase(noun, phrase, keep | _subtree(noun), resolve,
                               "subject" if noun.dep_ in SUBJECTS else "object")

    # A description set off by commas: "Van Hoek, a shipping firm, …" → "What is Van Hoek?"
    aside = root.doc[root.left_edge.i - 1].text if root.left_edge.i > 0 else ""
    if aside == "(" and root.dep_ == "appos" and is_abbreviation(answer):
        return None  # "General Motors (GM)": an abbreviation, not what the name is
    if root.dep_ == "appos" and any(c.dep_ == "relcl" for c in root.children) and any(
            a.dep_ == "relcl" for a in root.head.ancestors):
        return None  # "four firms, Alpha which has allied itself with Kerala Telecom, Zentel
        # which …": the next firm of the list, hung on the last name of the clause before
        # ("What is Kerala Telecom? — Zentel")
    if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN") and aside in (",", "("):
        head = outer = root.head
        before = root.doc[root.left_edge.i - 2] if root.left_edge.i > 1 else None
        if before is not None and before.pos_ in ("NOUN", "PROPN") and \
                before.i not in _subtree(head) - _subtree(root):
            # the parse hung it on a noun further back: "The leaves … are covered with
            # trichomes, tiny hairs …" describes the trichomes
            head = outer = before
        while outer.dep_ == "conj":
            outer = outer.head
        if outer.dep_ == "pobj" and outer.head.dep_ == "prep" and \
                outer.head.head.pos_ == "NOUN" and (outer.head.lower_ == "of" or
                                                    outer.head.head.lemma_.lower() in PEOPLE) \
                and not (outer.pos_ == "NOUN" and root.pos_ == "PROPN") and not (
                    outer.pos_ == "PROPN" and root.pos_ == "NOUN") \
                and not (
                    outer.ent_type_ in PLACE_LABELS and root.ent_type_ in PLACE_LABELS):
            # "the manager of Johnny Cash, Saul Holiff", "A spokesman for US Immigration,
            # Customs and Enforcement, Dean Boyd": the manager, the spokesman (but a name after
            # a thing names that: "the purpose of his union, the First Division Association")
            if outer.head.lower_ in ("from", "in", "at", "near") and outer.pos_ == "PROPN" and \
                    root.pos_ == "PROPN" and root.left_edge == root == root.right_edge:
                return None  # but "a man from Leeds, Yorkshire": the region of a place,
                # whatever the recogniser took the two for ("Which man …? — Yorkshire")
            head = outer.head.head
        if aside == "(" and any(c.like_num for c in head.children) and any(
                t.like_num for t in answer):
            # the same amount in other units: "9,000 pounds (4,080 kg)" is asked as a whole
            return _ask_for_phrase(head, wh, keep | _subtree(head), resolve, "object")
        return _ask_described(head, root, answer, resolve)

    doer = subject_of(root.head) if root.dep_ in ("attr", "acomp") else None
    if doer is not None and root.head.lemma_ == "be" and len(answer) == 1 and \
            re.fullmatch(r"\d{1,2}", root.text) and (doer.ent_type_ == "PERSON" or
                                                     doer.lower_ in ("he", "she", "who")):
        # "Young was just 14 when …" → "How old was Young when …?", not "… was how many?"
        formed = _ask_fronted(root.head, "how old", _subtree(root), keep, resolve, "how-many")
        person = root.head.head if doer.lower_ == "who" else doer
        name = resolve(person) if person.tag_ == "PRP" else render(
            t for t in person.subtree if t.dep_ == "compound" and t.head == person or t == person)
        # (in a clause of its own, "when he was just 14": "How old was Young?")
        return formed or (_how_old(name, root.head.lower_)
                          if name and person.ent_type_ in ("PERSON", "") else None)
    if _how_out_of_a_gerund(root, wh):
        return None
    return _ask_for_phrase(root, wh, keep, resolve,
                           "subject" if root.dep_ in SUBJECTS else "object") or _ask_moved(
        root, wh, keep, resolve) or _ask_for_kind(answer, resolve)


# Words for how much of something there is, which say no kind of it ("very little activity").
_AMOUNT_WORDS = {"many", "much", "few", "little", "several", "more", "less", "most", "least"}


def _ask_for_kind(answer: Span, resolve: Resolver, far: bool = False) -> Formed | None:
    """A word that says what kind a thing is, asked with the thing: "has a mild maritime
    climate" → "What type of climate does … have?", "a centre for the silk trade" → "What type
    of trade was … a centre for?". ``far`` as for ``_ask_moved``."""
    root = answer.root
    noun = root.head
    if root.dep_ not in ("amod", "compound") or noun.pos_ != "NOUN" or root.i > noun.i:
        return None
    # A name in front of a common noun names which one: "during the Hadean eon" → "During what
    # eon …?" (not "what type of eon"; and no person's or firm's staff: "a Sony spokesman").
    # Only as the last try: it is as often whose ("EU exports", "the IBM operating system").
    named = far and root.dep_ == "compound" and all(
        t.pos_ == "PROPN" and t.ent_type_ not in ("PERSON", *TIME_LABELS, *COUNT_LABELS)
        for t in answer) and noun.lemma_.lower() not in PEOPLE and answer.end <= noun.i
    if not named and any(t.ent_type_ or t.like_num or t.tag_ in ("JJR", "JJS", "RBR", "RBS") or
                         _ORDINAL.search(t.text) or t.lower_ in _AMOUNT_WORDS for t in answer):
        return None  # (a name's piece, an amount, "the largest", "third", "very little" say
        # no kind)
    before = [t for t in noun.subtree if t.i < answer.start]
    between = [t for t in noun.subtree if answer.end <= t.i < noun.i]
    if any(t.dep_ not in ("det", "amod", "compound", "advmod") or t.dep_ == "det" and
           t.lower_ not in ("a", "an", "the") for t in before) or \
            any(t.dep_ not in ("amod", "compound") or t.head != noun for t in between):
        return None  # "its sparse native inhabitants": whose, or which ones, stays unasked
    # the noun keeps its "of" phrase ("what network of cities"); the rest of what follows it
    # stays out ("What type of climate with wet winters …?")
    away = {i for c in noun.children if c.i > noun.i and not (c.dep_ == "prep" and
                                                              c.lower_ == "of")
            for i in _subtree(c)} | side_parts(noun, set())
    phrase = ("what " if named else "what type of ") + render(
        t for t in noun.subtree if t.i >= answer.end and t.i not in away)
    keep = set(range(answer.start, answer.end))
    return _ask_for_phrase(noun, phrase, keep | _subtree(noun), resolve,
                           "subject" if noun.dep_ in SUBJECTS else "object") or _ask_moved(
        noun, phrase, keep | _subtree(noun), resolve, far)


# Nouns for a way of doing something: "by criminal means" says how, and names no doer.
_MEANS = {"means", "method", "way", "process", "procedure", "technique", "route", "mechanism",
          "measure", "force", "hand", "mail", "post", "email", "phone", "telephone", "road",
          "rail", "air", "sea", "car", "train", "bus", "plane", "boat", "ship"}
# Prepositions whose phrase says how something was done, and why.
_HOW_PREPS = {"with", "by", "through", "via", "using"}
_WHY_PREPS = {"because", "due", "owing", "thanks"}  # (… to, … of)


def is_abbreviation(answer: Span) -> bool:
    """Whether ``answer`` is a short form in brackets after the name it stands for: "General
    Motors (GM)", "China's State Environmental Protection Agency (Sepa)"."""
    doc = answer.doc
    if not answer.start or doc[answer.start - 1].text != "(":
        return False
    if re.fullmatch(r"[A-Z][A-Z&]{1,6}s?", answer.text):  # (and "CSOs")
        return True
    name = doc[answer.start - 2] if answer.start > 1 else None
    words = []
    while name is not None and name.is_title and name.pos_ == "PROPN":
        words.insert(0, name.text[0])
        name = doc[name.i - 1] if name.i > 0 else None
    if len(answer.text) > 1 and "".join(words).lower().endswith(answer.text.lower()):
        return True
    # a short form made of the name's syllables: "the New York Mercantile Exchange (Nymex)"
    letters = iter("".join(t.lower_ for t in doc[name.i + 1 if name is not None else 0:
                                                 answer.start - 1]))
    short = answer.text.lower()
    return len(answer) == 1 and len(short) > 2 and bool(words) and \
        short[0] == words[0].lower() and all(c in letters for c in short)


def _ask_for_adverbial(prep: Token, label: str, keep: set[int],
                       resolve: Resolver) -> Formed | None:
    """The question for a whole prepositional phrase: its time, place, manner or cause."""
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if not objects:
        return None
    obj = objects[0]
    phrase = prep.doc[obj.left_edge.i:obj.right_edge.i + 1]
    kind = entity_label(phrase) or label
    word = prep.lower_
    if kind in TIME_LABELS and is_duration(phrase) and word in ("for", "over"):
        wh, rule = "how long", "how-many"
    elif kind in TIME_LABELS and word in WHEN_PREPS or word in _TIME_PREPS:
        wh, rule = "when", "when"  # (and "after the flood" is a time too)
    elif kind in TIME_LABELS and word in ("by", "until", "since"):
        wh, rule = f"{word} when", "when"
    elif kind not in TIME_LABELS and (kind in PLACE_LABELS and word in WHERE_PREPS | {
            "on", "from", "to", "into"} or word in ("in", "at", "inside", "outside", "near")):
        wh, rule = ("from where" if word == "from" else "where"), "where"
    elif word in _HOW_PREPS and kind not in TIME_LABELS:
        wh, rule = "how", "object"
    elif word in _WHY_PREPS:
        wh, rule = "why", "object"
    else:
        inner = "whom" if wh_word(phrase, kind) == "who" else wh_word(phrase, kind)
        if kind in TIME_LABELS:
            inner = "when"
        wh, rule = f"{word} {inner}", "object"
    return _ask_fronted(prep.head, wh, _subtree(prep), keep, resolve, rule)


# Prepositions whose phrase is a time whatever it names: "after the flood".
_TIME_PREPS = {"after", "before", "following", "during"}

# What an adverbial clause says about its main clause, by the word that opens it.
_CLAUSE_WH = {"because": "why", "as": "why", "so": "why", "since": "why", "when": "when",
              "after": "when", "before": "when", "while": "when", "until": "until when",
              "once": "when", "if": "under what conditions", "unless": "under what conditions"}


def _clause_wh(verb: Token) -> str | None:
    marks = [c for c in verb.children if c.i < verb.i and (
        c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ == "WRB")]  # "when" is an advmod
    if marks:
        return _CLAUSE_WH.get(marks[0].lower_)
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return "why"  # "…, to avoid the boycott": a purpose
    return None


HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof",
              "professor", "rev", "gen", "col", "capt", "lt", "sgt", "maj", "adm", "fr", "sen",
              "rep", "gov", "cllr", "insp", "supt", "sheikh", "rabbi", "imam", "reverend"}
"""Titles before a person's name, in lower case and without their full stop."""


def is_honorific(token: Token) -> bool:
    """Whether ``token`` is a title before a name ("Mr", "Dr.")."""
    return token.text[:1].isupper() and token.lower_.rstrip(".") in HONORIFICS


# The form of "do" that takes the place of a verb after each auxiliary's form.
_DO_FORMS = {"VB": "do", "VBN": "done", "VBG": "doing"}


def _ask_what_done(verb: Token, answer: Span, keep: set[int],
                   resolve: Resolver) -> Formed | None:
    """The question for a verb phrase: "What did the British do?"; for a passive verb alone,
    "What happened to the mission?"."""
    subject = subject_of(verb)
    passive = [c for c in verb.children if c.dep_ == "auxpass"]
    if passive and subject is not None and subject.dep_ == "nsubjpass" and \
            _host(verb) is verb and all(t == verb or t.dep_ in ("advmod", "neg") for t in answer):
        return _ask_what_happened(verb, subject, passive[0], answer, keep, resolve)
    # (a subject inside the answer is named again: a whole clause asked for has no other words)
    if subject is None or verb.lemma_ == "be" or passive or _host(verb) is not verb:
        return None
    subject_text = _subject_text(subject, resolve)
    if not subject_text:
        return None
    inside = set(keep)
    for i in keep:
        if i != verb.i:
            inside |= _subtree(verb.doc[i])
    auxes = [c for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
    negs = [c for c in verb.children if c.dep_ == "neg" and c.i < verb.i]
    after = [t for t in clause_tokens(verb, keep, QUESTION_WORDS)
             if t.i >= answer.end and t.i not in inside and t.i not in _subtree(subject)]
    if _pronouns_left(after, resolve):
        return None
    words: list[Token | str] = ["what"]
    if verb.lemma_ in SPEECH_VERBS:  # "What did the minister say?", not "… do?"
        return _ask_fronted(verb, "what", inside, keep, resolve, "object")
    if auxes:
        last = auxes[-1]
        do = "do" if last.tag_ == "MD" or last.lower_ == "to" else _DO_FORMS.get(
            verb.tag_, "do")
        words += [auxes[0], subject_text, *negs, *auxes[1:], do]
    elif verb.tag_ in _DO_SUPPORT:
        words += [_DO_SUPPORT[verb.tag_], subject_text, *negs, "do"]
    else:
        return None
    words += after
    return Formed(_attributed(verb, resolve, words), "object")


_OBJECT_CASE = {"he": "him", "she": "her", "they": "them", "we": "us", "I": "me"}


def _ask_what_happened(verb: Token, subject: Token, passive: Token, answer: Span,
                       keep: set[int], resolve: Resolver) -> Formed | None:
    """"The mission was cancelled in May" → "What happened to the mission in May?"."""
    subject_text = _subject_text(subject, resolve)
    if not subject_text:
        return None
    subject_text = _OBJECT_CASE.get(subject_text, subject_text)  # "to them", not "to they"
    auxes = [c for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
    if any(a.tag_ == "MD" for a in auxes):
        happened = f"{next(a for a in auxes if a.tag_ == 'MD').lower_} happen"
    elif any(a.lemma_ == "have" for a in auxes):
        happened = "has happened" if any(a.tag_ == "VBZ" for a in auxes) else "have happened"
    else:
        happened = "happened" if passive.tag_ == "VBD" else "happens"
    after = [t for t in clause_tokens(verb, keep, QUESTION_WORDS) if t.i >= answer.end
             and t.i not in _subtree(subject)]
    if _pronouns_left(after, resolve):
        return None
    return Formed(_attributed(verb, resolve, ["what", happened, "to", subject_text, *after]),
                  "object")


# Nouns for an event that has a time of its own: "the squad for the match on 5 March".
_EVENT_NOUNS = {"match", "game", "final", "tie", "fixture", "race", "meeting", "election",
                "vote", "concert", "show", "ceremony", "festival", "summit", "conference",
                "trial", "hearing", "event", "launch", "debate", "referendum", "poll",
                "tournament", "semi-final"}
# Adverbs that make an apposition a guess: "a large vehicle, possibly a van".
_GUESSED = {"possibly", "probably", "perhaps", "maybe", "likely", "apparently", "reportedly",
            "allegedly", "presumably"}


def _ask_described(noun: Token, description: Token, answer: Span,
                   resolve: Resolver) -> Formed | None:
    """`What is X?` for the description in apposition to X; `Who is the museum's director?`
    for a person named in apposition to their role."""
    whole = [t for t in description.subtree if not t.is_punct and t.dep_ not in ("det", "relcl")
             and not any(a.dep_ == "relcl" for a in t.ancestors if a.i in _subtree(description))]
    if whole and (answer.start > whole[0].i or answer.end <= whole[-1].i):
        return None  # "3 miles" of "3 miles from the river": not the whole description
    doc = description.doc
    after = doc[description.right_edge.i + 1] if description.right_edge.i + 1 < len(doc) else None
    if after is not None and not after.is_punct and after.dep_ not in ("cc", "relcl"):
        return None  # an apposition ends at a comma: "X, Nobel Prize winning physicist Y" read
        # as "X, Nobel Prize" ("Who is X? — Nobel Prize")
    if any(c.dep_ == "advmod" and c.lower_ in _GUESSED for c in description.children):
        return None  # "a large vehicle, possibly a van": a guess, no description ("What is a
        # large vehicle? — possibly a van")
    if description.ent_type_ == "NORP" and len(answer) == 1:
        return None  # "Mr Dunn, an Iraqi who left …": where he is from, asked better otherwise
        # than "Who is Mr Dunn? — Iraqi"
    if description.ent_type_ in ("GPE", "LOC") and noun.ent_type_ not in ("PERSON", "NORP") and \
            not (noun.pos_ == "NOUN" and names_a_role(noun)) and \
            not any(t.ent_type_ in ("GPE", "LOC") for t in noun.subtree if t.i < description.i
                    and t.i not in _subtree(description)):
        # "the Harbour Hilton hotel, Los Angeles": where it is, not what ("What is the hotel?")
        place = [t for t in noun.subtree if t.i not in _subtree(description) and not t.is_punct]
        if place and not _pronouns_left(place, resolve):
            return Formed(finish("where is " + render(
                t.text.lower() if t.i == t.sent.start and not written_as_a_name(t) else t
                for t in place)), "where")
        return None
    if any(c.lower_ in ("another", "other", "fellow") for c in noun.children):
        # "Another Great Britain international, Louise Damen, was third": which one, the
        # article says before; what she did, this sentence ("Who was third?")
        return _ask_for_phrase(noun, wh_word(answer), set(range(answer.start, answer.end)) |
                               _subtree(noun), resolve,
                               "subject" if noun.dep_ in SUBJECTS else "object")
    if sum(c.dep_ == "appos" for c in noun.children) > 1 or noun.dep_ in ("appos", "conj") or any(
            c.dep_ == "appos" for c in description.children):
        return None  # a list read as appositions: "512 megabytes Ram, a graphics card, …",
        # "Many physical clues, body language, odd twitches, …"
    if all(t.like_num for t in whole):
        # "Mr Tanzi, 66, …": an age, when it is a person's; a list of numbers otherwise
        if not (noun.ent_type_ == "PERSON" or is_honorific(noun.doc[noun.left_edge.i])):
            return None
        others = _subtree(description).union(*(
            _subtree(c) for c in noun.children if c.dep_ in ("cc", "conj")))
        # "Ames, 31, and Ruiz, 30, …": Ames's age ("How old is Ames and Ruiz 30?")
        name = render(t for t in noun.subtree if t.i not in others and not t.is_punct)
        return _how_old(name, "is")
    unique = noun.tag_ == "NN" and any(c.dep_ == "poss" or c.lower_ == "the"
                                       for c in noun.children)
    named = description.pos_ == "PROPN" or any(
        t.pos_ == "PROPN" for t in description.subtree)  # "the Ashford weevil"
    if named and noun.pos_ != "PROPN" and not unique:
        # "One ctenophore, Mnemiopsis, has …" → "Which ctenophore has …?"
        keep = set(range(answer.start, answer.end)) | _subtree(noun)
        return _ask_for_phrase(noun, f"which {noun.text.lower()}", keep, resolve, "subject"
                               if noun.dep_ in SUBJECTS else "object")
    gone = _subtree(description) | _in_brackets(noun.sent)  # "Electronic Arts (EA)"
    tokens = [t for t in noun.subtree if t.i not in gone and t.i not in
              side_parts(noun, set()) and not (t.is_punct and t.tag_ != "POS" and
                                                 not _inside_word(t))]  # (but "Williams' …")
    name = next((e for e in noun.doc.ents if e.start <= noun.i < e.end), None)
    if name is not None:  # a name the parse split: "Van Gend en Loos"
        tokens = sorted(set(tokens) | {t for t in name if t.i not in gone}, key=lambda t: t.i)
    if not tokens or len(tokens) > 10 or _pronouns_left(tokens, resolve) or any(
            t.tag_ == "PRP$" or t.dep_ == "cc" for t in tokens):
        return None  # (nor of a list: "last year's champion, Ann Lee, and runner-up, Jo Park")
    if (noun.ent_type_ in PLACE_LABELS or (noun.ent_type_ in ("ORG", "FAC") or
                                           noun.pos_ == "PROPN" and noun.ent_type_ != "PERSON")
            and description.ent_type_ in PLACE_LABELS) and whole == [description] and \
            description.pos_ == "PROPN":
        # a county after a place: "RAF Fairford, Glos," → "Where is RAF Fairford?" (and "the
        # Plaza Hotel, New York", not "What is the Plaza Hotel?")
        return Formed(finish(f"where is {subject_text_of(tokens)}"), "where")
    # (a name the recogniser took for a person's says nothing of a thing it names: "the first
    # televised pantomime, Dick Whittington" → "What is …?")
    who = "who" if (noun.ent_type_ == "PERSON" or description.ent_type_ == "PERSON" and
                    names_a_role(noun) or is_honorific(tokens[0]) or
                    noun.lemma_.lower() in PEOPLE) and not {noun.lower_, description.lower_} & (
        _BODIES_AND_WORKS | BODIES) else "what"
    be = "are" if noun.tag_ in ("NNS", "NNPS") else "is"
    return Formed(finish(f"{who} {be} {subject_text_of(tokens)}"), "title")


# The wh-phrase that asks the size of an object by a figure "of" it: "a profit of $5m".
_SIZE_OF = {"how long": "how long", "how much": "how large", "what percentage": "how large"}
# Nouns that say which figure, not what there is one of: "dropping an average of 20%".
_MEASURES = {"average", "total", "maximum", "minimum", "peak", "high", "low", "sum", "mean"}


def _how_out_of_a_gerund(root: Token, wh: str) -> bool:
    """Whether a "how" question would move ``root`` out of a gerund after a preposition:
    "broke her record by clearing 4.89m" says how high she cleared, not how far she broke it
    ("How far did … break her record by clearing?")."""
    return root.dep_ in OBJECTS and root.head.dep_ == "pcomp" and wh.startswith("how")


def _ask_moved(root: Token, wh: str, keep: set[int], resolve: Resolver,
               far: bool = False) -> Formed | None:
    """A question with the answer's phrase moved out of the objects and phrases it sits in:
    "What did the crisis reduce the demand for?", "What does the minister deliver a statement
    setting out?" — never out of a subject, a relative clause or one conjunct of a list.
    ``far`` also moves it out of an adjective's phrase and two phrases deeper ("What is the
    tower similar to?"): for when the question would otherwise be asked in place."""
    if root.dep_ not in ("pobj", "dobj") or any(c.dep_ == "conj" for c in root.children) or \
            _how_out_of_a_gerund(root, wh):
        return None
    noun = root.head.head
    size = _SIZE_OF.get(wh)
    if size and root.head.lower_ == "of" and noun.pos_ == "NOUN" and \
            noun.dep_ == "dobj" and noun.head.pos_ in VERBS and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) and \
            noun.lower_ not in _MEASURES:
        # "may get a prison term of up to 25 years" → "How long a prison term may … get?",
        # "made a profit of $5m" → "How large a profit did … make?", not "… make a profit of?"
        # (only of a thing one has one of: no "How large a damage …?" of "damage of $10bn")
        kind = [t for t in noun.subtree if t.i < root.head.i and t.dep_ not in ("det", "poss")
                and t.tag_ != "POS"]
        if len(kind) <= 3 and all(t.dep_ in ("compound", "amod") or t == noun for t in kind):
            from .distractors import article_for

            words = render(t.text if t.text[:1].isupper() and t.i != t.sent.start
                           else t.lower_ for t in kind)  # ("a theoretical Carnot efficiency")
            return _ask_fronted(noun.head, f"{size} {article_for(words, 'a')} {words}",
                                _subtree(noun), keep, resolve, "how-many")  # ("How large an
            # increase …?")
    after = root.doc[root.right_edge.i + 1] if root.right_edge.i + 1 < len(root.doc) else None
    if after is not None and after.tag_ == "VBG" and after.dep_ == "acl" and \
            after.head in root.ancestors and root.ent_type_ == "PERSON":
        return None  # "a clip of Tom Reed appearing in a film": what he does, hung by the parse
        # on the clip, stays behind ("Who have they found a clip of appearing in a film?")
    if root.dep_ == "pobj" and root.head.lower_ == "by" and wh in ("who", "whom"):
        return None  # "Who do winners include White Teeth by?": an author
    if root.dep_ == "pobj" and root.head.lower_ in ("like", "including") and \
            root.head.head.pos_ in ("NOUN", "PROPN"):
        return None  # "seeing old villains like Dr No": an example of many, no fact of its own
        # ("Who is the best part of the film seeing old villains like?")
    token, hops = root, 0
    while True:
        head, hops = token.head, hops + 1
        if head == token or hops > 3 + 2 * far:
            return None  # deeper, the question no longer reads as one
        # out of a preposition's object, a noun's or verb's phrase, an object, a participle
        if not (token.dep_ in ("pobj", "pcomp") and head.dep_ == "prep"
                or token.dep_ == "prep" and head.pos_ in ("NOUN", "PROPN", "NUM", *VERBS)
                or token.dep_ in ("dobj", "attr", "oprd") and head.pos_ in VERBS
                or token.dep_ in ("acl", "xcomp") and token.tag_ in ("VBG", "VBN", "VB")
                and subject_of(token) is None
                or far and token.dep_ == "prep" and head.pos_ == "ADJ" and head.dep_ in (
                    "acomp", "oprd")
                or far and token.dep_ in ("acomp", "oprd") and head.pos_ in VERBS):
            return None
        if token.dep_ == "pcomp" and head.lower_ in ("before", "after", "since", "while",
                                                      "despite", "without", "upon"):
            return None  # out of what was done before or after: "think carefully before
            # heading an inquiry into X" ("What should judges think carefully before heading
            # into X?")
        if far and token.dep_ == "prep" and _between_commas(token):
            return None  # out of an aside, it leaves it hanging: "… to speak, just days after,
            # at the hall?"
        token = head
        if token.pos_ in VERBS and subject_of(token) is not None:
            break
        if token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children):
            return None  # out of one item of a list: "What do films include Finding
            # Forrester, starring, and classics?", "… have different forms for and for
            # composites?"
    if _host(token) is not token or token in (root.head, root.head.head):
        return None  # one step out of the verb's own phrase is the other rules' work
    label = entity_label(root.doc[root.i:root.i + 1])
    if label in TIME_LABELS and root.head.lower_ == "of" and root.like_num:
        return None  # "his first prime minister's questions of 2005": which ones, not when
        # ("What does Tony Blair face his first questions of?")
    if wh == "what" and label in TIME_LABELS and (root.head.dep_ != "prep" or
                                                  root.head.lower_ in WHEN_PREPS):
        # (but "the rest of the season" is no time of the event)
        gone = _subtree(root.head) if root.head.dep_ == "prep" else _subtree(root)
        return _ask_fronted(token, "when", gone, keep, resolve, "when")
    if label in TIME_LABELS and root.head.dep_ == "prep" and root.head.lower_ in (
            "since", "until", "till", "after", "before"):
        return None  # "showed a fall since May from 512 to 470": no "What did … show a fall
        # since from 512 to 470?"
    if label in PLACE_LABELS and root.head.lower_ in WHERE_PREPS:
        return _ask_fronted(token, "where", _subtree(root.head), keep, resolve, "where")
    # (with the answer's words the parse hung elsewhere: the "m" of "a profit of $52m")
    return _ask_fronted(token, wh, _subtree(root) | keep, keep, resolve, "object")


def ask_moved_out(sentence: Span, answer: Span, resolve: Resolver = _no_resolver,
                  label: str | None = None) -> Formed | None:
    """The answer's phrase moved out of phrases deeper than the rules of ``form`` reach: the
    last try before asking in place, which reads worse ("What is the tower similar to?", not
    "The tower is similar to what?")."""
    root = span_root(answer)
    verb = clause_verb(root)
    label = entity_label(answer) if label is None else label
    if verb is None or strands_a_preposition(verb) or in_a_title(verb) or \
            misparsed_clause(verb) or hedged(verb):
        return None
    # (a time or a place that deep is another thing's, not the clause's: "During the war of
    # 1894, Japan took …" does not say when Japan took it)
    deep = label not in TIME_LABELS | PLACE_LABELS and _ask_moved(
        root, wh_word(answer, label), set(range(answer.start, answer.end)), resolve, far=True)
    formed = deep or _ask_for_kind(answer, resolve, far=True)
    return Formed(formed.text, "moved-out") if formed is not None else None


def _when_words(prep: Token, answer: Span) -> str:
    """The wh-phrase for the time ``answer`` after ``prep``: "in 1905" → "in what year" (a year
    is asked for as one), "by 1985" → "by what year", "by the end of May" → "by when" (a
    deadline, not a time), else "when"."""
    word = prep.lower_ if prep.lower_ in ("in", "by") else ""
    if word and len(answer) == 1 and _YEAR.fullmatch(answer.text):
        return f"{word} what year"
    return "by when" if word == "by" else "when"


def _how_old(name: str, be: str) -> Formed:
    """"How old is Tom Hale?": the question for a person's age."""
    return Formed(finish(f"how old {be} {name}"), "how-many")


def _opening_time(answer: Span, verb: Token | None, label: str | None) -> Token | None:
    """The preposition of a time that opens ``verb``'s clause before a comma and holds
    ``answer`` ("In 1985, …"), if it is one."""
    root = span_root(answer)
    prep = root if root.dep_ == "prep" else root.head if root.dep_ == "pobj" else None
    subject = subject_of(verb) if verb is not None else None
    if prep is None or subject is None or prep.head != verb or prep.dep_ != "prep" or \
            prep.lower_ not in WHEN_PREPS and prep.lower_ != "by" or \
            prep.right_edge.i >= subject.left_edge.i:
        return None
    after = prep.doc[prep.right_edge.i + 1]
    times = label in TIME_LABELS or entity_label(answer) in TIME_LABELS
    return prep if times and after.text == "," and not describes_noun(answer) else None


def ask_in_place(sentence: Span, answer: Span, resolve: Resolver = _no_resolver,
                 label: str | None = None) -> Formed:
    """The answer replaced by its wh-word where it stands, in the smallest clause that holds
    it: "Kearney Boulevard is lined with what?"."""
    keep = set(range(answer.start, answer.end))
    verb = clause_verb(span_root(answer))
    opening = _opening_time(answer, verb, label)
    if opening is not None:
        # in place it would read "When, the car travelled …?": another time in the clause
        # makes "when" less sharp, but it is still the question
        fronted = _ask_fronted(verb, _when_words(opening, answer), _subtree(opening), keep,
                               resolve, "when", despite_other_times=True)
        if fronted is not None:
            return fronted
    tokens = clause_tokens(verb, keep, QUESTION_WORDS) if verb is not None else [
        t for t in sentence if t.i not in side_parts(sentence.root, keep)]
    words: list[Token | str] = []
    subject = subject_of(verb) if verb is not None else None
    if subject is not None and tokens and subject.i < tokens[0].i and subject.i not in keep:
        # a verb joined by "and" asked with the subject it shares: "The museum … was moved"
        # (as written when it cannot be named, so that an unresolved "they" is seen and the
        # question is never left without a subject: "Last clinched a title when?")
        words.append(_subject_text(subject, resolve) or subject_text_of(
            [t for t in subject.subtree if t.i not in side_parts(subject, set())]) or
            subject.text)
    wh = wh_word(answer, label)
    root = span_root(answer)
    if (label in TIME_LABELS or entity_label(answer) in TIME_LABELS) and not \
            describes_noun(answer) and not (root.dep_ == "pobj" and root.head.lower_ == "of"
                                            and not any(t.like_num for t in answer)):
        # (but "at the turn of what?", not "at the turn when?"; "the Act of 1905" is when)
        wh = "how long" if is_duration(answer) else "when"
        after = answer.doc[answer.end] if answer.end < len(answer.doc) else None
        if wh == "when" and (root.dep_ in SUBJECTS or verb is not None and after is not None and (
                after == verb or after.head == verb and after.dep_ in ("aux", "auxpass"))):
            # "2005 is set to be …" (whatever the parse made of it): a year is what is set,
            # not when
            wh = "what year" if re.fullmatch(r"\d{4}", answer.text) else "what"
    # a wh-word for the subject takes a singular verb: "What normally instructs members …?"
    # of "Political parties normally instruct members …"
    agree = verb is not None and root.dep_ in SUBJECTS and root.head == verb and \
        wh in ("what", "who") and bool(tokens) and answer.start <= tokens[0].i
    for token in tokens:
        if agree and (token == verb or token.head == verb and token.dep_ in ("aux", "auxpass")):
            agree = False
            if token.tag_ == "VBP":
                words.append(singular(token))
                continue
        if token.i in keep:
            if token.i == answer.start:
                # "pushing whose shot wide", not "who's shot"; "lit by whom", not "by who"
                words.append("whose" if wh == "who" and root.dep_ == "poss" else
                             "whom" if wh == "who" and root.dep_ == "pobj" and
                             answer.start and answer.doc[answer.start - 1] == root.head else wh)
            continue
        if token.tag_ == "POS" and token.head.i in keep:
            continue
        if wh == "when" and token.dep_ == "prep" and token.i < answer.start and all(
                t.dep_ == "det" for t in token.doc[token.i + 1:answer.start]) and \
                token.lower_ not in ("since", "until", "till", "by", "from"):
            continue  # "… lift the embargo when?", not "in when?" ("over the next year"; but
            # "a decline since when?")
        if token.tag_ == "PRP" and token.dep_ in SUBJECTS:
            words.append(resolve(token) or token)
            continue
        if is_honorific(token) and token.head.i in keep:
            continue  # "who said …", not "Mr who said …"
        if token == tokens[0] and token.lower_ in _OPENERS:
            continue  # "However, …"
        if token == tokens[0] and token.tag_ not in ("NNP", "NNPS") and token.text != "I" \
                and not written_as_a_name(token):
            words.append(token.text[:1].lower() + token.text[1:])
            continue
        words.append(token)
    # No determiner left in front of the wh-word ("the what").
    text = re.sub(r"\b(the|a|an) (what|who|when|how (many|much|far|long))\b", r"\2",
                  render(words), flags=re.I)
    return Formed(_attributed(verb, resolve, [text]) if verb is not None else finish(text),
                  "in-place")
