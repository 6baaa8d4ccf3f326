"""``check --jobs N``: large batches checked by N worker processes, findings in input order.

The engine is built (rule packs loaded, rules compiled, models loaded) once in the main
process; the workers are forked from it, so each has a ready engine without building it
again. The posts are read in blocks of ``BLOCK``; the workers of a block are forked with the
block in memory and get it in chunks (by position, nothing is copied), and the findings come
back chunk by chunk in input order. So memory stays bounded however long the stream is.
Small batches (fewer than ``SM_LINT_PARALLEL_MIN`` posts, default 500), ``--jobs 1`` and
platforms without ``fork`` are checked in-process.
"""
from __future__ import annotations

import multiprocessing
import os
from itertools import chain, islice
from typing import Iterable, Iterator

CHUNK = 500
WARM = 32           # posts of each block checked in the parent before the workers are forked
MIN_POSTS = 500
BLOCK = 10_000

_STATE: dict = {}


def min_posts() -> int:
    try:
        return max(1, int(os.environ.get("SM_LINT_PARALLEL_MIN", MIN_POSTS)))
    except ValueError:
        return MIN_POSTS


def default_jobs() -> int:
    return os.cpu_count() or 1


def _work(span: tuple[int, int]):
    engine, posts = _STATE["engine"], _STATE["posts"]
    return [findings for _, findings in engine.check(posts[span[0]:span[1]])]


def check(engine, posts: Iterable, jobs: int = 1) -> Iterator[tuple[object, list]]:
    """``(post, findings)`` for every post, in input order (like ``engine.check``); ``posts``
    may be a stream, read as it is checked."""
    jobs = default_jobs() if jobs <= 0 else jobs
    stream = iter(posts)
    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield from engine.check(stream)
        return
    block = list(islice(stream, max(BLOCK, min_posts())))
    if len(block) < min_posts():
        yield from engine.check(chain(block, stream))
        return
    while block:
        yield from _check_block(engine, block, jobs)
        block = list(islice(stream, BLOCK))


def _check_block(engine, posts: list, jobs: int) -> Iterator[tuple[object, list]]:
    engine.prepare({engine.language(p) for p in posts})       # built before forking
    # The first posts are checked here: what checking compiles on first use (parts of the
    # obfuscated-spelling searches, case-folding variants) is then inherited by every worker
    # and kept in the parent's cache for the next run.
    yield from engine.check(posts[:WARM])
    posts = posts[WARM:]
    if not posts:
        return
    size = max(50, min(CHUNK, len(posts) // (jobs * 4) or 1))
    spans = [(i, min(i + size, len(posts))) for i in range(0, len(posts), size)]
    _STATE.update(engine=engine, posts=posts)
    ctx = multiprocessing.get_context("fork")
    try:
        with ctx.Pool(min(jobs, len(spans))) as pool:
            for (start, end), chunk in zip(spans, pool.imap(_work, spans)):
                yield from zip(posts[start:end], chunk)
    finally:
        _STATE.clear()


