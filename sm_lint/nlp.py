"""The spaCy pipelines: one per language, built once per process and reused.

A pipeline is a blank ``de`` or ``en`` Language with
- a tokenizer that keeps hashtags, @handles, URLs, e-mail addresses and numbers whole,
- ``sm_lemmatizer``: lemmas from a small exception table plus a Snowball stemmer, so that
  inflected forms ("Wettbewerbern", "Konkurrenten") meet the lexicon forms without loading
  a full lookup table,
- ``sentencizer`` for sentence boundaries,
- optionally ``sm_profile_entities`` (added by the engine) marking the company profile's names,
- optionally trained text classifiers sourced from ``models/``.

A pretrained pipeline (e.g. ``de_core_news_sm``) is used instead of the blank one when the
profile names it and it is installed; it is never required.
"""
from __future__ import annotations

import gc
import re
import weakref
from contextlib import contextmanager
from functools import lru_cache

import numpy
import snowballstemmer
import spacy
from spacy.attrs import LEMMA, ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import get_lang_class

from . import cache as disk, paths

LANGS = ("de", "en")
_STEMMER_NAMES = {"de": "german", "en": "english"}

# Tokens that must stay whole: hashtags, handles, e-mail addresses, URLs without scheme.
_TOKEN_MATCH = re.compile(
    r"""^(?:
        [#@][\w\u00C0-\u024F][\w\u00C0-\u024F.\-]*[\w\u00C0-\u024F]   # #hashtag, @handle.with.dots
      | [#@][\w\u00C0-\u024F]                                          # #a
      | [\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+                                  # e-mail address
      | (?:[\w\-]+\.)+(?:com|de|net|org|io|ly|gd|co|me|at|ch|eu|info|biz|app|dev|ai|local|to|gl|cc|tk|xyz|ru|cn)(?:/\S*)?  # bare domains
    )$""",
    re.VERBOSE | re.IGNORECASE,
)


def _token_match(text: str):
    m = _TOKEN_MATCH.match(text)
    if m and text[-1] in ".,;:!?)":
        return None
    return m


@lru_cache(maxsize=None)
def _stemmer(lang: str):
    return snowballstemmer.stemmer(_STEMMER_NAMES.get(lang, "english"))


@lru_cache(maxsize=None)
def _stemmer_version() -> str:
    try:
        from importlib.metadata import version
        return version("snowballstemmer")
    except Exception:       # not installed as a distribution: no cache across versions
        return "unknown"


@lru_cache(maxsize=4)
def lemma_exceptions(lang: str) -> dict[str, str]:
    """Irregular forms the stemmer cannot reach, from ``rules/lemmas/<lang>.tsv``."""
    table: dict[str, str] = {}
    path = paths.rules_dir() / "lemmas" / f"{lang}.tsv"
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#") and "\t" in line:
                form, lemma = line.split("\t", 1)
                table[form.strip().lower()] = lemma.strip().lower()
    return table


def make_lemma_function(lang: str):
    """Return a cached ``word -> lemma`` function for ``lang``."""
    stem = _stemmer(lang).stemWord
    exceptions = lemma_exceptions(lang)
    # the words seen before, with their lemmas (Snowball is slow Python; most words recur)
    cache = disk.table("lemmas", f"{lang}|{_stemmer_version()}|{sorted(exceptions.items())}")

    def lemma(word: str) -> str:
        got = cache.get(word)
        if got is None:
            low = word.lower().lstrip("#")
            got = exceptions.get(low)
            if got is None:
                # keep URLs, handles, numbers and symbols as they are
                got = stem(low) if low.isalpha() else low
            if len(cache) < 200_000:
                cache[word] = got
        return got

    return lemma


@Language.factory("sm_lemmatizer")
class Lemmatizer:
    """Sets ``token.lemma_`` from an exception table and a Snowball stemmer."""

    def __init__(self, nlp: Language, name: str):
        self.lemma = make_lemma_function(nlp.lang)
        self._ids: dict[int, int] = {}      # orth id -> lemma id

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        # through arrays of string ids: no Token objects, each distinct word stemmed once
        ids, lemma, strings = self._ids, self.lemma, doc.vocab.strings
        out = []
        for orth in doc.to_array(ORTH).tolist():
            got = ids.get(orth)
            if got is None:
                got = strings.add(lemma(strings[orth]))
                if len(ids) < 200_000:
                    ids[orth] = got
            out.append(got)
        doc.from_array([LEMMA], numpy.asarray(out, dtype="uint64").reshape(-1, 1))
        return doc


def _tokenizer(nlp: Language) -> Tokenizer:
    """The language's default tokenizer (rules, prefixes, suffixes, infixes) with sm-lint's
    ``token_match``, built once: setting ``token_match`` on a built tokenizer loads all its
    special cases again (about 1,300 for English)."""
    defaults = nlp.Defaults
    prefixes, suffixes, infixes = (_affixes(defaults.prefixes, before="^"), _affixes(defaults.suffixes, after="$"),
                                   _affixes(defaults.infixes))
    return Tokenizer(
        nlp.vocab,
        rules=defaults.tokenizer_exceptions,
        prefix_search=prefixes.search if prefixes else None,
        suffix_search=suffixes.search if suffixes else None,
        infix_finditer=infixes.finditer if infixes else None,
        token_match=_token_match,
        url_match=defaults.url_match,
    )


def _affixes(pieces, before: str = "", after: str = ""):
    """The expression spaCy's ``compile_prefix_regex`` (``before="^"``), ``compile_suffix_regex``
    (``after="$"``) or ``compile_infix_regex`` makes of ``pieces``, compiled with ``regex`` and
    kept in the on-disk cache: ``re`` parses spaCy's large character classes again in every
    process (some 30 ms per language), a cached pattern loads in under a millisecond. The
    tokens are the same. None when there are no pieces."""
    expression = "|".join(before + piece + after for piece in pieces or () if piece.strip())
    return disk.compiled(expression) if expression else None


def blank_pipeline(lang: str) -> Language:
    """A blank pipeline with sm-lint's tokenizer, lemmatizer and sentencizer.

    Used both at run time and by the training command, so that trained models see the
    same tokens as the rules.
    """
    nlp = get_lang_class(lang if lang in LANGS else "en")(create_tokenizer=_tokenizer)
    nlp.add_pipe("sm_lemmatizer")
    nlp.add_pipe("sentencizer", config={"punct_chars": [".", "!", "?", "\n", "…", "。"]})
    _WORD_READERS.setdefault(lang, (nlp.tokenizer, nlp.get_pipe("sm_lemmatizer")))
    _BLANK.add(nlp)         # its terms' tokens can be kept (term_doc)
    return nlp


def term_doc(nlp: Language, term: str, lemmatized: bool) -> Doc:
    """A rule term as a doc of the pipeline's tokens, with lemmas when ``lemmatized``.

    With sm-lint's blank pipeline the tokens of each term are kept in the on-disk cache: the
    terms of the rule packs hardly change from run to run, and a doc made from its words and
    lemmas skips the tokenizer's affix searches and the lemmatizer's array round trip (a check
    of one post makes some 3,500 terms). The tokens and lemmas are the same either way."""
    lemmatizer = nlp.get_pipe("sm_lemmatizer") if lemmatized else None
    if nlp not in _BLANK:
        doc = nlp.make_doc(term)
        return lemmatizer(doc) if lemmatizer is not None else doc
    table = _term_table(nlp.lang)
    got = table.get(term)
    if got is None or "".join(w + " " * s for w, s in zip(*got)) != term:
        doc = nlp.make_doc(term)
        got = table[term] = (tuple(t.text for t in doc), tuple(bool(t.whitespace_) for t in doc))
    words, spaces = got
    lemmas = [lemmatizer.lemma(w) for w in words] if lemmatizer is not None else None
    return Doc(nlp.vocab, words=list(words), spaces=list(spaces), lemmas=lemmas)


@lru_cache(maxsize=4)
def _term_table(lang: str) -> dict:
    from pathlib import Path

    return disk.table("words", f"{lang}|{spacy.__version__}|{disk.content_key(Path(__file__))}")


# per language: the tokenizer and lemmatizer of the first blank pipeline built in this process
_WORD_READERS: dict[str, tuple] = {}
_BLANK: "weakref.WeakSet[Language]" = weakref.WeakSet()


def read_words(lang: str, text: str) -> Doc:
    """``text`` as a doc of sm-lint's tokens with their lemmas (no sentences or entities), as
    the trained models learnt to read it. Uses the first blank pipeline built for ``lang`` in
    this process (usually the engine's), so that reading words builds no second one."""
    if lang not in _WORD_READERS:
        blank_pipeline(lang)
    tokenizer, lemmatizer = _WORD_READERS[lang]
    return lemmatizer(tokenizer(text))


@contextmanager
def collector_kept():
    """Leave the cycle collector as the caller had it: spaCy's and thinc's readers (``srsly``)
    turn it back on after every file, and the command pauses it for its whole start-up."""
    collecting = gc.isenabled()
    try:
        yield
    finally:
        if not collecting:
            gc.disable()


def pretrained_pipeline(name: str, lang: str) -> Language | None:
    """Load an installed pretrained spaCy pipeline, or None when it is not installed."""
    try:
        with collector_kept():
            nlp = spacy.load(name, exclude=["ner", "textcat"])
    except (OSError, ImportError):
        return None
    if nlp.lang != lang:
        return None
    nlp.tokenizer.token_match = _token_match
    if "lemmatizer" not in nlp.pipe_names:
        nlp.add_pipe("sm_lemmatizer")
    if not nlp.has_pipe("parser") and not nlp.has_pipe("senter"):
        nlp.add_pipe("sentencizer")
    return nlp
