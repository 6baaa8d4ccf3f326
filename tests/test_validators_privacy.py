"""Validators: private phone numbers and e-mail addresses, look-alike domains."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from sm_lint.inputs import read_text
from sm_lint.validators import VALIDATORS, private_email, private_phone


def _ctx(public=(), domains=("brightwave.example",)):
    profile = SimpleNamespace(public_contacts=[c.lower() for c in public], domains=list(domains),
                              internal_domains=[])
    return SimpleNamespace(profile=profile)


@pytest.mark.parametrize("number,score", [
    ("+49 176 55512345", 1.0), ("0151 22334455", 1.0), ("0049 160 9988776", 1.0),
    ("0431 556677", 0.3), ("+49 30 123456-0", 0.3),
    ("0800 1234567", 0.0), ("12345", 0.0),
])
def test_private_phone(number, score):
    assert private_phone(number, _ctx()) == score


def test_public_contact_is_not_private():
    assert private_phone("+49 30 123456-0", _ctx(public=["+49 30 123456-0"])) == 0.0
    assert private_phone("0171 2345678", _ctx(public=["+49 171 2345678"])) == 0.0   # same number, other spelling


@pytest.mark.parametrize("address,score", [
    ("michaela.k84@gmx.de", 1.0), ("someone@t-online.de", 1.0), ("x@googlemail.com", 1.0),
    ("presse@brightwave.example", 0.0), ("anna@partner-firm.example", 0.0),
    ("k.lorenz.privat@mailbox.example", 1.0), ("jan_private@kabel.example", 1.0),
    ("privatkunden@bank.example", 0.0), ("homeoffice-team@partner-firm.example", 0.0),
])
def test_private_email(address, score):
    assert private_email(address, _ctx()) == score


def test_validators_registered():
    assert VALIDATORS["private_phone"] is private_phone and VALIDATORS["private_email"] is private_email


def test_markdown_example_keeps_front_matter():
    post = read_text("---\nimages:\n  - credit: Google\n---\nHallo", fmt="md")[0]
    assert post.meta["images"] == [{"credit": "Google"}] and post.text.strip() == "Hallo"


@pytest.mark.parametrize("text,flagged", [
    ("brightwave-login.example.net", True), ("https://brlghtwave.example/reset", True),
    ("brightwave.example", False), ("BrightwaveDiag_Setup.exe", False), ("wikipedia.org", False),
    ("http://brightwaveIogin.example/reset", True), ("https://brightwave-tickets.example/", True),
    ("brIghtwave-support.example.net", True), ("https://shop.brightwave.example/", False), ("wavelength.example", False),
])
def test_lookalike_domain(text, flagged):
    profile = SimpleNamespace(public_contacts=[], domains=["brightwave.example"], internal_domains=[],
                              company_names=["Brightwave"], products=["WaveDesk"])
    assert bool(VALIDATORS["lookalike_domain"](text, SimpleNamespace(profile=profile))) is flagged


@pytest.mark.parametrize("text,flagged", [
    ("http://nordIicht-login.example/konto", True),     # a capital I for the l, lower-cased by DNS
    ("https://fc-nordIicht-tickets.example/", True), ("nordlicht.example", False), ("licht-und-nord.example", False),
])
def test_lookalike_domain_with_i_for_l(text, flagged):
    profile = SimpleNamespace(public_contacts=[], domains=["nordlicht.example"], internal_domains=[],
                              company_names=["Nordlicht"], products=[])
    assert bool(VALIDATORS["lookalike_domain"](text, SimpleNamespace(profile=profile))) is flagged
