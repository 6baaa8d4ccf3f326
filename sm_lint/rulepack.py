"""Rule packs: YAML files of rules, validated at load time with file:line errors.

A pack is a mapping with optional ``sets`` (named term lists, used as ``@name`` in any pack)
and ``rules``. Each rule has an id, one of the eight categories, a severity, a message and a
fix in German and English, the guideline point it serves, documentation, examples that must
and must not match, and a rule body (see :mod:`sm_lint.ruletypes`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from . import yamlpos
from .ruletypes import MODIFIERS, TYPES
from .schema import Choice, MapOf, OneOf, Required, validate

CATEGORIES = ("confidential", "competitor", "disclaimer", "copyright", "security", "netiquette",
              "privacy", "legal")
SEVERITIES = ("error", "warning", "info")
_TEXT = OneOf(str, {"de": str, "en": str})
_EXAMPLE = OneOf(str, {"text": Required(str), "lang": Choice("de", "en"), "account": Choice("personal", "official"),
                       "platform": str, "note": str, "format": Choice("txt", "md")})
META = {
    "id": Required(str),
    "category": Required(Choice(*CATEGORIES)),
    "severity": Required(Choice(*SEVERITIES)),
    "message": Required(_TEXT),
    "fix": Required(_TEXT),
    "why": Required(_TEXT),
    "guideline": Required(str),
    "examples": Required({"match": Required([_EXAMPLE]), "no_match": Required([_EXAMPLE])}),
    "lang": [Choice("de", "en")],
    "mask": bool,
    "profile": [str],          # documentation: the profile keys the rule draws on, e.g. [competitors]
    "fixable": Choice("opinion", "disclosure"),   # a safe fix adds this (see sm_lint.fixes)
    "report_group": str,       # rules of one report group report a post once (the first finding)
    "fallback": bool,          # reports only a post that no other rule of its category has reported
    "final": bool,             # no model may overrule its findings (see ``overrule_below``)
}
PACK = {"pack": str, "description": str, "sets": MapOf(OneOf([str], MapOf([str]))), "rules": [dict]}
_ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


class PackError(Exception):
    def __init__(self, path: Path, problems: list[tuple[int | None, str]]):
        self.path = path
        self.problems = problems
        super().__init__("\n".join(f"{path}:{line or 1}: {msg}" for line, msg in problems))


@dataclass
class Rule:
    id: str
    category: str
    severity: str
    message: dict
    fix: dict
    why: dict
    guideline: str
    examples: dict
    body: dict
    path: Path
    line: int
    lines: dict = field(default_factory=dict, repr=False)
    langs: tuple = ("de", "en")
    mask: bool = False
    report_group: str = ""
    fixable: str = ""
    fallback: bool = False
    final: bool = False

    @property
    def type(self) -> str:
        return self.body.get("type", "lexicon")

    def text(self, field_name: str, lang: str) -> str:
        value = getattr(self, field_name)
        if isinstance(value, str):
            return value
        return value.get(lang) or value.get("en") or value.get("de") or ""

    def line_of(self, key: tuple) -> int:
        return self.lines.get(key, self.line)


def _as_dict(value) -> dict:
    return {"de": value, "en": value} if isinstance(value, str) else dict(value)


def load_pack(path: Path) -> tuple[list[Rule], dict]:
    """Rules and sets of one pack file; raise :class:`PackError` on any problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(path, [(None, f"cannot read rule pack: {exc}")]) from None
    try:
        loaded = yamlpos.load(text)
    except yamlpos.YamlError as exc:
        raise PackError(path, [(exc.line, exc.message)]) from None
    data = loaded.value or {}
    problems = validate(data, PACK, loaded)
    if problems:
        raise PackError(path, problems)
    rules = []
    for i, raw in enumerate(data.get("rules") or []):
        base = ("rules", i)
        meta = {k: v for k, v in raw.items() if k in META}
        body = {k: v for k, v in raw.items() if k not in META}
        sub = yamlpos.Located(loaded.value, loaded.lines, loaded.nodes)
        for line, msg in validate(meta, META, _Shifted(sub, base)):
            problems.append((line, f"rule {raw.get('id', i + 1)}: {msg}"))
        kind = body.get("type", "lexicon")
        if "rule" in body:
            if set(body) != {"rule"}:
                problems.append((loaded.line(base + ("rule",)), f"rule {raw.get('id')}: a reference {{rule: ID}} "
                                                               "takes no other keys"))
        elif kind not in TYPES:
            problems.append((loaded.line(base + ("type",)), f"rule {raw.get('id')}: unknown type {kind!r} "
                                                              f"(known: {', '.join(TYPES)})"))
        else:
            for key in sorted(set(body) - TYPES[kind].KEYS - MODIFIERS):
                problems.append((loaded.line(base + (key,)),
                                 f"rule {raw.get('id')}: unknown key {key!r} for a {kind} rule"))
        if "overrule_below" in body and not raw.get("fallback"):
            problems.append((loaded.line(base + ("overrule_below",)),
                             f"rule {raw.get('id')}: 'overrule_below' needs 'fallback: true' (a model may take "
                             "back findings only after every other rule of the post has run)"))
        if "overrule_sentence_below" in body and "overrule_below" not in body:
            problems.append((loaded.line(base + ("overrule_sentence_below",)),
                             f"rule {raw.get('id')}: 'overrule_sentence_below' needs 'overrule_below' (it only "
                             "keeps findings that a sure model would take back)"))
        if isinstance(raw.get("id"), str) and not _ID.match(raw["id"]):
            problems.append((loaded.line(base + ("id",)), f"rule id {raw['id']!r} must be lower-case-with-dashes"))
        if problems:
            continue
        lines = {k[2:]: v for k, v in loaded.lines.items() if k[:2] == base}
        rules.append(Rule(
            id=raw["id"], category=raw["category"], severity=raw["severity"],
            message=_as_dict(raw["message"]), fix=_as_dict(raw["fix"]), why=_as_dict(raw["why"]),
            guideline=raw["guideline"], examples=raw["examples"], body=body, path=path,
            line=loaded.line(base), lines=lines, langs=tuple(raw.get("lang") or ("de", "en")),
            mask=bool(raw.get("mask")), report_group=raw.get("report_group", ""),
            fixable=raw.get("fixable") or "", fallback=bool(raw.get("fallback")), final=bool(raw.get("final")),
        ))
    if problems:
        raise PackError(path, problems)
    return rules, data.get("sets") or {}


class _Shifted:
    """A Located view whose paths start below ``base``."""

    def __init__(self, located, base):
        self.located = located
        self.base = base

    def line(self, path, default=None):
        return self.located.line(self.base + tuple(path), default)


def pack_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.yaml") if p.is_file())


def load_packs(paths: list[Path]) -> tuple[list[Rule], dict, list[PackError]]:
    """All rules and sets of the given pack files; a bad pack is reported, the others load."""
    rules: list[Rule] = []
    sets: dict = {}
    errors: list[PackError] = []
    seen: dict[str, Rule] = {}
    for path in paths:
        try:
            pack_rules, pack_sets = load_pack(path)
        except PackError as exc:
            errors.append(exc)
            continue
        for rule in pack_rules:
            if rule.id in seen:
                errors.append(PackError(path, [(rule.line, f"rule id {rule.id!r} is already defined in "
                                                           f"{seen[rule.id].path}:{seen[rule.id].line}")]))
                continue
            seen[rule.id] = rule
            rules.append(rule)
        for name, value in pack_sets.items():
            if name in sets:
                merged = _as_set(sets[name])
                for lang, items in _as_set(value).items():
                    merged[lang] = merged.get(lang, []) + items
                sets[name] = merged
            else:
                sets[name] = value
    return rules, sets, errors


def _as_set(value) -> dict:
    return {"any": list(value)} if isinstance(value, list) else {k: list(v) for k, v in value.items()}
