"""The command line: ``sm-lint check | rules | rule ID | init``."""
from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path

import click

from . import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FORMATS = ["text", "json", "json-lines", "sarif", "github", "junit"]


class Failure(click.ClickException):
    """A usage or configuration error: message on stderr, exit status 2."""

    exit_code = EXIT_ERROR

    def show(self, file=None):
        click.echo(f"sm-lint: error: {self.format_message()}", err=True)


def _load_profile(config: str | None, start: Path):
    from .profile import Profile, ProfileError, discover, load
    try:
        path = Path(config) if config else discover(start)
        if path is None:
            click.echo("sm-lint: warning: no company profile found (.sm-lint.yaml, [tool.sm-lint] in "
                       "pyproject.toml or --config); company-specific rules are off. "
                       "Run 'sm-lint init' to write one.", err=True)
            return Profile(company="")
        return load(path)
    except ProfileError as exc:
        raise Failure(f"invalid profile:\n{exc}") from None


def _engine(profile, select=(), ignore=(), account=None, lang=None, platform=None, no_models=False, rules=()):
    from .engine import Engine, Overrides
    from .rulepack import pack_files
    from . import paths
    files = None
    if rules:
        files = pack_files(paths.rules_dir())
        for extra in rules:
            p = Path(extra)
            files += pack_files(p) if p.is_dir() else [p]
    overrides = Overrides(account=account, lang=lang, platform=platform, select=list(select), ignore=list(ignore))
    return Engine(profile, rule_paths=files, models=not no_models, overrides=overrides)


def _split(values) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


_OWN_PROCESS = False      # set by run(): the process is sm-lint's alone, not a caller's


def run():
    """The ``sm-lint`` command (and ``python -m sm_lint``). Start-up (rule packs, pipelines,
    compiled rules, models) allocates a great deal and frees little: the cycle collector is
    paused until the first post is checked, and what start-up built is then frozen
    (``gc.freeze``), so later collections, forked workers and the collection at exit leave it
    alone. A full collection over it takes some 30 ms, a twentieth of a one-post check.
    Callers that import :func:`main` keep their collector as it is."""
    global _OWN_PROCESS
    _OWN_PROCESS = True
    gc.disable()
    try:
        main()
    finally:
        gc.freeze()             # kept to the end anyway: not collected again at exit
        gc.enable()


def _start_up_done() -> None:
    if _OWN_PROCESS and not gc.isenabled():
        gc.freeze()
        gc.enable()


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "-V", "--version", prog_name="sm-lint")
def main():
    """Check social-media posts against your company's social media guideline.

    \b
    sm-lint check posts/              check every post file below posts/
    sm-lint check -                   check a draft from standard input
    sm-lint rules                     list the rules by category
    sm-lint rule competitor-disparagement   explain one rule
    sm-lint init                      write a starter company profile
    sm-lint serve                     local web page and HTTP API on 127.0.0.1:8080

    Exit status: 0 no finding at or above --fail-on, 1 findings, 2 usage error,
    invalid profile or rule pack, or an input that could not be read; 141 the reader
    of the output stopped early (a broken pipe).
    """


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--config", "config", metavar="PATH", help="Company profile (default: .sm-lint.yaml upwards, "
              "or [tool.sm-lint] profile in pyproject.toml).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format (default: text on a terminal, text otherwise too).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "never"]), default="error", show_default=True,
              help="Lowest severity that makes the exit status 1.")
@click.option("--account", type=click.Choice(["personal", "official"]), help="Account type for every post.")
@click.option("--lang", type=click.Choice(["auto", "de", "en"]), help="Language for every post.")
@click.option("--platform", metavar="NAME", help="Platform for every post (linkedin, x, instagram, …).")
@click.option("--input-format", type=click.Choice(["txt", "md", "jsonl", "json", "csv", "yaml"]),
              help="Read the inputs as this format, whatever their extension.")
@click.option("--select", multiple=True, metavar="RULES", help="Only these categories or rule ids (comma-separated).")
@click.option("--ignore", multiple=True, metavar="RULES", help="Skip these categories or rule ids (comma-separated).")
@click.option("--rules", "rule_packs", multiple=True, metavar="PATH", help="Extra rule pack file or folder.")
@click.option("--no-models", is_flag=True, help="Run the rules without the trained classifiers.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write the report to a file.")
@click.option("--color/--no-color", default=None, help="Colour (default: only on a terminal).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--baseline", metavar="FILE", help="Leave out the findings recorded in FILE (see --write-baseline).")
@click.option("--write-baseline", metavar="FILE", help="Record the current findings in FILE and exit 0.")
@click.option("--due-within", metavar="DURATION", help="Only posts whose publish_at is within this time from now "
              "(e.g. 90m, 48h, 7d, 2w); posts without publish_at are checked too.")
@click.option("--changed-since", metavar="REF", help="Only post files changed against this git ref (and untracked ones).")
@click.option("--now", "now", metavar="TIME", hidden=True, help="The current time for --due-within (ISO 8601).")
@click.option("--fix", is_flag=True, help="Add missing disclaimers and disclosures to the files (safe fixes only). "
              "With - the fixed text goes to stdout and the report to stderr.")
@click.option("--diff", is_flag=True, help="Show the safe fixes as a unified diff; change nothing.")
@click.option("--jobs", "-j", type=click.IntRange(0), default=0,
              help="Worker processes for batches of 500 posts or more (default 0: one per CPU core; "
                   "1: none); findings stay in input order.")
@click.option("--debug", is_flag=True, help="Show tracebacks of internal errors.")
def check(paths, config, fmt, fail_on, account, lang, platform, input_format, select, ignore, rule_packs,
          no_models, output, color, quiet, debug, **gate):
    """Check posts in PATHS (files, folders, or - for standard input; default: the current folder)."""
    try:
        code = _check(paths, config, fmt, fail_on, account, lang, platform, input_format, select, ignore,
                      rule_packs, no_models, output, color, quiet, **gate)
    except click.ClickException:
        raise
    except BrokenPipeError:
        # the reader stopped early (``sm-lint check … | head``): quiet, with the status of a
        # process ended by SIGPIPE, as Unix tools have
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(141)
    except Exception as exc:  # an internal error must never look like a pass
        if debug:
            raise
        raise Failure(f"internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)") from None
    sys.exit(code)


def _check(paths, config, fmt, fail_on, account, lang, platform, input_format, select, ignore, rule_packs,
           no_models, output, color, quiet, baseline=None, write_baseline=None, due_within=None,
           changed_since=None, now=None, fix=False, diff=False, jobs=0) -> int:
    from . import baseline as baselines, schedule
    from .engine import blocking
    from .inputs import STDIN, InputError, Post, collect
    from .reporters import RunResult, get

    profile = _load_profile(config, Path.cwd())
    engine = _engine(profile, _split(select), _split(ignore), account, lang, platform, no_models, rule_packs)
    skip = {profile.path.resolve()} if profile.path else set()
    result = RunResult(rules=engine.rules, fail_on=fail_on, baseline=bool(baseline))
    try:
        window = schedule.parse_duration(due_within) if due_within else None
        start = schedule.now(now) if due_within else None
        paths = list(paths) or ["."]
        if changed_since:
            paths = schedule.select_paths(paths, schedule.changed_files(changed_since), profile.exclude, skip)
        accepted = baselines.load(Path(baseline)) if baseline else []
    except (schedule.ScheduleError, baselines.BaselineError) as exc:
        raise Failure(str(exc)) from None
    root = Path(baseline or write_baseline).resolve().parent if (baseline or write_baseline) else None
    stdin = getattr(sys.stdin, "buffer", sys.stdin)
    keep_all = fix or diff          # fixing re-reads whole files: it needs every post
    posts: list[Post] = []          # kept for fixing only; otherwise each post is let go when checked
    seen: dict = {}
    scope: set | None = set() if (changed_since or due_within) else None
    # fingerprints (and the occurrence counts behind them) only where they are used: a baseline
    # or SARIF; a long run in another format does not hold them for every finding
    fingerprints = bool(baseline or write_baseline) or fmt == "sarif"

    def stream():
        """The posts to check, read as they are checked (a large batch is never held whole)."""
        for item in collect(paths, profile.exclude, skip, input_format, stdin):
            if isinstance(item, InputError):
                result.errors.append(item)
            elif window is not None and schedule.is_due(item.meta, start, window) is False:
                result.skipped += 1
            else:
                result.sources.setdefault(item.path, item.source)
                result.post_ids.append((item.path, item.post_id))
                if scope is not None:
                    scope.add(baselines.scope_key(item, root))
                _warn_unjustified(item)
                yield item

    show_progress = not quiet and sys.stderr.isatty()
    started = time.perf_counter()
    from . import parallel
    done = 0
    for done, (post, findings) in enumerate(parallel.check(engine, stream(), jobs), 1):
        if done == 1:
            _start_up_done()
        if fingerprints:
            baselines.assign(findings, {post.index: post}, root, seen)
        result.findings.extend(findings)
        if keep_all:
            posts.append(post)
        if show_progress and done % 50 == 0 and time.perf_counter() - started > 1.0:
            click.echo(f"\rchecked {done} posts", err=True, nl=False)
    result.posts = done
    if show_progress and time.perf_counter() - started > 1.0:
        click.echo("\r" + " " * 40 + "\r", err=True, nl=False)
    for error in engine.errors:
        for line, message in error.problems:
            result.errors.append(InputError(str(error.path), line, message))
    by_index = {p.index: p for p in posts}
    found = result.findings
    result.findings, result.stale_baseline = baselines.apply(found, accepted, scope)
    filtering = fix and not diff and STDIN in result.sources     # --fix on standard input
    if fix or diff:
        from . import fixes
        changes = fixes.plan(posts, result.findings, profile, engine.language, engine.rules, input_format)
        if diff:
            sys.stdout.write(fixes.unified_diff(changes))
            click.echo(fixes.summary(changes, applied=False), err=True)
            if not output:
                return EXIT_ERROR if result.errors else (EXIT_FINDINGS if changes else EXIT_OK)
        else:
            changes = fixes.apply(changes)
            if filtering:                   # a filter, as editors use one: the text out, fixed or not
                fixed = next((c.after for c in changes if c.path == STDIN), result.sources[STDIN].content)
                sys.stdout.write(fixed)
                sys.stdout.flush()
            if changes:
                click.echo(fixes.summary(changes, applied=True), err=True)
                found = _recheck(engine, changes, posts, found, by_index, result, profile.exclude, skip, input_format)
                if fingerprints:
                    baselines.assign(found, by_index, root)
                result.findings, result.stale_baseline = baselines.apply(found, accepted, scope)
    if result.stale_baseline:
        _note_stale(result.stale_baseline, baseline)
    # with the fixed text of standard input on stdout, the report goes to stderr
    out = open(output, "w", encoding="utf-8") if output else (sys.stderr if filtering else sys.stdout)
    try:
        use_color = color if color is not None else (out.isatty() and not output)
        get(fmt or "text")(result, out, use_color)
    finally:
        if output:
            out.close()
    if write_baseline:
        count = baselines.write(Path(write_baseline), found, root, scope)
        click.echo(f"sm-lint: wrote {count} finding{'s' if count != 1 else ''} to the baseline {write_baseline}.",
                   err=True)
    if result.errors:
        return EXIT_ERROR
    if write_baseline:
        return EXIT_OK
    return EXIT_FINDINGS if blocking(result.findings, fail_on) else EXIT_OK


def _recheck(engine, changes, posts, found, by_index, result, exclude, skip, input_format) -> list:
    """Check the files that ``--fix`` changed again: their posts' findings are replaced by what
    remains (the posts keep their places in the run)."""
    from .inputs import STDIN, Post, collect, read_text
    for change in changes:
        items = (read_text(change.after, STDIN, input_format or "txt") if change.path == STDIN
                 else collect([change.path], exclude, skip, input_format))
        fresh = [p for p in items if isinstance(p, Post)]
        old = {p.index for p in posts if p.path == change.path}
        for p, new in zip(fresh, sorted(old)):
            p.index = new
            by_index[new] = p
        found = [f for f in found if f.post_index not in old]
        for _, findings in engine.check(fresh):
            found.extend(findings)
        result.sources[change.path] = fresh[0].source if fresh else result.sources.get(change.path)
    found.sort(key=lambda f: f.sort_key())
    return found


def _note_stale(stale: list, baseline: str) -> None:
    click.echo(f"sm-lint: note: {len(stale)} baseline entr{'y is' if len(stale) == 1 else 'ies are'} no longer "
               f"found in {baseline}; update it with --write-baseline:", err=True)
    for entry in stale[:20]:
        click.echo(f"  {entry}", err=True)
    if len(stale) > 20:
        click.echo(f"  … and {len(stale) - 20} more", err=True)


def _warn_unjustified(post) -> None:
    """A suppression names its reason; one without is applied, but the author hears about it."""
    missing = sorted(rule for rule, reason in post.suppressed.items() if not reason.strip())
    if missing:
        where = f"{post.path} ({post.post_id})" if post.post_id else post.path
        click.echo(f"sm-lint: warning: {where}: suppression of {', '.join(missing)} without a reason; "
                   "add one (e.g. '-- approved by legal')", err=True)


@main.command("rules")
@click.option("--config", "config", metavar="PATH", help="Company profile (shows which rules it switches off).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules_cmd(config, fmt):
    """List the rules by category, with their severity and languages."""
    import json as _json

    from .profile import Profile
    profile = _load_profile(config, Path.cwd()) if config else Profile(company="")
    engine = _engine(profile)
    if engine.errors:
        raise Failure("\n".join(str(e) for e in engine.errors))
    active = {r.id for r in engine.rules}
    rows = sorted(engine.all_rules, key=lambda r: (r.category, r.id))
    if fmt == "json":
        click.echo(_json.dumps([{"id": r.id, "category": r.category, "severity": engine.severity(r),
                                 "type": r.type, "languages": list(r.langs), "enabled": r.id in active,
                                 "message": r.message} for r in rows], ensure_ascii=False, indent=2))
        return
    category = None
    for r in rows:
        if r.category != category:
            category = r.category
            langs = sorted({lang for x in rows if x.category == category for lang in x.langs})
            click.echo(f"\n{category} ({', '.join(langs)})")
        state = "" if r.id in active else "  (off)"
        click.echo(f"  {r.id:<40} {engine.severity(r):<8} {r.type:<11} {'/'.join(r.langs):<6}{state}")
    click.echo(f"\n{len(rows)} rules in {len({r.category for r in rows})} categories.")


@main.command("rule")
@click.argument("rule_id")
@click.option("--lang", type=click.Choice(["de", "en"]), default="en", show_default=True,
              help="Language of the explanation.")
def rule_cmd(rule_id, lang):
    """Explain one rule: why it matters, examples, and how to fix a finding."""
    from .profile import Profile
    engine = _engine(Profile(company=""))
    rule = next((r for r in engine.all_rules if r.id == rule_id), None)
    if rule is None:
        close = [r.id for r in engine.all_rules if rule_id.split("-")[0] in r.id][:5]
        hint = f" Did you mean: {', '.join(close)}?" if close else " See 'sm-lint rules'."
        raise Failure(f"no rule named {rule_id!r}.{hint}")
    click.echo(render_rule(rule, lang))


def render_rule(rule, lang: str) -> str:
    import textwrap
    de = lang == "de"
    labels = ("Kategorie", "Schwere", "Typ", "Leitlinie", "Warum", "Beispiel (wird gemeldet)",
              "Beispiel (wird nicht gemeldet)", "Behebung") if de else \
             ("Category", "Severity", "Type", "Guideline", "Why it matters", "Example (reported)",
              "Example (not reported)", "How to fix")

    def example(items):
        for item in items:
            text = item if isinstance(item, str) else item["text"]
            if isinstance(item, str) or item.get("lang", lang) == lang:
                return text
        first = items[0] if items else ""
        return first if isinstance(first, str) else first.get("text", "")

    def block(text: str) -> str:
        return "\n".join(textwrap.fill(part, 96, initial_indent="  ", subsequent_indent="  ") if part.strip() else ""
                         for part in text.strip().split("\n"))

    fix = rule.text("fix", lang).format(match="…", entity="…", count="…")
    roles = []
    if rule.fallback:
        roles.append("Wird zuletzt gefragt: meldet nur Posts, die keine andere Regel dieser Kategorie gemeldet hat."
                     if de else "Asked last: reports only posts that no other rule of its category has reported.")
    if rule.final:
        roles.append("Endgültig: kein Modell nimmt ihre Meldungen zurück." if de
                     else "Final: no model takes its findings back.")
    return "\n".join([
        rule.id, "",
        f"{labels[0]}: {rule.category}    {labels[1]}: {rule.severity}    {labels[2]}: {rule.type}    "
        f"{'/'.join(rule.langs)}",
        f"{labels[3]}: {rule.guideline}", *roles, "",
        f"{labels[4]}:", block(rule.text("why", lang)), "",
        f"{labels[5]}:", block(example(rule.examples["match"])), "",
        f"{labels[6]}:", block(example(rule.examples["no_match"])), "",
        f"{labels[7]}:", block(fix),
    ])


@main.command()
@click.option("--name", default="Example GmbH", show_default=True, help="The company's name.")
@click.option("--path", "target", default=".sm-lint.yaml", show_default=True, type=click.Path(dir_okay=False))
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def init(name, target, force):
    """Write a commented starter company profile."""
    from .profile import STARTER
    path = Path(target)
    if path.exists() and not force:
        raise Failure(f"{path} exists already; use --force to overwrite it")
    path.write_text(STARTER.format(name=name if ":" not in name else f'"{name}"'), encoding="utf-8")
    click.echo(f"Wrote {path}. Fill in your company's names, then run 'sm-lint check'.")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind (loopback by default; 0.0.0.0 exposes the page to the network).")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--config", "config", metavar="PATH", help="Company profile (default: .sm-lint.yaml upwards, "
              "or [tool.sm-lint] profile in pyproject.toml).")
@click.option("--rules", "rule_packs", multiple=True, metavar="PATH", help="Extra rule pack file or folder.")
@click.option("--no-models", is_flag=True, help="Run the rules without the trained classifiers.")
@click.option("--timeout", default=5.0, show_default=True, type=click.FloatRange(0.1, 600),
              help="Seconds a check may take before the request gets 503.")
def serve(host, port, config, rule_packs, no_models, timeout):
    """Serve the local web page (http://127.0.0.1:8080/) and the HTTP API (/v1/check)."""
    try:
        from .server import ServeError, serve as run_server
    except ImportError as exc:
        raise Failure(f"the web page needs starlette and uvicorn ({exc}); pip install starlette uvicorn") from None
    profile = _load_profile(config, Path.cwd())
    engine = _engine(profile, no_models=no_models, rules=rule_packs)
    for error in engine.errors:
        click.echo(f"sm-lint: error: {error}", err=True)
    try:
        run_server(engine, host=host, port=port, timeout=timeout, announce=lambda msg: click.echo(msg, err=True))
    except ServeError as exc:
        raise Failure(str(exc)) from None


if __name__ == "__main__":
    main()
