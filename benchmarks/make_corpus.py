"""Write a reproducible benchmark corpus of social-media posts as JSONL.

    python benchmarks/make_corpus.py --n 100000 --out /tmp/posts-100k.jsonl [--seed 7] [--lang de|en|mix]

Posts are recombined from the development corpus (``--source``, default
``/work/shared/corpus/posts.jsonl`` when it exists) and from the built-in templates below:
one or two source sentences, everyday filler sentences and, now and then, a hashtag, a
handle, a link or an emoji, until the post is about 280 characters long on average
(60 to 600 characters). German and English are mixed about 55:45 (``--lang mix``); the
record carries ``lang`` for four posts in five (the rest are detected), ``account`` and
``platform``. The same seed always gives the same file.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

DEFAULT_SOURCE = Path("/work/shared/corpus/posts.jsonl")

FILLER = {
    "de": [
        "Heute war ein langer Tag, aber das Team hat richtig gut zusammengearbeitet.",
        "Danke an alle, die beim Workshop dabei waren – die Diskussionen waren spannend.",
        "Nächste Woche bin ich auf der Konferenz in Hamburg, meldet euch gern.",
        "Wir suchen übrigens noch Verstärkung im Support, Details gibt es auf unserer Karriereseite.",
        "Kaffee, Laptop und ein Blick auf die Förde – so startet mein Montag.",
        "Was sind eure Erfahrungen mit Remote-Onboarding?",
        "Kurzer Rückblick auf das Quartal: viel gelernt, einiges verbessert.",
        "Das Wetter in Kiel ist wie immer wechselhaft, die Laune trotzdem gut.",
        "Heute Abend gibt es den nächsten Meetup-Termin, Anmeldung im Link.",
        "Ich habe mich sehr über das Feedback aus der Community gefreut.",
        "Unsere Azubis haben ihr erstes eigenes Projekt vorgestellt. Großartig!",
        "Lesetipp zum Wochenende: ein guter Artikel über barrierefreie Webseiten.",
        "Die neue Kaffeemaschine im Büro ist ein echter Gewinn für die Produktivität.",
        "Morgen geht es los mit dem Hackathon, wir sind gespannt auf die Ideen.",
        "Vielen Dank für die Glückwünsche zum Firmenjubiläum!",
    ],
    "en": [
        "Long day today, but the team worked together really well.",
        "Thanks to everyone who joined the workshop – great discussions all around.",
        "I'll be at the conference in Hamburg next week, come say hi.",
        "We are hiring for our support team, details are on the careers page.",
        "Coffee, laptop and a view of the harbour – that's how my Monday starts.",
        "What are your experiences with remote onboarding?",
        "A quick look back at the quarter: learned a lot, improved a few things.",
        "The weather in Kiel is as unpredictable as ever, spirits are high anyway.",
        "The next meetup is tonight, sign up via the link.",
        "I was really happy about the feedback from the community.",
        "Our apprentices presented their first own project. Brilliant work!",
        "Weekend reading: a good article about accessible websites.",
        "The new coffee machine in the office is a real productivity boost.",
        "The hackathon starts tomorrow and we can't wait to see the ideas.",
        "Thank you for all the kind words on our company anniversary!",
    ],
}
EXTRAS = {
    "de": ["#Teamwork", "#Kiel", "#Karriere", "#Helpdesk", "#SaaS", "@heise", "🚀", "💡", "🙌", "☕",
           "https://example.org/blog/2026/rueckblick", "Mehr dazu: https://blog.example.com/artikel?id=42"],
    "en": ["#teamwork", "#hiring", "#SaaS", "#devops", "#customerservice", "@techcrunch", "🚀", "💡", "🙌", "☕",
           "https://example.org/blog/2026/recap", "More: https://blog.example.com/post?id=42"],
}
PLATFORMS = ["linkedin", "x", "xing", "instagram", "mastodon", "facebook"]
_SENT = re.compile(r"(?<=[.!?…])\s+")


def load_source(path: Path | None) -> dict[str, list[str]]:
    """Sentences of the source corpus by language (empty when there is no source)."""
    out: dict[str, list[str]] = {"de": [], "en": []}
    if path is None or not path.is_file():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        lang = rec.get("lang")
        if lang in out and rec.get("text"):
            out[lang].append(rec["text"])
    return out


def make_post(rng: random.Random, lang: str, source: dict[str, list[str]]) -> str:
    target = max(50, min(600, int(rng.gauss(225, 90))))
    parts: list[str] = []
    texts = source.get(lang) or []
    if texts and rng.random() < 0.85:
        text = rng.choice(texts)
        if len(text) > target and rng.random() < 0.7:
            sents = _SENT.split(text)
            k = rng.randint(1, max(1, len(sents) - 1))
            text = " ".join(sents[:k])
        parts.append(text)
    while sum(len(p) + 1 for p in parts) < target:
        r = rng.random()
        if r < 0.6:
            parts.append(rng.choice(FILLER[lang]))
        elif r < 0.8 and texts:
            parts.append(rng.choice(_SENT.split(rng.choice(texts))))
        else:
            parts.append(rng.choice(EXTRAS[lang]))
    rng.shuffle(parts) if rng.random() < 0.3 else None
    sep = "\n\n" if rng.random() < 0.25 else " "
    return sep.join(parts)[:700]


def generate(n: int, seed: int = 7, lang: str = "mix", source: Path | None = DEFAULT_SOURCE):
    rng = random.Random(seed)
    src = load_source(source)
    for i in range(n):
        post_lang = lang if lang in ("de", "en") else ("de" if rng.random() < 0.55 else "en")
        rec = {"id": f"b-{i:06d}", "text": make_post(rng, post_lang, src),
               "account": "personal" if rng.random() < 0.8 else "official",
               "platform": rng.choice(PLATFORMS)}
        if lang in ("de", "en") or rng.random() < 0.8:
            rec["lang"] = post_lang
        yield rec


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000, help="number of posts (default 100000)")
    ap.add_argument("--out", required=True, help="JSONL file to write")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--lang", choices=["mix", "de", "en"], default="mix")
    ap.add_argument("--source", default=str(DEFAULT_SOURCE), help="JSONL corpus whose texts are recombined")
    args = ap.parse_args(argv)
    source = Path(args.source) if args.source else None
    with open(args.out, "w", encoding="utf-8") as fh:
        for rec in generate(args.n, args.seed, args.lang, source):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
