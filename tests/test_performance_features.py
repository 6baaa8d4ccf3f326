"""``check --jobs`` and the on-disk cache: same results, robust cache."""
from __future__ import annotations

import json
import pickle
import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from sm_lint import cache, paths
from sm_lint.cli import main
from sm_lint.engine import Engine
from sm_lint.rulepack import pack_files

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
sys.path.insert(0, str(ROOT / "benchmarks"))

import make_corpus  # noqa: E402

SPICY = [
    {"text": "Meine private Meinung: die Konkurrenz baut nur Schrott, diese Idioten! #fail", "lang": "de"},
    {"text": "Our new product is the best on the market, guaranteed. Totally f***ing amazing.", "lang": "en"},
    {"text": "Passwort für das Test-System: Sommer2026! Bitte nicht weitersagen 😉", "lang": "de"},
    {"text": "What a bunch of m0r0ns at the other company. 100% risk-free returns, buy now!"},
]


@pytest.fixture()
def batch(tmp_path):
    records = list(make_corpus.generate(120, seed=3, source=None))
    for i, extra in enumerate(SPICY * 5):
        records.insert(i * 6, dict(extra, id=f"spicy-{i}", account="personal"))
    path = tmp_path / "posts.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _check(path: Path, *args: str) -> dict:
    result = CliRunner().invoke(main, ["check", "--config", str(FIXTURES / "profile.yaml"), "--format", "json",
                                       "-q", *args, str(path)])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def test_jobs_same_findings_in_same_order(batch, monkeypatch):
    monkeypatch.setenv("SM_LINT_PARALLEL_MIN", "10")      # force the worker processes
    one = _check(batch, "--jobs", "1")
    two = _check(batch, "--jobs", "2")
    assert one["summary"]["posts"] == 140
    assert one["findings"], "the batch should produce findings"
    assert two == one
    ids = [f["post_id"] for f in two["findings"]]
    order = {f"{r}": i for i, r in enumerate(json.loads(line)["id"] for line in batch.read_text().splitlines())}
    assert [order[i] for i in ids] == sorted(order[i] for i in ids)


def test_jobs_small_batch_stays_in_process(batch, monkeypatch):
    from sm_lint import parallel
    monkeypatch.setenv("SM_LINT_PARALLEL_MIN", "100000")
    monkeypatch.setattr(parallel.multiprocessing, "get_context",
                        lambda *a: (_ for _ in ()).throw(AssertionError("no worker processes")))
    assert _check(batch, "--jobs", "2")["summary"]["posts"] == 140


def _engine(profile, rules_dir: Path) -> Engine:
    return Engine(profile, rule_paths=pack_files(rules_dir))


def test_corrupt_cache_files_are_ignored_and_rebuilt(profile, tmp_path, monkeypatch):
    monkeypatch.setenv("SM_LINT_CACHE", str(tmp_path / "cache"))
    first = _engine(profile, paths.rules_dir())
    files = sorted((tmp_path / "cache").glob("packs-*.pickle"))
    assert files, "the loaded rule packs are cached"
    for f in files:
        f.write_bytes(b"\x80\x04 this is not a pickle")
    second = _engine(profile, paths.rules_dir())
    assert [r.id for r in second.all_rules] == [r.id for r in first.all_rules]
    assert not second.errors
    for f in files:
        rules, sets, errors = pickle.loads(f.read_bytes())      # rebuilt, readable again
        assert [r.id for r in rules] == [r.id for r in first.all_rules]
    # the same for the compiled regexes
    cache.save_regexes()
    name = "regex-corrupt-test.pickle"
    (tmp_path / "cache" / name).write_bytes(b"garbage")
    assert cache.read(name) is None
    assert not (tmp_path / "cache" / name).exists()


def test_changed_rule_pack_invalidates_the_cache(profile, tmp_path, monkeypatch):
    monkeypatch.setenv("SM_LINT_CACHE", str(tmp_path / "cache"))
    rules = tmp_path / "rules"
    shutil.copytree(paths.rules_dir(), rules)
    before = _engine(profile, rules)
    rule = before.all_rules[0]
    pack = rule.path
    text = pack.read_text(encoding="utf-8")
    assert f"id: {rule.id}" in text
    pack.write_text(text.replace(f"id: {rule.id}", f"id: {rule.id}-changed", 1), encoding="utf-8")
    after = _engine(profile, rules)
    ids = {r.id for r in after.all_rules}
    assert f"{rule.id}-changed" in ids and rule.id not in ids
    assert len(list((tmp_path / "cache").glob("packs-*.pickle"))) == 2


def test_unwritable_cache_is_not_required(profile, tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("SM_LINT_CACHE", str(blocker / "cache"))
    engine = _engine(profile, paths.rules_dir())
    assert engine.all_rules and not engine.errors
    monkeypatch.setenv("SM_LINT_CACHE", "off")
    assert cache.cache_dir() is None
    assert _engine(profile, paths.rules_dir()).all_rules


def test_posts_are_checked_as_they_are_read(engine, monkeypatch):
    """A stream of posts is not read to its end before the first findings come back."""
    from sm_lint import parallel
    from sm_lint.inputs import read_text

    read = []

    def stream():
        for i in range(5000):
            read.append(i)
            post = read_text(f"Post number {i}: a clean day at the office.")[0]
            post.index = i
            yield post

    for jobs in (1, 2):
        read.clear()
        monkeypatch.setattr(parallel, "BLOCK", 2500)
        first = next(iter(parallel.check(engine, stream(), jobs)))
        assert first[0].index == 0 and first[1] == []
        assert len(read) < 5000, jobs


def test_jobs_blocks_keep_input_order(engine, monkeypatch):
    from sm_lint import parallel
    from sm_lint.inputs import read_text

    monkeypatch.setattr(parallel, "BLOCK", 700)
    monkeypatch.setenv("SM_LINT_PARALLEL_MIN", "600")
    texts = [f"Post {i}: what a bunch of idiots." if i % 7 == 0 else f"Post {i}: nice weather." for i in range(2000)]
    posts = []
    for i, text in enumerate(texts):
        post = read_text(text)[0]
        post.index = i
        posts.append(post)
    got = [(p.index, [f.rule for f in fs]) for p, fs in parallel.check(engine, iter(posts), 2)]
    want = [(p.index, [f.rule for f in fs]) for p, fs in engine.check(posts)]
    assert got == want and [i for i, _ in got] == list(range(2000))


def test_released_source_maps_lines_the_same():
    from sm_lint.source import Source

    text = "first\r\nzweite Zeile mit ü und 😀\nthird\rlast"
    kept, released = Source("f", text), Source("f", text)
    released.release()
    assert released.content == text
    assert list(released.lines()) == list(kept.lines())
    for offset in range(len(text) + 2):
        assert released.line_col(offset) == kept.line_col(offset)
    for line in range(1, 5):
        assert released.line_text(line) == kept.line_text(line)


def test_jsonl_line_separator_inside_a_string_is_not_a_line_break(tmp_path):
    from sm_lint.inputs import Post, read_path

    path = tmp_path / "posts.jsonl"
    path.write_text('{"id": "a", "text": "one\u2028two"}\n{"id": "b", "text": "three"}\n', encoding="utf-8")
    items = list(read_path(path, str(path)))
    assert [type(i) for i in items] == [Post, Post]
    assert items[1].locate(0, 5)[:2] == (2, 22)


def test_offset_runs_are_read_without_expanding():
    from sm_lint.inputs import RunOffsets

    offsets = list(range(10, 30)) + list(range(40, 45)) + [50]
    packed = RunOffsets.pack(offsets)
    assert isinstance(packed, RunOffsets)
    assert [packed.at(i) for i in range(len(offsets) + 1)] == offsets + [51]
    assert packed._runs is not None                # still packed
    assert list(packed) == offsets


def test_cache_keeps_the_newest_entries_of_each_kind_by_count_and_size(tmp_path, monkeypatch):
    import os
    import time

    monkeypatch.setenv("SM_LINT_CACHE", str(tmp_path))
    monkeypatch.setattr(cache, "KEEP_MORE", cache.KEEP + 5)

    def regex_files():
        return sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("regex-"))

    def write(i):
        assert cache.write(f"regex-{i:032x}.pickle", {"n": i})
        os.utime(tmp_path / f"regex-{i:032x}.pickle", (time.time() - 100 + i, time.time() - 100 + i))

    for i in range(cache.KEEP + 3):             # small entries: more than KEEP stay
        write(i)
    assert len(regex_files()) == cache.KEEP + 3
    for i in range(cache.KEEP + 3, cache.KEEP + 8):
        write(i)
    assert len(regex_files()) == cache.KEEP + 5     # at most KEEP_MORE
    assert cache.write("packs-0.pickle", ())        # another kind is counted on its own
    assert "packs-0.pickle" in {p.name for p in tmp_path.iterdir()}
    monkeypatch.setattr(cache, "KIND_BYTES", 0)     # large entries: only the KEEP newest
    write(cache.KEEP + 8)
    assert regex_files() == [f"regex-{i:032x}.pickle" for i in range(9, cache.KEEP + 9)]
    assert cache.read(f"regex-{cache.KEEP + 8:032x}.pickle") == {"n": cache.KEEP + 8}    # the newest stay


def test_lemma_table_is_kept_between_runs(tmp_path, monkeypatch):
    monkeypatch.setenv("SM_LINT_CACHE", str(tmp_path))
    monkeypatch.setattr(cache, "_tables", {})
    table = cache.table("lemmas", "test-key")
    table["Kunden"] = "kund"
    cache.save_tables()
    monkeypatch.setattr(cache, "_tables", {})
    assert cache.table("lemmas", "test-key") == {"Kunden": "kund"}
    assert cache.table("lemmas", "other-key") == {}


@pytest.mark.parametrize("lang", ["de", "en"])
def test_terms_read_from_the_cache_have_the_tokens_and_lemmas_of_the_pipeline(lang, tmp_path, monkeypatch):
    """Every term of the rule packs, made from its cached words, equals the term tokenized and
    lemmatized by the pipeline; an entry that does not spell its term is made again."""
    from sm_lint import nlp as nlpmod
    from sm_lint.profile import Profile
    from sm_lint.rulepack import load_packs
    from sm_lint.ruletypes import Env

    monkeypatch.setenv("SM_LINT_CACHE", str(tmp_path))
    monkeypatch.setattr(cache, "_tables", {})
    nlpmod._term_table.cache_clear()
    _, sets, _ = load_packs(pack_files(paths.rules_dir()))
    env = Env(Profile(), sets, lambda _lang: None)
    terms = sorted({t for name in sets for t in env.terms("@" + name, lang) if t.strip()})
    terms += ["#Hashtag-Aktion", "z. B. www.example.com/x", "  zwei  Leerzeichen ", "E-Mail-Adresse!"]

    def tokens(doc):
        return [(t.text, t.whitespace_, t.lemma_) for t in doc]

    plain = nlpmod.blank_pipeline(lang)
    nlpmod._BLANK.discard(plain)                 # tokenizes every term
    expected = {t: tokens(plain.get_pipe("sm_lemmatizer")(plain.make_doc(t))) for t in terms}
    nlp = nlpmod.blank_pipeline(lang)
    for term in terms:                           # this run fills the table, the next reads it
        nlpmod.term_doc(nlp, term, True)
    cache.save_tables()
    cache._tables.clear()
    nlpmod._term_table.cache_clear()
    table = nlpmod._term_table(lang)
    assert set(terms) <= set(table)
    table[terms[1]] = (("falsch",), (False,))   # damaged: does not spell the term
    nlp = nlpmod.blank_pipeline(lang)
    assert {t: tokens(nlpmod.term_doc(nlp, t, True)) for t in terms} == expected
    assert [t.lemma_ for t in nlpmod.term_doc(nlp, terms[0], False)] == [""] * len(expected[terms[0]])


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_tokenizer_splits_as_spacys_own_affix_rules(lang, tmp_path, monkeypatch):
    """The affix expressions are compiled with ``regex`` and read from the on-disk cache
    instead of compiled with ``re`` in every process; the tokens are those of spaCy's own
    ``compile_prefix_regex``, ``compile_suffix_regex`` and ``compile_infix_regex``, from a
    fresh cache and from a filled one."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, get_lang_class

    from sm_lint import nlp as nlpmod

    reference = get_lang_class(lang)()
    d = reference.Defaults
    spacy_own = Tokenizer(reference.vocab, rules=d.tokenizer_exceptions,
                          prefix_search=compile_prefix_regex(d.prefixes).search,
                          suffix_search=compile_suffix_regex(d.suffixes).search,
                          infix_finditer=compile_infix_regex(d.infixes).finditer,
                          token_match=nlpmod._token_match, url_match=d.url_match)
    texts = [r["text"] for r in make_corpus.generate(300, seed=11, lang=lang)]
    texts += ["(siehe S. 12f.)", "z.B. am 3.5.2026, 10:30 Uhr", "U.S.A.-Reise", "don't won't y'all", "3,5%-Anteil",
              "„Zitat“ – «Guillemets» ‚halb‘", "mail@example.com!", "https://x.example/a?b=1&c=2.", "#tag!!! @handle,",
              "€12,50/1.000.000$", "Hallo…Welt...", "e-Mail-basierte Anti-Viren-Software", "10km/h+20°C", "'quoted'"]
    monkeypatch.setenv("SM_LINT_CACHE", str(tmp_path))
    for _ in range(2):                          # compiled and stored, then read from the cache
        cache.use_regex_cache(f"tokenizer-{lang}")
        tokenizer = nlpmod.blank_pipeline(lang).tokenizer
        for text in texts:
            assert [t.text for t in tokenizer(text)] == [t.text for t in spacy_own(text)], text
        cache.save_regexes()
        monkeypatch.setattr(cache, "_regexes", {})
        monkeypatch.setattr(cache, "_regex_file", [None, False])


def test_damaged_cache_entry_is_compiled_again(tmp_path, monkeypatch):
    monkeypatch.setenv("SM_LINT_CACHE", str(tmp_path))
    monkeypatch.setattr(cache, "_regexes", {})
    monkeypatch.setattr(cache, "_raw", {})
    monkeypatch.setattr(cache, "_regex_file", [None, False])
    cache.write("regex-test.pickle", {("a+b", 0): b"not a pickle", ("c+d", 0): pickle.dumps(cache.regex.compile("c+d"))})
    cache.use_regex_cache("test")
    assert cache._raw and not cache._regexes            # nothing unpickled before it is asked for
    assert cache.compiled("a+b").search("xaab")
    assert cache.compiled("c+d").pattern == "c+d"
    assert not cache._raw


def _run_fresh(code: str) -> None:
    """Run ``code`` in a fresh interpreter (imports start from nothing); it must print "ok"."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr


def test_spacy_is_imported_without_its_command_line_and_keeps_it_on_demand():
    """The engine imports spaCy without ``spacy.cli``; ``import spacy.cli`` and ``spacy.info``
    still work afterwards."""
    _run_fresh(
        "import sys\n"
        "import sm_lint.engine\n"
        "assert not any(m == 'spacy.cli' or m.startswith('spacy.cli.') for m in sys.modules), 'cli loaded'\n"
        "import spacy\n"
        "assert spacy.info()['spacy_version'] == spacy.__version__\n"
        "import spacy.cli\n"
        "assert hasattr(spacy.cli, 'download') and 'spacy.cli.info' in sys.modules\n"
        "print('ok')\n"
    )


def test_a_spacy_that_needs_more_of_its_command_line_is_imported_as_usual(tmp_path):
    package = tmp_path / "spacy"
    (package / "cli").mkdir(parents=True)
    (package / "__init__.py").write_text("from .cli.info import info\nfrom .cli import download\n")
    (package / "cli" / "__init__.py").write_text("def download():\n    return 'real'\n")
    (package / "cli" / "info.py").write_text("def info():\n    return 'real info'\n")
    _run_fresh(
        "import sys\n"
        f"sys.path.insert(0, {str(tmp_path)!r})\n"
        "from sm_lint.spacy_import import import_spacy\n"
        "spacy = import_spacy()\n"
        "assert spacy.download() == 'real' and spacy.info() == 'real info'\n"
        "print('ok')\n"
    )


def test_a_short_run_compiles_only_the_rules_its_posts_need_and_finds_the_same(profile, tmp_path, monkeypatch):
    """After one full compile, a run of a few posts compiles a rule only when a post has the
    literals and entities its hits need; each post's findings are those of the full compile."""
    from sm_lint.inputs import read_text
    from sm_lint.lazyrules import LazyMatcher

    from .conftest import SHARED

    monkeypatch.setenv("SM_LINT_CACHE", str(tmp_path / "cache"))
    texts = [ex["text"] for rule in Engine(profile).all_rules for kind in ("match", "no_match")
             for ex in (rule.examples or {}).get(kind, []) if isinstance(ex, dict)]
    corpus = SHARED / "corpus" / "posts.jsonl"
    if corpus.exists():
        texts += [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines() if line]
    posts = [read_text(t)[0] for t in texts]
    eager = Engine(profile)
    for lang in ("de", "en"):
        eager.compiled(lang)                      # a full compile keeps what each rule needs
    expected = [[f.sort_key() for f in eager.findings(p, eager.nlp(eager.language(p))(p.text), eager.language(p))]
                for p in posts]
    short = Engine(profile)
    first = [f.sort_key() for _, findings in short.check(posts[:1]) for f in findings]
    lazy = [m for _, m in short._compiled[short.language(posts[0])] if isinstance(m, LazyMatcher)]
    assert lazy and sum(not m.compiled for m in lazy) > len(lazy) / 2      # most rules wait
    assert first == expected[0]
    got = [[f.sort_key() for f in findings] for p in posts for _, findings in short.check([p])]
    assert got == expected
    assert sum(map(len, expected)) > 100


def test_a_short_run_still_says_once_that_the_models_folder_is_missing(tmp_path, monkeypatch):
    monkeypatch.setenv("SM_LINT_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(paths, "models_dir", lambda: tmp_path / "no-models")
    post = tmp_path / "a.txt"
    post.write_text("Schönen Feierabend allerseits!\n", encoding="utf-8")
    for _ in range(2):                       # the second run compiles only what the post needs
        result = CliRunner().invoke(main, ["check", "--config", str(FIXTURES / "profile.yaml"), str(post)])
        assert result.exit_code == 0
        assert result.stderr.count("models folder") == 1


def test_the_command_runs_start_up_without_full_collections(tmp_path):
    """``sm-lint`` (``cli.run``) pauses the cycle collector during start-up and freezes what it
    built (later collections leave it alone), and leaves the collector on. ``cli.main``, which
    callers import, leaves the collector alone: it collects as usual and freezes nothing."""
    import subprocess
    import sys

    post = tmp_path / "a.txt"
    post.write_text("Heute war ein guter Tag im Team, danke an alle!", encoding="utf-8")
    head = """
import gc, sys
full = []
gc.callbacks.append(lambda phase, info: phase == "stop" and info["generation"] == 2 and full.append(1))
from sm_lint import cli
"""
    scripts = {
        "run": f"""sys.argv = ["sm-lint", "check", "-q", {str(post)!r}]
try:
    cli.run()
except SystemExit:
    pass
print("result", gc.isenabled(), gc.get_freeze_count() > 50_000)""",
        "main": f"""from click.testing import CliRunner
CliRunner().invoke(cli.main, ["check", "-q", {str(post)!r}])
print("result", gc.isenabled(), gc.get_freeze_count() == 0, len(full) > 0)""",
    }
    expected = {"run": "True True", "main": "True True True"}
    for name, script in scripts.items():
        out = subprocess.run([sys.executable, "-c", head + script], capture_output=True, text=True, timeout=300,
                             cwd=tmp_path)
        got = [line.split(" ", 1)[1] for line in out.stdout.splitlines() if line.startswith("result ")]
        assert got == [expected[name]], (name, out.stdout, out.stderr)
