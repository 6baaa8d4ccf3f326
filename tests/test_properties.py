"""No Unicode input crashes the readers or the engine, and every finding points inside its post."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings, strategies as st

from sm_lint.engine import Engine
from sm_lint.inputs import Post, read_bytes
from sm_lint.profile import load

from .conftest import FIXTURES

ENGINE = Engine(load(FIXTURES / "profile.yaml"))
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=400)
WORDS = st.lists(st.sampled_from(["Stellar", "Schrott", "#Kestrel", "f*ck", "100 %", "garantiert", "http://10.0.0.1/a.exe",
                                  "bit.ly/x", "\n", "„", "“", "WaveDesk", "😂", "@redwood_sw", "Idiot", "+49 171 1234567",
                                  "ß", "🤡", "---", "**"]), max_size=30).map(" ".join)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_all(items):
    for item in items:
        if isinstance(item, Post):
            for finding in ENGINE.check_doc(item):
                assert 0 <= finding.start <= finding.end <= len(item.text)
                assert finding.line >= 1 and finding.column >= 1
                assert finding.category and finding.severity in ("error", "warning", "info")


@SETTINGS
@given(st.one_of(TEXT, WORDS), st.sampled_from(["txt", "md", "jsonl", "json", "csv", "yaml"]))
def test_any_text_in_any_format(text, fmt):
    _check_all(read_bytes(text.encode("utf-8", "surrogatepass"), "fuzz", fmt))


@SETTINGS
@given(st.one_of(TEXT, WORDS))
def test_any_text_as_a_record(text):
    line = json.dumps({"id": "p", "text": text}, ensure_ascii=bool(len(text) % 2)) + "\n"
    _check_all(read_bytes(line.encode(), "fuzz.jsonl", "jsonl"))
    _check_all(read_bytes(("---\nlang: de\n---\n" + text).encode(), "fuzz.md", "md"))


@SETTINGS
@given(st.binary(max_size=300))
def test_any_bytes(data):
    _check_all(read_bytes(data, "fuzz", "txt"))
