"""Trained text classifiers shipped in ``models/``.

Layout of one model folder (``models/<name>/``)::

    config.cfg          spaCy config: the textcat component (architecture) and training settings
    README.md           data, licence, architecture, metrics, how to rebuild
    checksums.sha256    sha256 of config.cfg and every file under <lang>/
    data/               training data written for this project (where there is any)
    <lang>/cfg          JSON: labels, threshold, dev metrics
    <lang>/model        the textcat model's weights (thinc ``Model.to_bytes``)

Only the weights are stored; the network is rebuilt from ``config.cfg`` and the weights
are loaded into it. Scoring calls the model directly on docs made by
``sm_lint.nlp.blank_pipeline(lang)``, so no spaCy pipeline has to be loaded.

Loading is lazy (on the first ``ModelStore.classifier(name, lang)``) and never raises:
a missing or damaged model gives ``None`` and one message in ``ModelStore.warnings``.
Rebuild the models with ``python -m sm_lint.train``.
"""
from __future__ import annotations

import hashlib
import json
import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional

from spacy.strings import hash_string
from spacy.attrs import LEMMA, LOWER, NORM, ORTH
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Config, Logistic, Model, SparseLinear_v2, chain, softmax_activation, with_cpu

from . import paths
from .entities import account_word, mask_plan, masked_text

CHECKSUMS = "checksums.sha256"
CONFIG = "config.cfg"
_HAS_ALPHA = re.compile(r"[^\W\d_]")
_ATTRS = {"ORTH": ORTH, "LOWER": LOWER, "NORM": NORM, "LEMMA": LEMMA}


_ARCHITECTURES: dict[str, Callable] = {}


def _architecture(name: str):
    """Register a model architecture with spaCy under ``name`` and keep it for :func:`build_model`."""
    def register(func):
        _ARCHITECTURES[name] = func
        return registry.architectures(name)(func)
    return register


# ---------------------------------------------------------------------------------------
# architecture: bag of n-grams over a chosen token attribute


@_architecture("sm_lint.TextCatBOWAttr.v1")
def build_bow_attr(
    exclusive_classes: bool,
    ngram_size: int,
    length: int = 262144,
    attr: str = "LOWER",
    no_output_layer: bool = False,
    nO: Optional[int] = None,
) -> Model:
    """Like ``spacy.TextCatBOW.v3``, but the n-grams are built over ``attr``
    (``LOWER`` or ``LEMMA`` instead of the exact ``ORTH`` text)."""
    from spacy.ml.extract_ngrams import extract_ngrams

    attr_id = _ATTRS[attr.upper()]
    sparse = SparseLinear_v2(nO=nO, length=length)
    output = softmax_activation() if exclusive_classes else Logistic()
    model = chain(with_cpu(chain(extract_ngrams(ngram_size, attr=attr_id), sparse), sparse.ops), output)
    if nO is not None:
        model.set_dim("nO", nO)
    model.set_ref("output_layer", sparse)
    model.attrs["multi_label"] = not exclusive_classes
    return model


if TYPE_CHECKING:           # numpy is imported where it is used (start-up time)
    import numpy

_CHAR_CACHE: dict[tuple, "numpy.ndarray"] = {}
_LEX_CACHE: dict[tuple, "numpy.ndarray"] = {}
_LEX_IDS: dict[tuple[str, ...], int] = {}


def _char_keys(word: str, cmin: int, cmax: int):
    """Hashed character n-grams of ``<word>`` (cached per word)."""
    key = (word, cmin, cmax)
    got = _CHAR_CACHE.get(key)
    if got is None:
        import numpy

        w = f"<{word}>"
        grams = {"c" + w[i:i + n] for n in range(cmin, cmax + 1) for i in range(len(w) - n + 1)}
        got = numpy.fromiter(map(hash_string, grams), dtype="uint64", count=len(grams))
        got.sort()
        if len(_CHAR_CACHE) < 500_000:
            _CHAR_CACHE[key] = got
    return got


def _lex_keys(word: str, lexicon: tuple[str, ...], lex_id: int):
    """Keys of the lexicon stems found inside ``word`` (plus "LEX"), cached per word."""
    key = (word, lex_id)
    got = _LEX_CACHE.get(key)
    if got is None:
        import numpy

        hits = [stem for stem in lexicon if stem in word] if _lexicon_re(lexicon).search(word) else []
        grams = {"LEX", *("L:" + stem for stem in hits)} if hits else set()
        got = numpy.asarray(sorted(_hash64(g) for g in grams), dtype="uint64")
        if len(_LEX_CACHE) < 500_000:
            _LEX_CACHE[key] = got
    return got


_LEX_KEYS: dict[tuple, "numpy.ndarray"] = {}
_LEX_RE: dict[tuple, re.Pattern] = {}


def _lexicon_re(lexicon: tuple[str, ...]) -> re.Pattern:
    """One pattern that finds whether any stem of ``lexicon`` is inside a word."""
    got = _LEX_RE.get(lexicon)
    if got is None:
        got = _LEX_RE[lexicon] = re.compile("|".join(map(re.escape, sorted(lexicon, key=len, reverse=True))))
    return got


def _lexicon_keys(lexicon: tuple[str, ...]):
    got = _LEX_KEYS.get(lexicon)
    if got is None:
        import numpy

        got = numpy.asarray(sorted(_hash64(g) for g in ["LEX", *("L:" + s for s in lexicon)]),
                            dtype="uint64")
        _LEX_KEYS[lexicon] = got
    return got


def _hash64(text: str) -> int:
    return hash_string(text)  # 64-bit MurmurHash, as spaCy's StringStore


_WORD_CACHE: dict[tuple, dict] = {}   # (cmin, cmax, lexicon id) -> {orth id: the word's keys}


def _word_keys(vocab, orth: int, cmin: int, cmax: int, lexicon: tuple[str, ...], lex_id: int):
    """Character n-gram keys (and lexicon keys) of one word, or None for words without
    such features (handles, hashtags, URLs, words without a letter)."""
    import numpy

    lex = vocab[orth]
    text = lex.lower_
    if not text or text[0] in "@#" or not _HAS_ALPHA.search(text) or lex.like_url:
        return None
    parts = []
    if cmax:
        parts.append(_char_keys(text, cmin, cmax))
    if lexicon:
        parts.append(_lex_keys(text, lexicon, lex_id))
    return numpy.concatenate(parts) if len(parts) > 1 else parts[0]


def _sparse_features_forward(model: Model, docs: list[Doc], is_train: bool):
    """Features of a batch of docs: per doc the sorted unique keys and their (weighted,
    L2-normalised) counts. The per-word character and lexicon keys are cached by the
    word's orth id; the unique/count step runs once over the whole batch."""
    import numpy

    attr_id = _ATTRS[model.attrs["attr"]]
    n_max = model.attrs["ngram_size"]
    cmin, cmax = model.attrs["char_min"], model.attrs["char_max"]
    normalize = model.attrs["normalize"]
    lexicon = tuple(model.attrs["lexicon"])
    lex_weight = float(model.attrs.get("lexicon_weight", 1.0))
    lex_keys = _lexicon_keys(lexicon) if lexicon else None
    lex_id = _LEX_IDS.setdefault(lexicon, len(_LEX_IDS))
    ops = model.ops
    words = bool(cmax or lexicon)
    table = _WORD_CACHE.setdefault((cmin, cmax, lex_id), {}) if words else None
    parts, doc_ids = [], []
    for d, doc in enumerate(docs):
        n_tok = len(doc)
        if not n_tok:
            continue
        arr = doc.to_array([attr_id, ORTH]) if words else doc.to_array([attr_id]).reshape(-1, 1)
        uni = numpy.ascontiguousarray(arr[:, 0], dtype="uint64")
        doc_parts = [uni]
        for n in range(2, n_max + 1):
            if n_tok >= n:
                doc_parts.append(ops.to_numpy(ops.ngrams(n, uni)))
        if words:
            vocab = doc.vocab
            get = table.get
            for orth in arr[:, 1].tolist():
                got = get(orth, False)
                if got is False:
                    got = _word_keys(vocab, orth, cmin, cmax, lexicon, lex_id)
                    if len(table) < 500_000:
                        table[orth] = got
                if got is not None:
                    doc_parts.append(got)
        n_keys = sum(len(p) for p in doc_parts)
        parts.extend(doc_parts)
        doc_ids.append((d, n_keys))
    lengths = numpy.zeros((len(docs),), dtype="int32")
    if parts:
        keys = numpy.concatenate(parts).astype("uint64", copy=False)
        owner = numpy.repeat(numpy.asarray([d for d, _ in doc_ids], dtype="int64"),
                             numpy.asarray([n for _, n in doc_ids], dtype="int64"))
        # sort by (doc, key): by key, then stably by doc (much faster than lexsort)
        order = numpy.argsort(keys)
        small = "int16" if len(docs) < 32768 else "int32"  # int16: radix sort
        order = order[numpy.argsort(owner[order].astype(small), kind="stable")]
        keys, owner = keys[order], owner[order]
        new = numpy.empty(len(keys), dtype=bool)
        new[0] = True
        new[1:] = (keys[1:] != keys[:-1]) | (owner[1:] != owner[:-1])
        starts = numpy.flatnonzero(new)
        counts = numpy.diff(numpy.append(starts, len(keys)))
        keys, owner = keys[starts], owner[starts]
        vals = counts.astype("float32")
        if lex_weight != 1.0 and lexicon:
            # membership in the sorted lexicon keys (``numpy.isin`` sorts both sides on every call)
            at = numpy.minimum(numpy.searchsorted(lex_keys, keys), len(lex_keys) - 1)
            vals[lex_keys[at] == keys] *= lex_weight
        lengths += numpy.bincount(owner, minlength=len(docs)).astype("int32")
        if normalize:
            bounds = numpy.concatenate([[0], numpy.cumsum(lengths)]).tolist()
            for s, e in zip(bounds[:-1], bounds[1:]):
                if e > s:
                    v = vals[s:e]
                    v /= numpy.sqrt((v ** 2).sum())
    else:
        keys = numpy.zeros((0,), dtype="uint64")
        vals = numpy.zeros((0,), dtype="float32")
    keys = ops.asarray(keys, dtype="uint64")
    vals = ops.asarray(vals, dtype="float32")
    lens = ops.asarray(lengths, dtype="int32")
    return (keys, vals, lens), lambda d: []


@_architecture("sm_lint.TextCatSparse.v1")
def build_sparse_textcat(
    ngram_size: int = 2,
    attr: str = "LEMMA",
    char_min: int = 3,
    char_max: int = 5,
    normalize: bool = True,
    lexicon: list[str] = [],
    lexicon_weight: float = 1.0,
    length: int = 262144,
    exclusive_classes: bool = False,
    no_output_layer: bool = False,
    nO: Optional[int] = None,
) -> Model:
    """Linear classifier over hashed sparse features: word n-grams (1..``ngram_size``)
    over ``attr`` plus character n-grams (``char_min``..``char_max``, 0 = none) of the
    lower-cased words, plus a feature per ``lexicon`` stem found inside a word (and one
    "any lexicon hit" feature); L2-normalised per doc, sigmoid outputs. In ``config.cfg``
    ``lexicon`` names a file in the model folder (``{lang}`` is replaced); ``build_model``
    reads it."""
    feats = Model(
        "sm_sparse_features", _sparse_features_forward,
        attrs={"attr": attr.upper(), "ngram_size": ngram_size, "char_min": char_min,
               "char_max": char_max, "normalize": normalize,
               "lexicon_weight": lexicon_weight,
               "lexicon": sorted({w.strip().lower() for w in lexicon if w.strip()})},
    )
    sparse = SparseLinear_v2(nO=nO, length=length)
    model = chain(with_cpu(chain(feats, sparse), sparse.ops), Logistic())
    if nO is not None:
        model.set_dim("nO", nO)
    model.set_ref("output_layer", sparse)
    model.attrs["multi_label"] = True
    return model


# ---------------------------------------------------------------------------------------
# helpers shared with sm_lint.train


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()


def model_files(folder: Path) -> list[str]:
    """Files covered by a model folder's checksums (relative POSIX paths, sorted)."""
    files = [CONFIG] if (folder / CONFIG).is_file() else []
    for sub in sorted(p for p in folder.iterdir() if p.is_dir() and p.name in ("de", "en", "lexicon")):
        files.extend(sorted(str(f.relative_to(folder).as_posix()) for f in sub.rglob("*") if f.is_file()))
    return files


def read_checksums(folder: Path) -> dict[str, str]:
    sums: dict[str, str] = {}
    for line in (folder / CHECKSUMS).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            digest, _, rel = line.partition("  ")
            sums[rel.strip()] = digest.strip()
    return sums


def write_checksums(folder: Path) -> None:
    lines = [f"{file_sha256(folder / rel)}  {rel}" for rel in model_files(folder)]
    (folder / CHECKSUMS).write_text("\n".join(lines) + "\n", encoding="utf-8")


def verify_checksums(folder: Path, lang: str) -> Optional[str]:
    """Problem found with ``folder``'s files for ``lang`` (and its config), or None."""
    if not (folder / CHECKSUMS).is_file():
        return f"{folder / CHECKSUMS} is missing"
    try:
        sums = read_checksums(folder)
    except (OSError, UnicodeDecodeError) as err:
        return f"cannot read {folder / CHECKSUMS}: {err}"
    wanted = [rel for rel in sums
              if rel == CONFIG or rel.startswith(f"{lang}/") or rel.startswith("lexicon/")]
    if not any(rel.startswith(f"{lang}/") for rel in wanted):
        return None  # no model for this language (handled by the caller)
    for rel in wanted:
        path = folder / rel
        if not path.is_file():
            return f"{path} is missing"
        if file_sha256(path) != sums[rel]:
            return f"checksum mismatch for {path}"
    return None


def model_config(folder: Path) -> Config:
    return Config().from_disk(folder / CONFIG, interpolate=False)


def read_lexicon(path: Path) -> list[str]:
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line:
            words.append(line)
    return sorted(set(words))


def build_model(cfg: Config, n_labels: int, folder: Optional[Path] = None,
                lang: str = "en") -> Model:
    """The untrained textcat network described by ``[components.textcat.model]``."""
    arch = dict(cfg["components"]["textcat"]["model"])
    arch["nO"] = n_labels
    if isinstance(arch.get("lexicon"), str):
        rel = arch["lexicon"].format(lang=lang)
        arch["lexicon"] = read_lexicon(folder / rel) if rel and folder is not None else []
    own = _ARCHITECTURES.get(arch.get("@architectures"))
    if own is not None:         # without resolving spaCy's whole registry (about 30 ms at start-up)
        return own(**{k: v for k, v in arch.items() if k != "@architectures"})
    return registry.resolve({"model": arch})["model"]


# ---------------------------------------------------------------------------------------
# run time


class MaskedDoc:
    """What a model of masked input reads of a doc, without tokenizing it again: the doc's
    token rows with the account word in front and the tokens of each profile name as one
    mask word, the rows :func:`masked_text` would give when tokenized (the feature layer
    asks only for ``len``, ``vocab`` and ``to_array``)."""

    __slots__ = ("doc", "vocab", "_row", "_n")

    def __init__(self, doc: Doc, word_row: Callable):
        self.doc, self.vocab, self._row = doc, doc.vocab, word_row
        self._n = None

    def _pieces(self):
        """(mask word, None) or (None, token range), in reading order."""
        yield account_word(self.doc), None
        pos = 0
        for first, last, word in mask_plan(self.doc):
            yield None, (pos, first)
            yield word, None
            pos = last
        yield None, (pos, len(self.doc))

    def to_array(self, attrs) -> "numpy.ndarray":
        import numpy

        attrs = tuple(attrs)
        rows = self.doc.to_array(list(attrs)).reshape(len(self.doc), len(attrs))
        parts = [self._row(self.doc, word, attrs) if word else rows[span[0]:span[1]] for word, span in self._pieces()]
        return numpy.concatenate(parts).astype(rows.dtype, copy=False)

    def __len__(self) -> int:
        if self._n is None:
            self._n = sum(1 if word else span[1] - span[0] for word, span in self._pieces())
        return self._n


class Classifier:
    """A trained classifier for one language: label -> probability per doc.

    ``input``: ``text`` (the doc as it is) or ``masked`` (profile names replaced by
    :func:`masked_text`, for a model that learnt from many companies' posts)."""

    def __init__(self, name: str, lang: str, labels: list[str], model: Model,
                 threshold: float = 0.5, meta: Optional[dict] = None, input: str = "text"):
        self.name = name
        self.lang = lang
        self.labels = list(labels)
        self.threshold = threshold
        self.meta = meta or {}
        self.input = input
        self._model = model
        self._rows: dict = {}

    def _tokenize(self, texts: list[str]) -> list[Doc]:
        from .nlp import read_words

        return [read_words(self.lang, text) for text in texts]

    def _word_row(self, doc: Doc, word: str, attrs: tuple) -> "numpy.ndarray":
        """The attributes of ``word`` read as a token of its own (a mask word)."""
        key = (word, attrs)
        got = self._rows.get(key)
        if got is None:
            got = self._rows[key] = self._tokenize([word])[0][:1].as_doc().to_array(list(attrs)).reshape(1, -1)
        doc.vocab.strings.add(word)
        return got

    def score_spans(self, spans) -> list[dict[str, float]]:
        """Scores of parts of a doc (its sentences), each read on its own."""
        if self.input == "masked":
            return self.score_docs(self._tokenize([masked_text(s.doc, s.start_char, s.end_char) for s in spans]),
                                   masked=True)
        return self.score_docs([s.as_doc() for s in spans])

    def score_docs(self, docs: list[Doc], masked: bool = False) -> list[dict[str, float]]:
        docs = list(docs)
        if not docs:
            return []
        if self.input == "masked" and not masked:
            docs = [MaskedDoc(d, self._word_row) for d in docs]
        # empty docs give no n-grams; score them as all-zero
        nonempty = [i for i, d in enumerate(docs) if len(d)]
        out = [{label: 0.0 for label in self.labels} for _ in docs]
        if nonempty:
            scores = self._model.predict([docs[i] for i in nonempty])
            scores = self._model.ops.to_numpy(scores).tolist()
            for i, row in zip(nonempty, scores):
                out[i] = {label: float(p) for label, p in zip(self.labels, row)}
        return out

    def score_texts(self, texts: list[str]) -> list[dict[str, float]]:
        """Convenience: tokenize with ``blank_pipeline(lang)`` and score (names not masked)."""
        return self.score_docs(self._tokenize(texts), masked=True)

    def __repr__(self) -> str:
        return f"Classifier({self.name!r}, {self.lang!r}, labels={self.labels!r})"


def load_classifier(folder: Path, lang: str, name: Optional[str] = None) -> Classifier:
    """Load ``folder/<lang>`` (raises on any problem; ``ModelStore`` catches)."""
    sub = folder / lang
    info = json.loads((sub / "cfg").read_text(encoding="utf-8"))
    labels = list(info["labels"])
    model = build_model(model_config(folder), len(labels), folder, lang)
    from .nlp import collector_kept
    with collector_kept():
        model.from_bytes((sub / "model").read_bytes())
    return Classifier(name or folder.name, lang, labels, model,
                      threshold=float(info.get("threshold", 0.5)), meta=info, input=info.get("input", "text"))


class ModelStore:
    """The trained classifiers in a models folder, loaded on first use."""

    def __init__(self, models_dir: Path | None = None):
        self.models_dir = Path(models_dir) if models_dir is not None else paths.models_dir()
        self.warnings: list[str] = []
        self._cache: dict[tuple[str, str], Optional[Classifier]] = {}
        self._warned: set[str] = set()
        self._lock = threading.Lock()

    def _warn(self, message: str) -> None:
        if message not in self._warned:
            self._warned.add(message)
            self.warnings.append(message)

    def names(self) -> list[str]:
        """Model names available (folders with a config and checksums)."""
        try:
            if not self.models_dir.is_dir():
                return []
            return sorted(p.name for p in self.models_dir.iterdir()
                          if p.is_dir() and (p / CONFIG).is_file() and (p / CHECKSUMS).is_file())
        except OSError:
            return []

    def check_folder(self) -> None:
        """Warn now when the models folder is missing (a model is otherwise loaded, and a
        problem with it reported, when a rule first needs it)."""
        if not self.models_dir.is_dir():
            self._warn(f"models folder {self.models_dir} not found: trained classifiers are "
                       f"disabled (rebuild with `python -m sm_lint.train`)")

    def classifier(self, name: str, lang: str) -> Classifier | None:
        key = (name, lang)
        with self._lock:
            if key not in self._cache:
                self._cache[key] = self._load(name, lang)
            return self._cache[key]

    def _load(self, name: str, lang: str) -> Classifier | None:
        try:
            if not self.models_dir.is_dir():
                self.check_folder()
                return None
            folder = self.models_dir / name
            if not folder.is_dir():
                self._warn(f"model '{name}' not found in {self.models_dir}: classifier disabled")
                return None
            problem = verify_checksums(folder, lang)
            if problem:
                self._warn(f"model '{name}' ({lang}) is damaged, classifier disabled: {problem}")
                return None
            if not (folder / lang).is_dir():
                return None  # no model for this language: not a problem
            return load_classifier(folder, lang, name)
        except Exception as err:  # never let a broken model crash a check
            self._warn(f"model '{name}' ({lang}) could not be loaded, classifier disabled: "
                       f"{type(err).__name__}: {err}")
            return None
