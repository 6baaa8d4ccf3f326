"""``sm_profile_entities``: marks the company profile's names in a doc.

Names are matched case-insensitively as whole words (names of up to three letters only in the
profile's spelling, one-letter names not at all), also as #hashtag or @handle, with a
possessive or genitive ending ("Acme's", "Acmes"), a name in -er or -el with the dative plural
"n" ("bei den Sonnenkindern") and as the first part of a hyphenated compound ("Acme-Software").
A hashtag that contains a name ("#ProjectFalcon") counts too.
A product's name without the brand ("Terra" for "Acme Terra") counts as the product when it is
capitalised or a hashtag of its own ("#terra"), but not when a capitalised word follows it (then
it is part of another name: "Vienna City Marathon") nor inside a longer hashtag ("#citytrip").
The spans go to ``doc.spans["sm_entities"]``, labelled COMPANY, PRODUCT, COMPETITOR, CODENAME,
NDA_CUSTOMER, CONFIDENTIAL_TERM or UNRELEASED_PRODUCT.

Mocking nicknames are marked COMPETITOR_ALIKE: a two-word name with a word within two
edits ("Stellar Fools" for "Stellar Tools", "Acme 404" for "Acme 42") or both words a little
changed ("Steller Toots"), the first word changed and joined by a hyphen ("Lurch-Optik" for
"Luchs Optik"), a capitalised word that begins or ends like a one-word name
("Redwould" or "Deadwood" for "Redwood") or rhymes with it ("Bedwood", also split by a hyphen: "Bed-wood"), and a name's beginning
joined to a scornful word of the packs' set ``name_puns`` where the join shows ("Red-FAIL",
"RedFlop", "Redschaden AG" for "Redwood"). Only rules that also need a mocking or negative
context use them.
"""
from __future__ import annotations

import re
from typing import NamedTuple

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from . import cache
from .literals import Search
from .validators import edit_distance

SPANS_KEY = "sm_entities"
LABELS_KEY = "sm_entity_labels"
ACCOUNT_KEY = "sm_account"       # the account a post is written from (set by the engine)
TEXT_KEY = "sm_text"             # the text a doc was made from (set by the engine): spaCy joins its tokens again
_NEXT_NAME = regex.compile(r"[ \t]+\p{Lu}\p{Ll}")     # a capitalised word follows on the same line
_HASHTAG = regex.compile(r"[#@][\p{L}\p{N}_]{3,}")
_SEAMS = regex.compile(r"[\s\-]")                  # ignored when names are compared
_GENITIVE = regex.compile(r"e?s(?=[\s\-])")        # "des Klinikverbunds Alstertal"
_SPACES = regex.compile(r"\s+")
_JOINS = regex.compile(r"\s+|-")          # what joins the words of a two-word nickname


# German umlauts and ß have a spelling without them ("Grünland", "Gruenland"): either stands for the other
_UMLAUTS = regex.compile(r"ü|ue|ä|ae|ö|oe|ß|ss", regex.IGNORECASE)
_UMLAUT_KEYS = {"ü": "ue", "ä": "ae", "ö": "oe", "ß": "ss"}
_UMLAUT_LETTERS = {v: k for k, v in _UMLAUT_KEYS.items()}
_UMLAUT_FOLD = str.maketrans(_UMLAUT_KEYS)


def fold_umlauts(text: str) -> str:
    """``text`` (lower case) with umlauts and ß spelt out: the key two spellings of a name share."""
    return text.translate(_UMLAUT_FOLD)


def _name_key(name: str) -> str:
    """The key of a name in the label table: lower case, without #/@, seams or umlaut spellings."""
    return _SEAMS.sub("", fold_umlauts(name.lower().lstrip("#@")))


def _spellings(word: str) -> str:
    """A regex for ``word`` in either spelling of its umlauts ("Grünland": "gr(?:ü|ue)nland")."""
    out, pos = [], 0
    for m in _UMLAUTS.finditer(word):
        out.append(regex.escape(word[pos:m.start()]))
        key = _UMLAUT_KEYS.get(m.group().lower(), m.group().lower())
        out.append(f"(?:{_UMLAUT_LETTERS[key]}|{key})")
        pos = m.end()
    out.append(regex.escape(word[pos:]))
    return "".join(out)


def _name_pattern(name: str, spellings: bool = False) -> str:
    parts = [_spellings(p) if spellings else regex.escape(p) for p in name.lstrip("#@").split()]
    # inner words may carry a German genitive ending: "des Klinikverbunds Alstertal"
    return r"(?:e?s)?[\s\-]?".join(parts) if len(parts) > 1 else parts[0]


def compile_names(entities: dict[str, list[str]]):
    """One regex over all names, and a lookup from squashed lower-case name to label."""
    labels: dict[str, str] = {}
    for label, names in entities.items():
        for name in names:
            labels.setdefault(_name_key(name), label)
    if not labels:
        return None, labels
    # longest first; names of one length in a fixed order, so the pattern is the same in every
    # process (and found in the on-disk cache of compiled patterns)
    names = sorted({n for ns in entities.values() for n in ns if len(n.lstrip("#@")) >= 2}, key=lambda n: (-len(n), n))
    if not names:
        return None, labels
    # short names ("ABX", "K9") only in the profile's own spelling: case-insensitive they are ordinary words
    body = "|".join(_name_pattern(n, True) if len(n.lstrip("#@")) > 3 else "(?-i:" + _name_pattern(n) + ")" for n in names)
    # endings: possessive, genitive, a hyphenated compound, and the German dative plural of a
    # name in -er or -el ("bei den Sonnenkindern")
    pattern = Search(r"(?<![\p{L}\p{N}_])[#@]?(?P<name>" + body + r")(?:['’]s|s|-[\p{L}\p{N}]+|(?<=e[rl])n)?(?![\p{L}\p{N}_])",
                     regex.IGNORECASE)
    return pattern, labels


_LEGAL_FORM = regex.compile(r"[ \t]+(?:AG|GmbH|SE|KG|KGaA|OHG|GbR|Inc|Ltd|LLC|LLP|Corp|plc)\b\.?")


class Alike(NamedTuple):
    rx: "regex.Pattern"
    name: str             # lower case
    kind: str
    literal: str          # a part of the name every match contains (case-folded): a cheap test first
    puns: "regex.Pattern | None" = None


def compile_alike(names: list[str], puns=()) -> list[Alike]:
    """Patterns for nicknames of competitor names. ``puns``: scornful words that a name's beginning may be joined to ("Red-FAIL")."""
    out = []
    pun_re = _pun_words(puns)
    for name in names:
        if name.startswith(("@", "#")):
            continue
        words = name.split()
        head = words[0]
        if pun_re is not None and len(head) >= 5 and head.isalpha():
            rx = cache.compiled(r"(?<![\p{L}\p{N}])(?i:" + regex.escape(head[:4]) + r")\p{L}*-?" + pun_re.pattern
                               + r"\p{L}{0,3}(?![\p{L}\p{N}])")
            out.append(Alike(rx, head.lower(), "pun", head[:4].casefold(), pun_re))
        if len(words) == 2 and min(map(len, words)) >= 4 and all(w.isalpha() for w in words):
            # both words a few letters off: the first three and two letters kept
            rx = cache.compiled(r"(?<![\p{L}\p{N}])(?i:" + regex.escape(words[0][:3]) + r")\p{L}{1,12}\s+(?i:"
                               + regex.escape(words[1][:2]) + r")\p{L}{1,12}(?![\p{L}\p{N}])")
            out.append(Alike(rx, name.lower(), "pair2", words[0][:3].casefold()))
        if len(words) == 2 and len(name) >= 6:
            rx = cache.compiled(r"(?<![\p{L}\p{N}])" + regex.escape(words[0]) + r"\s+[\p{L}\p{N}]+(?![\p{L}\p{N}])",
                               regex.IGNORECASE)
            out.append(Alike(rx, name.lower(), "pair", words[0].casefold()))
            # the words may be joined by a hyphen: "Lurch-Optik" for "Luchs Optik"
            rx = cache.compiled(r"(?<![\p{L}\p{N}])[\p{L}\p{N}][\p{L}\p{N}\-]{2,}?(?:\s+|-)" + regex.escape(words[1]) + r"(?![\p{L}\p{N}])",
                               regex.IGNORECASE)
            out.append(Alike(rx, name.lower(), "pair", words[1].casefold()))
        elif len(words) == 1 and len(name) >= 6:
            stem = name[: max(5, round(len(name) * 0.55))]
            rx = cache.compiled(r"(?<![\p{L}\p{N}])" + regex.escape(stem[0].upper()) + "(?i:" + regex.escape(stem[1:])
                               + r")[\p{L}\p{N}]{2,}")
            out.append(Alike(rx, name.lower(), "prefix", stem.casefold()))
            if len(name) >= 7 and name.isalpha():
                # a capitalised word at most two edits away ("Alpenranz" for "Alpenglanz")
                rx = cache.compiled(r"(?<![\p{L}\p{N}])" + regex.escape(name[0].upper()) + "(?i:" + regex.escape(name[1:3])
                                   + r")\p{L}{" + f"{len(name) - 4},{len(name) - 1}" + r"}(?![\p{L}\p{N}])")
                out.append(Alike(rx, name.lower(), "near", name[:3].casefold()))
                # a rhyme: another first letter, the rest at most one edit away ("Glimmerdeck", "Flimmerdreck"),
                # also split by hyphens ("Muh-nert" for "Kuhnert")
                rx = cache.compiled(r"(?<![\p{L}\p{N}])\p{Lu}(?i:" + "-?".join(map(regex.escape, name[1:4])) + r")(?:-?\p{L}){"
                                   + f"{len(name) - 5},{len(name) - 3}" + r"}(?![\p{L}\p{N}])")
                out.append(Alike(rx, name.lower(), "rhyme", name[1:3].casefold()))
            tail = name[-max(4, round(len(name) * 0.45)):].lower()
            if tail.isalpha():
                rx = cache.compiled(r"(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{1,6}(?i:" + regex.escape(tail) + r")(?![\p{L}\p{N}])")
                out.append(Alike(rx, name.lower(), "suffix", tail.casefold()))
    return out


def own_words(entities: dict[str, list[str]]) -> frozenset[str]:
    """The words of the company's own names (lower case): "Endpoint" in a product "Acme Endpoint"
    is the company's vocabulary, not a nickname of a competitor "Nullpoint"."""
    return frozenset(w.lower().lstrip("#@") for label, names in entities.items() if label != "COMPETITOR"
                     for name in names for w in name.split())


def find_alike(text: str, alike, taken: set[int], folded: str | None = None,
               own: frozenset[str] = frozenset()) -> list[tuple[int, int, str, str]]:
    found = []
    folded = text.casefold() if folded is None else folded
    for rx, name, kind, literal, puns in alike:
        if literal not in folded:
            continue
        for m in rx.finditer(text):
            if m.start() in taken:
                continue
            cand = m.group().lower()
            if cand in own:
                continue
            if kind == "pair" and not (0 < edit_distance(_JOINS.sub(" ", cand), name) <= 2):
                continue
            if kind == "near" and (len(cand) < len(name) - 1 or cand.startswith(name) or name.startswith(cand)
                                   or not edit_distance(cand, name) <= 2):
                continue
            if kind == "pair2" and not _both_near(cand, name):
                continue
            if kind == "rhyme" and (cand[0] == name[0] or edit_distance(cand[1:].replace("-", ""), name[1:]) > 1):
                continue
            if kind == "pun" and not _pun_joined(m.group(), name, puns, _LEGAL_FORM.match(text, m.end()) is not None):
                continue
            if kind in ("prefix", "suffix") and (cand in (name, name + "s") or (cand.startswith(name) and len(cand) - len(name) < 4)):
                continue
            found.append((m.start(), m.end(), "COMPETITOR_ALIKE", m.group()))
            taken.update(range(m.start(), m.end()))
    return found


def _pun_words(puns) -> "regex.Pattern | None":
    words = sorted({p.strip().lower() for p in puns if len(p.strip()) >= 4 and p.strip().isalpha()},
                   key=lambda w: (-len(w), w))
    return cache.compiled("(?i:" + "|".join(map(regex.escape, words)) + ")") if words else None


def _pun_joined(word: str, head: str, puns: "regex.Pattern", legal_form: bool) -> bool:
    """Whether ``word`` is the beginning of ``head`` (four letters or more) joined to a scornful word, and the join shows: a hyphen, a capital ("RedFlop"), capitals throughout
    ("REDFAIL") or a legal form after it ("Redschaden AG"); "Redwoodland" or "Hautschaden" alone
    are ordinary words."""
    low = word.lower()
    for cut in range(4, min(len(head), len(word) - 3) + 1):
        if low[:cut] != head[:cut]:
            continue
        rest = word[cut:]
        shown = rest[0] == "-" or rest[0].isupper() and word[cut - 1].islower() or word.isupper() or legal_form
        if shown and puns.match(rest.lstrip("-")):
            return True
    return False


def _both_near(cand: str, name: str) -> bool:
    """Two words, both changed, each by at most two edits and two fifths of its letters ("Kessel
    Thran" for "Kessler Thann")."""
    got, want = _SPACES.split(cand), name.split()
    if len(got) != 2:
        return False
    return all(0 < edit_distance(a, b) <= min(2, len(b) * 2 // 5) for a, b in zip(got, want))


_LINKS = regex.compile(r"(?:https?://|www\.)\S+|(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
                       r"|(?<![\w@])[\w\-]+(?:\.[\w\-]+)*\.[a-zA-Z]{2,}/\S*"
                       r"|(?<![\w@/.\-])(?:[\w\-]+\.)+(?:[a-zA-Z]{2,12})(?![\w.\-])")
# A link or address has no whitespace in it and a "." "@" or ":" (``re`` finds such chunks fastest).
_LINK_CHUNKS = re.compile(r"(?<!\S)[^\s.@:]*[.@:]\S*")


def _links(text: str):
    """``_LINKS.finditer(text)``, searched only in the chunks a link can be in."""
    for chunk in _LINK_CHUNKS.finditer(text):
        yield from _LINKS.finditer(text, chunk.start(), chunk.end())


def find_names(text: str, pattern, labels: dict[str, str], alike=(),
               own: frozenset[str] = frozenset()) -> list[tuple[int, int, str, str]]:
    """(start, end, label, name) for every profile name in ``text``, outside links and addresses."""
    found = []
    taken = set()
    for m in _links(text):
        taken.update(range(m.start(), m.end()))
    folded = text.casefold()
    if pattern is not None and pattern.possible(folded):
        for m in pattern.pattern(text, folded).finditer(text):
            if m.start() in taken:
                continue
            name = m.group("name").lower()
            label = labels.get(_name_key(name)) or labels.get(_name_key(_GENITIVE.sub("", name)))
            if label == "CODENAME" and m.group("name").islower() and not m.group().startswith("#"):
                continue          # "high tide", not the project "Tide"; "#tide" still counts
            if label == "PRODUCT_SHORT":
                tagged = m.group().startswith(("#", "@"))
                if not (tagged or m.group("name")[:1].isupper()) or _NEXT_NAME.match(text, m.end()):
                    continue      # "endlich zuhause"; part of another name: "Vienna City Marathon"
                label = "PRODUCT"
            if label:
                found.append((m.start(), m.end(), label, m.group("name")))
                taken.update(range(m.start(), m.end()))
    for m in _HASHTAG.finditer(text):
        if m.start() in taken:
            continue
        tag = fold_umlauts(m.group().lower())
        for key, label in labels.items():
            if len(key) >= 4 and key in tag and label != "PRODUCT_SHORT":
                found.append((m.start(), m.end(), label, m.group()))
                taken.update(range(m.start(), m.end()))
                break
    if alike:
        found += find_alike(text, alike, taken, folded, own)
    return sorted(found)


def text_of(doc: Doc) -> str:
    """The text ``doc`` was made from: kept by the engine, else joined from the tokens."""
    text = doc.user_data.get(TEXT_KEY)
    return doc.text if text is None else text


@Language.factory("sm_profile_entities", default_config={"entities": {}, "puns": []})
class ProfileEntities:
    def __init__(self, nlp: Language, name: str, entities: dict[str, list[str]], puns: list[str]):
        self.pattern, self.labels = compile_names(entities)
        self.alike = compile_alike(entities.get("COMPETITOR", []), puns)
        self.own = own_words(entities)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for start, end, label, _ in find_names(text_of(doc), self.pattern, self.labels, self.alike, self.own):
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[SPANS_KEY] = spans
        doc.user_data[LABELS_KEY] = frozenset(s.label_ for s in spans)
        return doc


def lacks_entities(doc: Doc, labels: frozenset | None) -> bool:
    """Whether ``doc`` has none of the profile names ``labels`` (a matcher's entity needs;
    empty or None: no need) by the labels the component recorded."""
    if not labels:
        return False
    found = doc.user_data.get(LABELS_KEY)
    if found is None:
        found = {s.label_ for s in entity_spans(doc)}
    return labels.isdisjoint(found)


def entity_spans(doc: Doc, labels: set[str] | None = None) -> list[Span]:
    spans = doc.spans[SPANS_KEY] if SPANS_KEY in doc.spans else []
    return [s for s in spans if labels is None or s.label_ in labels]


# what a model with ``input = "masked"`` reads in place of a profile name: the company's own,
# a competitor's or a secret name look the same for every company
MASKS = {"COMPANY": "xcompanyx", "PRODUCT": "xproductx", "PRODUCT_SHORT": "xproductx",
         "COMPETITOR": "xcompetitorx", "COMPETITOR_ALIKE": "xcompetitorx", "CODENAME": "xcodenamex",
         "NDA_CUSTOMER": "xndacustomerx", "CONFIDENTIAL_TERM": "xinternalx",
         "UNRELEASED_PRODUCT": "xunreleasedx"}
ACCOUNT_WORDS = {"official": "xofficialx"}    # any other account: "xpersonalx"


def account_word(doc: Doc) -> str:
    """The word a masked model reads for the account a post is written from (personal when not given)."""
    return ACCOUNT_WORDS.get(doc.user_data.get(ACCOUNT_KEY), "xpersonalx")


def mask_plan(doc: Doc) -> list[tuple[int, int, str]]:
    """(first token, end token, mask word) of each profile name a masked model reads as one word
    of its kind (:data:`MASKS`), in order and without overlaps."""
    plan, pos = [], 0
    for span in entity_spans(doc):
        if span.start >= pos:
            plan.append((span.start, span.end, MASKS.get(span.label_, "xnamex")))
            pos = span.end
    return plan


def masked_text(doc: Doc, start: int = 0, end: int | None = None) -> str:
    """The text of ``doc`` (characters ``start:end``) as a masked model reads it: the account
    word in front and every name of :func:`mask_plan` replaced by its mask word."""
    text = text_of(doc)
    end = len(text) if end is None else end
    parts, pos = [account_word(doc) + " "], start
    for first, last, word in mask_plan(doc):
        begin, stop = doc[first].idx, doc[last - 1].idx + len(doc[last - 1])
        if begin < pos or stop > end:
            continue
        parts += [text[pos:begin], word]
        pos = stop
    return "".join(parts) + text[pos:end]
