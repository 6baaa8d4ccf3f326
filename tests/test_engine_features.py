"""Engine features used by the rule packs."""
from __future__ import annotations

import os

import pytest

from sm_lint.ruletypes import compile_body
from sm_lint.ruletypes.base import Env


def test_profile_placeholder_in_a_pattern_is_one_alternation(engine):
    """A negative lookahead on {company_domains} must exclude every company domain at once."""
    env = Env(engine.profile, engine.sets, engine.nlp)
    body = {"type": "pattern", "patterns": [r"https://(?!(?:[\w-]+\.)*{company_domains}(?:/|$))\S+"]}
    matcher = compile_body(body, env, "en")
    assert len(matcher.inner.searches) == 1
    pattern = matcher.inner.searches[0].simple
    assert r"brightwave\.example" in pattern.pattern and r"brightwave\-systems\.com" in pattern.pattern
    assert not pattern.search("see https://account.brightwave.example/login")
    assert not pattern.search("see https://brightwave-systems.com/login")
    assert pattern.search("see https://login-brightwave.example.net/sso")


def test_placeholders_still_expand_in_term_lists(engine):
    env = Env(engine.profile, engine.sets, engine.nlp)
    assert "I work at Brightwave" in env.terms(["I work at {company}"], "en")
    assert env.terms(["{company_domains}"], "en", expand=False) == ["{company_domains}"]


def test_set_placeholder_in_a_pattern_takes_the_terms_of_that_language(engine):
    """{@set} in a pattern is one escaped alternation of the set's terms, longest first."""
    sets = dict(engine.sets, animals={"de": ["Ratte", "Ratten", "Sau"], "en": ["rat", "rats", "pig.s"]})
    env = Env(engine.profile, sets, engine.nlp)
    body = {"type": "pattern", "patterns": {"de": [r"\bdu\s+{@animals}\b"], "en": [r"\byou\s+{@animals}\b"]}}
    de = compile_body(body, env, "de").inner.searches[0].simple
    en = compile_body(body, env, "en").inner.searches[0].simple
    assert de.search("du Ratten!").group() == "du Ratten"       # the longer term first
    assert not de.search("du rats")                              # the other language's terms are not there
    assert en.search("you rats").group() == "you rats"
    assert en.search("you pig.s") and not en.search("you pigxs")  # terms are literal, not regular expressions


def test_expression_set_in_a_pattern_is_a_shared_part_of_the_expression(engine):
    """{%set} in a pattern is one group of the set's items taken as regular expressions, in
    their order and in the post's language: a lookbehind several patterns share is kept once."""
    from sm_lint.ruletypes import RuleError
    sets = dict(engine.sets, own={"de": [r"unser\w*", r"mein\w*"], "en": ["our", "my"]},
                nested={"any": ["{%own}"]})
    env = Env(engine.profile, sets, engine.nlp)
    body = {"type": "pattern", "patterns": [r"(?<!\b{%own}\s)\b(?:Drehbuch|script)\b"]}
    de = compile_body(body, env, "de").inner.searches[0].simple
    en = compile_body(body, env, "en").inner.searches[0].simple
    assert de.search("das ganze Drehbuch") and not de.search("unser Drehbuch") and not de.search("meines Drehbuch")
    assert de.search("our Drehbuch")                              # the other language's items are not there
    assert en.search("the whole script") and not en.search("my script")
    with pytest.raises(RuleError, match=r"unknown set \{%nowhere\}"):
        compile_body({"type": "pattern", "patterns": [r"\b{%nowhere}\b"]}, env, "en")
    with pytest.raises(RuleError, match="cannot nest"):
        compile_body({"type": "pattern", "patterns": [r"\b{%nested}\b"]}, env, "en")


def test_a_choice_with_a_body_that_has_no_terms_in_the_language_compiles(engine):
    """A word list with terms in one language only, inside an ``any``: in the other language
    that body can never match, and the other bodies still work."""
    from sm_lint.inputs import Post, Source
    env = Env(engine.profile, engine.sets, engine.nlp)
    body = {"type": "any", "of": [{"type": "lexicon", "terms": {"de": ["Stall"]}}, {"type": "lexicon", "terms": ["pony"]}]}
    matcher = compile_body(body, env, "en")
    doc = engine.nlp("en")("The pony is back in the paddock.")
    assert [doc.text[h.start:h.end] for h in matcher.find(doc, engine.context(Post(Source("<t>", doc.text), doc.text, 0), "en"))] == ["pony"]


def test_unknown_set_in_a_pattern_is_a_rule_error(engine):
    from sm_lint.ruletypes import RuleError
    env = Env(engine.profile, engine.sets, engine.nlp)
    with pytest.raises(RuleError, match=r"unknown set \{@no_such_set\}"):
        compile_body({"type": "pattern", "patterns": [r"\b{@no_such_set}\b"]}, env, "en")


def _shout(doc, ctx, options):
    """A rule function for the test below: the first word in capitals."""
    for token in doc:
        if token.is_upper and len(token) > 1:
            return [(token.idx, token.idx + len(token))]
    return []


def test_python_rules_resolve_built_in_names_and_module_functions(engine):
    from sm_lint.checks import FUNCTIONS
    from sm_lint.engine import resolve_function
    from sm_lint.ruletypes import RuleError

    assert resolve_function("song-lyrics") is FUNCTIONS["song-lyrics"]
    assert resolve_function("tests.test_engine_features:_shout") is _shout
    env = Env(engine.profile, engine.sets, engine.nlp, functions=resolve_function)
    matcher = compile_body({"type": "python", "function": "tests.test_engine_features:_shout"}, env, "en")
    assert [(h.start, h.end) for h in matcher.find(*_doc(engine, "this is LOUD", "en"))] == [(8, 12)]
    assert matcher.find(*_doc(engine, "all quiet", "en")) == []
    with pytest.raises(RuleError, match="no-such-function"):
        compile_body({"type": "python", "function": "no-such-function"}, env, "en")


def test_a_patterns_group_is_its_span_and_what_its_validator_reads(engine):
    """``group`` names the span; the validator reads that span, and a pattern without the group
    reports (and validates) its whole match."""
    env = Env(engine.profile, engine.sets, engine.nlp)
    body = {"type": "pattern", "group": "host", "validate": "external_host",
            "patterns": [r"\bget\s+\S+\.zip\s+from\s+(?P<host>[\w.-]+\.\w+)", r"https?://\S+\.exe"]}
    matcher = compile_body(body, env, "en")
    text = "get pack.zip from files.example and https://dl.example/x.exe, not get own.zip from brightwave.example"
    doc, ctx = _doc(engine, text, "en")
    spans = [text[h.start:h.end] for h in matcher.find(doc, ctx)]
    assert spans == ["files.example", "https://dl.example/x.exe"]     # the company's own host is not external


def _doc(engine, text, lang):
    """The doc of ``text`` and the context of its post, as the engine makes them."""
    from sm_lint.inputs import read_text
    return engine.nlp(lang)(text), engine.context(read_text(text)[0], lang)


def _product_names(products):
    """The profile's product names, as a function of a text: (name, label) for each name found."""
    from sm_lint.entities import compile_names, find_names
    from sm_lint.profile import Profile

    pattern, labels = compile_names(Profile(company="Acme GmbH", aliases=["Acme"], products=products).entities())
    return lambda text: [(text[s:e], label) for s, e, label, _ in find_names(text, pattern, labels)]


def test_product_names_without_the_brand():
    names = _product_names(["Acme Terra", "Acme City"])
    assert names("Die Terra ist ein Traum auf dem Trail.") == [("Terra", "PRODUCT")]
    assert names("Booked the Acme City for Friday.") == [("Acme City", "PRODUCT")]
    assert names("Vienna City Marathon done, my knees hate me.") == []
    assert names("Endlich wieder in der city, mit der terra.") == []
    assert names("Weekend away #citytrip #terra") == [("#terra", "PRODUCT")]


def test_coined_product_names_without_their_edition():
    from sm_lint.profile import Profile

    products = ["WaveDesk Pro", "WaveDesk Lite", "Cloud Backup", "Kestrelpark Nord"]
    assert Profile(company="Acme GmbH", products=products).product_short_names() == ["WaveDesk", "WaveDesk"]
    names = _product_names(products)
    assert names("Honestly, WaveDesk saved my week.") == [("WaveDesk", "PRODUCT")]
    assert names("Upgraded to WaveDesk Pro today.") == [("WaveDesk Pro", "PRODUCT")]
    # a plain word in front of a product's name is no name of its own
    assert names("Our cloud is down, the backup runs tonight.") == []
    assert names("Spaziergang im Kestrelpark heute.") == []


def test_names_with_their_endings():
    from sm_lint.entities import compile_names, find_names
    from sm_lint.profile import Profile

    profile = Profile(company="Acme GmbH", aliases=["Acme"],
                      competitors=[{"name": "Sonnenkinder", "aliases": []}, {"name": "Kestrel", "aliases": []},
                                   {"name": "Lumina", "aliases": []}])
    pattern, labels = compile_names(profile.entities())

    def names(text):
        return [text[s:e] for s, e, _, _ in find_names(text, pattern, labels)]

    assert names("Acme's new office, des Acmes Preise, Acme-Software") == ["Acme's", "Acmes", "Acme-Software"]
    # the German dative plural of a name in -er or -el
    assert names("Bei den Sonnenkindern und den Kestreln ist es anders.") == ["Sonnenkindern", "Kestreln"]
    assert names("Die Luminan, die Sonnenkinderin") == []        # no other ending


def test_names_in_either_spelling_of_their_umlauts():
    from sm_lint.entities import compile_names, find_names
    from sm_lint.profile import Profile

    profile = Profile(company="Acme GmbH", aliases=["Acme"],
                      competitors=[{"name": "Gruenland", "aliases": []}, {"name": "Lüttjen Bau", "aliases": []},
                                   {"name": "Grossmann", "aliases": []}],
                      codenames=["Möwe"])
    pattern, labels = compile_names(profile.entities())

    def names(text):
        return [(text[s:e], label) for s, e, label, _ in find_names(text, pattern, labels)]

    assert names("Grünland und die Luettjen Bau GmbH") == [("Grünland", "COMPETITOR"), ("Luettjen Bau", "COMPETITOR")]
    assert names("Großmann, Projekt Moewe, #GrünlandFail") == [
        ("Großmann", "COMPETITOR"), ("Moewe", "CODENAME"), ("#GrünlandFail", "COMPETITOR")]
    assert names("Gruenlands Preise, Lüttjen-Bau") == [("Gruenlands", "COMPETITOR"), ("Lüttjen-Bau", "COMPETITOR")]
    assert names("Grönland, Grossmarkt, Lutten Bau") == []        # other words stay other words


def test_the_name_patterns_are_the_same_in_every_process():
    """Names of one length come in a fixed order, whatever the order of a set in this process,
    so the compiled patterns are found in the on-disk cache instead of being built anew (and
    the cache does not grow by one pattern per run)."""
    import subprocess
    import sys

    script = """
from sm_lint.entities import compile_alike, compile_names
entities = {"COMPANY": ["Brightwave", "Bright"], "COMPETITOR": ["Stellar Tools", "Redwood", "Stellar", "Blueberg"],
            "CODENAME": ["Kestrel", "Nebula", "Orion", "Vega"], "PRODUCT": ["WaveDesk", "WaveSync"]}
print(compile_names(entities)[0].source)
print([a.rx.pattern for a in compile_alike(entities["COMPETITOR"], ["pleite", "flop", "fail", "murks"])])
"""
    outputs = set()
    for seed in ("1", "2", "3"):
        out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                             env={**os.environ, "PYTHONHASHSEED": seed, "SM_LINT_CACHE": "off"})
        assert out.returncode == 0, out.stderr
        outputs.add(out.stdout)
    assert len(outputs) == 1


def test_a_word_of_the_companys_own_names_is_no_competitor_nickname():
    from sm_lint.entities import compile_alike, compile_names, find_names, own_words
    from sm_lint.profile import Profile

    profile = Profile(company="Acme Ltd", aliases=["Acme"], products=["Acme Endpoint"],
                      competitors=[{"name": "Nullpoint", "aliases": []}])
    entities = profile.entities()
    pattern, labels = compile_names(entities)
    alike = compile_alike(entities["COMPETITOR"])

    def names(text, own=own_words(entities)):
        return [(text[s:e], label) for s, e, label, _ in find_names(text, pattern, labels, alike, own)]

    assert ("Endpoint", "COMPETITOR_ALIKE") in names("Endpoint Detection, das wird nix mehr", own=frozenset())
    assert names("Endpoint Detection, das wird nix mehr") == []
    assert names("Another Nullpunkt launch.") == [("Nullpunkt", "COMPETITOR_ALIKE")]


def test_a_competitor_nickname_may_change_letters_or_their_case():
    from sm_lint.entities import compile_alike, find_alike

    alike = compile_alike(["Brightlake", "Solvana", "NetKraft"])

    def alike_in(text):
        return [text[s:e] for s, e, _, _ in find_alike(text, alike, set())]

    assert alike_in("Die Amateure von Brightflake wieder") == ["Brightflake"]     # two edits away
    assert alike_in("sagt ausgerechnet Solwanna-be") == ["Solwanna"]
    assert alike_in("NetKrampf again") == ["NetKrampf"]                         # inner capital
    assert alike_in("Brightlake and Brightlakes news, Solvanas Preise") == []    # the name itself, inflected
    assert alike_in("Solna is a city, so is Salvador") == []                     # too short or too far


def test_a_competitor_nickname_may_rhyme_change_both_words_or_join_a_scornful_word():
    from sm_lint.entities import compile_alike, find_alike

    alike = compile_alike(["Glimmerdeck", "Kessler Thann", "Polyvera"], puns=["Fail", "Pampe", "Flicker", "Schaden"])

    def alike_in(text):
        return [text[s:e] for s, e, _, _ in find_alike(text, alike, set())]

    assert alike_in("Flimmerdreck hat wieder ein Kartenspiel") == ["Flimmerdreck"]   # another first letter
    assert alike_in("Flimmer-Dreck again, and Flim-merdeck") == ["Flimmer-Dreck", "Flim-merdeck"]    # split by hyphens
    assert alike_in("Schimmer-Decke im Bad, Glimmer-Deck") == []      # two edits away; another first letter needed
    assert alike_in("Kessel Thran wirbt jetzt mit Arbeitsrecht") == ["Kessel Thran"]   # both words changed
    assert alike_in("Wieder Kassler-Thann, nicht Kessler-Thann, und Hafen-Thann") == ["Kassler-Thann"]   # a hyphen joins
    assert alike_in("Kessler Thann wirbt, Kasper Theater auch") == []                   # the name; too far
    # a beginning of the name joined to a scornful word, where the join shows
    assert alike_in("PolyFail again, POLYFAIL forever, Poly-Pampe") == ["PolyFail", "POLYFAIL", "Poly-Pampe"]
    assert alike_in("vor den Kessler-Flickern von gegenüber") == ["Kessler-Flickern"]
    assert alike_in("Bei der Polyschaden AG") == ["Polyschaden"]
    assert alike_in("Polyfail, Polyester, Polyschaden am Lack, Pol-Fail") == []       # an ordinary word, too short
    assert compile_alike(["Polyvera"]) and not [a for a in compile_alike(["Polyvera"]) if a.kind == "pun"]


def test_the_entity_component_takes_nickname_puns_from_the_packs(engine):
    doc = engine.nlp("en")("StellFail strikes again")
    assert [(s.text, s.label_) for s in doc.spans["sm_entities"]] == [("StellFail", "COMPETITOR_ALIKE")]


def test_nickname_puns_may_name_other_sets_of_the_packs(profile, tmp_path):
    from sm_lint.engine import Engine

    pack = tmp_path / "competitor.yaml"
    pack.write_text("pack: competitor\nsets:\n  scorn: {de: [Gurke], en: [Pickle]}\n"
                    "  name_puns: {any: ['@scorn', Flop]}\nrules: []\n", encoding="utf-8")
    doc = Engine(profile, rule_paths=[pack]).nlp("en")("StellPickle, Stell-Gurke and StellFlop again")
    assert [s.text for s in doc.spans["sm_entities"] if s.label_ == "COMPETITOR_ALIKE"] == [
        "StellPickle", "Stell-Gurke", "StellFlop"]


def test_engines_of_several_profiles_may_share_one_model_store(profile):
    from sm_lint.engine import Engine
    from sm_lint.models import ModelStore

    store = ModelStore()
    first, second = Engine(profile, models=store), Engine(profile, models=store)
    assert first.models is store and second.models is store
    assert Engine(profile, models=False).models is None


def test_a_model_most_posts_asked_scores_the_next_batch_in_one_call(engine):
    from sm_lint.ruletypes.requires import Batch

    calls = []

    class FakeClassifier:
        def score_docs(self, docs):
            calls.append(len(docs))
            return [{"rude": 0.9 if "!!!" in d.text else 0.1} for d in docs]

    clf, nlp = FakeClassifier(), engine.nlp("de")
    texts = ["Schon wieder!!!", "Guten Morgen.", "Was soll das!!!", "Schönes Wochenende."]
    first = Batch([nlp(t) for t in texts])
    assert [first.scores(clf, "fake", d)["rude"] for d in first.docs] == [0.9, 0.1, 0.9, 0.1]
    assert calls == [1, 1, 1, 1] and first.busy() == {"fake"}
    second = Batch([nlp(t) for t in texts], first.busy())
    assert [second.scores(clf, "fake", d)["rude"] for d in second.docs] == [0.9, 0.1, 0.9, 0.1]
    assert calls[4:] == [4]                             # the whole batch at the first ask
    rare = Batch([nlp(t) for t in texts])
    rare.scores(clf, "fake", rare.docs[0])
    assert rare.busy() == frozenset()                   # one post in four asked: one by one


def test_proximity_within_a_sentence_or_a_few_tokens(engine):
    from sm_lint.ruletypes import RuleError

    env = Env(engine.profile, engine.sets, engine.nlp)
    body = {"type": "proximity", "anchor": {"type": "lexicon", "terms": ["Kaffee"]},
            "near": {"type": "lexicon", "terms": ["bitte nicht"]}}
    doc, ctx = _doc(engine, "Kaffee aus der Kapsel? Bitte nicht.", "de")
    for within, found in (("sentence", False), (4, True), (["sentence", 4], True), (["sentence", 1], False)):
        matcher = compile_body({**body, "within": within}, env, "de")
        assert bool(matcher.find(doc, ctx)) is found, within
    for bad in ("paragraph", [], [True]):
        with pytest.raises(RuleError):
            compile_body({**body, "within": bad}, env, "de")


def test_a_name_used_as_an_ordinary_word_is_left_out_but_other_mentions_still_count(engine):
    """``entity_unless`` drops the entity inside one of its hits, per mention, not per post."""
    from sm_lint.ruletypes import RuleError

    env = Env(engine.profile, engine.sets, engine.nlp)
    body = {"type": "proximity", "entity": ["COMPETITOR"], "within": 12, "report": "entity",
            "near": {"type": "lexicon", "terms": ["fraud"]},
            "entity_unless": {"type": "pattern", "patterns": [r"\bthe\s+tallest\s+(?:{competitor})\b"]}}
    matcher = compile_body(body, env, "en")
    cases = {
        "Camped under the tallest Redwood in the park, no fraud there.": [],
        "Camped under the tallest Redwood, and Redwood is a fraud.": ["Redwood"],
        "Redwood is a fraud.": ["Redwood"],
    }
    for text, spans in cases.items():
        doc, ctx = _doc(engine, text, "en")
        found = [text[h.start:h.end] for h in matcher.find(doc, ctx)]
        assert found == spans, text
    doc, ctx = _doc(engine, "Camped under the tallest Redwood, and Redwood is a fraud.", "en")
    assert [h.start for h in matcher.find(doc, ctx)] == [doc.text.index("Redwood is")]
    with pytest.raises(RuleError):
        compile_body({**body, "entity_unless": ["the tallest"]}, env, "en")
    names = compile_body({"type": "entity", "entity": ["COMPETITOR"], "entity_unless": body["entity_unless"]},
                         env, "en")
    for text, spans in cases.items():
        doc, ctx = _doc(engine, text, "en")
        assert [text[h.start:h.end] for h in names.find(doc, ctx)] == spans, text
    with pytest.raises(RuleError):
        compile_body({"type": "entity", "entity": ["COMPETITOR"], "entity_unless": "the tallest"}, env, "en")


def test_a_spelled_only_word_keeps_its_spelling_where_its_lemma_meets_another_word(engine):
    """By lemma, "Penner" would meet "pennen" (to sleep) and the pasta "Penne"; the packs' set
    ``spelled_only`` keeps it to its own spelling and endings, in every lemma word list."""
    body = {"type": "lexicon", "terms": ["Penner"]}
    texts = ["Ich geh jetzt pennen.", "Heute Penne mit Pesto in der Kantine.", "So ein Penner.",
             "Diesen Pennern glaubt keiner."]
    found = {}
    for sets in ({k: v for k, v in engine.sets.items() if k != "spelled_only"}, engine.sets):
        matcher = compile_body(body, Env(engine.profile, sets, engine.nlp), "de")
        found["spelled_only" in sets] = [bool(matcher.find(*_doc(engine, t, "de"))) for t in texts]
    assert found == {False: [True, True, True, True], True: [False, False, True, True]}


def test_a_model_is_asked_only_when_its_conditions_hold(engine):
    calls = []

    class FakeClassifier:
        def score_docs(self, docs):
            calls.append(len(docs))
            return [{"rude": 0.9} for _ in docs]

    class FakeModels:
        def classifier(self, name, lang):
            return FakeClassifier()

    env = Env(engine.profile, engine.sets, engine.nlp, models=FakeModels())
    body = {"type": "classifier", "model": "fake", "label": "rude", "threshold": 0.5,
            "when": [{"type": "lexicon", "terms": ["!!!"]}], "unless": [{"type": "lexicon", "terms": ["Mist"]}]}
    matcher = compile_body(body, env, "de")
    assert matcher.find(*_doc(engine, "So ein Mist!!!", "de")) == [] and calls == []    # unless holds
    assert matcher.find(*_doc(engine, "So ein Tag.", "de")) == [] and calls == []       # when does not hold
    assert len(matcher.find(*_doc(engine, "So ein Tag!!!", "de"))) == 1 and calls == [1]


def test_a_quotation_may_contain_apostrophes_inside_words():
    from sm_lint.ruletypes import _find_quotations

    text = "Someone called us 'lazy idiots who can't read a doorbell' today. Be kind to the people at your door."
    assert [text[a:b] for a, b in _find_quotations(text)] == ["'lazy idiots who can't read a doorbell'"]
    text = "It's Tom's bike and I'm not touching it, said nobody ever in our street."
    assert _find_quotations(text) == []


def test_the_tokenizer_built_with_token_match_tokenizes_like_spacys_default_with_it_set():
    import spacy

    from sm_lint import nlp as nlpmod

    texts = ["Don't miss it: www.example.com/x, #Launch2026 & @team.sm!", "Mr. Smith's e-mail: a.b@c.de (3.5 %) :-)",
             "Wir haben's geschafft – z.B. 1.000 € für's Team, s. https://x.example/?a=1."]
    for lang in ("de", "en"):
        ours = nlpmod.blank_pipeline(lang)
        reference = spacy.blank(lang)
        reference.tokenizer.token_match = nlpmod._token_match
        for text in texts:
            assert [t.text for t in ours.make_doc(text)] == [t.text for t in reference.make_doc(text)]


def test_a_search_cut_off_by_the_clock_goes_on_once_and_is_reported_when_it_stops(monkeypatch):
    import regex
    from sm_lint.ruletypes import base

    class Slow:
        """A pattern whose first search runs out of time (a busy machine), the second does not."""
        pattern = "slow"

        def __init__(self, limits):
            self.limits = limits

        def finditer(self, text, pos, endpos, timeout):
            self.limits.append((pos, timeout))
            for m in regex.finditer(r"\d", text[:endpos] if endpos else text):
                if m.start() >= pos:
                    yield m
                    if timeout == base.REGEX_TIMEOUT:
                        raise TimeoutError

    base.GAVE_UP.clear()
    limits = []
    assert [m.group() for m in base.safe_finditer(Slow(limits), "a1b2c3")] == ["1", "2", "3"]
    assert limits == [(0, base.REGEX_TIMEOUT), (2, base.REGEX_RESUME_TIMEOUT)] and base.GAVE_UP == []

    runaway = regex.compile(r"(?:a|aa)+$")
    monkeypatch.setattr(base, "REGEX_TIMEOUT", 0.001)
    monkeypatch.setattr(base, "REGEX_RESUME_TIMEOUT", 0.001)
    assert list(base.safe_finditer(runaway, "a" * 40 + "!")) == []
    assert list(base.safe_matches(runaway, "a" * 40 + "!", [0])) == []
    assert base.GAVE_UP == [runaway.pattern] * 2
    base.GAVE_UP.clear()


def test_the_engine_warns_about_a_post_whose_search_stopped(profile, monkeypatch):
    from sm_lint.engine import Engine
    from sm_lint.inputs import collect
    from sm_lint.ruletypes import base

    warnings = []
    engine = Engine(profile, warn=warnings.append)
    posts = list(collect(["-"], [], set(), None, __import__("io").BytesIO(b"Stellar ist Schrott.")))
    real = base.safe_finditer

    def cut_short(pattern, text, pos=None, endpos=None):
        base.gave_up(pattern)
        return real(pattern, text, pos, endpos)

    monkeypatch.setattr("sm_lint.ruletypes.pattern.safe_finditer", cut_short)
    monkeypatch.setattr("sm_lint.ruletypes.lexicon.safe_finditer", cut_short)
    list(engine.check(posts))
    assert warnings and all("may have findings that are not reported" in w for w in warnings)
    assert base.GAVE_UP == []


def _legal_rule(rule_id: str, extra: str = "", term: str | None = None) -> str:
    """A legal rule for a test pack: a lexicon of ``term``, or the body given in ``extra``."""
    body = f"    type: lexicon\n    terms: [{term}]\n" if term else ""
    return (f"\n  - id: {rule_id}\n    category: legal\n    severity: warning\n    guideline: Recht\n"
            f"    message: {{de: m, en: m}}\n    fix: {{de: f, en: f}}\n    why: {{de: w, en: w}}\n"
            f"    examples: {{match: [], no_match: []}}\n{extra}{body}")


def test_a_fallback_rule_reports_only_posts_its_category_has_not_reported(profile, tmp_path):
    import io

    from sm_lint.engine import Engine
    from sm_lint.inputs import collect

    pack = tmp_path / "legal.yaml"
    # the fallback rule comes first in the pack: it is still asked last
    pack.write_text("pack: legal\nrules:" + _legal_rule("legal-second-opinion", "    fallback: true\n", term="zank")
                    + _legal_rule("legal-first", term="zonk"), encoding="utf-8")
    engine = Engine(profile, rule_paths=[pack])
    def rules_of(text):
        post = next(collect(["-"], [], set(), None, io.BytesIO(text.encode())))
        return [f.rule for f in engine.check_doc(post)]

    reported = [rules_of(t) for t in ("zank und zonk", "nur zank", "nur zonk")]
    assert reported == [["legal-first"], ["legal-second-opinion"], ["legal-first"]]


def test_a_masked_model_reads_the_kind_of_a_name_and_the_account_not_the_name(engine):
    from sm_lint.entities import ACCOUNT_KEY, masked_text

    doc = engine.nlp("en")("Redwood is a joke, says a Brightwave fan.")
    assert masked_text(doc) == "xpersonalx xcompetitorx is a joke, says a xcompanyx fan."
    doc.user_data[ACCOUNT_KEY] = "official"
    assert masked_text(doc, 0, 17) == "xofficialx xcompetitorx is a joke"


def test_a_sure_model_takes_back_the_findings_of_its_category_except_final_rules(profile, tmp_path):
    import io

    from sm_lint.engine import Engine
    from sm_lint.inputs import collect

    model = _legal_rule("legal-model", "    fallback: true\n    type: classifier\n    model: category\n"
                                       "    label: legal\n    threshold: 0.99\n    overrule_below: BELOW\n")
    lexicon = _legal_rule("legal-zonk", term="zonk")
    final = _legal_rule("legal-zank", "    final: true\n", term="zank")

    def rules_of(text, below, models=True):
        pack = tmp_path / "legal.yaml"
        pack.write_text("pack: legal\nrules:" + model.replace("BELOW", str(below)) + lexicon + final, encoding="utf-8")
        engine = Engine(profile, rule_paths=[pack], models=models)
        post = next(collect(["-"], [], set(), None, io.BytesIO(text.encode())))
        return sorted(f.rule for f in engine.check_doc(post))

    text = "Heute gab es zonk und zank zum Mittag."          # harmless: the model scores legal low
    assert rules_of(text, 0.0) == ["legal-zank", "legal-zonk"]        # never overrules
    assert rules_of(text, 0.9) == ["legal-zank"]                      # overrules, except the final rule
    assert rules_of(text, 0.9, models=False) == ["legal-zank", "legal-zonk"]   # no models: rules alone

    # one barbed sentence in a long harmless post: the model, sure of the post, is not sure of
    # that sentence, so the finding in it stays; a value above both takes it back
    long = ("Heute gab es Kuchen im Büro. Die Sonne schien den ganzen Tag und alle waren draußen. "
            "Unser Saft heilt garantiert Krebs, zonk. Morgen ist Teamtag, wir grillen am See. "
            "Ich freue mich schon auf das Wetter.")
    engine = Engine(profile, rule_paths=[tmp_path / "legal.yaml"])
    clf = engine.models.classifier("category", "de")
    doc = engine.nlp("de")(long)
    post_score = clf.score_docs([doc])[0]["legal"]
    barbed = next(s for s in doc.sents if "zonk" in s.text)
    sentence_score = clf.score_spans([barbed])[0]["legal"]
    assert post_score < 0.5 < sentence_score < 0.99
    assert rules_of(long, 0.5) == ["legal-zonk"]
    assert rules_of(long, 0.99) == []
    # overrule_sentence_below sets the sentence's value apart from the post's
    assert rules_of(long, "0.5\n    overrule_sentence_below: 0.99") == []
    assert rules_of(long, "0.99\n    overrule_sentence_below: 0.5") == ["legal-zonk"]


def test_a_classifier_with_min_words_leaves_short_posts_to_the_rules(profile, tmp_path):
    import io

    from sm_lint.engine import Engine
    from sm_lint.inputs import collect

    pack = tmp_path / "legal.yaml"
    pack.write_text("pack: legal\nrules:" + _legal_rule("legal-model", "    fallback: true\n    type: classifier\n"
                                                         "    model: category\n    label: legal\n    threshold: 0.0\n"
                                                         "    min_words: 6\n"), encoding="utf-8")
    engine = Engine(profile, rule_paths=[pack])

    def rules_of(text):
        post = next(collect(["-"], [], set(), None, io.BytesIO(text.encode())))
        return [f.rule for f in engine.check_doc(post)]

    assert rules_of("Heute gab es Kuchen.") == []                                  # four words
    assert rules_of("Heute gab es Kuchen und Kaffee im Büro.") == ["legal-model"]  # eight words, @handles not counted
    assert rules_of("Danke @a_b @c_d @e_f @g_h @i_j!") == []


def test_a_body_written_once_with_a_yaml_alias_is_compiled_once_and_found_once_per_post(engine, monkeypatch):
    """``*name`` in a rule pack is the body of ``&name``: one matcher, whose hits each post
    finds once however many rules ask for them."""
    from sm_lint import yamlpos

    pack = yamlpos.load("""
a: &fraud {type: lexicon, terms: [fraud]}
b: {type: any, of: [*fraud, {type: lexicon, terms: [scam]}]}
c: *fraud
""").value
    assert pack["a"] is pack["c"] is pack["b"]["of"][0]
    assert pack["a"] == {"type": "lexicon", "terms": ["fraud"]}
    env = Env(engine.profile, engine.sets, engine.nlp)
    first, other = compile_body(pack["a"], env, "en"), compile_body(pack["b"], env, "en")
    assert compile_body(pack["c"], env, "en") is first is other.inner.bodies[0] and first.shared
    assert compile_body(dict(pack["a"]), env, "en") is not first        # an equal body of its own
    calls = []
    monkeypatch.setattr(first, "_find", lambda doc, ctx: calls.append(1) or [])
    doc, ctx = _doc(engine, "That is a fraud.", "en")
    first.find(doc, ctx), other.find(doc, ctx), first.find(doc, ctx)
    assert len(calls) == 1


def test_rule_references_compile_once_and_a_cycle_is_a_rule_error(engine):
    """``{rule: ID}`` gives the same matcher each time (found once per post); rules that refer
    to each other in a circle, or to no rule, are reported."""
    from sm_lint.ruletypes import RuleError

    bodies = {"a": {"type": "lexicon", "terms": ["fraud"]}, "b": {"type": "any", "of": [{"rule": "a"}]},
              "x": {"type": "any", "of": [{"rule": "y"}]}, "y": {"type": "any", "of": [{"rule": "x"}]}}
    env = Env(engine.profile, engine.sets, engine.nlp, bodies=bodies)
    first = env.reference("a", "en")
    assert not first.shared
    assert env.reference("b", "en").inner.bodies[0] is first is env.reference("a", "en") and first.shared
    with pytest.raises(RuleError, match="cycle"):
        env.reference("x", "en")
    with pytest.raises(RuleError, match="unknown rule"):
        env.reference("nope", "en")
