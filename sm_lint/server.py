"""The local web page and HTTP API (``sm-lint serve``).

Starlette routes on uvicorn. The engine is built and warmed up once at start; every check
runs on one dedicated worker thread (the engine is not safe for concurrent use), bounded by
a timeout. Post text is never logged or stored: error handlers log the exception type and
location only, never its message or the request.
"""
from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import traceback
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from importlib import resources
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import __version__
from .findings import Finding
from .inputs import MAX_POST_CHARS, Post, read_text
from .reporters import RunResult

log = logging.getLogger("sm_lint.server")

MAX_BODY = 1024 * 1024            # bytes of one request body
MAX_BATCH = 1000                  # posts in one batch request
CHECK_TIMEOUT = 5.0               # seconds for one request's check, queueing included
DRAFT = "<draft>"
ACCOUNTS = ("personal", "official")
LANGS = ("auto", "de", "en")
PLATFORM_LIMITS = {"x": 280, "mastodon": 500, "linkedin": 3000, "instagram": 2200,
                   "facebook": 63206, "xing": 3000}
META_FIELDS = ("account", "platform", "lang", "author", "publish_at")
WARM_UP = ({"text": "Guten Morgen! Heute stellen wir im Team unsere neuen Ideen vor.", "lang": "de"},
           {"text": "Good morning! Today our team presents its new ideas.", "lang": "en"})
WEB_FILES = {"/": ("index.html", "text/html; charset=utf-8"),
             "/app.js": ("app.js", "text/javascript; charset=utf-8"),
             "/style.css": ("style.css", "text/css; charset=utf-8")}
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                               "base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


class BadRequest(Exception):
    """A request the API refuses; ``status`` and a message naming the field."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


# ------------------------------------------------------------------------- checking

@dataclass
class Item:
    """One post of a request, validated."""

    text: str
    meta: dict
    post_id: str | None = None


class Checker:
    """The engine behind the API: one worker thread, a timeout, JSON-ready results.

    Requests that arrive while the worker is busy wait in a queue; the worker takes all of
    them at once (up to ROUND_POSTS posts) and runs them through the engine as one batch,
    which is cheaper per post than one pipeline call each. A request that times out is
    dropped from the queue if its round has not started yet.
    """

    ROUND_POSTS = 64

    def __init__(self, engine, timeout: float = CHECK_TIMEOUT):
        self.engine = engine
        self.timeout = timeout
        self.rules = {r.id: r for r in engine.all_rules}
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sm-lint-check")
        self._queue: list[tuple[list[Item], asyncio.Future]] = []
        self._busy = False

    def warm_up(self) -> None:
        """Load the pipelines and models and compile all rules of both languages (a server
        checks many posts: nothing is left to compile while it answers)."""
        self.engine.prepare({w["lang"] for w in WARM_UP})
        self._run([[Item(w["text"], {"lang": w["lang"]}) for w in WARM_UP]])

    async def run(self, items: list[Item]) -> dict:
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self._queue.append((items, future))
        if not self._busy:
            self._next_round(loop)
        return await asyncio.wait_for(future, self.timeout)

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    def _next_round(self, loop) -> None:
        work, posts = [], 0
        while self._queue and (not work or posts + len(self._queue[0][0]) <= self.ROUND_POSTS):
            items, future = self._queue.pop(0)
            if not future.done():          # timed out while waiting: never checked
                work.append((items, future))
                posts += len(items)
        self._busy = bool(work)
        if not work:
            return
        done = loop.run_in_executor(self._pool, self._run, [items for items, _ in work])
        done.add_done_callback(lambda f: self._finish(loop, work, f))

    def _finish(self, loop, work, done) -> None:
        if done.cancelled():
            results = [asyncio.CancelledError()] * len(work)
        elif done.exception() is not None:
            results = [done.exception()] * len(work)
        else:
            results = done.result()
        for (_, future), result in zip(work, results):
            if not future.done():
                if isinstance(result, BaseException):
                    future.set_exception(result)
                else:
                    future.set_result(result)
        self._next_round(loop)

    def _run(self, groups: list[list[Item]]) -> list:
        """The reports of several requests, checked in one engine batch (on the worker thread).

        If the batch fails, each request is checked alone so that one bad post fails only
        its own request; the exception object stands in for that request's report.
        """
        try:
            return self._reports(groups)
        except Exception:  # noqa: BLE001
            if len(groups) == 1:
                raise
        out: list = []
        for group in groups:
            try:
                out += self._reports([group])
            except Exception as exc:  # noqa: BLE001
                out.append(exc)
        return out

    def _reports(self, groups: list[list[Item]]) -> list[dict]:
        posts: list[Post] = []
        owner: list[int] = []
        for g, items in enumerate(groups):
            for i, item in enumerate(items):
                post = read_text(item.text, DRAFT)[0] if item.text.strip() else None
                if post is None or not isinstance(post, Post):   # blank draft: nothing to find
                    continue
                post.meta.update(item.meta)
                post.post_id = item.post_id
                post.index = i
                posts.append(post)
                owner.append(g)
        results = [RunResult(posts=len(items)) for items in groups]
        found: list[list[dict]] = [[] for _ in groups]
        for g, (post, findings) in zip(owner, self.engine.check(posts)):
            lang = self.engine.language(post) if findings else ""
            for finding in findings:
                results[g].findings.append(finding)
                found[g].append(self._finding(finding, post, lang))
        errors = [{"path": str(e.path), "line": line, "message": message}
                  for e in self.engine.errors for line, message in e.problems]
        reports = []
        for result, out in zip(results, found):
            summary = result.summary()
            summary["errors"] = len(errors)
            reports.append({"version": "1", "findings": out, "errors": errors, "summary": summary})
        return reports

    def _finding(self, finding: Finding, post: Post, lang: str) -> dict:
        data = finding.as_dict()
        data["start"], data["end"] = finding.start, finding.end
        rule = self.rules.get(finding.rule)
        data["guideline"] = rule.guideline if rule else ""
        fix = self.fix(finding, post.text, lang)
        if fix:
            data["fix"] = fix
        return data

    def fix(self, finding: Finding, text: str, lang: str) -> dict | None:
        """A one-click fix: the missing disclaimer or disclosure on a line of its own at the end.

        The kind and the wording are those of ``sm-lint check --fix`` (rule meta ``fixable``,
        the profile's phrases, then the built-in ones in the post's language).
        """
        from . import fixes
        kind = fixes.fix_kind(finding, self.rules)
        if kind is None:
            return None
        phrase = fixes.addition(kind, lang, self.engine.profile)
        if not phrase:
            return None
        stripped = text.rstrip()
        return {"insert": ("\n" if stripped else "") + phrase, "at": len(stripped), "label": phrase}


# ------------------------------------------------------------------------- validation

async def read_json(request: Request) -> Any:
    """The request body as JSON: at most MAX_BODY bytes (header and stream), else an error."""
    length = request.headers.get("content-length")
    if length is not None:
        if not length.isdigit():
            raise BadRequest("invalid Content-Length header")
        if int(length) > MAX_BODY:
            raise BadRequest(f"request body too large (at most {MAX_BODY} bytes)", 413)
    body = bytearray()
    try:
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY:
                raise BadRequest(f"request body too large (at most {MAX_BODY} bytes)", 413)
    except ClientDisconnect:
        raise BadRequest("client disconnected") from None
    if not body:
        raise BadRequest("empty request body; send a JSON object")
    try:
        return json.loads(body.decode("utf-8"))
    except UnicodeDecodeError:
        raise BadRequest("request body is not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise BadRequest(f"request body is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") \
            from None


def parse_item(data: Any, where: str = "", with_id: bool = False) -> Item:
    """A post object of a request; errors name the field (``posts[2].lang``)."""
    if not isinstance(data, dict):
        raise BadRequest(f"{where or 'request body'}: must be a JSON object")
    allowed = {"text", *META_FIELDS} | ({"id"} if with_id else set())
    for key in data:
        if key not in allowed:
            raise BadRequest(f"{where}{key}: unknown field (allowed: {', '.join(sorted(allowed))})")
    text = data.get("text")
    if "text" not in data:
        raise BadRequest(f"{where}text: missing (the post text)")
    if not isinstance(text, str):
        raise BadRequest(f"{where}text: must be a string")
    if len(text) > MAX_POST_CHARS:
        raise BadRequest(f"{where}text: too long ({len(text):,} characters, at most {MAX_POST_CHARS:,})")
    meta: dict = {}
    for key, choices in (("account", ACCOUNTS), ("lang", LANGS)):
        value = data.get(key)
        if value is None:
            continue
        if not isinstance(value, str) or value.lower() not in choices:
            raise BadRequest(f"{where}{key}: must be one of {', '.join(choices)}")
        if value.lower() != "auto":
            meta[key] = value.lower()
    for key in ("platform", "author", "publish_at"):
        value = data.get(key)
        if value is None:
            continue
        if not isinstance(value, str) or len(value) > 200:
            raise BadRequest(f"{where}{key}: must be a string (at most 200 characters)")
        if value:
            meta[key] = value.lower() if key == "platform" else value
    post_id = None
    if with_id and data.get("id") is not None:
        value = data["id"]
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise BadRequest(f"{where}id: must be a string or an integer")
        post_id = str(value)
    return Item(text, meta, post_id)


# ------------------------------------------------------------------------- application

def _json(data, status: int = 200, headers: dict | None = None) -> JSONResponse:
    return JSONResponse(data, status_code=status, headers={"Cache-Control": "no-store", **(headers or {})})


def _error(message: str, status: int, headers: dict | None = None) -> JSONResponse:
    return _json({"error": message, "status": status}, status, headers)


def _log_internal(exc: BaseException) -> None:
    """Type and place of an internal error; never its message, which may quote the post."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = " <- ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}" for f in reversed(frames[-6:]))
    log.error("internal error %s at %s", type(exc).__name__, where or "?")


def create_app(engine, timeout: float = CHECK_TIMEOUT, allowed_hosts: list[str] | None = None,
               on_ready=None) -> Starlette:
    """The ASGI application around a built engine (warmed up at start-up)."""
    checker = Checker(engine, timeout)

    async def check_items(items: list[Item]) -> Response:
        try:
            return _json(await checker.run(items))
        except asyncio.TimeoutError:
            return _error(f"the check did not finish within {checker.timeout:g} s; the server is busy "
                          "or the text too long, try again", 503, {"Retry-After": "1"})

    def guarded(handler):
        async def endpoint(request: Request) -> Response:
            try:
                return await handler(request)
            except BadRequest as exc:
                return _error(str(exc), exc.status)
            except Exception as exc:   # noqa: BLE001  (never let the text reach a log)
                _log_internal(exc)
                return _error(f"internal error ({type(exc).__name__})", 500)
        return endpoint

    async def check(request: Request) -> Response:
        return await check_items([parse_item(await read_json(request))])

    async def check_batch(request: Request) -> Response:
        data = await read_json(request)
        if not isinstance(data, dict):
            raise BadRequest("request body: must be a JSON object with a 'posts' list")
        for key in data:
            if key != "posts":
                raise BadRequest(f"{key}: unknown field (allowed: posts)")
        posts = data.get("posts")
        if not isinstance(posts, list):
            raise BadRequest("posts: missing or not a list")
        if len(posts) > MAX_BATCH:
            raise BadRequest(f"posts: too many ({len(posts)}, at most {MAX_BATCH} per request)")
        items = [parse_item(p, f"posts[{i}].", with_id=True) for i, p in enumerate(posts)]
        return await check_items(items)

    async def rules(request: Request) -> Response:
        active = {r.id for r in engine.rules}
        return _json({"rules": [
            {"id": r.id, "category": r.category, "severity": engine.severity(r), "message": r.message,
             "fix": r.fix, "guideline": r.guideline, "languages": list(r.langs), "enabled": r.id in active}
            for r in sorted(engine.all_rules, key=lambda r: (r.category, r.id))]})

    async def healthz(request: Request) -> Response:
        return _json({"status": "ok", "version": __version__, "rules": len(engine.rules),
                      "company": engine.profile.company, "platforms": PLATFORM_LIMITS})

    async def openapi(request: Request) -> Response:
        return _json(openapi_document())

    async def page(request: Request) -> Response:
        name, media = WEB_FILES[request.url.path]
        body = resources.files("sm_lint.web").joinpath(name).read_bytes()
        return Response(body, media_type=media, headers=SECURITY_HEADERS)

    async def not_allowed(request: Request) -> Response:
        return _error(f"method {request.method} not allowed on {request.url.path}", 405)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        await asyncio.get_running_loop().run_in_executor(checker._pool, checker.warm_up)
        if on_ready:
            on_ready()
        try:
            yield
        finally:
            checker.close()

    routes = [
        Route("/v1/check", guarded(check), methods=["POST"]),
        Route("/v1/check/batch", guarded(check_batch), methods=["POST"]),
        Route("/v1/rules", guarded(rules), methods=["GET"]),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/openapi.json", openapi, methods=["GET"]),
        *[Route(path, page, methods=["GET"]) for path in WEB_FILES],
    ]
    middleware = [Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)] if allowed_hosts else []
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
    app.state.checker = checker
    return app


def loopback_hosts(host: str) -> list[str] | None:
    """Host names accepted when bound to loopback (guards against DNS rebinding); None: any."""
    if host in ("127.0.0.1", "localhost", "::1", "[::1]"):
        return ["127.0.0.1", "localhost", "[::1]", "::1"]
    return None


class ServeError(Exception):
    """The server cannot start (e.g. the port is taken)."""


def serve(engine, host: str = "127.0.0.1", port: int = 8080, timeout: float = CHECK_TIMEOUT,
          announce=print) -> None:
    """Bind, warm the engine up, announce the address, and serve until interrupted."""
    import socket

    import uvicorn
    family = socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets that say they are TCP, and
    # without it small responses wait for the client's delayed ACK (about 40 ms each).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError as exc:
        sock.close()
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    port = sock.getsockname()[1]
    shown = f"[{host.strip('[]')}]" if family == socket.AF_INET6 else host
    app = create_app(engine, timeout, loopback_hosts(host), on_ready=lambda: announce(
        f"sm-lint: serving the web page on http://{shown}:{port}/ and the API on /v1 (Ctrl+C stops)"))
    # No access log: it would list clients and paths for every keystroke; bodies are never logged.
    config = uvicorn.Config(app, access_log=False, log_level="warning", server_header=False, date_header=False,
                            timeout_graceful_shutdown=3)
    uvicorn.Server(config).run(sockets=[sock])


# ------------------------------------------------------------------------- OpenAPI

def openapi_document() -> dict:
    finding = {"type": "object", "required": ["path", "post_id", "rule", "category", "severity", "message",
                                              "line", "column", "end_line", "end_column", "excerpt"],
               "properties": {
                   "path": {"type": "string", "example": DRAFT},
                   "post_id": {"type": ["string", "null"]},
                   "rule": {"type": "string", "example": "netiquette-profanity"},
                   "category": {"type": "string"},
                   "severity": {"type": "string", "enum": ["error", "warning", "info"]},
                   "message": {"type": "string"},
                   "line": {"type": "integer"}, "column": {"type": "integer"},
                   "end_line": {"type": "integer"}, "end_column": {"type": "integer"},
                   "excerpt": {"type": "string"},
                   "suggestion": {"type": "string"},
                   "score": {"type": "number"},
                   "start": {"type": "integer", "description": "Offset of the first character (Unicode code "
                                                               "points) into the text (extension)."},
                   "end": {"type": "integer", "description": "Offset after the last character (extension)."},
                   "guideline": {"type": "string", "description": "The guideline point the rule serves."},
                   "fix": {"type": "object", "description": "A one-click fix: insert `insert` at offset `at`.",
                           "properties": {"insert": {"type": "string"}, "at": {"type": "integer"},
                                          "label": {"type": "string"}}},
               }}
    post_props = {
        "text": {"type": "string", "maxLength": MAX_POST_CHARS},
        "account": {"type": "string", "enum": list(ACCOUNTS)},
        "platform": {"type": "string", "example": "linkedin"},
        "lang": {"type": "string", "enum": list(LANGS)},
        "author": {"type": "string"},
        "publish_at": {"type": "string"},
    }
    report = {"type": "object", "required": ["version", "findings", "errors", "summary"], "properties": {
        "version": {"type": "string", "enum": ["1"]},
        "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}},
        "errors": {"type": "array", "items": {"type": "object", "properties": {
            "path": {"type": "string"}, "line": {"type": ["integer", "null"]}, "message": {"type": "string"}}}},
        "summary": {"type": "object", "properties": {
            "posts": {"type": "integer"}, "findings": {"type": "integer"},
            "by_severity": {"type": "object", "additionalProperties": {"type": "integer"}},
            "by_category": {"type": "object", "additionalProperties": {"type": "integer"}},
            "errors": {"type": "integer"}}},
    }}
    error = {"type": "object", "properties": {"error": {"type": "string"}, "status": {"type": "integer"}}}

    def responses(ok: str, schema: str, extra=(400, 413, 503)) -> dict:
        out = {"200": {"description": ok, "content": {"application/json": {
            "schema": {"$ref": f"#/components/schemas/{schema}"}}}}}
        texts = {400: "Invalid JSON or field (the message names the field).", 413: "Body larger than 1 MiB.",
                 503: "The check did not finish in time."}
        for status in extra:
            out[str(status)] = {"description": texts[status], "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/Error"}}}}
        return out

    return {
        "openapi": "3.1.0",
        "info": {"title": "sm-lint", "version": __version__,
                 "description": "Checks social-media posts against the company's social media guideline. "
                                "Post text is neither logged nor stored."},
        "paths": {
            "/v1/check": {"post": {
                "summary": "Check one draft",
                "requestBody": {"required": True, "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Post"},
                    "example": {"text": "Was für ein Scheißtag", "account": "personal", "platform": "x",
                                "lang": "auto"}}}},
                "responses": responses("Findings in the JSON format of `sm-lint check --format json`; "
                                       "`post_id` is null and `path` is `<draft>`.", "Report")}},
            "/v1/check/batch": {"post": {
                "summary": "Check several posts",
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "type": "object", "required": ["posts"], "properties": {"posts": {
                        "type": "array", "maxItems": MAX_BATCH,
                        "items": {"$ref": "#/components/schemas/BatchPost"}}}}}}},
                "responses": responses("Findings of all posts, each with its `post_id`.", "Report")}},
            "/v1/rules": {"get": {"summary": "The rules", "responses": {"200": {
                "description": "id, category, severity, message, fix and guideline point of every rule.",
                "content": {"application/json": {"schema": {"type": "object"}}}}}}},
            "/healthz": {"get": {"summary": "Liveness", "responses": {"200": {"description": "Ready."}}}},
        },
        "components": {"schemas": {
            "Post": {"type": "object", "required": ["text"], "additionalProperties": False,
                     "properties": post_props},
            "BatchPost": {"type": "object", "required": ["text"], "additionalProperties": False,
                          "properties": {"id": {"type": ["string", "integer"]}, **post_props}},
            "Finding": finding,
            "Report": report,
            "Error": error,
        }},
    }
