"""An on-disk cache of what is slow to build at start-up and depends only on the rule packs
and the profile: the loaded and validated rule packs, and the compiled regular expressions;
and tables that grow while checking (the lemmas of words seen, the tokens of rule terms).

Files live in ``$SM_LINT_CACHE`` (default ``~/.cache/sm-lint``; ``SM_LINT_CACHE=off``
switches the cache off) and are named by a hash of the content they were built from
(rule pack files, profile, sm-lint, Python and ``regex`` versions), so a changed pack or
profile never meets a stale entry. The cache is never required: a missing, unreadable,
corrupt or read-only cache only means building again; a corrupt file is replaced.
"""
from __future__ import annotations

import atexit
import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path

import regex

from . import __version__

FORMAT = 4


def cache_dir() -> Path | None:
    value = os.environ.get("SM_LINT_CACHE")
    if value is not None and value.strip().lower() in ("", "off", "0", "no", "false"):
        return None
    if value:
        return Path(value)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "sm-lint"


def content_key(*parts) -> str:
    """A hash of ``parts`` (bytes, str, paths: their content) and of the versions involved."""
    h = hashlib.sha256(f"{FORMAT}|{__version__}|{sys.version_info[:2]}|{regex.__version__}".encode())
    for part in parts:
        if isinstance(part, Path):
            h.update(b"\0file\0" + str(part).encode("utf-8", "surrogateescape") + b"\0")
            try:
                h.update(part.read_bytes())
            except OSError:
                h.update(b"\0missing\0")
        elif isinstance(part, bytes):
            h.update(b"\0bytes\0" + part)
        else:
            h.update(b"\0str\0" + str(part).encode("utf-8", "surrogateescape"))
    return h.hexdigest()[:32]


def read(name: str):
    """The object stored under ``name``, or None (missing, unreadable or corrupt)."""
    folder = cache_dir()
    if folder is None:
        return None
    path = folder / name
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except FileNotFoundError:
        return None
    except Exception:       # corrupt or from an incompatible version: rebuild
        try:
            path.unlink()
        except OSError:
            pass
        return None


KEEP = 8                # entries of one kind (packs, regex, ...) always kept, the newest
KEEP_MORE = 64          # at most this many, as long as the kind stays within KIND_BYTES
KIND_BYTES = 16 << 20


def _prune(folder: Path, name: str) -> None:
    """Remove the older files of the kind of ``name`` (its prefix before the hash). The
    ``KEEP`` newest always stay; the next older ones stay too, up to ``KEEP_MORE`` files in
    all, while the kind's files together take at most ``KIND_BYTES``. So small entries (the
    rules' needs of each profile, tens of kilobytes) survive a run over many profiles, and
    large ones (compiled regexes, megabytes each) do not fill the disk."""
    kind = name.rsplit("-", 1)[0] + "-"
    try:
        files = [(p.stat(), p) for p in folder.iterdir() if p.name.startswith(kind) and p.suffix == ".pickle"]
        files.sort(key=lambda f: f[0].st_mtime, reverse=True)
        total = 0
        for i, (stat, path) in enumerate(files):
            total += stat.st_size
            if i >= KEEP and (i >= KEEP_MORE or total > KIND_BYTES):
                path.unlink()
    except OSError:
        pass


def write(name: str, obj) -> bool:
    """Store ``obj`` under ``name`` (atomically); False when the cache cannot be written."""
    folder = cache_dir()
    if folder is None:
        return False
    tmp = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, folder / name)
        _prune(folder, name)
        return True
    except Exception:
        if tmp:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        return False


# ---------------------------------------------------------------------------------------
# compiled regular expressions (``regex`` patterns pickle with their compiled code)

_regexes: dict[tuple, object] = {}
_raw: dict[tuple, bytes] = {}           # loaded from the cache, not yet unpickled
_regex_file: list = [None, False]       # [file name, dirty]


def use_regex_cache(key: str) -> None:
    """Load the compiled regexes cached for ``key`` (rule packs and profile); new ones are
    stored there when the process ends. Each entry is unpickled when it is first asked for:
    a run needs only some of them (one language, one post)."""
    name = f"regex-{key}.pickle"
    if _regex_file[0] == name:
        return
    _regex_file[0], _regex_file[1] = name, False
    got = read(name)
    if isinstance(got, dict):
        _raw.update((k, v) for k, v in got.items() if isinstance(v, bytes))


def _cached(key: tuple):
    """The object stored under ``key``, unpickled on first use (None when missing or damaged)."""
    got = _regexes.get(key)
    if got is None and key in _raw:
        try:
            got = _regexes[key] = pickle.loads(_raw.pop(key))
        except Exception:       # damaged: build it again
            got = None
    return got


def compiled(source: str, flags: int = 0, check=None):
    """``regex.compile(source, flags)``, from the cache when it was compiled (and passed
    ``check``) before; ``check(pattern)`` may raise to reject a new pattern."""
    key = (source, flags)
    pattern = _cached(key)
    if pattern is None:
        pattern = regex.compile(source, flags)
        if check is not None:
            check(pattern)
        _regexes[key] = pattern
        _regex_file[1] = True
    return pattern


def literals(source: str, verbose: bool = False, kind: str = "required"):
    """``literals.required(source)`` (or ``literals.starts`` / ``literals.also`` for ``kind="starts"``
    / ``"also"``), kept with the compiled regexes."""
    key = ("literals", source, verbose) if kind == "required" else (kind, source, verbose)
    _cached(key)                # a cached entry, unpickled into _regexes ("no literals" is None)
    if key not in _regexes:
        from . import literals as lit
        _regexes[key] = {"required": lit.required, "starts": lit.starts, "also": lit.also}[kind](source, verbose)
        _regex_file[1] = True
    return _regexes[key]


def load_packs(files: list[Path]):
    """``rulepack.load_packs(files)``, from the cache when the files are unchanged; only
    packs without problems are cached (errors are always reported afresh)."""
    from .rulepack import load_packs as load

    loader = [Path(__file__).parent / name for name in ("rulepack.py", "yamlpos.py", "schema.py")]
    name = f"packs-{content_key(*files, *loader)}.pickle"      # a changed loader reads them anew
    got = read(name)
    if isinstance(got, tuple) and len(got) == 3 and not got[2]:
        return got
    result = load(files)
    if not result[2]:
        write(name, result)
    return result


def save_regexes() -> None:
    name, dirty = _regex_file
    if name and dirty and _regexes:
        _regex_file[1] = False
        entries = dict(_raw)
        for key, value in _regexes.items():
            try:
                entries[key] = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            except Exception:   # not picklable: compiled again next time
                pass
        write(name, entries)


# ---------------------------------------------------------------------------------------
# tables that grow while checking (e.g. the stems of words seen), saved when the process ends

_tables: dict[str, list] = {}      # file name -> [table, size when loaded, largest size kept]


def table(name: str, key: str, keep: int = 30_000) -> dict:
    """A dict kept under ``name`` for ``key`` (e.g. the versions it depends on); what is
    added to it is stored when the process ends, as long as it has at most ``keep`` entries
    (so that loading it stays cheap)."""
    file = f"{name}-{content_key(key)}.pickle"
    got = _tables.get(file)
    if got is None:
        loaded = read(file)
        loaded = loaded if isinstance(loaded, dict) else {}
        got = _tables[file] = [loaded, len(loaded), keep]
    return got[0]


def save_tables() -> None:
    for file, entry in list(_tables.items()):
        data, size, keep = entry
        if len(data) != size and len(data) <= keep:
            entry[1] = len(data)
            write(file, dict(data))


_PID = os.getpid()


@atexit.register
def _save_at_exit() -> None:
    if os.getpid() == _PID:     # not from forked workers
        save_regexes()
        save_tables()
