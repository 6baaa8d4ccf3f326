"""The literal prefilter of patterns and the fast search of obfuscated spellings must never
change a finding: they only skip searches that cannot match."""
from __future__ import annotations

import json

import pytest
import regex
from hypothesis import assume, example, given, settings, strategies as st

from sm_lint import literals
from sm_lint.ruletypes import lexicon
from sm_lint.ruletypes.pattern import Pattern

from .conftest import SHARED

FLAGS = regex.IGNORECASE | regex.VERSION1


@pytest.mark.parametrize("pattern, expected", [
    (r"\bfoo\s+bar\b", {"foo"}),                      # the longest run wins
    (r"(?:rest|mist)\s+the\s+keys", {"keys"}),       # fewest alternatives on a tie
    (r"(?:reset|rotate)\s+the\s+keys", {"reset", "rotate"}),
    (r"(?:password|kennwort)\s*[:=]", {"password", "kennwort"}),
    (r"x?(?:abc|abd)", {"abc", "abd"}),                # Python's parser factors the prefix out: joined again
    (r"\b(?:photo|pic)s?\b", {"photo", "pic"}),
    (r"\bbad\s+(?:photos|photograph)", {"photos", "photograph"}),
    (r"on\s+the\s+(?:pic|photo)", {"pic", "photo"}),
    (r"(?:foo)?bar", {"bar"}),                         # an optional group is no requirement
    (r"\p{Lu}\p{L}+(?:straße|weg)\s+\d", {"strasse", "weg"}),   # case-folded
    (r"(?i:IBAN)\s*\d", {"iban"}),
    (r"\bthe\s+(?:photo|\bpic)\b", {"photo", "pic"}),   # a word in nearly every post counts as one letter
    (r"\bfür\s+(?:Ihre|deine)", {"ihre", "deine"}),
    (r"\bL\s+to\s+R\b", {"to"}),                     # then the longer string
])
def test_required_literals(pattern, expected):
    assert literals.required(pattern) == frozenset(expected)


@pytest.mark.parametrize("pattern", [
    r"(?:foo){e<=1}",          # fuzzy matching: the literal need not occur
    r"[[:alpha:]]+x",          # POSIX class
    r"[[a-z]--[aeiou]]x",      # set operation
    r"a|b*",                   # a branch without requirement
    r"\d+",
    r"\\p{L}x",                # escaped backslash
    r"(?:foo",                 # invalid
])
def test_no_requirement_when_unsure(pattern):
    assert literals.required(pattern) is None


def test_present():
    assert literals.present(None, "anything")
    assert literals.present(frozenset({"ab", "cd"}), "xxcdxx")
    assert not literals.present(frozenset({"ab", "cd"}), "xxx")


_ATOMS = st.sampled_from(["a", "b", "s", "ß", "k", "ab", "ss", r"\s", r"\d", "[ab]", r"\p{L}", ".", r"\b"])


@st.composite
def small_regexes(draw, depth=2):
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        if depth and draw(st.booleans()):
            inner = "|".join(draw(small_regexes(depth=depth - 1)) for _ in range(draw(st.integers(1, 3))))
            atom = f"(?:{inner})"
        else:
            atom = draw(_ATOMS)
        atom += draw(st.sampled_from(["", "", "?", "*", "+", "{2}", "{0,2}"]))
        parts.append(atom)
    return "".join(parts)


@settings(max_examples=400, deadline=None)
@given(small_regexes(), st.text(alphabet="abskSABKß ẞſ\u212a1.", max_size=12))
def test_required_literals_are_necessary(pattern, text):
    required = literals.required(pattern)
    if _search(regex.compile(pattern, FLAGS), text):
        assert literals.present(required, text.casefold()), (pattern, text, required)


@settings(max_examples=400, deadline=None)
@given(small_regexes(), st.text(alphabet="abskSABKß ẞſ\u212a1.", max_size=12))
def test_other_required_literals_are_necessary_too(pattern, text):
    if _search(regex.compile(pattern, FLAGS), text):
        for group in literals.also(pattern):
            assert literals.present(group, text.casefold()), (pattern, text, group)


def test_a_pattern_needs_each_of_its_required_parts():
    pattern = r"\b(?:ist|sind)\s+(?:ein\s+)?(?:Schwein|Ratte)\b"
    groups = {literals.required(pattern), *literals.also(pattern)}
    assert groups == {frozenset({"ist", "sind"}), frozenset({"schwein", "ratte"})}
    assert literals.also(r"\bfoo\b") == ()
    assert literals.also(r"(?:ab|b)\s+xy") == ()            # parts under three letters say little


def _search(compiled, text):
    """A match, or a skipped example when a random pattern backtracks without end."""
    try:
        return compiled.search(text, timeout=0.5)
    except TimeoutError:
        assume(False)


def _pack_patterns(engine):
    found = []

    def walk(matcher, seen):
        if id(matcher) in seen:
            return
        seen.add(id(matcher))
        if isinstance(matcher, Pattern):
            found.extend((s.simple, s.required, s.starts, s.also) for s in matcher.searches)
        for value in vars(matcher).values():
            for item in value if isinstance(value, (list, tuple)) else [value]:
                if hasattr(item, "find") and hasattr(item, "env"):
                    walk(item, seen)

    seen: set[int] = set()
    for lang in ("de", "en"):
        for _rule, matcher in engine.compiled(lang):
            walk(matcher, seen)
    return found


def _texts(engine):
    texts = [ex["text"] for rule in engine.all_rules for kind in ("match", "no_match")
             for ex in (rule.examples or {}).get(kind, []) if isinstance(ex, dict)]
    corpus = SHARED / "corpus" / "posts.jsonl"
    if corpus.exists():
        texts += [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


def test_every_pack_pattern_has_a_sound_prefilter(engine):
    patterns = _pack_patterns(engine)
    assert len(patterns) > 100
    assert sum(r is not None for _, r, _, _ in patterns) > 0.8 * len(patterns)    # most have one
    assert sum(s is not None for _, _, s, _ in patterns) > 0.5 * len(patterns)    # most begin with one
    assert sum(bool(a) for _, _, _, a in patterns) > 0.1 * len(patterns)         # many need more
    texts = _texts(engine)
    for pattern, required, starts, also in patterns:
        for text in texts:
            folded = text.casefold()
            for m in pattern.finditer(text):
                assert literals.present(required, folded), (pattern.pattern, text)
                assert all(literals.present(group, folded) for group in also), (pattern.pattern, text)
                if starts is not None and len(folded) == len(text):
                    assert any(folded.startswith(s, m.start()) for s in starts), (pattern.pattern, text)


def test_case_classes_match_like_ignorecase():
    chars = [chr(c) for c in range(0x20, 0x2200)] + ["\u1e9e", "\u212a", "\u212b"]
    for letter in "abcdefghijklmnopqrstuvwxyzäöüßå":
        cls = regex.compile("[" + lexicon._cased(letter) + "]", regex.VERSION1)
        ref = regex.compile(regex.escape(letter), FLAGS)
        for ch in chars:
            assert bool(cls.fullmatch(ch)) == bool(ref.fullmatch(ch)), (letter, ch)


_OBFUSCATION_TEXT = st.text(alphabet="idotIDOT1!0*#.-_ @ssuf4au sch3i\n\tme", max_size=40)


@settings(max_examples=500, deadline=None)
@given(_OBFUSCATION_TEXT)
@example("du s4u")
@example("so  ein\n1d10t und dumme   s@u!")
@example("(du\tsau) d.u sau, du sauer, du s*u")
@example("meso ein idiot-sau so\u00a0ein idiot")
def test_obfuscation_search_equals_one_alternation(text):
    words = ["idiot", "dumme sau", "fuck", "scheiss", "sau", "so ein idiot", "du sau"]
    fast = lexicon.obfuscation_search(words)
    assert fast._sides is not None      # terms of several words: only chunk pairs that can hold one are searched
    alts = fast.alts
    full = regex.compile(r"(?<![\p{L}\p{N}])(?:" + "|".join(alts) + r")(?![\p{L}])", regex.VERSION1)
    reported = [m.span() for m in fast.finditer(text) if not m.group().isalpha()]
    expected = [m.span() for m in full.finditer(text) if not m.group().isalpha()]
    assert reported == expected


_MULTI_WORDS = ["dumme sau", "du sau", "so ein idiot", "blöde kuh", "alte hexe", "fuck off", "shut up", "go away",
                "du idiot", "son of a bitch", "bunch of idiots", "waste of space", "dumb ass", "total loser", "go die",
                "so dumm", "sau", "idiot", "loser"]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="dumesaoinbtlökhxfcpgwyr1!0*#.-_ @$4\n\t", max_size=60))
@example("du s4u und so ein 1d10t, shut   u.p")
@example("a bunch of 1diots, s.o.n of a b1tch! go d1e")
@example("total l0ser so dumm du-sau dumb a$$ (blöde k*h)")
@example("go go away alte h3xe waste of sp4ce")
def test_obfuscation_search_of_many_phrases_equals_one_alternation(text):
    # with sixteen or more alternatives of several words, each place is tried with the ones
    # that can begin there, and only in the chunks where such a phrase can begin
    fast = lexicon.obfuscation_search(_MULTI_WORDS)
    assert fast._sides is not None and fast._dispatch["multi"] is not None
    full = regex.compile(r"(?<![\p{L}\p{N}])(?:" + "|".join(fast.alts) + r")(?![\p{L}])", regex.VERSION1)
    reported = [m.span() for m in fast.finditer(text) if not m.group().isalpha()]
    expected = [m.span() for m in full.finditer(text) if not m.group().isalpha()]
    assert reported == expected


_SHARED = lexicon.obfuscation_search(_MULTI_WORDS + ["idiot", "dumme sau", "fuck", "scheiss"])
_SHARED_FULL = regex.compile(r"(?<![\p{L}\p{N}])(?:" + "|".join(_SHARED.alts) + r")(?![\p{L}])", regex.VERSION1)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["du", "s4u", "sau!", "1d10t", "so", "ein", "go", "aw4y", "(du", "sau)", "f*ck", "fück",
                                 "sch3iss", "work!", "https://x.example/s4u", "b1tch", "of", "a", "-", "*", "\n"]),
                max_size=12).map(" ".join))
@example("so ein 1d10t")
@example("work! so ein 1d10t")
def test_obfuscation_search_keeps_what_chunks_hold_across_posts(text):
    # one search over many posts, as in a run: what it keeps of a chunk seen in an earlier post
    # gives the same matches as the whole alternation over this post
    reported = [m.span() for m in _SHARED.finditer(text) if not m.group().isalpha()]
    expected = [m.span() for m in _SHARED_FULL.finditer(text) if not m.group().isalpha()]
    assert reported == expected


def test_search_folds_fully_only_where_it_matters():
    street = literals.Search("strasse", regex.IGNORECASE)
    assert street.pattern("STRASSE", "strasse") is street.simple
    assert street.pattern("Straße", "strasse").search("Straße")          # full folding: ß is ss
    sharp = literals.Search("straße", regex.IGNORECASE)
    assert sharp.pattern("STRASSE 5", "strasse 5").search("STRASSE 5")
    plain = literals.Search("abc", regex.IGNORECASE)
    assert plain.pattern("ABC", "abc") is plain.simple and plain.simple.search("ABC")


@settings(max_examples=400, deadline=None)
@given(small_regexes(), st.text(alphabet="abskSABKß ẞſ\u212a1.", max_size=12))
def test_search_matches_like_full_case_folding(pattern, text):
    search = literals.Search(pattern, regex.IGNORECASE)
    folded = text.casefold()
    reference = regex.compile(pattern, FLAGS)
    try:
        got = ([m.span() for m in search.pattern(text, folded).finditer(text, timeout=0.5)]
               if search.possible(folded) else [])
        want = [m.span() for m in reference.finditer(text, timeout=0.5)]
    except TimeoutError:            # a random pattern that backtracks without end
        assume(False)
    assert got == want, (pattern, text)


@settings(max_examples=300, deadline=None)
@given(st.sets(st.text(alphabet="abß.s \n", min_size=1, max_size=5), min_size=1, max_size=12),
       st.lists(st.text(alphabet="abß.s x\n", max_size=30), min_size=1, max_size=4))
def test_index_finds_every_registered_literal_in_a_text(words, texts):
    index = literals.Index()
    index.MIN_TEXTS = 1
    index.register(words)
    for text in texts:              # chunks are kept from text to text
        folded = text.casefold()
        assert index.found(folded) == {w for w in words if w in folded}    # overlapping, nested, prefixes


def test_index_is_built_only_after_some_texts_and_again_after_a_registration():
    index = literals.Index()
    index.register({"abc"})
    assert all(index.found("xabcx") is None for _ in range(index.MIN_TEXTS - 1))   # each text tests itself
    assert index.found("xabcx") == {"abc"}
    index.register({"xa"})                              # a later requirement is found too
    assert index.found("xabcx") == {"abc", "xa"}
    assert index.register({"", "abc"}) is None          # "" is in every text: no requirement
    assert literals.present(frozenset({"abc"}), "zzz", frozenset()) is False
    assert literals.present(frozenset({"abc"}), "abc", frozenset({"abc"})) is True


def test_literal_requirements_never_change_a_finding(engine, monkeypatch):
    """With the index built from the first text on, rules whose literals a post lacks are
    skipped; the findings must be those of testing every literal in every post."""
    from sm_lint.inputs import read_text

    posts = [p for text in _texts(engine) for p in read_text(text)]   # one post each
    assert len(posts) > 300
    monkeypatch.setattr(literals.INDEX, "_starts", None)
    monkeypatch.setattr(literals.Index, "MIN_TEXTS", 10 ** 9)       # never built: every literal tested
    without = [[f.sort_key() for f in findings] for _, findings in engine.check(posts)]
    monkeypatch.setattr(literals.Index, "MIN_TEXTS", 1)
    with_index = [[f.sort_key() for f in findings] for _, findings in engine.check(posts)]
    assert literals.INDEX._starts is not None
    assert with_index == without
    assert sum(map(len, without)) > 100


def test_lexicon_requirement_keeps_inflected_and_compound_forms(engine):
    """A lemma term needs only its first three letters in the post ("Kunden" for "Kunde"), a
    compound term its literal; obfuscated spellings have no requirement."""
    from sm_lint.ruletypes.lexicon import Lexicon

    env = engine.env()
    lemma = Lexicon({"terms": ["Wettbewerber", "Konkurrenz"]}, env, "de")
    assert lemma.requires == (frozenset({"wet", "kon"}),)
    lower = Lexicon({"terms": ["gute Besserung"], "match": "lower"}, env, "de")
    assert lower.requires == (frozenset({"gute"}),)
    compound = Lexicon({"terms": ["Idiot"], "compounds": 4}, env, "de")
    assert "idiot" in compound.requires[0]
    assert Lexicon({"terms": ["idiot"], "obfuscation": True}, env, "en").requires == ()


@pytest.mark.parametrize("term, text", [
    ("Kunden", "Ein Kunde wartet."),                # a shorter inflected form
    ("Wettbewerber", "Den Wettbewerbern fehlt das."),
    ("#Konkurrenz", "Die Konkurrenz schläft nicht."),
    ("Straße", "Die STRASSE ist gesperrt."),
])
def test_lexicon_hits_contain_their_requirement(engine, term, text):
    from sm_lint.ruletypes.lexicon import Lexicon

    lexicon = Lexicon({"terms": [term]}, engine.env(), "de")
    doc = engine.nlp("de")(text)
    assert lexicon.find(doc, None)
    assert all(literals.present(group, text.casefold()) for group in lexicon.requires)


@pytest.mark.parametrize("pattern, expected", [
    (r"\bfoo\s+bar", {"foo"}),
    (r"(?:reset|rotate)\s+keys", {"reset", "rotate"}),     # a factored-out prefix is joined again
    (r"[Pp]ass(?:word|wort)", {"password", "passwort"}),
    (r"(?i:IBAN)\s*\d", {"iban"}),
    (r"(?<![\w@])\b(?:crying|Reha)\b", {"crying", "reha"}),   # zero width first
])
def test_start_strings(pattern, expected):
    assert literals.starts(pattern) == frozenset(expected)


@pytest.mark.parametrize("pattern", [r"x?abc", r"\p{Lu}abc", r"[^a]bc", r"\d+x", r"(?:a|b*)c", r"(?:ab)*c"])
def test_no_start_strings_when_a_match_can_begin_anywhere(pattern):
    assert literals.starts(pattern) is None


@settings(max_examples=400, deadline=None)
@given(small_regexes(), st.text(alphabet="abskSABKß ẞſ\u212a1. ", max_size=14))
def test_matches_tried_at_start_strings_equal_a_full_search(pattern, text):
    from sm_lint.ruletypes.base import safe_matches

    search = literals.Search(pattern, regex.IGNORECASE)
    folded = text.casefold()
    found = frozenset(lit for lit in (search.starts or ()) if lit in folded)
    positions = search.candidates(text, folded, found)
    assume(positions is not None)
    compiled = search.pattern(text, folded)
    try:
        want = [m.span() for m in compiled.finditer(text, timeout=0.5)]
    except TimeoutError:
        assume(False)
    assert [m.span() for m in safe_matches(compiled, text, positions)] == want, (pattern, text)


_COMPOUND_TERMS = ["Idiot", "Trottel", "Straße", "Assi-Kunde", "Pfosten", "Depp", "Affe"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="idotrelaßSTRASEpfsnkuAK- \u00a0\t\n.,#ẞ", max_size=60))
@example("Vollidiot, Straßen-Trottel und STRASSE-Deppen")
@example("die Assi-Kunden\u00a0Oberpfosten-Affe")
@example("Affen-Depp ß idiotisch")
def test_compound_search_in_chunks_equals_the_whole_text(engine, text):
    """Compounds are searched only in the chunks that hold one of their terms (kept per post):
    the same matches as one search of the whole text, also where casefolding changes lengths."""
    from sm_lint.inputs import Post, read_text
    from sm_lint.ruletypes.lexicon import Lexicon

    compound = Lexicon({"terms": _COMPOUND_TERMS, "compounds": 5}, engine.env(), "de")
    literals.INDEX.prepare()
    post = next(iter(read_text(text)), None)
    assume(isinstance(post, Post))
    doc, ctx = engine.nlp("de")(post.text), engine.context(post, "de")
    assert literals.INDEX.found(post.text.casefold()) is not None
    search = compound.compound
    expected = [m.span() for m in search.pattern(post.text, post.text.casefold()).finditer(post.text)]
    assert compound._compound_spans(doc, ctx, post.text) == expected
