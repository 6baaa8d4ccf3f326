"""Generate the stance training posts (de.jsonl, en.jsonl) from hand-written templates.

    python models/stance/data/generate.py

Every template and phrase below was written for sm-lint. Organisation, product and event
names are invented from syllables and vary per post, so the classifier learns the wording
and not the names. Deterministic (fixed seed). Labels per post (multi-label):
opinion (evaluates a company, product, market or competitor), promotion (promotes or
recommends a product or event), disparaging (mocks, insults or makes unverifiable damaging
claims about a named organisation or its products; always also an opinion).
"""
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 4242
N_PER_TEMPLATE = 14

SYL1 = ["Stern", "Nord", "Blau", "Hoch", "Licht", "Quell", "Berg", "Fels", "Wind", "Sonn", "Brigh", "Vel", "Tor",
        "Ax", "Lum", "Kor", "Zen", "Mar", "Ost", "Silber", "Grün", "Tal", "Falk", "Ari", "Nov", "Cel", "Dra", "Ever"]
SYL2 = ["werk", "tec", "wave", "ion", "ora", "bit", "hafen", "feld", "soft", "ix", "ware", "net", "lab", "stone",
        "gate", "mark", "logic", "nova", "data", "line", "forge", "point", "quadrat", "systems", "stack"]
SUFFIX = ["", "", "", " AG", " GmbH", " Inc.", " Labs", " Group", " SE", " Solutions", " Digital"]
PROD1 = ["Cloud", "Flow", "Smart", "Pro", "Air", "Edge", "Core", "Vision", "Pulse", "Link", "One", "Sense", "Track"]
PROD2 = ["Suite", "Box", "Hub", "360", "X", "Max", "Go", "Studio", "Pad", "Desk", "Sync", "2", "Pilot", "Engine"]
EVENT1 = ["Future", "Digital", "Data", "Cloud", "Tech", "Innovation", "Logistik", "Energie", "Retail", "Health"]
EVENT2 = ["Summit", "Days", "Forum", "Konferenz", "Expo", "Camp", "Meetup", "Week", "Tag", "Messe"]


def org(rng):
    return rng.choice(SYL1) + rng.choice(SYL2) + rng.choice(SUFFIX)


def product(rng):
    return rng.choice(PROD1) + rng.choice(PROD2)


def event(rng):
    return f"{rng.choice(EVENT1)} {rng.choice(EVENT2)} {rng.choice(['2025', '2026', '', ''])}".strip()


PH = {
    "en": {
        "good": ["the best", "by far the best", "miles ahead of everything else", "simply brilliant",
                 "hands down the strongest", "a real game changer", "seriously impressive", "outstanding"],
        "bad": ["overpriced", "disappointing", "way behind", "not worth the money", "a step backwards",
                "clunky and slow", "overrated", "a mess right now"],
        "insult": ["garbage", "a joke", "trash", "pure junk", "a total dumpster fire", "laughable", "amateur hour",
                   "a scam"],
        "market": ["the cloud market", "the logistics sector", "the energy market", "retail tech", "the SaaS space",
                   "the chip market", "e-mobility", "the insurance industry"],
        "tail": ["", "", "", " 🚀", " 👍", " #tech", " #innovation", " Thoughts?", " 🙌", " #business", " #b2b"],
        "private": ["Sunday hike with the kids, legs are dead 😅", "Finally finished my first half marathon!",
                    "Best pizza in Naples, no contest 🍕", "Rainy weekend = board games and tea.",
                    "Our dog turned 5 today 🐶", "Trying to learn the guitar, send help.",
                    "Beach sunset tonight was unreal 🌅", "New book on my nightstand: a history of Rome.",
                    "Grandma's 90th birthday party, what a day.", "Weekend in the mountains, no Wi-Fi, perfect."],
    },
    "de": {
        "good": ["das Beste", "mit Abstand das Beste", "allen anderen meilenweit voraus", "einfach genial",
                 "absolut überzeugend", "ein echter Gamechanger", "richtig stark", "herausragend"],
        "bad": ["überteuert", "enttäuschend", "weit abgeschlagen", "das Geld nicht wert", "ein Rückschritt",
                "umständlich und langsam", "völlig überbewertet", "gerade ein einziges Chaos"],
        "insult": ["Schrott", "ein Witz", "Müll", "der letzte Mist", "eine einzige Lachnummer", "lächerlich",
                   "Pfusch", "Abzocke"],
        "market": ["der Cloud-Markt", "die Logistikbranche", "der Energiemarkt", "der Einzelhandel",
                   "der SaaS-Markt", "der Chipmarkt", "die E-Mobilität", "die Versicherungsbranche"],
        "tail": ["", "", "", " 🚀", " 👍", " #tech", " #innovation", " Was meint ihr?", " 🙌", " #business",
                 " #mittelstand"],
        "private": ["Sonntagswanderung mit den Kindern, die Beine sind Pudding 😅", "Endlich meinen ersten "
                    "Halbmarathon geschafft!", "Beste Pizza in Neapel, keine Diskussion 🍕",
                    "Regenwochenende = Brettspiele und Tee.", "Unser Hund ist heute 5 geworden 🐶",
                    "Ich lerne gerade Gitarre, bitte um Geduld.", "Der Sonnenuntergang am Strand heute 🌅",
                    "Neues Buch auf dem Nachttisch: eine Geschichte Roms.",
                    "Omas 90. Geburtstag, was für ein Tag.", "Wochenende in den Bergen, kein WLAN, perfekt."],
    },
}

# (labels, template) -- {org}, {org2}, {prod}, {event}, {good}, {bad}, {insult}, {market}
T = {
    "en": [
        (["opinion"], "Honestly, {prod} from {org} is {good}. Nothing else comes close."),
        (["opinion"], "In my view {org} is {good} in {market} right now."),
        (["opinion"], "Hot take: {market} is massively overhyped and will shrink next year."),
        (["opinion"], "I think {org}'s new {prod} is {bad}. Expected more."),
        (["opinion"], "Personally I find {prod} {bad}, the old version was better."),
        (["opinion"], "{org} has the best engineering culture I have ever seen. Period."),
        (["opinion"], "If you ask me, {org2} is losing the race in {market}."),
        (["opinion"], "Tried {prod} for a week. Verdict: {good}."),
        (["opinion"], "My two cents: {org}'s strategy in {market} is {bad}."),
        (["opinion"], "Nobody does customer service better than {org}. I mean it."),
        (["opinion"], "The new pricing of {prod} is {bad}, in my opinion."),
        (["opinion"], "{market} is going to explode, and {org} will be the winner. Calling it now."),
        (["opinion", "promotion"], "Our new {prod} is {good} – go get it now: {org}.com/shop"),
        (["opinion", "promotion"], "Proud of what we built: {prod} is {good}. Try it free today!"),
        (["opinion", "promotion"], "Seriously, {prod} is the best tool you can buy this year. Link in bio!"),
        (["promotion"], "Join us at {event}! Visit the {org} booth in hall 3 and see {prod} live."),
        (["promotion"], "Only 3 days left: 20% off {prod} with code SPRING20. Don't miss it!"),
        (["promotion"], "Register now for our webinar on {prod} – seats are limited! 👉 {org}.com/webinar"),
        (["promotion"], "You should all check out {prod} by {org}, link below 👇"),
        (["promotion"], "Come and meet the {org} team at {event}, we have goodies and demos!"),
        (["promotion"], "Launch day! {prod} is now available in all stores. Order yours today."),
        (["promotion"], "Looking for a better way to plan your week? Download {prod} now."),
        (["promotion"], "Get your ticket for {event} before Friday – early bird ends soon!"),
        (["promotion"], "I can only recommend {prod} to every team out there. Grab the free trial."),
        (["opinion", "disparaging"], "{org2}'s software is {insult}. Don't waste your money."),
        (["opinion", "disparaging"], "LOL, {org2} calls this an update? {insult}."),
        (["opinion", "disparaging"], "Everyone knows {org2} only hires amateurs. Their {prod} proves it."),
        (["opinion", "disparaging"], "{org2} is basically {insult} with a marketing budget."),
        (["opinion", "disparaging"], "Heard {org2} is about to go bankrupt, their products are {insult} anyway."),
        (["opinion", "disparaging"], "Imagine paying for {prod} from {org2} 😂 {insult}."),
        (["opinion", "disparaging"], "{org2}? More like {org2}-fail. Clowns, all of them 🤡"),
        (["opinion", "disparaging"], "Friendly reminder that {org2} steals customer data. Avoid them."),
        (["opinion", "disparaging"], "The people at {org2} have no idea what they are doing. {insult}."),
        (["opinion", "disparaging"], "{prod} by {org2} crashes every five minutes. {insult}, as always."),
        (["opinion", "disparaging"], "Switching from {org2} was the best decision ever, their stuff is {insult}."),
        (["opinion", "disparaging"], "{org2} lies to its customers, everybody in {market} knows it."),
        ([], "Congratulations to {org2} on the launch of {prod}! Well deserved."),
        ([], "{org} opens a new office in Leipzig next month."),
        ([], "Great panel at {event} with speakers from {org} and {org2}."),
        ([], "According to its annual report, {org2} grew revenue by 8% last year."),
        ([], "{prod} supports 12 languages, {org2}'s product supports 9 according to their website."),
        ([], "Today I attended a talk about data protection at {event}."),
        ([], "{org} is hiring: three positions in software development."),
        ([], "Thanks to the team at {org2} for the constructive meeting today."),
        ([], "The release notes for version 4.2 of {prod} are online."),
        ([], "Met old colleagues from {org} and {org2} at {event}, nice catching up."),
        ([], "{org} and {org2} announced a partnership in {market}."),
        ([], "Our team worked on the migration to the new data center this week."),
        ([], "Interesting article on how {market} changed over the last decade."),
        ([], "Welcome to our new colleague Jana who joins the sales team at {org}."),
        ([], "{private}"),
        ([], "{private}"),
        ([], "{private}"),
    ],
    "de": [
        (["opinion"], "Ehrlich gesagt ist {prod} von {org} {good}. Da kommt nichts ran."),
        (["opinion"], "Meiner Meinung nach ist {org} gerade {good} in Sachen Service."),
        (["opinion"], "Steile These: {market} ist total überhypt und schrumpft nächstes Jahr."),
        (["opinion"], "Ich finde das neue {prod} von {org} {bad}. Hatte mehr erwartet."),
        (["opinion"], "Persönlich finde ich {prod} {bad}, die alte Version war besser."),
        (["opinion"], "{org} hat die beste Entwicklerkultur, die ich je erlebt habe. Punkt."),
        (["opinion"], "Wenn ihr mich fragt, verliert {org2} gerade das Rennen, {market} zieht davon."),
        (["opinion"], "Eine Woche {prod} getestet. Fazit: {good}."),
        (["opinion"], "Mein Senf dazu: Die Strategie von {org} ist {bad}."),
        (["opinion"], "Niemand macht Kundenservice besser als {org}. Ehrlich."),
        (["opinion"], "Die neuen Preise für {prod} sind {bad}, finde ich."),
        (["opinion"], "{market} wird explodieren und {org} wird gewinnen. Merkt euch das."),
        (["opinion", "promotion"], "Unser neues {prod} ist {good} – jetzt zugreifen: {org}.de/shop"),
        (["opinion", "promotion"], "Stolz auf unser Team: {prod} ist {good}. Jetzt kostenlos testen!"),
        (["opinion", "promotion"], "Im Ernst, {prod} ist das beste Tool, das ihr dieses Jahr kaufen könnt. Link in der Bio!"),
        (["promotion"], "Besucht uns auf der {event}! Am Stand von {org} in Halle 3 zeigen wir {prod} live."),
        (["promotion"], "Nur noch 3 Tage: 20 % Rabatt auf {prod} mit dem Code FRUEHLING20. Nicht verpassen!"),
        (["promotion"], "Jetzt anmelden zum Webinar über {prod} – die Plätze sind begrenzt! 👉 {org}.de/webinar"),
        (["promotion"], "Schaut euch unbedingt {prod} von {org} an, Link unten 👇"),
        (["promotion"], "Kommt vorbei und trefft das Team von {org} auf der {event}, es gibt Goodies und Demos!"),
        (["promotion"], "Launch-Tag! {prod} gibt es ab sofort überall im Handel. Jetzt bestellen."),
        (["promotion"], "Ihr sucht einen besseren Weg, eure Woche zu planen? Ladet euch jetzt {prod} herunter."),
        (["promotion"], "Sichert euch euer Ticket für die {event} bis Freitag – Frühbucherrabatt endet bald!"),
        (["promotion"], "Ich kann {prod} wirklich jedem Team empfehlen. Holt euch die Testversion."),
        (["opinion", "disparaging"], "Die Software von {org2} ist {insult}. Spart euch das Geld."),
        (["opinion", "disparaging"], "LOL, {org2} nennt das ein Update? {insult}."),
        (["opinion", "disparaging"], "Jeder weiß, dass bei {org2} nur Amateure arbeiten. {prod} beweist es."),
        (["opinion", "disparaging"], "{org2} ist im Grunde {insult} mit Marketingbudget."),
        (["opinion", "disparaging"], "Hab gehört, {org2} ist bald pleite, deren Produkte sind eh {insult}."),
        (["opinion", "disparaging"], "Stellt euch vor, ihr zahlt für {prod} von {org2} 😂 {insult}."),
        (["opinion", "disparaging"], "{org2}? Eher {org2}-Fail. Alles Clowns da 🤡"),
        (["opinion", "disparaging"], "Kleine Erinnerung: {org2} klaut Kundendaten. Finger weg."),
        (["opinion", "disparaging"], "Die Leute bei {org2} haben keine Ahnung, was sie tun. {insult}."),
        (["opinion", "disparaging"], "{prod} von {org2} stürzt alle fünf Minuten ab. {insult}, wie immer."),
        (["opinion", "disparaging"], "Der Wechsel weg von {org2} war die beste Entscheidung, deren Zeug ist {insult}."),
        (["opinion", "disparaging"], "{org2} belügt seine Kunden, das weiß doch jeder in der Branche."),
        ([], "Herzlichen Glückwunsch an {org2} zum Launch von {prod}! Verdient."),
        ([], "{org} eröffnet nächsten Monat ein neues Büro in Leipzig."),
        ([], "Spannendes Panel auf der {event} mit Gästen von {org} und {org2}."),
        ([], "Laut Geschäftsbericht hat {org2} den Umsatz im letzten Jahr um 8 % gesteigert."),
        ([], "{prod} unterstützt 12 Sprachen, das Produkt von {org2} laut deren Website 9."),
        ([], "Heute war ich bei einem Vortrag über Datenschutz auf der {event}."),
        ([], "{org} stellt ein: drei Stellen in der Softwareentwicklung."),
        ([], "Danke an das Team von {org2} für das konstruktive Gespräch heute."),
        ([], "Die Release Notes zu Version 4.2 von {prod} sind online."),
        ([], "Alte Kolleginnen von {org} und {org2} auf der {event} getroffen, schön war's."),
        ([], "{org} und {org2} haben eine Partnerschaft angekündigt."),
        ([], "Unser Team hat diese Woche an der Migration ins neue Rechenzentrum gearbeitet."),
        ([], "Interessanter Artikel darüber, wie sich {market} im letzten Jahrzehnt verändert hat."),
        ([], "Willkommen an unsere neue Kollegin Jana, die bei {org} im Vertrieb startet."),
        ([], "{private}"),
        ([], "{private}"),
        ([], "{private}"),
    ],
}


def generate(lang: str) -> list[dict]:
    rng = random.Random(f"{SEED}-{lang}")
    ph = PH[lang]
    seen, out = set(), []
    for tid, (labels, template) in enumerate(T[lang]):
        for _ in range(N_PER_TEMPLATE * 3):
            o1, o2 = org(rng), org(rng)
            text = template.format(
                org=o1, org2=o2, prod=product(rng), event=event(rng), good=rng.choice(ph["good"]),
                bad=rng.choice(ph["bad"]), insult=rng.choice(ph["insult"]), market=rng.choice(ph["market"]),
                private=rng.choice(ph["private"]),
            ) + rng.choice(ph["tail"])
            if text[0].islower():
                text = text[0].upper() + text[1:]
            if text not in seen:
                seen.add(text)
                out.append({"text": text, "labels": sorted(labels), "template": f"{lang}{tid:02d}"})
    return out


def main() -> None:
    for lang in ("de", "en"):
        rows = generate(lang)
        rng = random.Random(f"{SEED}-order-{lang}")
        rng.shuffle(rows)
        with open(HERE / f"{lang}.jsonl", "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
        counts = {}
        for row in rows:
            for label in row["labels"] or ["none"]:
                counts[label] = counts.get(label, 0) + 1
        print(lang, len(rows), counts)


if __name__ == "__main__":
    main()
