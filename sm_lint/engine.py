"""The engine: posts → spaCy docs → rule hits → findings.

Pipelines and compiled rules are built once per language and reused for every post;
posts go through ``nlp.pipe`` in batches and come back in input order.
"""
from __future__ import annotations

import importlib
import sys
from functools import partial
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from . import spacy_import  # noqa: F401  (first: spaCy loads without its command line)

# isort: split
from spacy.language import Language

from . import entities as _entities  # noqa: F401  (registers the component)
from . import cache, langid, lazyrules, nlp as nlpmod, paths
from .findings import SEVERITY_RANK, Finding, Hit
from .inputs import Post
from .literals import INDEX
from .profile import Profile
from .rulepack import PackError, Rule, pack_files
from .ruletypes import Context, Env, Matcher, RuleError
from .ruletypes.base import GAVE_UP
from .ruletypes.requires import Batch

ENTRY_POINT_GROUP = "sm_lint.rules"
BATCH = 256
LAZY_POSTS = 64     # a run this short compiles rules on first need (the literal index is not built yet)


def resolve_function(name: str):
    """A rule function: built in (:data:`sm_lint.checks.FUNCTIONS`), by entry-point name (group
    ``sm_lint.rules``, for rule functions of other packages) or ``module:function``."""
    from .checks import FUNCTIONS
    if name in FUNCTIONS:
        return FUNCTIONS[name]      # no scan of the installed distributions' entry points
    from importlib import metadata
    for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
        if ep.name == name:
            return ep.load()
    if ":" in name:
        module, attr = name.split(":", 1)
        return getattr(importlib.import_module(module), attr)
    raise LookupError(f"no rule function named {name!r} (entry-point group {ENTRY_POINT_GROUP!r})")


@dataclass
class Overrides:
    """Command-line values that win over post metadata and the profile."""

    account: str | None = None
    lang: str | None = None
    platform: str | None = None
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)


def _matches(rule: Rule, names: Iterable[str]) -> bool:
    names = set(names)
    return "all" in names or "ALL" in names or rule.id in names or rule.category in names


class Engine:
    def __init__(self, profile: Profile, rule_paths: list[Path] | None = None, models=True,
                 overrides: Overrides | None = None, warn=None):
        """``models``: whether the rules may ask the trained models, or a loaded
        :class:`sm_lint.models.ModelStore` to share with other engines (one per profile)."""
        self.profile = profile
        self.overrides = overrides or Overrides()
        self.warn = warn or (lambda msg: print(f"sm-lint: warning: {msg}", file=sys.stderr))
        files = rule_paths if rule_paths is not None else pack_files(paths.rules_dir())
        all_rules, self.sets, self.errors = cache.load_packs(files)
        self._rules_key = cache.content_key(*files, *([profile.path] if profile.path else []))
        cache.use_regex_cache(self._rules_key)
        self._add_profile_sets()
        select = self.overrides.select or profile.select
        ignore = list(profile.ignore) + list(self.overrides.ignore)
        self.all_rules = all_rules
        self.rules = [r for r in all_rules if _matches(r, select) and not (ignore and _matches(r, ignore))]
        self.final = frozenset(r.id for r in all_rules if r.final)     # no model overrules them
        self.use_models = bool(models) and profile.models
        self._models = None if isinstance(models, bool) else models
        self._nlp: dict[str, Language] = {}
        self._compiled: dict[str, list[tuple[Rule, Matcher]]] = {}
        self._warned: set[str] = set()
        self._busy_models: dict[str, frozenset] = {}    # per language: models to score by batch

    # ------------------------------------------------------------------ set-up
    def _add_profile_sets(self) -> None:
        """Profile disclaimer phrases: naming the company discloses employment, others mark opinion."""
        names = [n.lower().lstrip("@#") for n in self.profile.company_names]
        opinion, disclosure = [], []
        for phrase in self.profile.disclaimer_phrases:
            low = phrase.lower()
            target = disclosure if phrase.startswith("#") or any(n and n in low for n in names) else opinion
            target.append(phrase)
        for name, extra in (("private_opinion", opinion), ("disclosure", disclosure)):
            current = self.sets.get(name, {})
            current = {"any": list(current)} if isinstance(current, list) else dict(current)
            current["any"] = list(current.get("any", [])) + extra
            self.sets[name] = current
        if self.profile.standard_disclaimer:
            self.sets.setdefault("private_opinion", {}).setdefault("any", []).append(self.profile.standard_disclaimer)

    def _all_terms(self, name: str) -> list[str]:
        """The terms of the set ``name`` in every language (a nickname mixes them: "Acme-Pleite"),
        with the sets it names (``@other``) expanded as in a rule."""
        if name not in self.sets:
            return []
        env = Env(self.profile, self.sets, self.nlp)
        return list(dict.fromkeys(t for lang in nlpmod.LANGS for t in env.terms("@" + name, lang, expand=False)))

    @property
    def models(self):
        if self._models is None and self.use_models:
            try:
                from .models import ModelStore
                self._models = ModelStore()
            except Exception as exc:   # a broken models package must not stop the rules
                self.warn(f"trained models unavailable ({exc}); running the rules alone")
                self.use_models = False
        return self._models

    def nlp(self, lang: str) -> Language:
        nlp = self._nlp.get(lang)
        if nlp is None:
            if self.profile.pipelines.get(lang):
                nlp = nlpmod.pretrained_pipeline(self.profile.pipelines[lang], lang)
                if nlp is None:
                    self.warn(f"pipeline {self.profile.pipelines[lang]!r} is not installed; using the built-in one")
            nlp = nlp or nlpmod.blank_pipeline(lang)
            nlp.add_pipe("sm_profile_entities", config={"entities": self.profile.entities(), "puns": self._all_terms("name_puns")})
            self._nlp[lang] = nlp
        return nlp

    def env(self) -> Env:
        return Env(self.profile, self.sets, self.nlp, self.models if self.use_models else None, resolve_function,
                   bodies={r.id: r.body for r in self.all_rules})

    def compiled(self, lang: str, lazy: bool = False) -> list[tuple[Rule, Matcher]]:
        """The rules of ``lang`` with their matchers, compiled once. ``lazy`` (a short run): a
        rule whose hits need literals known from an earlier run is compiled when a post first
        contains them (:mod:`sm_lint.lazyrules`)."""
        out = self._compiled.get(lang)
        if out is None:
            out = []
            env = self.env()
            requirements_key = lazyrules.key(self._rules_key, lang)
            kept = lazyrules.load(requirements_key)         # read once: used now, or written below
            known = kept if lazy else None
            if known is not None and self.models is not None:
                self.models.check_folder()      # said now, even if no rule needs a model
            errors = len(self.errors)
            for rule in self.rules:
                if lang not in rule.langs:
                    continue
                if known is not None and lazyrules.needs_something(known.get(rule.id)):
                    out.append((rule, lazyrules.LazyMatcher(partial(self._compile_rule, env, rule, lang),
                                                            known[rule.id])))
                    continue
                matcher = self._compile_rule(env, rule, lang)
                if matcher is not None:
                    out.append((rule, matcher))
            out.sort(key=lambda pair: pair[0].fallback)     # a fallback rule knows what the others found
            self._compiled[lang] = out
            if kept is None and len(self.errors) == errors:
                lazyrules.save(requirements_key, out)
            self._model_warnings()
        return out

    def prepare(self, langs) -> None:
        """Build everything a long run of posts in ``langs`` needs before its first post: the
        pipelines, all rules (not only those a post asks for) and the literal index (before
        worker processes are forked, so that each has them)."""
        for lang in sorted(langs):
            self.nlp(lang)
            self.compiled(lang)
        INDEX.prepare()

    def _compile_rule(self, env: Env, rule: Rule, lang: str) -> Matcher | None:
        try:
            matcher = env.reference(rule.id, lang)
        except RuleError as exc:
            line = rule.line_of(exc.key) if exc.key else rule.line
            self.errors.append(PackError(rule.path, [(line, f"rule {rule.id}: {exc}")]))
            return None
        self._model_warnings()
        return matcher

    def _model_warnings(self) -> None:
        if self.models is not None:
            for warning in getattr(self.models, "warnings", []):
                if warning not in self._warned:
                    self._warned.add(warning)
                    self.warn(warning)

    # ------------------------------------------------------------------ checking
    def language(self, post: Post) -> str:
        lang = self.overrides.lang if self.overrides.lang not in (None, "auto") else None
        lang = lang or str(post.meta.get("lang") or "").lower()[:2] or None
        if lang not in nlpmod.LANGS:
            default = self.profile.language if self.profile.language != "auto" else "en"
            lang = self.profile.language if self.profile.language in nlpmod.LANGS else langid.detect(post.text, default)
        return lang

    def account(self, post: Post) -> str:
        return self.overrides.account or str(post.meta.get("account") or self.profile.account).lower()

    def context(self, post: Post, lang: str) -> Context:
        account = self.account(post)
        platform = self.overrides.platform or str(post.meta.get("platform") or "")
        return Context(lang=lang, account=account, platform=platform.lower(), meta=post.meta,
                       profile=self.profile, post=post)

    def check(self, posts: Iterable[Post]) -> Iterator[tuple[Post, list[Finding]]]:
        """Findings of each post, in input order, with the pipelines run in batches; a short
        run (fewer than ``LAZY_POSTS`` posts) compiles only the rules its posts need."""
        batch: list[Post] = []
        first = True
        for post in posts:
            batch.append(post)
            if len(batch) >= BATCH:
                yield from self._check_batch(batch)
                batch, first = [], False
        if batch:
            yield from self._check_batch(batch, lazy=first and len(batch) < LAZY_POSTS)

    def _check_batch(self, posts: list[Post], lazy: bool = False) -> Iterator[tuple[Post, list[Finding]]]:
        by_lang: dict[str, list[int]] = {}
        langs = [self.language(p) for p in posts]
        for i, lang in enumerate(langs):
            by_lang.setdefault(lang, []).append(i)
        for lang in by_lang:
            self.compiled(lang, lazy)
        if len(posts) >= LAZY_POSTS:
            INDEX.prepare()         # a long run: the literal index pays for itself from the first post
        docs = [None] * len(posts)
        batches: dict[str, Batch] = {}
        for lang, idx in by_lang.items():
            nlp = self.nlp(lang)
            for i, doc in zip(idx, nlp.pipe((self._make_doc(nlp, posts[i]) for i in idx), batch_size=BATCH)):
                docs[i] = doc
            batches[lang] = Batch([docs[i] for i in idx], self._busy_models.get(lang, frozenset()))
        for post, doc, lang in zip(posts, docs, langs):
            yield post, self.findings(post, doc, lang, batch=batches[lang])
        for lang, batch in batches.items():
            self._busy_models[lang] = batch.busy()

    def check_doc(self, post: Post, only: set[str] | None = None) -> list[Finding]:
        """Findings of one post; ``only`` restricts them to some rule ids (each rule on its own)."""
        lang = self.language(post)
        nlp = self.nlp(lang)
        return self.findings(post, nlp(self._make_doc(nlp, post)), lang, only)

    def _make_doc(self, nlp: Language, post: Post):
        """The post's tokens, with what the pipeline's components read besides them: its text
        (spaCy would join the tokens again) and its account (a model of masked input reads it)."""
        doc = nlp.make_doc(post.text)
        doc.user_data[_entities.TEXT_KEY] = post.text
        doc.user_data[_entities.ACCOUNT_KEY] = self.account(post)
        return doc

    def findings(self, post: Post, doc, lang: str, only: set[str] | None = None, batch: Batch | None = None) -> list[Finding]:
        ctx = self.context(post, lang)
        ctx.batch = batch
        out: list[Finding] = []
        groups: set[str] = set()
        suppressed = post.suppressed
        for rule, matcher in self.compiled(lang):
            if only is not None and rule.id not in only:
                continue
            if suppressed and (rule.id in suppressed or rule.category in suppressed or "all" in suppressed):
                continue
            if rule.report_group and rule.report_group in groups:
                continue
            if rule.fallback and any(f.category == rule.category for f in out):
                out = [f for f in out if f.category != rule.category or f.rule in self.final
                       or not matcher.overrules(doc, ctx, f.start, f.end)]
                continue
            hits = matcher.find(doc, ctx)
            if GAVE_UP:
                self._gave_up(rule, post)
            if hits and rule.report_group:
                groups.add(rule.report_group)
                hits = hits[:1]
            for hit in hits:
                out.append(self._finding(rule, hit, post, lang))
        out.sort(key=Finding.sort_key)
        return out

    def _gave_up(self, rule: Rule, post: Post) -> None:
        where = post.path + (f" (post {post.post_id})" if post.post_id else "")
        self.warn(f"{where}: rule {rule.id} stopped a search that took too long (pattern "
                  f"{GAVE_UP[0][:60]!r}…); this post may have findings that are not reported")
        GAVE_UP.clear()

    def severity(self, rule: Rule) -> str:
        sev = self.profile.severity
        return sev.get(rule.id) or sev.get(rule.category) or rule.severity

    def _finding(self, rule: Rule, hit: Hit, post: Post, lang: str) -> Finding:
        text = post.text
        start, end = max(0, hit.start), min(len(text), max(hit.end, hit.start + 1))
        line, col, end_line, end_col = post.locate(start, end)
        excerpt = text[start:end]
        if rule.mask:
            excerpt = mask(excerpt)
        label = self.profile.competitor_of(hit.label) if hit.label else ""
        values = {"match": excerpt, "entity": label or excerpt, "count": hit.label}
        return Finding(
            path=post.path, post_id=post.post_id, rule=rule.id, category=rule.category,
            severity=self.severity(rule), message=_format(rule.text("message", lang), values),
            line=line, column=col, end_line=end_line, end_column=end_col, excerpt=excerpt,
            suggestion=_format(rule.text("fix", lang), values), score=hit.score,
            start=start, end=end, post_index=post.index,
        )


def mask(secret: str) -> str:
    """Show a secret's first characters only, never the whole of it."""
    keep = min(4, max(1, len(secret) // 4))
    return secret[:keep] + "…" + f"({len(secret)} chars)"


def _format(template: str, values: dict) -> str:
    if "{" not in template:
        return template            # one string shared by all findings of the rule
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template


def blocking(findings: Iterable[Finding], fail_on: str) -> bool:
    if fail_on == "never":
        return False
    threshold = SEVERITY_RANK[fail_on]
    return any(SEVERITY_RANK[f.severity] >= threshold and f.severity != "info" for f in findings)
