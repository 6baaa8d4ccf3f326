"""Trained classifiers: shipped checksums, scoring direction, fallbacks, tiny rebuild."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from sm_lint import paths
from sm_lint.models import Classifier, ModelStore, file_sha256, read_checksums
from sm_lint.nlp import blank_pipeline

MODELS = paths.models_dir()
SHIPPED = ["offensive", "stance", "category"]


@pytest.fixture(scope="module")
def store() -> ModelStore:
    return ModelStore()


@pytest.fixture(scope="module")
def nlps():
    return {lang: blank_pipeline(lang) for lang in ("de", "en")}


def score(store, nlps, name, lang, texts):
    clf = store.classifier(name, lang)
    assert isinstance(clf, Classifier), store.warnings
    return clf.score_docs([nlps[lang](t) for t in texts])


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_checksums_match(name):
    folder = MODELS / name
    sums = read_checksums(folder)
    assert "config.cfg" in sums
    assert any(rel.endswith("/model") for rel in sums)
    for rel, digest in sums.items():
        assert file_sha256(folder / rel) == digest, rel


def test_names_and_labels(store):
    assert set(SHIPPED) <= set(store.names())
    for lang in ("de", "en"):
        assert store.classifier("offensive", lang).labels == ["offensive"]
        assert store.classifier("stance", lang).labels == ["opinion", "promotion", "disparaging"]
        assert store.classifier("category", lang).labels == ["confidential", "competitor", "disclaimer", "copyright",
                                                             "security", "netiquette", "privacy", "legal"]
        assert store.classifier("category", lang).input == "masked"
    assert store.classifier("offensive", "fr") is None
    assert store.warnings == []


@pytest.mark.parametrize("lang,bad,good", [
    ("de", ["Du bist so ein dummer Vollidiot, halt endlich die Fresse!",
            "Was für ein widerliches Drecksgesindel, verpisst euch!"],
           ["Vielen Dank für den schönen Abend, bis nächste Woche!",
            "Heute stellen wir unser neues Team in Hamburg vor."]),
    ("en", ["shut up you stupid bitch, nobody likes your ugly ass",
            "fuck these idiots, trash people"],
           ["Thanks everyone for coming to the meetup yesterday!",
            "Our team is presenting the new release on Monday."]),
])
def test_offensive_direction(store, nlps, lang, bad, good):
    bad_scores = [s["offensive"] for s in score(store, nlps, "offensive", lang, bad)]
    good_scores = [s["offensive"] for s in score(store, nlps, "offensive", lang, good)]
    assert min(bad_scores) > 0.5 > max(good_scores)


@pytest.mark.parametrize("lang,post,label", [
    ("en", "Wolfbyte's software is garbage, everyone there is an amateur 🤡", "disparaging"),
    ("de", "Die Produkte von Wolfbyte sind der letzte Schrott, alles Amateure dort.", "disparaging"),
    ("en", "Visit our booth at the Data Summit and get 20% off StreamDesk, register now!", "promotion"),
    ("de", "Besucht uns auf der Messe und holt euch 20 % Rabatt auf StreamDesk, jetzt anmelden!", "promotion"),
])
def test_stance_direction(store, nlps, lang, post, label):
    neutral = {"en": "Sunday hike with the family, weather was great.",
               "de": "Sonntagswanderung mit der Familie, tolles Wetter."}[lang]
    hit, calm = score(store, nlps, "stance", lang, [post, neutral])
    assert hit[label] > calm[label]
    assert calm[label] < 0.5


def test_score_docs_batch_and_empty(store, nlps):
    clf = store.classifier("offensive", "en")
    assert clf.score_docs([]) == []
    out = clf.score_docs([nlps["en"](""), nlps["en"]("hello")])
    assert len(out) == 2 and set(out[0]) == {"offensive"}
    assert all(0.0 <= s["offensive"] <= 1.0 for s in out)


def test_missing_models_folder(tmp_path):
    s = ModelStore(tmp_path / "nowhere")
    assert s.names() == []
    assert s.classifier("offensive", "de") is None
    assert s.classifier("offensive", "en") is None
    assert len(s.warnings) == 1 and "not found" in s.warnings[0]


def test_missing_model(tmp_path):
    s = ModelStore(tmp_path)
    assert s.classifier("offensive", "de") is None
    assert s.classifier("offensive", "de") is None
    assert len(s.warnings) == 1


def _copy(tmp_path: Path) -> Path:
    dst = tmp_path / "models"
    shutil.copytree(MODELS / "offensive", dst / "offensive", ignore=shutil.ignore_patterns("data"))
    return dst


def test_checksum_mismatch(tmp_path):
    models = _copy(tmp_path)
    model = models / "offensive" / "de" / "model"
    model.write_bytes(model.read_bytes()[:1000])
    s = ModelStore(models)
    assert s.classifier("offensive", "de") is None
    assert s.classifier("offensive", "de") is None
    assert len(s.warnings) == 1 and "checksum" in s.warnings[0]
    assert isinstance(s.classifier("offensive", "en"), Classifier)  # other language unaffected


def test_corrupt_file_with_matching_checksum(tmp_path):
    models = _copy(tmp_path)
    folder = models / "offensive"
    (folder / "de" / "model").write_bytes(b"not a model")
    sums = folder / "checksums.sha256"
    sums.write_text("\n".join(
        f"{file_sha256(folder / rel)}  {rel}" for rel in read_checksums(folder)) + "\n")
    s = ModelStore(models)
    assert s.classifier("offensive", "de") is None
    assert len(s.warnings) == 1 and "could not be loaded" in s.warnings[0]


def test_missing_checksums(tmp_path):
    models = _copy(tmp_path)
    (models / "offensive" / "checksums.sha256").unlink()
    s = ModelStore(models)
    assert s.classifier("offensive", "en") is None
    assert len(s.warnings) == 1


def test_tiny_rebuild_is_deterministic(tmp_path):
    from sm_lint import train

    folder = tmp_path / "models" / "tiny"
    (folder / "data").mkdir(parents=True)
    cfg = (MODELS / "stance" / "config.cfg").read_text(encoding="utf-8")
    cfg = cfg.replace("max_epochs = 10", "max_epochs = 2").replace("length = 65536", "length = 1024")
    cfg = cfg.replace('langs = ["de", "en"]', 'langs = ["en"]')
    (folder / "config.cfg").write_text(cfg, encoding="utf-8")
    rows = [json.loads(line) for line in
            (MODELS / "stance" / "data" / "en.jsonl").read_text(encoding="utf-8").splitlines()[:60]]
    (folder / "data" / "en.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    train.build("tiny", models_dir=tmp_path / "models", log=None)
    first = (folder / "checksums.sha256").read_text()
    train.build("tiny", models_dir=tmp_path / "models", log=None)
    assert (folder / "checksums.sha256").read_text() == first
    clf = ModelStore(tmp_path / "models").classifier("tiny", "en")
    assert clf is not None and clf.labels == ["opinion", "promotion", "disparaging"]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_batch_scores_equal_single_scores(store, nlps, lang):
    """Features are computed for a whole batch at once; a post scores the same alone."""
    texts = ["", "Idiot!!! Idiot idiot", "@handle #tag https://example.com/x www.example.org",
             "Wolfbyte ist super. Wolfbyte ist super.", "Join our webinar, 20% off, link in bio",
             "x", "Sonntag am See 🌞🌞"]
    for name in SHIPPED:
        clf = store.classifier(name, lang)
        docs = [nlps[lang](t) for t in texts]
        batch = clf.score_docs(docs)
        for doc, got in zip(docs, batch):
            alone = clf.score_docs([doc])[0]
            assert alone == pytest.approx(got, abs=1e-6)


def test_the_category_model_scores_a_post_the_same_whatever_the_competitor_is_called(store):
    from sm_lint.engine import Engine
    from sm_lint.profile import Profile

    text = "{} support is a bad joke, they take a week to answer and nobody there has a clue."
    scores = []
    for name in ("Redwood", "Zanderhof Systems"):
        nlp = Engine(Profile(company="Acme", competitors=[{"name": name, "aliases": []}])).nlp("en")
        scores.append(store.classifier("category", "en").score_docs([nlp(text.format(name))])[0])
    assert scores[0] == scores[1] and scores[0]["competitor"] > 0.5


def test_a_masked_model_reads_a_doc_as_it_would_read_the_masked_text(store):
    """The rows the model reads without tokenizing again are those of the masked text."""
    from sm_lint.engine import Engine
    from sm_lint.entities import ACCOUNT_KEY, masked_text
    from sm_lint.profile import Profile

    engine = Engine(Profile(company="Acme GmbH", aliases=["Acme"], codenames=["Falcon"],
                            competitors=[{"name": "Redwood", "aliases": ["@redwood_hq"]}]))
    texts = ["Redwood's support (hi @redwood_hq 👋) is a joke, says every Acme-Kunde.",
             "#Falcon kommt im Mai, psst. Redwood wird staunen!!", "", "Nothing to mask here.\n\nReally."]
    clf = store.classifier("category", "de")
    docs = list(engine.nlp("de").pipe(texts))
    docs[1].user_data[ACCOUNT_KEY] = "official"
    direct = clf.score_docs(docs)
    tokenized = clf.score_docs(clf._tokenize([masked_text(d) for d in docs]), masked=True)
    assert direct == tokenized


def test_loading_a_model_leaves_a_paused_cycle_collector_paused():
    """thinc's reader turns the cycle collector back on after each model file; the command
    pauses it for its whole start-up (``cli.run``), so loading a model must not undo that."""
    import gc
    collecting = gc.isenabled()
    gc.disable()
    try:
        assert ModelStore().classifier("offensive", "de") is not None
        assert not gc.isenabled()
    finally:
        if collecting:
            gc.enable()
    assert ModelStore().classifier("offensive", "en") is not None
    assert gc.isenabled() == collecting      # a running collector stays on
