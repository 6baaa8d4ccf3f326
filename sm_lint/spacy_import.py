"""Import spaCy without its command-line interface.

spaCy's package ``__init__`` imports ``spacy.cli`` (typer, weasel, httpx, rich: about a third
of ``import spacy``) only to re-export ``spacy.info``. sm-lint never runs spaCy's command line,
and a pre-commit hook pays the import on every commit. While spaCy is imported for the first
time, :func:`import_spacy` (run when this module is imported: import it before anything that
imports spaCy) puts a stand-in for ``spacy.cli`` and ``spacy.cli.info`` in
``sys.modules``; afterwards it removes them, so a later ``import spacy.cli`` loads the real
package, and ``spacy.info`` loads it on its first call. Should a spaCy version import more of
its command line at start-up, the stand-in is dropped and spaCy is imported as usual.
"""
from __future__ import annotations

import sys
import types

_STAND_INS = ("spacy.cli", "spacy.cli.info")


def _info(*args, **kwargs):
    """``spacy.info``, loading spaCy's command line on first use."""
    from spacy.cli.info import info
    return info(*args, **kwargs)


def import_spacy():
    """``import spacy``, without loading its command line when it is not loaded yet."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []                     # a package, so that "spacy.cli.info" resolves
    info = types.ModuleType("spacy.cli.info")
    info.info = _info
    sys.modules.update({"spacy.cli": cli, "spacy.cli.info": info})
    try:
        import spacy
    except (ImportError, AttributeError):
        # this spaCy needs more of its command line at import: import it as usual
        for name in [n for n in sys.modules if n == "spacy" or n.startswith("spacy.")]:
            del sys.modules[name]
        import spacy
    finally:
        for name in _STAND_INS:
            if sys.modules.get(name) in (cli, info):
                del sys.modules[name]
    return spacy


import_spacy()
