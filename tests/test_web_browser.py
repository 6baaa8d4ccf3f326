"""The web page in a real browser: Debian's chromium, headless, driven by Playwright.

Screenshots are written to ``test-artifacts/``.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from .conftest import FIXTURES
from .webserver import ROOT, running_server

CHROMIUM = next((p for p in (os.environ.get("SM_LINT_CHROMIUM"), shutil.which("chromium"),
                             shutil.which("chromium-browser"), "/usr/bin/chromium") if p and Path(p).exists()), None)
REQUIRED = bool(os.environ.get("SM_LINT_REQUIRE_BROWSER"))     # set by CI: never skip there
pytestmark = pytest.mark.skipif(CHROMIUM is None and not REQUIRED,
                                reason="chromium not found (apt-get install chromium); the browser test needs it")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    log = tmp_path_factory.mktemp("serve-browser") / "serve.log"
    with running_server(log, "--rules", str(FIXTURES / "web-rules.yaml")) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    if CHROMIUM is None:
        pytest.fail("SM_LINT_REQUIRE_BROWSER is set but chromium was not found")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def open_page(browser, base, locale):
    from playwright.sync_api import expect
    context = browser.new_context(locale=locale, viewport={"width": 1100, "height": 1000})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(base + "/")
    expect(page.locator("#company")).to_contain_text("Brightwave")
    return context, page, errors


def test_german_draft_is_highlighted_explained_and_fixed(browser, base):
    from playwright.sync_api import expect
    context, page, errors = open_page(browser, base, "de-DE")
    try:
        expect(page.get_by_role("textbox", name="Dein Entwurf")).to_be_visible()
        expect(page.locator("html")).to_have_attribute("lang", "de")
        draft = page.get_by_role("textbox", name="Dein Entwurf")
        draft.click()
        page.keyboard.type("Was für ein Scheißtag")

        mark = page.locator("#mirror mark.hl-error")
        expect(mark).to_have_text("Scheißtag")
        item = page.locator('#findings li[data-rule="netiquette-profanity"]')
        expect(item.locator(".message")).to_contain_text("Scheißtag")             # the rule's message
        expect(item).to_contain_text("Nettikette")                           # the guideline point
        expect(item).to_contain_text("So behebst du es")
        expect(page.locator("#status")).to_contain_text("1 Befund")
        expect(page.locator("#count")).to_contain_text("21 / 3000")

        # Keyboard: from the draft, Tab reaches "Im Text zeigen", Enter selects the finding in the text.
        page.keyboard.press("Tab")
        expect(page.locator(":focus")).to_have_text("Im Text zeigen")
        page.keyboard.press("Enter")
        selected = draft.evaluate("el => el.value.slice(el.selectionStart, el.selectionEnd)")
        assert selected == "Scheißtag"
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "web-page-profanity-de.png"), full_page=True)

        # A personal post praising the company's product without a disclaimer: a one-click fix.
        draft.fill("")
        draft.click()
        page.keyboard.type("WaveDesk ist einfach großartig, das beste Tool im Team!")
        fix_buttons = page.locator("#findings button.btn-fix")
        expect(fix_buttons.first).to_be_visible()
        expect(page.locator("#mirror mark")).not_to_have_count(0)
        page.screenshot(path=str(ARTIFACTS / "web-page-disclaimer-de.png"), full_page=True)
        for _ in range(4):                          # each fix adds one marker; others may follow
            if fix_buttons.count() == 0:
                break
            before = draft.input_value()
            fix_buttons.first.click()
            expect(draft).not_to_have_value(before)
            page.wait_for_function("() => !document.querySelector('#status').classList.contains('busy')")
        expect(fix_buttons).to_have_count(0)
        assert "(Meine private Meinung.)" in draft.input_value()
        expect(page.locator('#findings li[data-rule="web-test-opinion-unmarked"]')).to_have_count(0)
        page.screenshot(path=str(ARTIFACTS / "web-page-fixed-de.png"), full_page=True)
        assert errors == []
    finally:
        context.close()


def test_english_interface_and_platform_limit(browser, base):
    from playwright.sync_api import expect
    context, page, errors = open_page(browser, base, "en-US")
    try:
        draft = page.get_by_role("textbox", name="Your draft")
        expect(page.get_by_label("Platform")).to_be_visible()
        page.get_by_label("Platform").select_option("x")
        page.get_by_label("Language of the post").select_option("en")
        draft.click()
        page.keyboard.type("This shitty release again. ")
        expect(page.locator("#mirror mark.hl-error")).to_have_text("shitty")
        expect(page.locator('#findings li[data-rule="netiquette-profanity"] .message')).to_contain_text("shitty")
        expect(page.locator("#count")).to_contain_text("/ 280 characters on X")
        draft.fill("Long post. " * 30)                 # 330 characters: over the limit of X
        expect(page.locator("#count")).to_have_class("count over")
        expect(page.locator("#count")).to_contain_text("50 characters too many for X")
        expect(page.locator("#status")).to_contain_text("No findings")
        page.screenshot(path=str(ARTIFACTS / "web-page-en.png"), full_page=True)
        assert errors == []
    finally:
        context.close()
