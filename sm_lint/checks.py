"""Python rules for what YAML cannot say, registered under the entry-point group ``sm_lint.rules``."""
from __future__ import annotations

import regex

from .findings import Hit

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
    text = doc.text
    start = len(text) - len(text.lstrip())
    end = start
    while end < len(text) and not text[end].isspace():
        end += 1
    return [Hit(start, max(end, start + 1), 1.0, label=str(len(problems)))]
