"""The company profile: discovery, validation and the names it gives the rules."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from . import yamlpos
from .schema import Choice, MapOf, OneOf, Required, validate

PROFILE_NAMES = (".sm-lint.yaml", ".sm-lint.yml")
SEVERITIES = ("error", "warning", "info")

_NAMES = [str]
SCHEMA = {
    "company": Required({
        "name": Required(str),
        "aliases": _NAMES,
        "products": _NAMES,
        "domains": _NAMES,
    }),
    "competitors": [OneOf(str, {"name": Required(str), "aliases": _NAMES, "products": _NAMES,
                                "domains": _NAMES})],
    "confidential": {
        "codenames": _NAMES,
        "customers_under_nda": _NAMES,
        "internal_domains": _NAMES,
        "terms": _NAMES,
        "unreleased_products": _NAMES,
    },
    "disclaimer": {"phrases": _NAMES, "standard": str},
    "rules": {
        "select": _NAMES,
        "ignore": _NAMES,
        "severity": MapOf(Choice(*SEVERITIES)),
    },
    "account": Choice("personal", "official"),
    "language": Choice("auto", "de", "en"),
    # extensions
    "exclude": _NAMES,
    "allow": _NAMES,
    "public_contacts": _NAMES,
    "pipelines": {"de": str, "en": str},
    "models": bool,
}


class ProfileError(Exception):
    """An invalid profile; ``problems`` holds (line, message) pairs."""

    def __init__(self, path: Path | None, problems: list[tuple[int | None, str]]):
        self.path = path
        self.problems = problems
        where = str(path) if path else "<profile>"
        super().__init__("\n".join(f"{where}:{line or 1}: {msg}" for line, msg in problems))


@dataclass
class Profile:
    path: Path | None = None
    company: str = ""
    aliases: list[str] = field(default_factory=list)
    products: list[str] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)
    competitors: list[dict] = field(default_factory=list)
    codenames: list[str] = field(default_factory=list)
    customers_under_nda: list[str] = field(default_factory=list)
    internal_domains: list[str] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)
    unreleased_products: list[str] = field(default_factory=list)
    disclaimer_phrases: list[str] = field(default_factory=list)
    standard_disclaimer: str = ""
    select: list[str] = field(default_factory=lambda: ["all"])
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    account: str = "personal"
    language: str = "auto"
    exclude: list[str] = field(default_factory=list)
    allow: list[str] = field(default_factory=list)
    public_contacts: list[str] = field(default_factory=list)
    pipelines: dict[str, str] = field(default_factory=dict)
    models: bool = True

    @property
    def company_names(self) -> list[str]:
        return _unique([self.company, *self.aliases])

    @property
    def competitor_names(self) -> list[str]:
        names = []
        for comp in self.competitors:
            names += [comp["name"], *comp.get("aliases", []), *comp.get("products", [])]
        return _unique(names)

    def competitor_of(self, name: str) -> str:
        """The competitor's main name for any of its names and their forms ("X's", "Xs", "X-Software")."""
        low = name.lower().lstrip("#@").replace("’", "'")
        candidates = [low, low.removesuffix("'s"), low.split("-")[0], low.removesuffix("s")]
        for comp in self.competitors:
            aliases = {a.lower().lstrip("#@") for a in [comp["name"], *comp.get("aliases", []), *comp.get("products", [])]}
            if any(c in aliases for c in candidates):
                return comp["name"]
        return name

    def product_short_names(self) -> list[str]:
        """The names people shorten a product to: "Terra" for "Acme Terra" (the brand in front of
        a model name dropped) and "WaveDesk" for "WaveDesk Pro" (a coined name, one word with a
        capital inside, said without the edition or model after it)."""
        brands = sorted((n for n in self.company_names if not n.startswith(("@", "#"))), key=len, reverse=True)
        short = []
        for product in self.products:
            for brand in brands:
                rest = product[len(brand):].strip() if product.lower().startswith(brand.lower() + " ") else ""
                if len(rest) >= 4 and rest[:1].isupper():
                    short.append(rest)
                    break
            head, _, tail = product.partition(" ")
            if tail and len(head) >= 5 and _COINED.search(head):
                short.append(head)
        return short

    def entities(self) -> dict[str, list[str]]:
        """The names that the profile entity component marks, by label."""
        return {
            "COMPANY": self.company_names,
            "PRODUCT": _unique(self.products),
            "PRODUCT_SHORT": _unique(self.product_short_names()),
            "COMPETITOR": self.competitor_names,
            "CODENAME": _unique(self.codenames),
            "NDA_CUSTOMER": _unique(self.customers_under_nda),
            "CONFIDENTIAL_TERM": _unique(self.terms),
            "UNRELEASED_PRODUCT": _unique(self.unreleased_products),
        }


_COINED = re.compile(r"[a-zäöüß][A-ZÄÖÜ]")   # a capital after a small letter: "WaveDesk"


def _unique(items) -> list[str]:
    seen, out = set(), []
    for item in items:
        item = str(item).strip()
        if item and item.lower() not in seen:
            seen.add(item.lower())
            out.append(item)
    return out


def parse(text: str, path: Path | None = None) -> Profile:
    """Validate and read a profile; raise :class:`ProfileError` naming file, line and key."""
    try:
        loaded = yamlpos.load(text)
    except yamlpos.YamlError as exc:
        raise ProfileError(path, [(exc.line, exc.message)]) from None
    data = loaded.value
    if data is None:
        data = {}
    problems = validate(data, SCHEMA, loaded)
    if problems:
        raise ProfileError(path, problems)
    company = data["company"]
    conf = data.get("confidential") or {}
    rules = data.get("rules") or {}
    competitors = [c if isinstance(c, dict) else {"name": c} for c in data.get("competitors") or []]
    return Profile(
        path=path,
        company=company["name"],
        aliases=company.get("aliases") or [],
        products=company.get("products") or [],
        domains=[d.lower() for d in company.get("domains") or []],
        competitors=competitors,
        codenames=conf.get("codenames") or [],
        customers_under_nda=conf.get("customers_under_nda") or [],
        internal_domains=[d.lower() for d in conf.get("internal_domains") or []],
        terms=conf.get("terms") or [],
        unreleased_products=conf.get("unreleased_products") or [],
        disclaimer_phrases=(data.get("disclaimer") or {}).get("phrases") or [],
        standard_disclaimer=(data.get("disclaimer") or {}).get("standard") or "",
        select=rules.get("select") or ["all"],
        ignore=rules.get("ignore") or [],
        severity=rules.get("severity") or {},
        account=data.get("account", "personal"),
        language=data.get("language", "auto"),
        exclude=data.get("exclude") or [],
        allow=data.get("allow") or [],
        public_contacts=[c.lower() for c in data.get("public_contacts") or []],
        pipelines=data.get("pipelines") or {},
        models=data.get("models", True),
    )


def load(path: Path) -> Profile:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ProfileError(path, [(None, "profile not found")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(path, [(None, f"cannot read profile: {exc}")]) from None
    return parse(text, path)


def discover(start: Path) -> Path | None:
    """Find the profile for ``start``: ``.sm-lint.yaml`` or ``[tool.sm-lint] profile`` upwards."""
    start = start.resolve()
    for folder in [start, *start.parents]:
        for name in PROFILE_NAMES:
            candidate = folder / name
            if candidate.is_file():
                return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                table = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {}).get("sm-lint")
            except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as exc:
                raise ProfileError(pyproject, [(None, f"cannot read pyproject.toml: {exc}")]) from None
            if isinstance(table, dict) and table.get("profile"):
                return (folder / str(table["profile"])).resolve()
    return None


STARTER = """\
# sm-lint company profile. Reference: https://pypi.org/project/sm-lint (README, "Company profile").
# Every key but company.name is optional; unknown keys are an error, so typos do not pass.

company:
  name: {name}                       # required: the legal name
  aliases: []                          # other names and handles, e.g. [ACME, "@acme"]
  products: []                         # published products (naming them is fine)
  domains: []                          # public web domains, e.g. [acme.example]

competitors: []                        # each: {{name: ..., aliases: [...]}}; matched whole-word, any case

confidential:
  codenames: []                        # unreleased projects ("Projekt X", "#X" are found too)
  customers_under_nda: []              # customers that must not be named
  internal_domains: []                 # intranet hosts, e.g. [wiki.acme.local]
  terms: []                            # other phrases that must not leave the company

disclaimer:
  phrases: []                          # your own private-opinion / employment phrases (built-in ones stay)

rules:
  select: [all]                        # categories or rule ids
  ignore: []                           # categories or rule ids to switch off
  severity: {{}}                         # e.g. {{security: warning}}

account: personal                      # personal | official: default for posts that do not say
language: auto                         # auto | de | en
"""
