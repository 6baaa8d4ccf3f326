"""Python rules for what YAML cannot say, registered under the entry-point group ``sm_lint.rules``."""
from __future__ import annotations

import regex

from .findings import Hit
from .ruletypes.base import doc_text

_UNKNOWN = regex.compile(
    r"\b(?:google|bing|pinterest|internet|netz|web|unknown|unbekannt|unklar|n/?a|found online|"
    r"instagram|facebook|tiktok|twitter|whatsapp|screenshot)\b|^\s*-?\s*$|\?",
    regex.IGNORECASE,
)


def _images(meta: dict) -> list:
    images = meta.get("images", meta.get("image"))
    if images is None:
        return []
    if not isinstance(images, list):
        images = [images]
    return images


def image_rights(doc, ctx, options):
    """Images in the post's metadata need a credit and a licence that show the right to use them.

    An image without credit or licence, or whose source is a search engine, a social network
    or "unknown", is reported at the post's first word (the metadata has no place in the text).
    """
    problems = []
    for image in _images(ctx.meta):
        if isinstance(image, str):
            problems.append(image)
            continue
        if not isinstance(image, dict):
            continue
        credit = str(image.get("credit") or image.get("source") or image.get("author") or "")
        licence = str(image.get("license") or image.get("licence") or image.get("lizenz") or "")
        if not credit.strip() or not licence.strip() or _UNKNOWN.search(credit) or _UNKNOWN.search(licence):
            problems.append(image)
    if not problems:
        return []
    text = doc_text(doc, ctx)
    start = len(text) - len(text.lstrip())
    end = start
    while end < len(text) and not text[end].isspace():
        end += 1
    return [Hit(start, max(end, start + 1), 1.0, label=str(len(problems)))]


_SECTION = regex.compile(r"^\s*[\[(]?(?:verse|strophe|chorus|refrain|bridge|hook|pre-chorus|outro|intro)\b[^\n]{0,12}$",
                         regex.IGNORECASE | regex.MULTILINE)


_SONG_WORDS = regex.compile(r"\b(?:song|songs|lyrics|songtext|liedtext|lied|single|album|track|refrain|chorus|"
                            r"on repeat|ohrwurm|playlist)\b|[🎵🎶🎧🎤]", regex.IGNORECASE)
_LINE = regex.compile(r"[^\n]+")
_NUMBERED = regex.compile(r"\s*\d+[.):]")      # a list item or a time ("14:00 Einlass")
_NON_WORD = regex.compile(r"[^\p{L}\p{N}]+")


def _stanzas(short: list[tuple[int, str]]) -> int:
    """Blocks of three or more short lines in a row (``short``: offset and text of each, in
    order); a blank line or a longer line between two of them ends a block."""
    count = run = 0
    end = None
    for pos, line in short:
        run = run + 1 if end is not None and pos == end + 1 else 1
        count += run == 3
        end = pos + len(line)
    return count


def song_lyrics(doc, ctx, options):
    """Pasted song lyrics: many short lines in stanzas, with section labels, or a repeated line
    (chorus) in a post that talks about a song, or in two stanzas or more in such a post.

    Options: ``min_lines`` (short lines needed, default 8), ``max_line`` (what counts as short,
    default 60 characters).
    """
    min_lines = int(options.get("min_lines", 8))
    max_line = int(options.get("max_line", 60))
    text = doc_text(doc, ctx)
    lines = [(m.start(), m.group()) for m in _LINE.finditer(text)]
    short = [(pos, line) for pos, line in lines if 8 <= len(line.strip()) <= max_line
             and not line.strip().startswith(("#", "http", "@", "•", "-", "👉"))
             and not _NUMBERED.match(line)]
    if len(short) < min_lines:
        return []
    normalised = [_NON_WORD.sub(" ", line.lower()).strip() for _, line in short]
    repeats = len(normalised) - len(set(normalised))
    song = bool(_SONG_WORDS.search(text))
    if not (repeats >= 2 or _SECTION.search(text) or (song and (repeats or _stanzas(short) >= 2))):
        return []
    start = short[0][0]
    end = short[-1][0] + len(short[-1][1])
    return [Hit(start, end, 1.0)]


_URL = regex.compile(r"(?:https?://|www\.)[^\s<>()\"']+|(?<![\w@./-])(?:[\w-]+\.)+[a-z]{2,12}/[^\s<>()\"']*",
                     regex.IGNORECASE)


def repeated_links(doc, ctx, options):
    """The same link several times in one post (default: 3 or more) is a spam pattern."""
    minimum = int(options.get("min", 3))
    seen: dict[str, list] = {}
    text = doc_text(doc, ctx)
    if "/" not in text and "www." not in text.lower():
        return []           # every link has one
    for m in _URL.finditer(text):
        key = m.group().rstrip(".,;:!?").lower().rstrip("/")
        seen.setdefault(key, []).append(m)
    hits = []
    for matches in seen.values():
        if len(matches) >= minimum:
            hits.append(Hit(matches[1].start(), matches[-1].end(), 1.0, label=str(len(matches))))
    return hits


# The built-in rule functions by the name rule packs use (``function: song-lyrics``); other
# packages add theirs as entry points in the group ``sm_lint.rules``.
FUNCTIONS = {"image-rights": image_rights, "song-lyrics": song_lyrics, "repeated-links": repeated_links}
