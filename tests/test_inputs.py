"""Readers: every format yields posts whose findings point at the right line and column."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from sm_lint import markdown
from sm_lint.inputs import Post, collect, read_path, read_text

WORD = "Scheißtag"


def _posts(path: Path) -> list[Post]:
    items = list(read_path(path, str(path)))
    assert all(isinstance(i, Post) for i in items), items
    return items


def _where(post: Post, word: str, exact: bool = True) -> tuple[int, int]:
    start = post.text.index(word)
    line, col, end_line, end_col = post.locate(start, start + len(word))
    raw = post.source.line_text(line)[col - 1:end_col - 1]
    assert raw == word if exact else raw.startswith(word[:5]), raw
    return line, col


def test_txt(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(f"Erste Zeile\nZweite: {WORD}!\n", encoding="utf-8")
    (post,) = _posts(p)
    assert post.post_id is None
    assert _where(post, WORD) == (2, 9)


def test_markdown_front_matter_and_markup(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("---\naccount: official\nplatform: x\nimages:\n  - path: a.png\n    credit: Team\n---\n"
                 f"<!-- note: {WORD} -->\n**Fett** und [Link](https://example.org/x) {WORD}\n", encoding="utf-8")
    (post,) = _posts(p)
    assert post.meta["account"] == "official" and post.meta["images"][0]["credit"] == "Team"
    assert post.text.count(WORD) == 1, "HTML comments are not linted as words"
    assert "**" not in post.text and "[" not in post.text
    assert "https://example.org/x" in post.text, "link targets stay for the security rules"
    assert _where(post, WORD) == (9, 44)
    assert post.meta_line(("images", 0)) == 5


def test_markdown_crlf(tmp_path):
    p = tmp_path / "a.md"
    p.write_bytes(f"---\r\nlang: de\r\n---\r\nHallo {WORD}\r\n".encode())
    (post,) = _posts(p)
    assert post.meta["lang"] == "de"
    assert _where(post, WORD) == (4, 7)


def test_jsonl_with_escapes(tmp_path):
    p = tmp_path / "a.jsonl"
    rows = [{"id": "x1", "account": "personal", "text": "Zeile\n„Zitat“ \u00fc " + WORD},
            {"id": "x2", "text": "ok"}]
    p.write_text("\n".join(json.dumps(r, ensure_ascii=True) for r in rows) + "\n", encoding="utf-8")
    first, second = _posts(p)
    assert (first.post_id, second.post_id) == ("x1", "x2")
    assert first.meta == {"account": "personal"}
    line, col = _where(first, WORD, exact=False)
    assert line == 1


def test_json_list_and_posts_object(tmp_path):
    p = tmp_path / "a.json"
    p.write_text(json.dumps({"posts": [{"id": 1, "text": "Hallo"}, {"id": 2, "text": f"Oh {WORD}"}]}, indent=2,
                            ensure_ascii=False),
                 encoding="utf-8")
    posts = _posts(p)
    assert [x.post_id for x in posts] == ["1", "2"]
    assert _where(posts[1], WORD)[0] == 9


def test_csv_quoted_fields(tmp_path):
    p = tmp_path / "a.csv"
    p.write_text('id,platform,text\nh1,x,"Mit, Komma und ""Zitat""\nund Zeilenumbruch ' + WORD + '"\nh2,x,kurz\n',
                 encoding="utf-8")
    first, second = _posts(p)
    assert first.text.startswith('Mit, Komma und "Zitat"')
    assert first.meta["platform"] == "x"
    assert _where(first, WORD) == (3, 19)
    assert second.post_id == "h2" and second.locate(0, 4)[0] == 4


@pytest.mark.parametrize("style", ["|", ">-", "plain", "quoted"])
def test_yaml_scalars(tmp_path, style):
    p = tmp_path / "a.yaml"
    if style == "plain":
        body = f"    text: Hallo {WORD}\n"
    elif style == "quoted":
        body = f'    text: "Hallo {WORD}"\n'
    else:
        body = f"    text: {style}\n      Erste Zeile\n      Hallo {WORD}\n"
    p.write_text("campaign: test\nposts:\n  - id: y1\n    account: official\n" + body, encoding="utf-8")
    (post,) = _posts(p)
    assert post.meta["account"] == "official"
    _where(post, WORD)


def test_text_suppression_comment():
    (post,) = read_text("Hallo sm-lint: ignore[netiquette-profanity, privacy] weil Zitat\n")
    assert post.suppressed == {"netiquette-profanity": "weil Zitat", "privacy": "weil Zitat"}


def test_markdown_disable_directive(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("<!-- sm-lint-disable legal-absolute-claim -- approved by legal -->\nText\n", encoding="utf-8")
    (post,) = _posts(p)
    assert post.suppressed == {"legal-absolute-claim": "approved by legal"}


def test_front_matter_ignore(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("---\nsm-lint: {ignore: [privacy], reason: public hotline}\n---\nText\n", encoding="utf-8")
    (post,) = _posts(p)
    assert post.suppressed == {"privacy": "public hotline"}


def test_folder_walk_skips_hidden_excluded_and_profile(tmp_path):
    (tmp_path / "posts").mkdir()
    (tmp_path / "posts" / "a.txt").write_text("eins", encoding="utf-8")
    (tmp_path / "posts" / "archive").mkdir()
    (tmp_path / "posts" / "archive" / "old.txt").write_text("alt", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("git", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: docs\n", encoding="utf-8")
    profile = tmp_path / "profile.yaml"
    profile.write_text("company: {name: X}\n", encoding="utf-8")
    items = list(collect([str(tmp_path)], ["archive/"], {profile.resolve()}, None))
    assert [Path(i.path).name for i in items] == ["a.txt"]


def test_stdin():
    import io
    items = list(collect(["-"], [], set(), None, io.BytesIO("Hallo vom Terminal".encode())))
    assert items[0].path == "<stdin>" and items[0].text == "Hallo vom Terminal"


def test_mask_keeps_offsets():
    text = "# Titel\n- **fett** _kursiv_ `code` [Link](http://a.b/c \"t\") ![Bild](x.png)\n<b>tag</b>"
    masked = markdown.mask(text)
    assert len(masked) == len(text)
    for word in ("Titel", "fett", "kursiv", "code", "Link", "http://a.b/c", "tag"):
        assert masked.index(word) == text.index(word)
    assert "x.png" not in masked and "<b>" not in masked


def test_drafts_of_the_development_corpus_are_read():
    drafts = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "drafts"
    if not drafts.is_dir():
        pytest.skip("development corpus not present")
    items = list(collect([str(drafts)], [], set(), None))
    assert all(isinstance(i, Post) for i in items)
    assert len(items) == 29
