"""The HTTP API of ``sm-lint serve``: a real server process on a loopback port, plus in-process
tests for what a real engine cannot be made to do on demand (slow or failing checks)."""
from __future__ import annotations

import json
import logging
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from types import SimpleNamespace

import httpx
import pytest

from sm_lint import server
from sm_lint.findings import Finding

from .conftest import FIXTURES
from .webserver import ROOT, app_in_thread, running_server

PROFANITY = "Was für ein Scheißtag"
SECRET = "Kennwort-Zebra-4711 Scheißtag"          # must never show up in the server's output
CONTRACT_KEYS = {"path", "post_id", "rule", "category", "severity", "message", "line", "column", "end_line",
                 "end_column", "excerpt", "suggestion"}


@pytest.fixture(scope="module")
def server_log(tmp_path_factory):
    return tmp_path_factory.mktemp("serve") / "serve.log"


@pytest.fixture(scope="module")
def base(server_log):
    with running_server(server_log, "--rules", str(FIXTURES / "web-rules.yaml")) as url:
        yield url


@pytest.fixture(scope="module")
def client(base):
    with httpx.Client(base_url=base, timeout=30) as c:
        yield c


def check(client, **body):
    response = client.post("/v1/check", json=body)
    assert response.status_code == 200, response.text
    return response.json()


# ------------------------------------------------------------------------ checking

def test_healthz(client):
    data = client.get("/healthz").json()
    assert data["status"] == "ok"
    assert data["company"] == "Brightwave Systems GmbH"
    assert data["platforms"]["x"] == 280 and data["platforms"]["mastodon"] == 500


def test_check_reports_like_the_cli_contract(client):
    data = check(client, text=PROFANITY, account="personal", platform="x", lang="auto")
    assert data["version"] == "1"
    assert all(e["path"] != "<draft>" for e in data["errors"])    # only rule-pack problems, if any
    assert data["summary"]["posts"] == 1
    assert data["summary"]["findings"] == len(data["findings"]) >= 1
    finding = next(f for f in data["findings"] if f["rule"] == "netiquette-profanity")
    assert CONTRACT_KEYS <= set(finding)
    assert finding["path"] == "<draft>" and finding["post_id"] is None
    assert finding["category"] == "netiquette" and finding["severity"] == "error"
    assert (finding["line"], finding["column"], finding["end_column"]) == (1, 13, 22)
    assert PROFANITY[finding["start"]:finding["end"]] == finding["excerpt"] == "Scheißtag"
    assert finding["guideline"] == "Nettikette"
    assert finding["suggestion"]
    assert data["summary"]["by_category"]["netiquette"] >= 1


def test_findings_equal_the_cli_json(client):
    text = "Stellar baut nur Schrott. Was für ein Scheißtag!\nShit happens at WaveDesk."
    api = check(client, text=text, account="personal")
    cli = subprocess.run([sys.executable, "-m", "sm_lint", "check", "--config", str(FIXTURES / "profile.yaml"),
                          "--rules", str(FIXTURES / "web-rules.yaml"), "--account", "personal",
                          "--format", "json", "-"], input=text.encode(), capture_output=True, cwd=ROOT)
    expected = json.loads(cli.stdout)
    strip = lambda f: {k: v for k, v in f.items() if k not in ("path", "start", "end", "guideline", "fix")}  # noqa: E731
    assert [strip(f) for f in api["findings"]] == [strip(f) for f in expected["findings"]]
    assert api["summary"]["findings"] == expected["summary"]["findings"]


def test_offsets_count_code_points(client):
    text = "🎉🎉 Launch! Was für ein Scheißtag"
    findings = check(client, text=text, lang="de")["findings"]
    finding = next(f for f in findings if f["rule"] == "netiquette-profanity")
    assert text[finding["start"]:finding["end"]] == "Scheißtag"
    assert all(text[f["start"]:f["end"]] == f["excerpt"] for f in findings if "…" not in f["excerpt"])


def test_blank_draft_has_no_findings(client):
    data = check(client, text="   \n")
    assert data["findings"] == [] and data["summary"]["findings"] == 0


def test_account_and_language_are_applied(client):
    personal = check(client, text="WaveDesk ist einfach großartig!", account="personal")
    official = check(client, text="WaveDesk ist einfach großartig!", account="official")
    assert any(f["category"] == "disclaimer" for f in personal["findings"])
    assert not any(f["category"] == "disclaimer" for f in official["findings"])
    # English profanity is found when the post is read as English.
    assert any(f["rule"] == "netiquette-profanity" for f in check(client, text="Shit happens.", lang="en")["findings"])


@pytest.mark.parametrize("text, lang, phrase", [
    ("WaveDesk ist einfach großartig!", "de", "(Meine private Meinung.)"),
    ("WaveDesk is simply great!", "en", "(Views are my own.)"),
])
def test_disclaimer_fix_inserts_the_marker_and_clears_the_finding(client, text, lang, phrase):
    data = check(client, text=text, account="personal", lang=lang)
    finding = next(f for f in data["findings"] if f["rule"] == "web-test-opinion-unmarked")
    fix = finding["fix"]
    assert fix["insert"] == "\n" + phrase and fix["at"] == len(text)
    fixed = text[:fix["at"]] + fix["insert"] + text[fix["at"]:]
    after = check(client, text=fixed, account="personal", lang=lang)
    assert not any(f["rule"] == "web-test-opinion-unmarked" for f in after["findings"])


def test_findings_without_a_fix_have_no_fix_object(client):
    finding = next(f for f in check(client, text=PROFANITY)["findings"] if f["rule"] == "netiquette-profanity")
    assert "fix" not in finding


def test_batch_keeps_order_and_post_ids(client):
    body = {"posts": [{"id": "p-1", "text": "Shit happens.", "lang": "en"},
                      {"id": 2, "text": "Ein schöner Tag im Büro."},
                      {"id": "p-3", "text": PROFANITY, "account": "official", "platform": "linkedin"}]}
    response = client.post("/v1/check/batch", json=body)
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["summary"]["posts"] == 3
    profanity = [f for f in data["findings"] if f["rule"] == "netiquette-profanity"]
    assert [f["post_id"] for f in profanity] == ["p-1", "p-3"]
    assert "2" not in {f["post_id"] for f in data["findings"]}
    order = {"p-1": 0, "2": 1, "p-3": 2}
    assert [order[f["post_id"]] for f in data["findings"]] == sorted(order[f["post_id"]] for f in data["findings"])
    assert all(f["path"] == "<draft>" for f in data["findings"])
    assert profanity[1]["excerpt"] == "Scheißtag"


def test_concurrent_requests_get_their_own_results(client, base):
    texts = [f"Post {i}: was für ein Scheißtag" if i % 2 else f"Post {i}: ein schöner Tag" for i in range(24)]

    def one(text):
        with httpx.Client(base_url=base, timeout=30) as c:
            return text, c.post("/v1/check", json={"text": text, "lang": "de"}).json()

    with ThreadPoolExecutor(8) as pool:
        for text, data in pool.map(one, texts):
            rules = {f["rule"] for f in data["findings"]}
            assert ("netiquette-profanity" in rules) == ("Scheißtag" in text)
            for f in data["findings"]:
                assert text[f["start"]:f["end"]] == f["excerpt"]


# ------------------------------------------------------------------------ other endpoints

def test_rules(client):
    rules = client.get("/v1/rules").json()["rules"]
    rule = next(r for r in rules if r["id"] == "netiquette-profanity")
    assert rule["category"] == "netiquette" and rule["severity"] == "error"
    assert rule["guideline"] == "Nettikette" and rule["message"]["en"]


def test_openapi(client):
    doc = client.get("/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    assert {"/v1/check", "/v1/check/batch", "/v1/rules", "/healthz"} <= set(doc["paths"])
    assert "413" in doc["paths"]["/v1/check"]["post"]["responses"]


def test_page_and_assets_are_served_locally(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    html = page.text
    assert '<label id="draft-label" for="draft"' in html and 'aria-live="polite"' in html
    assert "default-src 'self'" in page.headers["content-security-policy"]
    for path, media in (("/app.js", "text/javascript"), ("/style.css", "text/css")):
        asset = client.get(path)
        assert asset.status_code == 200 and asset.headers["content-type"].startswith(media)
        assert "https://" not in asset.text and "http://" not in asset.text
    assert "https://" not in html and "http://" not in html


# ------------------------------------------------------------------------ refusals

@pytest.mark.parametrize("body, status, words", [
    (b'{"text": ', 400, "not valid JSON"),
    (b"", 400, "empty request body"),
    (b'["a"]', 400, "JSON object"),
    (b'{"txt": "hello"}', 400, "txt: unknown field"),
    (b'{"lang": "de"}', 400, "text: missing"),
    (b'{"text": 42}', 400, "text: must be a string"),
    (b'{"text": "hi", "lang": "fr"}', 400, "lang: must be one of auto, de, en"),
    (b'{"text": "hi", "account": "company"}', 400, "account: must be one of personal, official"),
    (b'{"text": "hi", "platform": 7}', 400, "platform: must be a string"),
    (b'\xff\xfe', 400, "not UTF-8"),
])
def test_invalid_requests_get_400_naming_the_problem(client, body, status, words):
    response = client.post("/v1/check", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == status
    assert words in response.json()["error"]


@pytest.mark.parametrize("body, words", [
    ({"post": []}, "post: unknown field"),
    ({"posts": "x"}, "posts: missing or not a list"),
    ({"posts": [{"id": "a", "text": "ok"}, {"id": "b"}]}, "posts[1].text: missing"),
    ({"posts": [{"id": [1], "text": "ok"}]}, "posts[0].id: must be a string or an integer"),
    ({"posts": [{"text": "x"}] * (server.MAX_BATCH + 1)}, "posts: too many"),
])
def test_invalid_batches_name_the_field(client, body, words):
    response = client.post("/v1/check/batch", json=body)
    assert response.status_code == 400 and words in response.json()["error"]


def test_body_over_one_megabyte_is_refused(client):
    big = json.dumps({"text": "a" * (server.MAX_BODY + 10)}).encode()
    response = client.post("/v1/check", content=big, headers={"Content-Type": "application/json"})
    assert response.status_code == 413

    def chunks():                       # no Content-Length: the streamed size counts
        for _ in range(20):
            yield b" " * 65536
        yield b'{"text": "x"}'
    response = client.post("/v1/check", content=chunks(), headers={"Content-Type": "application/json"})
    assert response.status_code == 413


def test_unknown_host_and_wrong_method_are_refused(client):
    assert client.get("/", headers={"Host": "attacker.example"}).status_code == 400
    assert client.get("/v1/check").status_code == 405


def test_post_text_is_never_logged(client, server_log):
    check(client, text=SECRET)
    client.post("/v1/check", json={"text": SECRET, "lang": "xx"})
    client.post("/v1/check", content=('{"text": "' + SECRET).encode())
    client.post("/v1/check/batch", json={"posts": [{"id": "s", "text": SECRET}]})
    time.sleep(0.3)
    log = server_log.read_text(encoding="utf-8")
    assert "serving the web page" in log
    assert "Kennwort-Zebra" not in log


# ------------------------------------------------------------------------ in-process: timeouts and failures

class FakeEngine:
    """Stands in for the engine where a real one cannot be made slow or broken on demand."""

    def __init__(self, delay=0.0, fail=False):
        self.delay, self.fail, self.calls = delay, fail, 0
        rule = SimpleNamespace(id="fake-rule", category="netiquette", severity="error", message={"en": "m"},
                               fix={"en": "f"}, guideline="Nettikette", langs=("de", "en"))
        self.all_rules = self.rules = [rule]
        self.errors = []
        self.profile = SimpleNamespace(company="Example GmbH", aliases=["Example"], standard_disclaimer="",
                                       company_names=["Example GmbH", "Example"], disclaimer_phrases=[])

    def severity(self, rule):
        return rule.severity

    def language(self, post):
        return "en"

    def nlp(self, lang):
        return None

    def compiled(self, lang, lazy=False):
        return []

    def prepare(self, langs):
        pass

    def check(self, posts):
        self.calls += 1
        if self.calls > 1:              # the first call is the warm-up
            time.sleep(self.delay)
            if self.fail:
                raise ValueError(f"cannot handle {posts[0].text!r}")
        for post in posts:
            yield post, []


def test_slow_check_gets_503_and_the_server_keeps_answering():
    app = server.create_app(FakeEngine(delay=1.5), timeout=0.3)
    with app_in_thread(app) as url, httpx.Client(base_url=url, timeout=30) as c:
        response = c.post("/v1/check", json={"text": "hello"})
        assert response.status_code == 503
        assert "did not finish within 0.3 s" in response.json()["error"]
        assert c.get("/healthz").status_code == 200


def test_internal_error_keeps_the_text_out_of_response_and_log(caplog):
    app = server.create_app(FakeEngine(fail=True))
    with caplog.at_level(logging.DEBUG), app_in_thread(app) as url, httpx.Client(base_url=url, timeout=30) as c:
        response = c.post("/v1/check", json={"text": SECRET})
    assert response.status_code == 500
    assert "Kennwort-Zebra" not in response.text
    assert "ValueError" in caplog.text and "Kennwort-Zebra" not in caplog.text


def test_engine_warms_up_once_and_checks_are_serialised():
    engine = FakeEngine(delay=0.05)
    active, most = [0], [0]
    lock = threading.Lock()
    original = engine.check

    def counting(posts):
        with lock:
            active[0] += 1
            most[0] = max(most[0], active[0])
        try:
            yield from original(posts)
        finally:
            with lock:
                active[0] -= 1
    engine.check = counting
    def post(i):
        return httpx.post(url + "/v1/check", json={"text": f"t{i}"}, timeout=30).status_code

    with app_in_thread(server.create_app(engine)) as url, ThreadPoolExecutor(6) as pool:
        results = list(pool.map(post, range(12)))
    assert results == [200] * 12
    assert 2 <= engine.calls <= 13     # one warm-up, then rounds of one or more requests
    assert most[0] == 1


@pytest.mark.parametrize("rule, lang, expected", [
    ("disclaimer-private-opinion", "de", "(Meine private Meinung.)"),
    ("disclaimer-private-opinion", "en", "(Views are my own.)"),
    ("disclaimer-product-promotion", "de", "Ich arbeite bei Example GmbH"),
    ("disclaimer-employment-disclosure", "en", "I work at Example GmbH"),
])
def test_fix_phrases(rule, lang, expected):
    checker = server.Checker(FakeEngine())
    finding = Finding("<draft>", None, rule, "disclaimer", "warning", "m", 1, 1, 1, 2, "x")
    fix = checker.fix(finding, "Great product.  ", lang)
    assert fix["at"] == len("Great product.") and fix["insert"] == "\n" + fix["label"]
    assert fix["label"].startswith(expected)
    other = Finding("<draft>", None, "netiquette-profanity", "netiquette", "error", "m", 1, 1, 1, 2, "x")
    assert checker.fix(other, "x", lang) is None


def test_warm_up_compiles_every_rule_of_both_languages(profile, tmp_path, monkeypatch):
    """A server checks many posts: the warm-up leaves no rule to compile on first use, even
    when an earlier run left what each rule needs in the cache."""
    from sm_lint.engine import Engine
    from sm_lint.lazyrules import LazyMatcher

    monkeypatch.setenv("SM_LINT_CACHE", str(tmp_path / "cache"))
    for lang in ("de", "en"):
        Engine(profile).compiled(lang)          # a full compile keeps the rules' needs
    engine = Engine(profile)
    checker = server.Checker(engine)
    try:
        checker.warm_up()
    finally:
        checker.close()
    for lang in ("de", "en"):
        assert engine.compiled(lang)
        assert not any(isinstance(m, LazyMatcher) for _, m in engine.compiled(lang))
