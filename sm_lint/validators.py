"""Validators for ``pattern`` rules: a match counts only when its validator returns a score > 0."""
from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from urllib.parse import urlsplit

_CONFUSABLE = str.maketrans({"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b",
                             "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y",
                             "і": "i", "ӏ": "l", "ԁ": "d", "ɡ": "g", "ν": "v", "ο": "o", "ı": "i"})


def iban(text: str, ctx) -> float:
    """IBAN with a valid ISO 13616 checksum."""
    s = re.sub(r"\s", "", text).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return 0.0
    digits = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return 1.0 if int(digits) % 97 == 1 else 0.0


def luhn(text: str, ctx) -> float:
    digits = [int(c) for c in text if c.isdigit()]
    if not 13 <= len(digits) <= 19:
        return 0.0
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return 1.0 if total % 10 == 0 else 0.0


def entropy(text: str, ctx) -> float:
    """High-entropy strings (keys, tokens): Shannon entropy per character of at least 3.0."""
    token = re.sub(r"^[\w-]*?[:=]\s*", "", text).strip("\"'")
    if len(token) < 12:
        return 0.0
    counts = Counter(token)
    h = -sum(c / len(token) * math.log2(c / len(token)) for c in counts.values())
    classes = sum(bool(re.search(p, token)) for p in (r"[a-z]", r"[A-Z]", r"\d"))
    if h >= 3.0 and classes >= 2:
        return 1.0
    return 0.0


def _host(text: str) -> str:
    candidate = text if "//" in text else "//" + text
    try:
        host = urlsplit(candidate).hostname or ""
    except ValueError:
        return ""
    if host.startswith("xn--") or ".xn--" in host:
        try:
            host = host.encode("ascii").decode("idna")
        except UnicodeError:
            pass
    return host.lower().rstrip(".")


def _skeleton(label: str) -> str:
    label = unicodedata.normalize("NFKD", label)
    label = "".join(c for c in label if not unicodedata.combining(c)).translate(_CONFUSABLE)
    # "I" and "l" look alike in most fonts, and a host is lower case: "fc-acmeIogin" is "fc-acmeiogin"
    return label.replace("rn", "m").replace("vv", "w").replace("-", "").replace("i", "l")


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (look-alike domains, nicknames of competitors)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _own(host: str, domains: list[str]) -> bool:
    return any(host == d or host.endswith("." + d) for d in domains)


def lookalike_domain(text: str, ctx) -> float:
    """A host that imitates one of the company's domains without being one of them."""
    host = _host(text)
    domains = ctx.profile.domains
    if not host or "_" in host or not domains or _own(host, domains + ctx.profile.internal_domains):
        return 0.0              # a host name has no underscore: "Acme_Setup.exe" is a file name
    labels = host.split(".")
    base = labels[-2] if len(labels) >= 2 else labels[0]      # the registered name
    squashed = _skeleton(base)
    subdomains = [_skeleton(lbl) for lbl in labels[:-2]]
    for domain in domains:
        name = domain.split(".")[-2] if domain.count(".") >= 1 else domain
        allowed = 2 if len(name) >= 8 else 1
        skeleton = _skeleton(name)
        if squashed == skeleton or (len(name) >= 5 and edit_distance(base, name) <= allowed):
            return 1.0
        if len(name) >= 5 and (name in base or skeleton in squashed) and base != name:   # login-acme.example
            return 0.9
        if skeleton in subdomains:                                     # acme.example.evil.com
            return 0.9
    # a foreign domain dressed up with the company's or a product's name: "wavedesk-secure.com",
    # "acme-login.example.net"
    for word in _brand_skeletons((*ctx.profile.company_names, *ctx.profile.products)):
        if (word in squashed and squashed != word) or any(word in sub for sub in subdomains):
            return 0.9
    return 0.0


@lru_cache(maxsize=64)
def _brand_skeletons(names: tuple[str, ...]) -> tuple[str, ...]:
    """The look-alike skeletons of the company's and products' names (five letters or more)."""
    words = (_skeleton(re.sub(r"[^a-z0-9]", "", n.lower())) for n in names)
    return tuple(w for w in words if len(w) >= 5)


def internal_host(text: str, ctx) -> float:
    host = _host(text)
    return 1.0 if host and _own(host, ctx.profile.internal_domains) else 0.0


def not_company_contact(text: str, ctx) -> float:
    """E-mail addresses and phone numbers that are not the company's public channels."""
    low = text.lower()
    if "@" in low:
        domain = low.rsplit("@", 1)[1].strip(".")
        if _own(domain, ctx.profile.domains):
            return 0.0
    if low in ctx.profile.public_contacts:
        return 0.0
    digits = re.sub(r"\D", "", low)
    if digits and any(re.sub(r"\D", "", c) == digits for c in ctx.profile.public_contacts):
        return 0.0
    return 1.0


_FREEMAIL = re.compile(
    r"(?:^|\.)(?:gmx\.(?:de|net|at|ch|com)|web\.de|t-online\.de|freenet\.de|arcor\.de|posteo\.(?:de|net)|"
    r"mailbox\.org|online\.de|gmail\.com|googlemail\.com|yahoo\.[a-z.]+|ymail\.com|hotmail\.[a-z.]+|"
    r"outlook\.[a-z.]+|live\.[a-z.]+|msn\.com|icloud\.com|me\.com|mac\.com|aol\.[a-z.]+|proton\.me|"
    r"protonmail\.(?:com|ch)|pm\.me|tutanota\.(?:com|de)|tuta\.io|mail\.(?:de|com|ru)|yandex\.[a-z]+|"
    r"zoho\.com|gmx\.[a-z]+|email\.de|bluewin\.ch|aon\.at|chello\.at)$")


_PRIVATE_LOCAL = re.compile(r"(?:^|[._-])(?:privat|private|home|zuhause|personal)(?:$|[._-])")


def private_email(text: str, ctx) -> float:
    """A private e-mail address: on a free-mail provider, or one that says so ("k.lorenz.privat@…"),
    and not a listed public contact or on the company's domains."""
    low = text.lower().strip(".")
    if "@" not in low or low in ctx.profile.public_contacts:
        return 0.0
    local, domain = low.rsplit("@", 1)
    if _own(domain, ctx.profile.domains):
        return 0.0
    return 1.0 if _FREEMAIL.search(domain) or _PRIVATE_LOCAL.search(local) else 0.0


def _national(number: str) -> str:
    """The digits of a phone number, German international prefixes (+49, 0049, +49 (0)) as 0."""
    digits = re.sub(r"\D", "", number)
    if re.match(r"^\s*(?:\+|00)49", number):
        digits = re.sub(r"^(?:00)?49(?:0)?", "0", digits)
    return digits


def private_phone(text: str, ctx) -> float:
    """A phone number that is not one of the company's public contacts.

    Mobile numbers (German 015x/016x/017x, +49 15x/16x/17x) score 1.0; other numbers 0.3, so
    that they need private context (``context``) to be reported; service numbers (0800, 0180x,
    0900) and the profile's ``public_contacts`` score 0.
    """
    digits = re.sub(r"\D", "", text)
    if not 7 <= len(digits) <= 15:
        return 0.0
    national = _national(text)
    if any(_national(c) == national for c in ctx.profile.public_contacts if re.search(r"\d", c)):
        return 0.0
    if re.match(r"^0(?:800|180\d?|900|137|138)", national):
        return 0.0
    if re.match(r"^01[5-7]\d", national):
        return 1.0
    return 0.3


def external_host(text: str, ctx) -> float:
    host = _host(text)
    if not host or _own(host, ctx.profile.domains + ctx.profile.internal_domains):
        return 0.0
    return 1.0


VALIDATORS = {
    "iban": iban, "luhn": luhn, "entropy": entropy, "lookalike_domain": lookalike_domain,
    "internal_host": internal_host, "not_company_contact": not_company_contact, "external_host": external_host,
    "private_email": private_email, "private_phone": private_phone,
}
