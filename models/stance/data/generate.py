"""Generate the stance training posts (de.jsonl, en.jsonl).

    python models/stance/data/generate.py

Every sentence below was written for sm-lint. A post is built from one *core* sentence frame
(which carries the labels and is the post's "template" id, so the grouped dev split keeps a
frame on one side) plus optional neutral context before it, an optional call to action
(which adds `promotion`), and a neutral ending (hashtags, emojis, a question). Frames contain
alternatives written as ``[a|b|c]``, so two posts of one frame rarely share their wording.
Organisation, product, person and event names are invented from syllables and differ in
every post, so the classifier learns the wording and not names. Small typos, lower-case
posts and missing punctuation are added at random. Deterministic (fixed seed).

Labels (multi-label): opinion (the author evaluates or forecasts a company, its products,
its market or industry), promotion (recommends or advertises a product, offer or event,
usually with a call to action), disparaging (mocks, insults or makes unverifiable damaging
claims about a named organisation, its products, staff or customers; always also opinion).
"""
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 9117

# ---------------------------------------------------------------------------------------
# invented names

SYL1 = ["Stern", "Nord", "Blau", "Hoch", "Licht", "Quell", "Berg", "Fels", "Wind", "Sonn", "Brin", "Vel", "Tor",
        "Ax", "Lum", "Kor", "Zen", "Mar", "Ost", "Silber", "Grün", "Tal", "Falk", "Ari", "Nov", "Cel", "Dra",
        "Ever", "Quin", "Jar", "Hel", "Pax", "Rho", "Ober", "Wolk", "Tri", "Sol", "Zed", "Mio", "Fjor", "Gal",
        "Ulm", "Kas", "Ner", "Opal", "Rubi", "Sam", "Vor", "Yel", "Xen", "Bel", "Cor", "Dun", "Eich", "Flux"]
SYL2 = ["werk", "tec", "wave", "ion", "ora", "bit", "hafen", "feld", "soft", "ix", "ware", "net", "lab", "stone",
        "gate", "mark", "logic", "nova", "data", "line", "forge", "point", "quadrat", "systems", "stack", "io",
        "ly", "mo", "bau", "rix", "vox", "sphere", "loop", "kraft", "trail", "cube", "mint", "dock", "peak"]
SUFFIX = ["", "", "", "", "", " AG", " GmbH", " Inc.", " Labs", " Group", " SE", " Solutions", " Digital",
          " & Co.", " Tech", " Software", " Mobility", " Energy", " Bank", " Versicherung", " Health"]
PROD1 = ["Cloud", "Flow", "Smart", "Pro", "Air", "Edge", "Core", "Vision", "Pulse", "Link", "One", "Sense", "Track",
         "Nimbus", "Swift", "Koala", "Orbit", "Spark", "Echo", "Nova", "Atlas", "Pixel", "Zap", "Mood", "Fin"]
PROD2 = ["Suite", "Box", "Hub", "360", "X", "Max", "Go", "Studio", "Pad", "Desk", "Sync", "2", "Pilot", "Engine",
         "Mate", "Lite", "Plus", "Care", "Pay", "Board", "Cam", "Watch", " S", " Ultra", "ly", "r"]
EVENT1 = ["Future", "Digital", "Data", "Cloud", "Tech", "Innovation", "Logistik", "Energie", "Retail", "Health",
          "DevOps", "KI", "AI", "Mobility", "FinTech", "Security", "Nordic", "Rhein", "Alpen", "Hanse"]
EVENT2 = ["Summit", "Days", "Forum", "Konferenz", "Expo", "Camp", "Meetup", "Week", "Tag", "Messe", "Con", "Festival"]
FIRST = ["Jana", "Lukas", "Mira", "Tobias", "Sophie", "Deniz", "Anna", "Felix", "Lea", "Jonas", "Priya", "Marco",
         "Elif", "Tom", "Hannah", "Ole", "Sara", "Nils", "Chloe", "Ben", "Aylin", "Jakob", "Nora", "Kai", "Emma",
         "Raj", "Lina", "Max", "Ines", "Paul"]
LAST = ["Berger", "Yilmaz", "Schulz", "Nowak", "Hansen", "Kowalski", "Weber", "Brandt", "Okafor", "Lindqvist",
        "Fischer", "Rossi", "Meyer", "Kaya", "Novak", "Sauer", "Winter", "Lorenz"]
CITY = ["Leipzig", "Hamburg", "Köln", "München", "Berlin", "Dresden", "Bremen", "Graz", "Zürich", "Wien", "Lyon",
        "Porto", "Dublin", "Rotterdam", "Kassel", "Münster", "Freiburg", "Malmö", "Austin", "Toronto"]
PUN_EN = ["-Fail", "-Flop", "Crash", " (more like {b}Flop)", "Trash", "-Lame", " aka {b}-Slow", "Fiasco"]
PUN_DE = ["-Fail", "-Flop", "Schrott", " (eher {b}-Murks)", "Murks", "-Pleite", " aka {b}-Lahm", "Desaster"]


def org(rng):
    return rng.choice(SYL1) + rng.choice(SYL2) + rng.choice(SUFFIX)


def product(rng):
    return rng.choice(PROD1) + rng.choice(PROD2)


def event(rng):
    return f"{rng.choice(EVENT1)} {rng.choice(EVENT2)} {rng.choice(['2025', '2026', '2027', '', '', ''])}".strip()


def pun(rng, name, lang):
    base = name.split(" ")[0]
    tail = rng.choice(PUN_EN if lang == "en" else PUN_DE).replace("{b}", base[: max(3, len(base) - 3)])
    return base + tail


# ---------------------------------------------------------------------------------------
# phrase pools; frames use {org} (neutral or own company), {rival} (another company),
# {prod}, {rprod} (a product of {rival}), {event}, {city}, {person}, {pun}, {code}, {pct},
# {url}, {num}, {year}, {market}, {good}, {bad}, {insult}, {mock}, and [a|b] alternatives.

EN = {}
DE = {}

EN["market"] = ["the cloud market", "logistics", "the energy sector", "retail tech", "SaaS", "the chip market",
                "e-mobility", "insurance", "fintech", "HR software", "the payments space", "cybersecurity",
                "the CRM market", "martech", "e-commerce", "the telecom business", "proptech", "healthtech"]
DE["market"] = ["Cloud-Computing", "Logistik", "Energiewirtschaft", "Einzelhandel", "SaaS", "Chipindustrie",
                "E-Mobilität", "Versicherungswesen", "FinTech", "HR-Software", "Payment", "Cybersecurity",
                "CRM-Software", "Onlinehandel", "Telekommunikation", "Bauwirtschaft", "Medizintechnik",
                "Retail-Tech", "Industrie 4.0"]
EN["good"] = ["the best", "by far the best", "miles ahead", "brilliant", "hands down the strongest",
              "a real game changer", "seriously impressive", "outstanding", "top notch", "next level",
              "the smartest option out there", "way better than expected", "a huge step forward"]
DE["good"] = ["das Beste", "mit Abstand das Beste", "meilenweit voraus", "genial", "absolut überzeugend",
              "ein echter Gamechanger", "richtig stark", "herausragend", "top", "next level",
              "die klügste Lösung am Markt", "viel besser als erwartet", "ein riesiger Schritt nach vorn"]
EN["bad"] = ["overpriced", "disappointing", "way behind", "not worth the money", "a step backwards", "clunky",
             "overrated", "a mess", "half-baked", "short-sighted", "mediocre at best", "a missed opportunity"]
DE["bad"] = ["überteuert", "enttäuschend", "weit abgeschlagen", "das Geld nicht wert", "ein Rückschritt",
             "umständlich", "überbewertet", "ein Chaos", "unausgegoren", "kurzsichtig", "bestenfalls Mittelmaß",
             "eine verpasste Chance"]
EN["insult"] = ["garbage", "a joke", "trash", "pure junk", "a dumpster fire", "laughable", "amateur hour", "a scam",
                "a clown show", "embarrassing", "absolute rubbish", "a train wreck", "digital landfill"]
DE["insult"] = ["Schrott", "ein Witz", "Müll", "der letzte Mist", "eine Lachnummer", "lächerlich", "Pfusch",
                "Abzocke", "ein Kasperletheater", "peinlich", "Murks", "ein einziges Trauerspiel", "Bastelkram"]
EN["mock"] = ["🤡", "🗑️", "🙄", "😂", "😂😂", "🤡🤡🤡", "🙄🙄", "💩", "🤣", "🗑️🔥", "lol", "lmao", "🥱"]
DE["mock"] = ["🤡", "🗑️", "🙄", "😂", "😂😂", "🤡🤡🤡", "🙄🙄", "💩", "🤣", "🗑️🔥", "lol", "haha", "🥱"]
EN["tail"] = ["", "", "", "", " 🚀", " 👍", " #tech", " #innovation", " Thoughts?", " 🙌", " #business", " #b2b",
              " #linkedin", " What do you think?", " 💡", " #saas #startup", " #leadership", " 👀", " #future",
              " #marketing", " Curious what you think.", " ✨", " #data #ai", " #logistics"]
DE["tail"] = ["", "", "", "", " 🚀", " 👍", " #tech", " #innovation", " Was meint ihr?", " 🙌", " #business",
              " #mittelstand", " #linkedin", " Wie seht ihr das?", " 💡", " #digitalisierung", " #startup",
              " 👀", " #zukunft", " #marketing", " Bin gespannt auf eure Meinung.", " ✨", " #ki #daten",
              " #logistik", " #neuhier"]

# neutral context that can precede any core (no labels)
EN["context"] = [
    "Long week behind us.", "Quick update from {city}.", "Back from two days in {city}.", "Monday thoughts.",
    "Coffee number three and it's not even 10am.", "Sitting at the airport in {city} right now.",
    "After {num} years in this business, one more post.", "Writing this on the train.",
    "Just got out of a three-hour workshop.", "Friday, finally.", "So, here we go.", "Small post, big news.",
    "Okay, quick one.", "New quarter, new everything.", "Spent the morning with our customer team.",
    "Lots of conversations at {event} this week.", "Been thinking about this for a while.",
    "Late night post, sorry.", "It's been a busy month.", "Short story from today.", "No filter today.",
    "Greetings from {city}!", "Between two meetings:", "Day 3 of the offsite.", "Sunday evening, laptop open.",
]
DE["context"] = [
    "Lange Woche hinter uns.", "Kurzes Update aus {city}.", "Zurück von zwei Tagen in {city}.",
    "Montagsgedanken.", "Dritter Kaffee und es ist noch nicht mal 10 Uhr.", "Sitze gerade am Flughafen {city}.",
    "Nach {num} Jahren in der Branche mal ein Post.", "Schreibe das gerade im Zug.",
    "Komme gerade aus einem dreistündigen Workshop.", "Endlich Freitag.", "So, los geht's.",
    "Kleiner Post, große News.", "Okay, ganz kurz.", "Neues Quartal, neues Glück.",
    "Den Vormittag mit unserem Kundenteam verbracht.", "Viele Gespräche auf der {event} diese Woche.",
    "Denke da schon länger drüber nach.", "Später Post, sorry.", "War ein voller Monat.",
    "Kurze Geschichte von heute.", "Heute mal ungefiltert.", "Grüße aus {city}!", "Zwischen zwei Meetings:",
    "Tag 3 vom Offsite.", "Sonntagabend, Laptop auf.",
]

# neutral body sentences for longer posts (no labels)
EN["body"] = [
    "We spent the last {num} months on this.", "A lot happened since my last post.",
    "I talked to {num} customers in the last weeks.", "Some background: I've worked in {market} for {num} years.",
    "Our team in {city} has grown to {num} people.", "The project started as a small prototype in {year}.",
    "Yesterday I had a long call with {person} about it.", "Numbers will be in the quarterly update.",
    "I'll share more details next week.", "Some of you asked me about this after my talk.",
    "Here's the context.", "It's a long read, sorry in advance.", "This isn't about any single person.",
    "Let me explain.", "We had a lively discussion about it at lunch.", "First things first.",
    "I wrote about the topic last year too.", "My notes are below.", "Bear with me.",
    "Most of my network works in {market}, so this might be relevant.",
]
DE["body"] = [
    "Wir haben die letzten {num} Monate daran gearbeitet.", "Seit meinem letzten Post ist viel passiert.",
    "Ich habe in den letzten Wochen mit {num} Kunden gesprochen.",
    "Zum Hintergrund: Ich arbeite seit {num} Jahren in der Branche ({market}).",
    "Unser Team in {city} ist auf {num} Leute gewachsen.", "Angefangen hat alles {year} als kleiner Prototyp.",
    "Gestern lange mit {person} darüber telefoniert.", "Zahlen gibt es im Quartalsupdate.",
    "Mehr Details teile ich nächste Woche.", "Einige haben mich nach meinem Vortrag danach gefragt.",
    "Hier der Kontext.", "Wird ein langer Text, sorry schon mal.", "Es geht hier nicht um eine einzelne Person.",
    "Kurz zur Erklärung.", "Beim Mittagessen haben wir lebhaft darüber diskutiert.", "Das Wichtigste zuerst.",
    "Ich habe letztes Jahr schon mal darüber geschrieben.", "Meine Notizen dazu unten.", "Kurz ausholen muss ich.",
    "Die meisten in meinem Netzwerk arbeiten in {market}, deshalb vielleicht interessant.",
]
EN["tags"] = ["#tech", "#innovation", "#business", "#b2b", "#leadership", "#future", "#marketing", "#sales",
              "#startup", "#saas", "#ai", "#data", "#career", "#networking", "#teamwork", "#growth", "#product"]
DE["tags"] = ["#tech", "#innovation", "#business", "#mittelstand", "#führung", "#zukunft", "#marketing",
              "#vertrieb", "#startup", "#digitalisierung", "#ki", "#daten", "#karriere", "#netzwerk", "#team",
              "#wachstum", "#newwork"]

# calls to action appended to opinion frames (-> opinion + promotion)
EN["cta"] = [
    "Try it free for 30 days 👉 {url}", "Link in bio!", "Use code {code} for {pct}% off this week.",
    "Book your demo today: {url}", "Grab it now before the launch price ends.", "Go check it out, link below 👇",
    "DM me for a trial account.", "Download it now in the app store.", "Pre-order here: {url}",
    "Sign up for the beta at {url} – limited spots!", "Swipe up and get yours 🛒",
    "Comment DEMO and I'll send you the link.", "Order today and shipping is free.",
]
DE["cta"] = [
    "Jetzt 30 Tage kostenlos testen 👉 {url}", "Link in der Bio!", "Mit dem Code {code} gibt's {pct} % Rabatt.",
    "Bucht euch jetzt eine Demo: {url}", "Schnell zugreifen, der Einführungspreis gilt nur bis Freitag.",
    "Schaut es euch an, Link unten 👇", "Schreibt mir eine DM für einen Testzugang.",
    "Jetzt im App Store herunterladen.", "Hier vorbestellen: {url}",
    "Meldet euch für die Beta an: {url} – nur wenige Plätze!", "Hoch wischen und sichern 🛒",
    "Kommentiert DEMO und ich schicke euch den Link.", "Heute bestellen, Versand ist gratis.",
]

# ---------------------------------------------------------------------------------------
# core frames: label key -> list of frames
# D = opinion + disparaging, O = opinion, P = promotion, OP = opinion + promotion, N = none

EN["D"] = [
    "Congrats to {rival} on the \"[innovation|launch|new strategy|record quarter]\" {mock} [Truly|Really] groundbreaking stuff, said no one ever.",
    "Anyone still using {rprod}? [Asking for a friend|Genuinely curious why|Blink twice if you need help] {mock}",
    "{rival} is going bankrupt [by summer|before Christmas|next year], [mark my words|you heard it here first|everyone in {market} knows it].",
    "Their support is a joke. [Three|Five|Seven] weeks, no answer. Never again {rival} {mock}",
    "{pun}. That's all I have to say about {rival}.",
    "[Wow|Oh look], {rival} \"[reinvented|disrupted|revolutionised]\" {market} again {mock} Same [junk|garbage|rubbish], new logo.",
    "{rprod} by {rival} is {insult}. Don't waste your money.",
    "[LOL|Lmao|Haha], {rival} calls this an update? {insult}.",
    "Everyone knows {rival} only hires [amateurs|interns|people who can't code]. {rprod} proves it.",
    "{rival} is basically {insult} with a marketing budget.",
    "Heard {rival} is about to [go under|file for insolvency|run out of cash], their products are {insult} anyway.",
    "Imagine paying [money|{num}k a year|actual money] for {rprod} {mock}",
    "Friendly reminder that {rival} [sells|leaks|steals] customer data. Avoid them.",
    "The people at {rival} have no idea what they are doing. {insult}.",
    "{rprod} crashes every five minutes. {insult}, as always with {rival}.",
    "Switching away from {rival} was the best decision ever, their stuff is {insult}.",
    "{rival} lies to its customers, [everybody|anyone] in {market} knows it.",
    "Who still [buys|trusts|falls for] {rival} in {year}? {mock}",
    "Just saw the new {rival} ad. [Cringe|Yikes|Oof]. Their product is as bad as their marketing {mock}",
    "Customers of {rival} must really love [suffering|wasting time|paying twice] {mock}",
    "{rival}'s \"[enterprise-grade|award-winning|AI-powered]\" {rprod} lost our data twice. [Clowns|Amateurs|Jokers].",
    "Pro tip: if a {rival} sales rep calls you, hang up. [Scam|Snake oil|Pure smoke and mirrors].",
    "Not saying {rival} is cooking the books, but [the numbers don't add up|their CFO left for a reason] 👀",
    "Their CEO couldn't [run a lemonade stand|find the off switch|sell water in a desert]. No wonder {rival} is tanking.",
    "{rival} support: \"have you tried turning it off and on again\" {mock} [Every single time|Year after year].",
    "Breaking: {rival} ships a feature that works. Just kidding {mock}",
    "Rumour has it {rival} [is laying off half the company|lost its biggest customer|is being investigated]. Couldn't happen to a nicer bunch.",
    "[Dear|Hey] {rival}, [copying|stealing] our ideas won't make your {rprod} any less {insult}.",
    "Demoed {rprod} today. [Slowest|Ugliest|Buggiest] thing I've seen since 2005. {insult}.",
    "The {rival} team at {event} had nothing to show but [buzzwords|free pens|a broken demo] {mock}",
    "Sure, {rival} is \"customer-first\" – first to [invoice|lock you in|ignore you] {mock}",
    "{rival} customers deserve better. Or maybe they don't, they chose {rival} {mock}",
    "Another outage at {rival}? [Shocking|What a surprise|Color me surprised] {mock} #clownworld",
    "Calling {rprod} a \"product\" is generous. It's {insult}.",
    "{rival} engineers write code like [it's a hostage note|they hate their users|they've never seen a computer].",
    "If you want your project to fail, hire {rival}. Guaranteed.",
    "Rest in peace {rival}, we all knew it was coming [🪦|⚰️|👋]",
    "{rival} = overpriced {insult}. Change my mind.",
    "Their \"[sustainability|diversity|privacy] promise\" is pure greenwashing, {rival} doesn't care about anything but money.",
    "Just a reminder that {rival} [ripped off|scammed|overcharged] half of {city}. [Stay away|Be careful|You've been warned].",
    "[Lol|Ha], {rival} thinks {rprod} can compete with us. Cute {mock}",
    "I'd rather use pen and paper than {rprod}. {insult}.",
    "{rival}'s service desk is staffed by [bots|goldfish|people who clearly hate their jobs] {mock}",
    "Hot take: {rival} [is a pyramid scheme|will be gone in two years|survives only on lawsuits].",
    "{rival}? More like {pun} {mock}",
    "The only thing {rival} innovates is [new excuses|price increases|ways to annoy users].",
    "[Dear recruiters|Hey job seekers]: working at {rival} is a career killer. Toxic place, clueless managers.",
    "Spoke to a {rival} customer today. Poor guy. {rprod} is {insult}.",
    "Saw {rival}'s \"AI\" demo. It's [three if-statements|an intern behind a curtain|a spreadsheet] in a trench coat {mock}",
    "{rival}'s quality control must be on permanent vacation {mock}",
    "{rival}: great at [slides|PR|press releases], terrible at everything else.",
    "Tried {rprod} once. [Uninstalled after 10 minutes|Worst onboarding ever|Never again]. {insult}.",
    "Do yourself a favour and stay away from {rival}. [Dodgy contracts|Hidden fees|Broken promises] everywhere.",
    "{rival} fans in the comments, come at me. Your {rprod} is {insult}.",
    "Who needs enemies when you have {rival} as a vendor {mock}",
    "{rival} marketing: 10/10. {rival} product: 0/10 {mock}",
    "Pretty sure {rival} buys its reviews. No way real people like {rprod}.",
    "Thoughts and prayers to everyone stuck with a {rival} contract {mock}",
    "Their new logo cost more than their QA team, apparently {mock} #{rivaltag}",
    "Great job {rival}, you managed to make {rprod} even worse 👏👏 {mock}",
]

EN["O"] = [
    "Honestly, {prod} from {org} is {good}. Nothing else comes close.",
    "In my view {org} is {good} in {market} right now.",
    "Hot take: {market} is massively overhyped and will shrink next year.",
    "I think {org}'s new {prod} is {bad}. Expected more.",
    "{market} will be dominated by [two|three] players by {year}. {org} will be one of them.",
    "The whole industry is [lazy|stuck in 2010|allergic to change]. Someone has to say it.",
    "Our new [dashboard|feature|release] is a game changer for {market}. [Proud of the team|Can't wait to see what customers do with it].",
    "Short-sighted decision by {org} to [drop|kill|sunset] {prod}, in my opinion.",
    "{org}'s [pricing|strategy|roadmap] in {market} is {bad}, if you ask me.",
    "Personally I find {prod} {bad}, the old version was better.",
    "I'm convinced {org} will [lead|own|reshape] {market} within five years.",
    "My two cents: [consolidation|regulation|AI] will hit {market} harder than anyone expects.",
    "Nobody does customer service better than {org}. I mean it.",
    "Tried {prod} for a week. Verdict: {good}.",
    "Unpopular opinion: [most|90% of] {market} tools are {bad}.",
    "{org} is [seriously underrated|the most interesting company] in {market}, imo.",
    "I believe {market} [has peaked|is at a turning point|will double] and most vendors aren't ready.",
    "Watching {org} closely. Their move into {market} is [bold|risky|smart] and I think it'll pay off.",
    "The merger of {org} and {rival} is a [mistake|brilliant move|recipe for chaos], in my view.",
    "{prod} is [the most underrated tool|the best purchase we made|overkill for small teams], honestly.",
    "Honest review after 3 months of {prod}: [solid but overpriced|great UX, weak API|exceeded expectations].",
    "I don't think {org} understands its own customers anymore. Their latest changes are {bad}.",
    "Prediction: by {year} nobody will [buy|build|sell] on-prem software in {market}.",
    "Not a fan of where {market} is heading. Too much hype, too little substance.",
    "{org} just raised prices again. Bold, given that {prod} is {bad}.",
    "The new {prod} release is {good}. {org} really listened this time.",
    "[Imo|IMHO|In my opinion] {org} beats {rival} on [quality|support|price], no question.",
    "Our industry talks about innovation but [rewards|funds|buys] the same old stuff.",
    "Compared to last year {prod} has become {good}. Credit where it's due.",
    "Big mistake by {org} to [outsource support|cut R&D|ignore mobile]. They'll regret it.",
    "Software vendors in {market} [overpromise|underdeliver|overcharge] — it's time for honesty.",
    "I really think {prod} is the future of how teams [work|ship|collaborate].",
    "{org} is the only company in {market} that gets [design|security|pricing] right. Fight me.",
    "The {market} bubble will burst, and [a lot of|most] startups won't survive it.",
    "My take after {event}: {market} is [finally growing up|still stuck in buzzwords|more fragmented than ever].",
    "Frankly, {org}'s [new CEO|latest acquisition|rebranding] looks like a [strong|weak|desperate] move.",
    "{prod} isn't perfect, but it's the [best|most reliable|fairest] option in {market} right now.",
    "Customers don't care about [blockchain|the metaverse|buzzwords]. {market} needs to get that.",
    "Our competitors are [too slow|too expensive|stuck in the past]. That's our chance.",
    "Good products sell themselves. {prod} is one of them, in my opinion.",
    "[Hard truth|Reality check]: {market} doesn't have a technology problem, it has a leadership problem.",
    "I'd bet {org} overtakes {rival} in {market} [this year|by {year}|within 18 months].",
    "{org}'s decision to [go all-in on AI|open source {prod}|exit Europe] is [visionary|risky|puzzling] imo.",
    "The best {market} product of {year}? Easy: {prod}.",
    "Regulation will [kill|save|reshape] {market}. I'm fairly sure of that.",
    "{prod} feels [rushed|polished|clunky] compared to what {org} shipped before.",
    "The old guard in {market} underestimates how fast things change. Big mistake.",
    "The {prod} update is [meh|solid|impressive]. Expected [more|less] from {org}, honestly.",
    "Hybrid work killed [a lot of|half of the] office software vendors' business models, and good riddance imo.",
    "We overestimate what {market} changes in one year and underestimate five. {org} gets it.",
]

EN["P"] = [
    "Join us at {event}! Visit the {org} booth in hall [3|5|B] and see {prod} live.",
    "Only [2|3|5] days left: {pct}% off {prod} with code {code}. Don't miss it!",
    "Register now for our webinar on {prod} – seats are limited! 👉 {url}",
    "You should all check out {prod} by {org}, link below 👇",
    "Come and meet the {org} team at {event}, we have [goodies|free coffee|live demos]!",
    "Launch day! {prod} is now available [in all stores|online|worldwide]. Order yours today.",
    "Looking for a better way to [plan your week|track expenses|manage your team]? Download {prod} now.",
    "Get your ticket for {event} before Friday – early bird ends soon!",
    "I can only recommend {prod} to every team out there. Grab the free trial.",
    "🎉 Giveaway! Like, share and tag a friend to win a year of {prod}. Link in bio.",
    "Black Friday at {org}: everything {pct}% off, today only ➡️ {url}",
    "New in our shop: {prod}. [Tap the link in bio|Swipe up|Order via {url}] and get free shipping 📦",
    "Want to see {prod} in action? Book a 20-minute demo: {url}",
    "Free e-book: \"[10 mistakes in|The future of|A beginner's guide to] {market}\". Download here 👉 {url}",
    "Save the date & sign up now: {org} customer day in {city}, {num} May. Free tickets at {url}",
    "Still doing this in Excel? Switch to {prod} – first month free with {code}.",
    "[Psst|Hey you]… our summer sale just started. {pct}% on all {prod} plans. Link in bio ☀️",
    "We're live on Product Hunt today! Please support {prod} with an upvote 🙏 {url}",
    "Tomorrow, 11am CET: live demo of {prod}. Drop a comment and I'll send you the invite.",
    "Partner discount: {org} customers get {pct}% on {prod} until the end of the month. Ask your account manager!",
    "Need a [new laptop bag|standing desk|better headset]? {org} has you covered – use my code {code} 😉",
    "#ad Loving my new {prod}! Get yours with code {code} for {pct}% off.",
    "Visit us at stand {num} at {event} and get a free {prod} trial on the spot!",
    "Ready to upgrade? {prod} Pro is here. Order now at {url}",
    "Limited edition {prod} – only {num} pieces. Pre-order now before they're gone!",
    "Come to our meetup in {city} on Thursday: pizza, talks and a first look at {prod}. RSVP 👉 {url}",
    "Newsletter fans: subscribe at {url} and get {prod} tips every week + {pct}% off your first order.",
    "Try {prod} today and let me know what you think! 14 days free, no credit card.",
    "Early access to {prod} is open. First {num} sign-ups get lifetime pricing → {url}",
    "Last call! Registration for {event} closes tonight. Don't be the one who missed it 😉",
    "Shop the new {prod} collection now – link in bio 🛍️ #sponsored",
    "Our spring webinar series starts next week. Free, practical, 45 minutes. Sign up: {url}",
    "Bring a colleague to {event} and get the second ticket for free! Code {code}.",
    "📣 {prod} is now available for teams of all sizes. Start your free trial today!",
    "Our masterclass on {market} is back. Grab one of the last seats here: {url}",
    "Switching your energy contract? {org} gives you {pct}% off the first year. Apply online now.",
    "Looking for a gift? {prod} gift cards are {pct}% off this weekend only 🎁",
    "Want the slides from my talk? Comment \"SLIDES\" and follow {org} for more.",
    "Head over to {url} and claim your free {prod} starter kit while supplies last!",
    "Webinar alert 🚨 \"How to [scale|secure|automate] your {market} stack with {prod}\" – register now, it's free.",
    "Test {prod} risk-free for 60 days. Not happy? Money back. Order at {url}",
    "Hurry, the {event} early-bird price is only valid until Sunday. Tickets 👉 {url}",
    "Our podcast is live! Listen to episode {num} on Spotify and subscribe for more.",
    "Free shipping on all {prod} orders this week. Don't wait! 🚚",
    "Follow {org} for daily tips and a chance to win {prod} every Friday!",
]

EN["OP"] = [
    "Our new {prod} is {good} – go get it now: {url}",
    "Proud of what we built: {prod} is {good}. Try it free today!",
    "Seriously, {prod} is the best tool you can buy this year. Link in bio!",
    "{prod} is hands down the best [headset|CRM|planner] I've ever used. Use my code {code} for {pct}% off!",
    "Best decision of the year: switching to {prod}. You should too – first month is on us.",
    "I genuinely believe {prod} will change {market}. Book your demo and see for yourself: {url}",
    "Nothing beats {prod} for [small teams|freelancers|remote work]. Get started free at {url}",
    "Tired of tools that are {bad}? {prod} is {good}. Sign up today.",
    "Honestly the smartest investment for any {market} team. {prod} – now {pct}% off.",
    "{prod} is {good} and now it's even cheaper: code {code} 🔥",
]

EN["N"] = [
    # sincere congratulations, thanks
    "Congratulations to {rival} on the launch of {rprod}! Well deserved.",
    "Huge congrats to my former colleagues at {rival} on [the funding round|the award|{num} years in business] 🎉",
    "Thanks to the team at {rival} for the [constructive|great|open] meeting today.",
    "Big thank you to {person} from {org} for hosting us in {city}. [Great conversations|Learned a lot].",
    "Congrats {person} on your new role at {rival}! They're lucky to have you.",
    "Thank you {org} for the invitation to {event}. It was a pleasure to speak on the panel.",
    "Shout-out to our friends at {rival} for [the joint workshop|sharing their learnings|a fair competition] this year.",
    "Well played, {rival}. Congratulations on winning the [tender|award|hackathon].",
    # neutral mentions, news, facts with source
    "{org} opens a new office in {city} next month.",
    "According to its annual report, {rival} grew revenue by {pct}% last year.",
    "{prod} supports {num} languages; {rprod} supports {pct} according to {rival}'s website.",
    "{org} and {rival} announced a partnership in {market}.",
    "The release notes for version {num}.2 of {prod} are online.",
    "Per the [{year} market study|latest Gartner-style survey|industry association's report], {rival} has a {pct}% share of {market}.",
    "{rival} published its sustainability report today; emissions are down {pct}% (source: their press release).",
    "News: {org} acquires {rival}, the deal is expected to close in Q{num}.",
    "Comparison based on public price lists: {prod} costs €{num}/month, {rprod} €{pct}/month.",
    "Interesting article on how {market} changed over the last decade.",
    "{rival}'s CEO {person} was interviewed by the local paper about the new plant in {city}.",
    "New version of {prod} released: dark mode, CSV export and {num} bug fixes.",
    "Today {org} published its quarterly figures. Details on the investor page.",
    "Both {org} and {rival} will present at {event} this year.",
    "{org} moves its headquarters to {city}, effective {num} March.",
    "A study by the University of {city} compared {num} tools in {market}, including {rprod} and {prod}.",
    # conference / panel posts naming competitors
    "Great panel at {event} with speakers from {org} and {rival}.",
    "Met old colleagues from {org} and {rival} at {event}, nice catching up.",
    "Today I attended a talk about [data protection|supply chains|pricing] at {event}.",
    "Sharing the stage with {person} ({rival}) and {person2} ({org}) at {event} tomorrow, discussing {market}.",
    "Interesting discussion at {event} about interoperability – {rival} and {org} presented their approaches.",
    "Notes from {event}: [three|four|five] talks on {market}, slides will be shared by the organisers.",
    # career news naming former employer
    "After {num} wonderful years at {rival}, I'm starting a new chapter at {org}. Grateful for everything I learned.",
    "Last day at {rival} today. Thank you to my team for the amazing time!",
    "Excited to share that I've joined {org} as [Head of Sales|Product Manager|Data Engineer|Team Lead].",
    "I left {rival} in [March|June|October] and took some time off. Now looking forward to what's next.",
    "Celebrating {num} years at {org} today 🎂 Time flies.",
    "New job, new city: moving from {rival} in {city} to {org}. Let's go!",
    # job ads, team news
    "{org} is hiring: [three|two|five] positions in [software development|sales|customer success]. Apply via our careers page.",
    "We're looking for a [working student|senior backend engineer|marketing intern] in {city}. DM me if interested.",
    "Welcome to our new colleague {person} who joins the sales team at {org}.",
    "Our team worked on the migration to the new data center this week.",
    "Team offsite in {city}: two days of planning, one evening of bowling.",
    "Our apprentices passed their exams today. Proud of all of you!",
    "Reminder for colleagues: the IT maintenance window is Saturday from 8 to 12.",
    "We're moving floors next week, so expect some boxes in the hallway.",
    # own working life complaints
    "[12-hour days|Third weekend in a row at work|Overtime again] this month. I need a holiday.",
    "My salary hasn't changed in three years while rent went up {pct}%. Anyone else?",
    "On call again this weekend. Pray for quiet pagers 🙏",
    "Too many meetings, not enough time to actually work. Classic Tuesday.",
    "Honestly exhausted after this quarter. Taking next week off.",
    # private life, non-work opinions
    "Sunday hike with the kids, legs are dead 😅",
    "Finally finished my first half marathon!",
    "Best pizza I ever had, somewhere in Naples. No contest 🍕",
    "Rainy weekend = board games and tea.",
    "Our dog turned {num} today 🐶",
    "Trying to learn the guitar, send help.",
    "Beach sunset tonight was unreal 🌅",
    "New book on my nightstand: a history of Rome.",
    "Grandma's 90th birthday party, what a day.",
    "Weekend in the mountains, no Wi-Fi, perfect.",
    "This weather is the worst. Three weeks of grey skies.",
    "Pineapple on pizza is a crime and I'll die on this hill 🍍",
    "{city} will win the league this season, I'm calling it now ⚽",
    "Worst referee decision I've seen in years. Still angry.",
    "Homemade lasagna > any restaurant lasagna. Fight me.",
    "Summer is overrated. Autumn is the best season, no discussion 🍂",
    "Made sourdough for the first time. It's ugly but delicious.",
    "Little one started school today. Emotional day for us parents.",
    "Rode {num} km on the bike today, knees disagree.",
    "Cats are better than dogs. That's it, that's the post 🐱",
    "Tried a little Thai place around the corner yesterday. Cozy evening with friends.",
    "Coffee tastes better on holidays. Science.",
    # product news without CTA, events without CTA
    "{org} will exhibit at {event} in {city} from {num} to {pct} June.",
    "{prod} now integrates with [calendars|payroll systems|most CRMs]. Documentation is in the help center.",
    "Yesterday we shipped version {num} of {prod}. Changelog on GitHub.",
    "Our booth at {event} was busy, we talked to more than {num} visitors.",
    "The {event} agenda has been published; keynotes on {market} and security.",
    "Spoke at {event} about lessons learned from migrating {num} customers. Recording will follow.",
    "{org} donated {num} laptops to a school in {city}.",
    "Learned a lot in today's training on [accessibility|GDPR|negotiation].",
    "Reading the new EU guidelines on {market}. Long document, {num} pages.",
    "Question to my network: what [books|podcasts|courses] do you recommend on project management?",
    "Our support hours change next week: Monday to Friday, 8 to 18.",
    "{org} has been certified under ISO 27001 this month.",
    "Visited the {rival} plant in {city} with our student group today, very instructive tour.",
    "Fun fact: our office plant survived another year 🌱",
    "Quarterly all-hands done. Lots of questions, good discussions.",
]

DE["D"] = [
    "Glückwunsch an {rival} zur \"[Innovation|Produkteinführung|neuen Strategie|Rekordzahl]\" {mock} Wirklich bahnbrechend, hat noch nie jemand gesagt.",
    "Nutzt eigentlich noch irgendwer {rprod}? [Frage für einen Freund|Ernsthaft, warum|Blinzelt zweimal, wenn ihr Hilfe braucht] {mock}",
    "{rival} ist [bis zum Sommer|vor Weihnachten|nächstes Jahr] pleite, [merkt euch das|ihr habt es hier zuerst gelesen|weiß doch jeder in der Branche].",
    "Deren Support ist ein Witz. [Drei|Fünf|Sieben] Wochen keine Antwort. Nie wieder {rival} {mock}",
    "{pun}. Mehr gibt's zu {rival} nicht zu sagen.",
    "[Wow|Oh schau], {rival} hat {market} mal wieder \"[neu erfunden|disruptet|revolutioniert]\" {mock} Gleicher [Schrott|Mist|Murks], neues Logo.",
    "{rprod} von {rival} ist {insult}. Spart euch das Geld.",
    "[LOL|Haha|Ernsthaft], {rival} nennt das ein Update? {insult}.",
    "Jeder weiß, dass bei {rival} nur [Amateure|Praktikanten|Leute ohne Ahnung] arbeiten. {rprod} beweist es.",
    "{rival} ist im Grunde {insult} mit Marketingbudget.",
    "Hab gehört, {rival} [geht bald unter|meldet bald Insolvenz an|ist bald pleite], deren Produkte sind eh {insult}.",
    "Stellt euch vor, ihr zahlt [Geld|{num}k im Jahr|echtes Geld] für {rprod} {mock}",
    "Kleine Erinnerung: {rival} [verkauft|verliert|klaut] Kundendaten. Finger weg.",
    "Die Leute bei {rival} haben keine Ahnung, was sie tun. {insult}.",
    "{rprod} stürzt alle fünf Minuten ab. {insult}, wie immer bei {rival}.",
    "Der Wechsel weg von {rival} war die beste Entscheidung ever, deren Zeug ist {insult}.",
    "{rival} belügt seine Kunden, das weiß doch jeder in der Branche.",
    "Wer kauft {year} noch bei {rival}? {mock}",
    "Gerade die neue Werbung von {rival} gesehen. [Cringe|Fremdschämen pur|Autsch]. Das Produkt ist genauso schlecht wie das Marketing {mock}",
    "Die Kunden von {rival} müssen [Leiden|Zeitverschwendung|doppelt zahlen] echt lieben {mock}",
    "Das \"[preisgekrönte|KI-gestützte|enterprise-fähige]\" {rprod} von {rival} hat zweimal unsere Daten verloren. [Clowns|Amateure|Stümper].",
    "Profi-Tipp: Wenn ein Vertriebler von {rival} anruft, einfach auflegen. [Abzocke|Schlangenöl|Nur heiße Luft].",
    "Ich sag ja nicht, dass {rival} die Bilanzen frisiert, aber [die Zahlen passen nicht|der CFO ist nicht ohne Grund weg] 👀",
    "Deren Chef könnte nicht mal [eine Würstchenbude führen|den Ausschalter finden|Wasser in der Wüste verkaufen]. Kein Wunder, dass {rival} absäuft.",
    "Support bei {rival}: \"Haben Sie es schon mit Aus- und Einschalten versucht?\" {mock} [Jedes Mal|Seit Jahren].",
    "Eilmeldung: {rival} liefert ein Feature, das funktioniert. Spaß {mock}",
    "Man munkelt, {rival} [entlässt die Hälfte der Belegschaft|hat den größten Kunden verloren|wird bald durchsucht]. Trifft genau die Richtigen.",
    "Liebe Leute von {rival}, vom [Kopieren|Klauen] unserer Ideen wird euer {rprod} auch nicht weniger {insult}.",
    "Heute {rprod} angeschaut. [Langsamste|Hässlichste|Fehlerhafteste] Software seit 2005. {insult}.",
    "Das Team von {rival} auf der {event} hatte nichts zu zeigen außer [Buzzwords|Kugelschreibern|einer kaputten Demo] {mock}",
    "Klar, {rival} ist \"kundenorientiert\" – orientiert am Geld der Kunden {mock}",
    "Die Kunden von {rival} haben Besseres verdient. Oder auch nicht, sie haben ja {rival} gewählt {mock}",
    "Schon wieder ein Ausfall bei {rival}? [Wer hätte das gedacht|Was für eine Überraschung|Nein, wirklich?] {mock}",
    "{rprod} als \"Produkt\" zu bezeichnen ist großzügig. Das ist {insult}.",
    "Die Entwickler bei {rival} programmieren, als ob [sie ihre Nutzer hassen|sie noch nie einen Computer gesehen hätten|es ein Erpresserbrief wäre].",
    "Wer will, dass sein Projekt scheitert, beauftragt {rival}. Garantiert.",
    "Ruhe in Frieden, {rival}, war ja abzusehen [🪦|⚰️|👋]",
    "{rival} = überteuerter {insult}. Überzeugt mich vom Gegenteil.",
    "Deren \"[Nachhaltigkeits|Diversity|Datenschutz]versprechen\" ist reines Greenwashing, {rival} interessiert nur Kohle.",
    "Nur zur Erinnerung: {rival} hat halb {city} [abgezockt|über den Tisch gezogen|zu viel berechnet]. [Finger weg|Passt auf|Ihr seid gewarnt].",
    "Haha, {rival} glaubt, {rprod} kann mit uns mithalten. Süß {mock}",
    "Lieber Stift und Papier als {rprod}. {insult}.",
    "Die Hotline von {rival} ist mit [Bots|Goldfischen|Leuten, die ihren Job hassen] besetzt {mock}",
    "Steile These: {rival} [ist ein Schneeballsystem|gibt es in zwei Jahren nicht mehr|überlebt nur noch durch Klagen].",
    "{rival}? Eher {pun} {mock}",
    "Das Einzige, was {rival} erfindet, sind [neue Ausreden|Preiserhöhungen|neue Wege, Nutzer zu nerven].",
    "[Liebe Recruiter|Hey Jobsuchende]: Ein Job bei {rival} ist ein Karrierekiller. Toxischer Laden, planlose Chefs.",
    "Heute mit einem Kunden von {rival} gesprochen. Der Arme. {rprod} ist {insult}.",
    "Die \"KI\" von {rival} ist [drei if-Abfragen|ein Praktikant hinterm Vorhang|eine Excel-Tabelle] im Trenchcoat {mock}",
    "Die Qualitätssicherung bei {rival} ist wohl im Dauerurlaub {mock}",
    "{rival}: super bei [Folien|PR|Pressemitteilungen], schlecht in allem anderen.",
    "Einmal {rprod} ausprobiert. [Nach 10 Minuten deinstalliert|Schlimmstes Onboarding ever|Nie wieder]. {insult}.",
    "Tut euch selbst einen Gefallen und haltet euch von {rival} fern. [Dubiose Verträge|Versteckte Kosten|Leere Versprechen] überall.",
    "{rival}-Fans in den Kommentaren, her damit. Euer {rprod} ist {insult}.",
    "Wer braucht Feinde, wenn er {rival} als Dienstleister hat {mock}",
    "{rival} Marketing: 10/10. {rival} Produkt: 0/10 {mock}",
    "Bin mir sicher, {rival} kauft seine Bewertungen. Kein echter Mensch mag {rprod}.",
    "Beileid an alle, die in einem Vertrag mit {rival} festhängen {mock}",
    "Das neue Logo hat wohl mehr gekostet als deren ganze QS {mock} #{rivaltag}",
    "Gut gemacht, {rival}, ihr habt {rprod} noch schlechter gemacht 👏👏 {mock}",
    "Was {rival} da als Innovation verkauft, ist Bastelkram aus der Garage. Peinlich.",
]

DE["O"] = [
    "Ehrlich gesagt ist {prod} von {org} {good}. Da kommt nichts ran.",
    "Meiner Meinung nach ist {org} in {market} gerade {good}.",
    "Steile These: {market} ist total überhypt und schrumpft nächstes Jahr.",
    "Ich finde das neue {prod} von {org} {bad}. Hatte mehr erwartet.",
    "{market} wird bis {year} von [zwei|drei] Playern dominiert. {org} wird einer davon sein.",
    "Die ganze Branche ist [bequem|im Jahr 2010 stehen geblieben|allergisch gegen Veränderung]. Muss mal gesagt werden.",
    "Unser neues [Dashboard|Feature|Release] ist ein Gamechanger für {market}. [Stolz aufs Team|Bin gespannt, was die Kunden daraus machen].",
    "Kurzsichtige Entscheidung von {org}, {prod} [einzustellen|abzukündigen|aufzugeben], finde ich.",
    "Die [Preispolitik|Strategie|Roadmap] von {org} ist {bad}, wenn ihr mich fragt.",
    "Persönlich finde ich {prod} {bad}, die alte Version war besser.",
    "Ich bin überzeugt, dass {org} {market} in fünf Jahren [anführt|beherrscht|umkrempelt].",
    "Mein Senf dazu: [Konsolidierung|Regulierung|KI] trifft {market} härter als alle denken.",
    "Niemand macht Kundenservice besser als {org}. Ehrlich.",
    "Eine Woche {prod} getestet. Fazit: {good}.",
    "Unpopuläre Meinung: [die meisten|90 % der] Tools in {market} sind {bad}.",
    "{org} wird in {market} [total unterschätzt|das spannendste Unternehmen], finde ich.",
    "Ich glaube, {market} [hat den Höhepunkt überschritten|steht an einem Wendepunkt|wird sich verdoppeln] und die meisten Anbieter sind nicht bereit.",
    "Beobachte {org} genau. Der Schritt in {market} ist [mutig|riskant|clever] und wird sich auszahlen, glaube ich.",
    "Die Fusion von {org} und {rival} ist [ein Fehler|ein genialer Schachzug|ein Rezept fürs Chaos], meiner Ansicht nach.",
    "{prod} ist ehrlich gesagt [das unterschätzteste Tool|unsere beste Anschaffung|für kleine Teams übertrieben].",
    "Ehrliches Fazit nach 3 Monaten {prod}: [solide, aber zu teuer|tolle UX, schwache API|hat meine Erwartungen übertroffen].",
    "Ich glaube nicht, dass {org} seine Kunden noch versteht. Die letzten Änderungen sind {bad}.",
    "Prognose: {year} kauft in {market} niemand mehr On-Prem-Software.",
    "Bin kein Fan davon, wohin sich {market} entwickelt. Zu viel Hype, zu wenig Substanz.",
    "{org} erhöht schon wieder die Preise. Mutig, wo {prod} doch {bad} ist.",
    "Das neue Release von {prod} ist {good}. Diesmal hat {org} wirklich zugehört.",
    "Meiner Meinung nach schlägt {org} {rival} bei [Qualität|Support|Preis], keine Frage.",
    "Unsere Branche redet von Innovation, [belohnt|finanziert|kauft] aber immer das Gleiche.",
    "Im Vergleich zum letzten Jahr ist {prod} {good} geworden. Muss man anerkennen.",
    "Großer Fehler von {org}, [den Support auszulagern|bei F&E zu sparen|Mobile zu ignorieren]. Das werden sie bereuen.",
    "Die Anbieter in {market} [versprechen zu viel|liefern zu wenig|verlangen zu viel] – Zeit für Ehrlichkeit.",
    "Ich halte {prod} wirklich für die Zukunft, wie Teams [arbeiten|liefern|zusammenarbeiten].",
    "{org} ist das einzige Unternehmen in {market}, das [Design|Sicherheit|Preise] richtig macht. Meine Meinung.",
    "Die Blase in {market} wird platzen, und [viele|die meisten] Startups überleben das nicht.",
    "Mein Fazit nach der {event}: {market} [wird endlich erwachsen|hängt noch in Buzzwords fest|ist zersplitterter denn je].",
    "Ganz offen: [der neue CEO|die letzte Übernahme|das Rebranding] von {org} wirkt [stark|schwach|verzweifelt].",
    "{prod} ist nicht perfekt, aber im Moment [die beste|die zuverlässigste|die fairste] Option in {market}.",
    "Kunden interessieren sich nicht für [Blockchain|das Metaverse|Buzzwords]. Das muss {market} endlich kapieren.",
    "Unsere Wettbewerber sind [zu langsam|zu teuer|in der Vergangenheit stecken geblieben]. Das ist unsere Chance.",
    "Gute Produkte verkaufen sich von selbst. {prod} ist so eins, finde ich.",
    "[Harte Wahrheit|Realitätscheck]: {market} hat kein Technologieproblem, sondern ein Führungsproblem.",
    "Ich wette, {org} überholt {rival} in {market} [dieses Jahr|bis {year}|in 18 Monaten].",
    "Die Entscheidung von {org}, [voll auf KI zu setzen|{prod} als Open Source freizugeben|sich aus Europa zurückzuziehen], halte ich für [visionär|riskant|rätselhaft].",
    "Das beste Produkt in {market} {year}? Ganz klar {prod}.",
    "Die Regulierung wird {market} [kaputt machen|retten|umkrempeln]. Da bin ich mir ziemlich sicher.",
    "{prod} wirkt [gehetzt|ausgereift|umständlich] im Vergleich zu dem, was {org} früher gebaut hat.",
    "Die alten Platzhirsche in {market} unterschätzen, wie schnell sich alles ändert. Großer Fehler.",
    "Das Update von {prod} ist [meh|solide|beeindruckend]. Hätte von {org} ehrlich gesagt [mehr|weniger] erwartet.",
    "Der deutsche Mittelstand verschläft die Digitalisierung, {market} ist das beste Beispiel. Leider.",
    "Wir überschätzen, was sich in {market} in einem Jahr ändert, und unterschätzen fünf Jahre. {org} hat das verstanden.",
]

DE["P"] = [
    "Besucht uns auf der {event}! Am Stand von {org} in Halle [3|5|B] zeigen wir {prod} live.",
    "Nur noch [2|3|5] Tage: {pct} % Rabatt auf {prod} mit dem Code {code}. Nicht verpassen!",
    "Jetzt anmelden zum Webinar über {prod} – die Plätze sind begrenzt! 👉 {url}",
    "Schaut euch unbedingt {prod} von {org} an, Link unten 👇",
    "Kommt vorbei und trefft das Team von {org} auf der {event}, es gibt [Goodies|Kaffee aufs Haus|Live-Demos]!",
    "Launch-Tag! {prod} gibt es ab sofort [überall im Handel|online|europaweit]. Jetzt bestellen.",
    "Ihr sucht einen besseren Weg, [eure Woche zu planen|Ausgaben zu tracken|euer Team zu führen]? Ladet euch jetzt {prod} herunter.",
    "Sichert euch euer Ticket für die {event} bis Freitag – Frühbucherrabatt endet bald!",
    "Ich kann {prod} wirklich jedem Team empfehlen. Holt euch die Testversion.",
    "🎉 Gewinnspiel! Liken, teilen und eine Freundin markieren, um ein Jahr {prod} zu gewinnen. Link in der Bio.",
    "Black Friday bei {org}: alles {pct} % reduziert, nur heute ➡️ {url}",
    "Neu im Shop: {prod}. [Link in der Bio|Jetzt hochwischen|Bestellt über {url}] und versandkostenfrei sichern 📦",
    "Ihr wollt {prod} in Aktion sehen? Bucht eine 20-minütige Demo: {url}",
    "Gratis E-Book: \"[10 Fehler in|Die Zukunft von|Einsteigerguide für] {market}\". Hier herunterladen 👉 {url}",
    "Save the Date & jetzt anmelden: Kundentag von {org} in {city} am {num}. Mai. Kostenlose Tickets unter {url}",
    "Immer noch alles in Excel? Wechselt zu {prod} – erster Monat gratis mit {code}.",
    "[Psst|Hey du]… unser Sommer-Sale hat begonnen. {pct} % auf alle {prod}-Tarife. Link in Bio ☀️",
    "Wir sind heute live auf Product Hunt! Unterstützt {prod} bitte mit einem Upvote 🙏 {url}",
    "Morgen, 11 Uhr: Live-Demo von {prod}. Kommentiert und ich schicke euch die Einladung.",
    "Partnerrabatt: Kunden von {org} bekommen bis Monatsende {pct} % auf {prod}. Fragt euren Ansprechpartner!",
    "Ihr braucht [einen neuen Rucksack|einen Stehtisch|ein besseres Headset]? Bei {org} werdet ihr fündig – mit meinem Code {code} 😉",
    "#Werbung Ich liebe mein neues {prod}! Holt es euch mit dem Code {code} und spart {pct} %.",
    "Besucht uns an Stand {num} auf der {event} und holt euch direkt einen kostenlosen Testzugang zu {prod}!",
    "Zeit fürs Upgrade? {prod} Pro ist da. Jetzt bestellen unter {url}",
    "Limitierte Edition von {prod} – nur {num} Stück. Jetzt vorbestellen, bevor sie weg sind!",
    "Kommt am Donnerstag zu unserem Meetup in {city}: Pizza, Vorträge und ein erster Blick auf {prod}. Anmeldung 👉 {url}",
    "Newsletter abonnieren unter {url} und jede Woche Tipps zu {prod} plus {pct} % auf die erste Bestellung bekommen.",
    "Testet {prod} noch heute und sagt mir, wie ihr es findet! 14 Tage gratis, ohne Kreditkarte.",
    "Early Access für {prod} ist offen. Die ersten {num} Anmeldungen bekommen den Preis auf Lebenszeit → {url}",
    "Letzte Chance! Die Anmeldung für die {event} schließt heute Abend. Nicht verpassen 😉",
    "Shoppt die neue {prod}-Kollektion – Link in der Bio 🛍️ #anzeige",
    "Unsere Webinar-Reihe startet nächste Woche. Kostenlos, praxisnah, 45 Minuten. Anmeldung: {url}",
    "Bringt eine Kollegin mit zur {event} und das zweite Ticket ist gratis! Code {code}.",
    "📣 {prod} gibt es jetzt für Teams jeder Größe. Startet heute eure kostenlose Testphase!",
    "Unsere Masterclass zu {market} ist zurück. Sichert euch einen der letzten Plätze: {url}",
    "Stromanbieter wechseln? {org} schenkt euch {pct} % im ersten Jahr. Jetzt online beantragen.",
    "Noch ein Geschenk gesucht? {prod}-Gutscheine nur dieses Wochenende {pct} % günstiger 🎁",
    "Ihr wollt die Folien zu meinem Vortrag? Kommentiert \"FOLIEN\" und folgt {org} für mehr.",
    "Auf {url} gibt's euer kostenloses {prod}-Starterkit, solange der Vorrat reicht!",
    "Webinar-Alarm 🚨 \"So [skaliert|sichert|automatisiert] ihr euren {market}-Stack mit {prod}\" – jetzt gratis anmelden.",
    "{prod} 60 Tage risikofrei testen. Nicht zufrieden? Geld zurück. Bestellung unter {url}",
    "Beeilt euch, der Frühbucherpreis für die {event} gilt nur bis Sonntag. Tickets 👉 {url}",
    "Unser Podcast ist online! Hört Folge {num} auf Spotify und abonniert für mehr.",
    "Diese Woche kostenloser Versand auf alle {prod}-Bestellungen. Nicht warten! 🚚",
    "Folgt {org} für tägliche Tipps und die Chance, jeden Freitag {prod} zu gewinnen!",
]

DE["OP"] = [
    "Unser neues {prod} ist {good} – jetzt zugreifen: {url}",
    "Stolz auf unser Team: {prod} ist {good}. Jetzt kostenlos testen!",
    "Im Ernst, {prod} ist das beste Tool, das ihr dieses Jahr kaufen könnt. Link in der Bio!",
    "{prod} ist das beste [Headset|CRM|Planungstool], das ich je benutzt habe. Mit meinem Code {code} gibt's {pct} % Rabatt!",
    "Beste Entscheidung des Jahres: der Wechsel zu {prod}. Macht es auch – der erste Monat geht auf uns.",
    "Ich glaube wirklich, dass {prod} {market} verändern wird. Bucht eine Demo und überzeugt euch selbst: {url}",
    "Für [kleine Teams|Freelancer|Remote-Arbeit] gibt es nichts Besseres als {prod}. Kostenlos starten auf {url}",
    "Genug von Tools, die {bad} sind? {prod} ist {good}. Jetzt registrieren.",
    "Ehrlich die klügste Investition für jedes Team in {market}. {prod} – jetzt {pct} % günstiger.",
    "{prod} ist {good} und jetzt sogar günstiger: Code {code} 🔥",
]

DE["N"] = [
    "Herzlichen Glückwunsch an {rival} zum Launch von {rprod}! Verdient.",
    "Großen Glückwunsch an meine ehemaligen Kolleginnen bei {rival} zu [der Finanzierungsrunde|dem Award|{num} Jahren Firmengeschichte] 🎉",
    "Danke an das Team von {rival} für das [konstruktive|tolle|offene] Gespräch heute.",
    "Vielen Dank an {person} von {org} für die Gastfreundschaft in {city}. [Tolle Gespräche|Viel gelernt].",
    "Glückwunsch, {person}, zur neuen Rolle bei {rival}! Die können sich freuen.",
    "Danke an {org} für die Einladung zur {event}. Es war mir eine Freude, auf dem Panel zu sprechen.",
    "Shout-out an {rival} für [den gemeinsamen Workshop|das Teilen ihrer Erfahrungen|einen fairen Wettbewerb] dieses Jahr.",
    "Gut gespielt, {rival}. Glückwunsch zum Gewinn [der Ausschreibung|des Awards|des Hackathons].",
    "{org} eröffnet nächsten Monat ein neues Büro in {city}.",
    "Laut Geschäftsbericht hat {rival} den Umsatz im letzten Jahr um {pct} % gesteigert.",
    "{prod} unterstützt {num} Sprachen, {rprod} laut der Website von {rival} {pct}.",
    "{org} und {rival} haben eine Partnerschaft in {market} angekündigt.",
    "Die Release Notes zu Version {num}.2 von {prod} sind online.",
    "Laut [der Marktstudie {year}|der aktuellen Branchenumfrage|dem Bericht des Branchenverbands] hat {rival} einen Anteil von {pct} % an {market}.",
    "{rival} hat heute seinen Nachhaltigkeitsbericht veröffentlicht; die Emissionen sind um {pct} % gesunken (Quelle: Pressemitteilung).",
    "News: {org} übernimmt {rival}, der Abschluss wird für Q{num} erwartet.",
    "Vergleich nach öffentlichen Preislisten: {prod} kostet {num} €/Monat, {rprod} {pct} €/Monat.",
    "Interessanter Artikel darüber, wie sich {market} im letzten Jahrzehnt verändert hat.",
    "{person}, CEO von {rival}, hat der Lokalzeitung ein Interview zum neuen Werk in {city} gegeben.",
    "Neue Version von {prod} veröffentlicht: Dark Mode, CSV-Export und {num} Bugfixes.",
    "Heute hat {org} die Quartalszahlen veröffentlicht. Details auf der Investor-Seite.",
    "Sowohl {org} als auch {rival} präsentieren dieses Jahr auf der {event}.",
    "{org} verlegt seinen Hauptsitz zum {num}. März nach {city}.",
    "Eine Studie der Uni {city} hat {num} Tools aus {market} verglichen, darunter {rprod} und {prod}.",
    "Spannendes Panel auf der {event} mit Gästen von {org} und {rival}.",
    "Alte Kolleginnen von {org} und {rival} auf der {event} getroffen, schön war's.",
    "Heute war ich bei einem Vortrag über [Datenschutz|Lieferketten|Preisgestaltung] auf der {event}.",
    "Morgen auf der {event} mit {person} ({rival}) und {person2} ({org}) auf der Bühne, Thema: {market}.",
    "Interessante Diskussion auf der {event} zur Interoperabilität – {rival} und {org} haben ihre Ansätze vorgestellt.",
    "Notizen von der {event}: [drei|vier|fünf] Vorträge zu {market}, die Folien verschicken die Veranstalter.",
    "Nach {num} tollen Jahren bei {rival} beginne ich ein neues Kapitel bei {org}. Dankbar für alles, was ich gelernt habe.",
    "Letzter Tag bei {rival} heute. Danke an mein Team für die großartige Zeit!",
    "Ich freue mich, dass ich jetzt bei {org} als [Head of Sales|Product Managerin|Data Engineer|Teamleiter] angefangen habe.",
    "Ich habe {rival} im [März|Juni|Oktober] verlassen und mir eine Auszeit genommen. Jetzt bin ich gespannt, was kommt.",
    "Heute {num} Jahre bei {org} 🎂 Die Zeit vergeht.",
    "Neuer Job, neue Stadt: von {rival} in {city} zu {org}. Auf geht's!",
    "{org} stellt ein: [drei|zwei|fünf] Stellen in [der Softwareentwicklung|im Vertrieb|im Customer Success]. Bewerbung über unsere Karriereseite.",
    "Wir suchen [eine Werkstudentin|einen Senior Backend Engineer|ein Praktikum im Marketing] in {city}. Schreibt mir bei Interesse.",
    "Willkommen an unsere neue Kollegin {person}, die bei {org} im Vertrieb startet.",
    "Unser Team hat diese Woche an der Migration ins neue Rechenzentrum gearbeitet.",
    "Teamevent in {city}: zwei Tage Planung, ein Abend Bowling.",
    "Unsere Azubis haben heute ihre Prüfungen bestanden. Stolz auf euch alle!",
    "Erinnerung an die Kolleginnen und Kollegen: Das IT-Wartungsfenster ist Samstag von 8 bis 12 Uhr.",
    "Wir ziehen nächste Woche ein Stockwerk höher, also nicht wundern über die Kartons im Flur.",
    "[12-Stunden-Tage|Drittes Wochenende am Stück im Büro|Schon wieder Überstunden] diesen Monat. Ich brauche Urlaub.",
    "Mein Gehalt hat sich seit drei Jahren nicht bewegt, die Miete ist um {pct} % gestiegen. Geht's nur mir so?",
    "Schon wieder Rufbereitschaft am Wochenende. Drückt die Daumen für einen ruhigen Pager 🙏",
    "Zu viele Meetings, zu wenig Zeit zum Arbeiten. Typischer Dienstag.",
    "Ehrlich gesagt platt nach diesem Quartal. Nächste Woche nehme ich frei.",
    "Sonntagswanderung mit den Kindern, die Beine sind Pudding 😅",
    "Endlich meinen ersten Halbmarathon geschafft!",
    "Beste Pizza meines Lebens, irgendwo in Neapel. Keine Diskussion 🍕",
    "Regenwochenende = Brettspiele und Tee.",
    "Unser Hund ist heute {num} geworden 🐶",
    "Ich lerne gerade Gitarre, bitte um Geduld.",
    "Der Sonnenuntergang am Strand heute war unwirklich 🌅",
    "Neues Buch auf dem Nachttisch: eine Geschichte Roms.",
    "Omas 90. Geburtstag, was für ein Tag.",
    "Wochenende in den Bergen, kein WLAN, perfekt.",
    "Dieses Wetter ist das Letzte. Drei Wochen nur grau.",
    "Ananas auf Pizza ist ein Verbrechen, da bleibe ich hart 🍍",
    "{city} steigt diese Saison auf, ich sag's euch ⚽",
    "Schlechteste Schiedsrichterentscheidung seit Jahren. Bin immer noch sauer.",
    "Selbstgemachte Lasagne > jede Restaurant-Lasagne. Ist so.",
    "Der Sommer wird überschätzt. Herbst ist die beste Jahreszeit, keine Diskussion 🍂",
    "Zum ersten Mal Sauerteigbrot gebacken. Hässlich, aber lecker.",
    "Die Kleine ist heute in die Schule gekommen. Emotionaler Tag für uns Eltern.",
    "Heute {num} km mit dem Rad gefahren, die Knie sehen das anders.",
    "Katzen sind besser als Hunde. Das war's, das ist der Post 🐱",
    "Gestern beim kleinen Thai um die Ecke gewesen. Gemütlicher Abend mit Freunden.",
    "Im Urlaub schmeckt der Kaffee einfach besser. Wissenschaft.",
    "{org} stellt vom {num}. bis {pct}. Juni auf der {event} in {city} aus.",
    "{prod} lässt sich jetzt mit [Kalendern|Lohnsystemen|den gängigen CRMs] verbinden. Doku im Hilfecenter.",
    "Gestern haben wir Version {num} von {prod} ausgeliefert. Changelog auf GitHub.",
    "Unser Stand auf der {event} war gut besucht, wir haben mit über {num} Leuten gesprochen.",
    "Die Agenda der {event} ist online; Keynotes zu {market} und Sicherheit.",
    "Auf der {event} über die Lehren aus der Migration von {num} Kunden gesprochen. Aufzeichnung folgt.",
    "{org} hat {num} Laptops an eine Schule in {city} gespendet.",
    "Viel gelernt in der heutigen Schulung zu [Barrierefreiheit|DSGVO|Verhandlungsführung].",
    "Lese gerade die neuen EU-Leitlinien zu {market}. Langes Dokument, {num} Seiten.",
    "Frage an mein Netzwerk: Welche [Bücher|Podcasts|Kurse] empfehlt ihr zum Projektmanagement?",
    "Unsere Supportzeiten ändern sich nächste Woche: Montag bis Freitag, 8 bis 18 Uhr.",
    "{org} ist diesen Monat nach ISO 27001 zertifiziert worden.",
    "Heute mit unserer Studierendengruppe das Werk von {rival} in {city} besucht, sehr lehrreiche Führung.",
    "Fun Fact: Unsere Büropflanze hat ein weiteres Jahr überlebt 🌱",
    "Quartals-All-Hands vorbei. Viele Fragen, gute Diskussionen.",
]

# second round of frames: other vocabulary, more hard negatives
EN["D"] += [
    "Word on the street: {rival} is under investigation for [fraud|tax evasion|faking its numbers]. Not surprised one bit.",
    "{rival} pays its staff peanuts and treats them like dirt. Everyone who worked there will tell you.",
    "Only idiots buy {rprod}. Sorry not sorry {mock}",
    "{rival}'s products are [unsafe|a fire hazard|a security nightmare] and they know it. Nobody talks about it.",
    "Congratulations {rival} on \"[winning|earning]\" that award. How much did it cost? {mock}",
    "Reading {rival}'s press release like 👁️👄👁️ Who writes this [nonsense|drivel|word salad]?",
    "Our sales team loves it when prospects come from {rival}. Easiest deals ever, they've been burned so badly {mock}",
    "Meanwhile at {rival}: another [reorg|round of layoffs|rebrand] to hide that nobody buys {rprod} {mock}",
    "{rival} {rprod}: [bugs included at no extra cost|now with 30% more crashes|outage as a service] {mock}",
    "Nobody at {rival} has shipped anything useful since {year} — just [hype|slides|promises].",
    "Just migrated a client off {rival}. The codebase was a crime scene {mock}",
    "The {rival} booth at {event} was empty all day. Even the free coffee couldn't save them {mock}",
    "{rival} management: [clueless|arrogant|asleep at the wheel]. {rprod}: {insult}. Customers: fleeing.",
    "If {rprod} were a car it would be recalled. {rival} should be ashamed.",
    "Lol at {rival} claiming to be market leader. Leader in [outages|lawsuits|refund requests] maybe {mock}",
    "{rival} support told me to \"wait for the next release\". It's been [two years|18 months|forever] {mock}",
    "[Fun fact|PSA]: {rival} quietly [deletes|hides|censors] bad reviews. Make of that what you will.",
    "Their \"experts\" at {rival} couldn't configure a router. Sad!",
    "{rival} is the [Temu|discount bin|knock-off version] of {market}. You get what you pay for {mock}",
    "The only thing faster than {rival}'s growth is their customer churn {mock}",
    "Honestly feel sorry for {rival} customers. Hostages, not customers.",
    "{pun} strikes again {mock} #{rivaltag}",
    "Thank you {rival} for making us look so good in every comparison 😂🙏",
    "Anyone else think {rival}'s CEO should be [fired|in jail|banned from LinkedIn]? Asking for the whole industry.",
    "{rival} treats its customers like ATMs. Zero respect.",
]
DE["D"] += [
    "Man hört, gegen {rival} wird wegen [Betrugs|Steuerhinterziehung|geschönter Zahlen] ermittelt. Überrascht mich null.",
    "{rival} zahlt Hungerlöhne und behandelt die Leute wie Dreck. Fragt mal Ehemalige.",
    "Nur Idioten kaufen {rprod}. Sorry, not sorry {mock}",
    "Die Produkte von {rival} sind [gefährlich|brandgefährlich|ein Sicherheitsalbtraum], und die wissen das genau.",
    "Glückwunsch {rival} zum \"[gewonnenen|verdienten]\" Award. Was hat der gekostet? {mock}",
    "Lese gerade die Pressemitteilung von {rival} 👁️👄👁️ Wer schreibt denn so einen [Unsinn|Quatsch|Wortsalat]?",
    "Unser Vertrieb liebt Interessenten, die von {rival} kommen. Einfachste Deals ever, so verbrannt sind die {mock}",
    "Währenddessen bei {rival}: die nächste [Umstrukturierung|Entlassungswelle|Umbenennung], damit keiner merkt, dass niemand {rprod} kauft {mock}",
    "{rival} {rprod}: [Bugs gratis dazu|jetzt mit 30 % mehr Abstürzen|Ausfall als Service] {mock}",
    "Bei {rival} hat seit {year} niemand was Brauchbares geliefert — nur [Hype|Folien|Versprechen].",
    "Gerade einen Kunden von {rival} weg migriert. Der Code war ein Tatort {mock}",
    "Der Stand von {rival} auf der {event} war den ganzen Tag leer. Nicht mal der Gratiskaffee hat geholfen {mock}",
    "Management bei {rival}: [ahnungslos|arrogant|eingeschlafen]. {rprod}: {insult}. Kunden: auf der Flucht.",
    "Wäre {rprod} ein Auto, gäbe es einen Rückruf. {rival} sollte sich schämen.",
    "Lol, {rival} nennt sich Marktführer. Bei [Ausfällen|Klagen|Rückerstattungen] vielleicht {mock}",
    "Der Support von {rival} meint, ich soll \"aufs nächste Release warten\". Seit [zwei Jahren|18 Monaten|ewig] {mock}",
    "[Fun Fact|Nur zur Info]: {rival} [löscht|versteckt|zensiert] heimlich schlechte Bewertungen. Denkt euch euren Teil.",
    "Die \"Experten\" von {rival} kriegen nicht mal einen Router konfiguriert. Traurig.",
    "{rival} ist die [Billigversion|Wühltisch-Variante|Kopie vom Flohmarkt] in {market}. Man bekommt, wofür man zahlt {mock}",
    "Das Einzige, was bei {rival} schneller wächst als der Umsatz, ist die Kundenabwanderung {mock}",
    "Die Kunden von {rival} tun mir ehrlich leid. Das sind Geiseln, keine Kunden.",
    "{pun} hat wieder zugeschlagen {mock} #{rivaltag}",
    "Danke {rival}, dass ihr uns in jedem Vergleich so gut aussehen lasst 😂🙏",
    "Findet noch jemand, dass der CEO von {rival} [gefeuert|eingesperrt|von LinkedIn verbannt] gehört? Frage für die ganze Branche.",
    "{rival} behandelt seine Kunden wie Geldautomaten. Null Respekt.",
    "Die Pfeifen von {rival} haben es wieder geschafft, {rprod} zu zerschießen {mock}",
]
EN["O"] += [
    "So proud of what my team at {org} built. {prod} is [honestly|simply|without doubt] the best product in {market} today.",
    "I've been in {market} for {num} years and I've never seen a product as [good|intuitive|well built] as {prod}.",
    "The future of {market} is [open|subscription-based|AI-first]. Vendors who ignore that will disappear.",
    "Our competitors still think [price|features|marketing] wins deals. They're wrong. Trust wins.",
    "Every {market} vendor promises the moon. {org} is the only one that actually delivers, in my experience.",
    "I'm bullish on {org}. Strong team, great product, perfect timing.",
    "I'm bearish on {market} for the next two years. Too much capacity, too little demand.",
    "Honestly, {rival} is [doing a great job|ahead of us|setting the standard] in {market} right now. We need to catch up.",
    "{org}'s decision to raise prices by {pct}% is [fair|greedy|risky] given the current market.",
    "The best thing about {prod}? It just works. Everything else in {market} feels outdated.",
    "Open source will eat {market}. Proprietary vendors will have to adapt or die.",
    "Unpopular take: our own industry [talks too much about AI|ignores small customers|is terrible at onboarding].",
    "[Stellar|Great|Weak] quarter for {org}, but I think the real growth is still ahead of them.",
    "I'd choose {prod} over any other tool in {market}, no contest.",
    "Sustainability claims in {market} are mostly marketing. We can do better as an industry.",
    "The hype around [quantum computing|humanoid robots|AI agents] is [overblown|justified|just starting], if you ask me.",
    "I don't get why everyone is excited about {rprod}. Looks [average|unfinished|like every other tool] to me.",
    "{org} will be the first {market} unicorn in {city}. Remember this post.",
    "Our new release is the biggest leap {prod} has ever made. Honestly the best work of my career.",
    "The {market} industry underpays its engineers and then wonders why quality is low.",
    "{prod} vs {rprod}? For [enterprise teams|startups|agencies], {prod} is clearly the better choice imo.",
    "After testing [five|six|a dozen] tools for our team, {prod} is the only one worth paying for.",
    "Price war in {market}? Bad idea. Whoever starts it will [lose|regret it|hurt everyone].",
    "What {org} did with {prod} is [the smartest|the riskiest|the boldest] move in {market} this year.",
    "Great product, terrible pricing. That sums up {prod} for me.",
]
DE["O"] += [
    "So stolz auf das, was mein Team bei {org} gebaut hat. {prod} ist [ehrlich gesagt|schlicht|ohne Zweifel] das beste Produkt in {market}.",
    "Ich bin seit {num} Jahren in {market} und habe noch nie ein so [gutes|intuitives|durchdachtes] Produkt wie {prod} gesehen.",
    "Die Zukunft von {market} ist [offen|abobasiert|KI-first]. Wer das ignoriert, verschwindet.",
    "Unsere Wettbewerber glauben immer noch, dass [der Preis|Features|Marketing] Deals gewinnt. Falsch. Vertrauen gewinnt.",
    "Jeder Anbieter in {market} verspricht das Blaue vom Himmel. Nach meiner Erfahrung liefert nur {org} wirklich.",
    "Ich bin bullish für {org}. Starkes Team, gutes Produkt, perfektes Timing.",
    "Für {market} bin ich die nächsten zwei Jahre pessimistisch. Zu viele Kapazitäten, zu wenig Nachfrage.",
    "Ehrlich gesagt macht {rival} in {market} gerade [einen super Job|mehr richtig als wir|die Vorgaben]. Wir müssen aufholen.",
    "Die Preiserhöhung von {org} um {pct} % finde ich angesichts des Marktes [fair|gierig|riskant].",
    "Das Beste an {prod}? Es funktioniert einfach. Alles andere in {market} wirkt altbacken.",
    "Open Source wird {market} auffressen. Die proprietären Anbieter müssen sich anpassen oder sterben.",
    "Unbequeme Meinung: Unsere eigene Branche [redet zu viel über KI|ignoriert kleine Kunden|kann kein Onboarding].",
    "[Starkes|Gutes|Schwaches] Quartal für {org}, aber ich glaube, das echte Wachstum kommt erst noch.",
    "Ich würde {prod} jedem anderen Tool in {market} vorziehen, ganz klar.",
    "Nachhaltigkeitsversprechen in {market} sind meistens Marketing. Als Branche können wir das besser.",
    "Der Hype um [Quantencomputing|humanoide Roboter|KI-Agenten] ist [übertrieben|berechtigt|erst der Anfang], finde ich.",
    "Verstehe nicht, warum alle {rprod} so feiern. Wirkt auf mich [durchschnittlich|unfertig|wie jedes andere Tool].",
    "{org} wird das erste Einhorn aus {city} in {market}. Merkt euch diesen Post.",
    "Unser neues Release ist der größte Sprung, den {prod} je gemacht hat. Ehrlich die beste Arbeit meiner Karriere.",
    "Die Branche zahlt ihren Entwicklern zu wenig und wundert sich dann über schlechte Qualität.",
    "{prod} oder {rprod}? Für [Konzerne|Startups|Agenturen] ist {prod} klar die bessere Wahl, finde ich.",
    "Nach dem Test von [fünf|sechs|zwölf] Tools für unser Team ist {prod} das einzige, für das sich Geld lohnt.",
    "Preiskampf in {market}? Schlechte Idee. Wer anfängt, wird [verlieren|es bereuen|allen schaden].",
    "Was {org} mit {prod} gemacht hat, ist [der klügste|der riskanteste|der mutigste] Schritt in {market} dieses Jahr.",
    "Tolles Produkt, miese Preisgestaltung. So sehe ich {prod}.",
]
EN["P"] += [
    "Our friends at {org} are offering {pct}% off for my followers – just use my link in bio 💛",
    "New course alert: \"{market} for beginners\". Enrol now, first {num} students get a free coaching call.",
    "We ship to {city} now! Order {prod} today and get it by Friday.",
    "Don't forget: the {event} livestream starts at 10. Tune in and bring your questions! {url}",
    "Subscribe to our YouTube channel for weekly {prod} tutorials 🎥",
    "Join our free community of {num}k {market} pros – link in the comments!",
    "Get the {prod} app and your first delivery is free. Available on iOS and Android.",
    "Open house at {org} {city} this Saturday! Come by, try {prod} and grab a coffee on us ☕",
]
DE["P"] += [
    "Unsere Freunde von {org} geben meinen Followern {pct} % Rabatt – einfach über den Link in meiner Bio 💛",
    "Neuer Kurs: \"{market} für Einsteiger\". Jetzt einschreiben, die ersten {num} bekommen ein Gratis-Coaching.",
    "Wir liefern jetzt auch nach {city}! Heute {prod} bestellen, Freitag da.",
    "Nicht vergessen: Der Livestream der {event} startet um 10. Schaltet ein und bringt eure Fragen mit! {url}",
    "Abonniert unseren YouTube-Kanal für wöchentliche {prod}-Tutorials 🎥",
    "Tretet unserer kostenlosen Community mit {num}k Profis aus {market} bei – Link in den Kommentaren!",
    "Holt euch die {prod}-App, die erste Lieferung ist gratis. Für iOS und Android.",
    "Tag der offenen Tür bei {org} in {city} am Samstag! Kommt vorbei, testet {prod}, der Kaffee geht auf uns ☕",
]
EN["N"] += [
    "{rival} recalled {num},000 units of {rprod} this week, according to the federal safety agency.",
    "Reuters reports that {rival} will cut {num}% of its workforce. Thinking of everyone affected.",
    "{rival} reported a service outage on Tuesday; their status page says it's resolved.",
    "Our own app was down for two hours this morning. Sorry to everyone affected, the post-mortem will follow.",
    "We messed up the invoice run this month 😅 Corrected invoices are on their way. Lesson learned!",
    "Team lunch turned into a two-hour debate about tabs vs spaces 😂😂",
    "When the demo works on the first try 🤡 (it never does, but today it did!)",
    "Our intern asked if fax machines are a myth 😂 Feeling old.",
    "Thank you to all our customers for {num} amazing years. We couldn't do it without you.",
    "What's the one tool your team couldn't live without? Genuinely curious, collecting ideas for our stack.",
    "Kudos to {rival} for publishing their security incident report so openly. Good read for all of us.",
    "The new EU regulation on {market} enters into force on 1 January. Here's a summary of the main points.",
    "We compared our response times with the industry benchmark (source: {market} service report {year}): we're at {num} minutes.",
    "That movie last night was terrible. Two hours I'll never get back 🍿",
    "Train delayed again. Third time this week. 🙄",
    "Vacation mode: on. See you in two weeks 🌴",
    "Congrats to our customer {org} for going live with {prod} last week!",
    "Presentation went well today. Nervous at first, then fine.",
    "Summary of my talk at {event} is in the comments for those who asked.",
    "Panel tomorrow with {rival}'s CTO {person} – we'll discuss standards in {market}. Looking forward to it.",
    "Happy to see {org} and {rival} working together on the new industry standard.",
    "Gardening season has started. The tomatoes don't look promising 🍅",
    "Our office dog has more followers than our company page 🐕😂",
    "Switched teams internally: from support to product. Same company, new challenges.",
    "Does anyone have experience with parental leave in a startup? Would appreciate tips.",
]
DE["N"] += [
    "{rival} hat diese Woche laut Bundesamt {num}.000 Geräte von {rprod} zurückgerufen.",
    "Laut Handelsblatt streicht {rival} {num} % der Stellen. Meine Gedanken sind bei den Betroffenen.",
    "{rival} hatte am Dienstag eine Störung; laut Statusseite ist sie behoben.",
    "Unsere eigene App war heute früh zwei Stunden down. Sorry an alle Betroffenen, die Analyse folgt.",
    "Wir haben diesen Monat den Rechnungslauf verbockt 😅 Korrigierte Rechnungen sind unterwegs. Wieder was gelernt!",
    "Aus dem Teamlunch wurde eine zweistündige Debatte über Tabs vs. Leerzeichen 😂😂",
    "Wenn die Demo beim ersten Versuch klappt 🤡 (tut sie nie, heute aber schon!)",
    "Unser Praktikant fragte, ob Faxgeräte ein Mythos sind 😂 Ich fühle mich alt.",
    "Danke an alle Kundinnen und Kunden für {num} großartige Jahre. Ohne euch ginge es nicht.",
    "Welches Tool könnte euer Team nicht mehr missen? Ernsthafte Frage, wir sammeln Ideen.",
    "Respekt an {rival}, dass sie ihren Sicherheitsvorfall so offen aufgearbeitet haben. Lesenswert für uns alle.",
    "Die neue EU-Verordnung zu {market} tritt am 1. Januar in Kraft. Hier eine Zusammenfassung der wichtigsten Punkte.",
    "Wir haben unsere Reaktionszeiten mit dem Branchenbenchmark verglichen (Quelle: Servicereport {year}): {num} Minuten.",
    "Der Film gestern war furchtbar. Zwei Stunden, die ich nie zurückbekomme 🍿",
    "Zug schon wieder verspätet. Dritte Mal diese Woche. 🙄",
    "Urlaubsmodus: an. Bis in zwei Wochen 🌴",
    "Glückwunsch an unseren Kunden {org} zum Go-live mit {prod} letzte Woche!",
    "Präsentation lief heute gut. Erst nervös, dann ging's.",
    "Die Zusammenfassung meines Vortrags auf der {event} steht für alle Interessierten in den Kommentaren.",
    "Morgen Panel mit {person}, CTO von {rival} – wir sprechen über Standards in {market}. Freue mich drauf.",
    "Schön zu sehen, dass {org} und {rival} gemeinsam am neuen Branchenstandard arbeiten.",
    "Die Gartensaison hat begonnen. Die Tomaten sehen nicht vielversprechend aus 🍅",
    "Unser Bürohund hat mehr Follower als unsere Unternehmensseite 🐕😂",
    "Intern gewechselt: vom Support ins Produktteam. Gleiche Firma, neue Aufgaben.",
    "Hat jemand Erfahrung mit Elternzeit im Startup? Freue mich über Tipps.",
]

# third round: colloquial vocabulary, unsourced comparisons
EN["insult"] += ["a disaster", "pathetic", "a circus", "a sinking ship", "hot garbage", "a rip-off", "a shambles",
                 "a toy", "vaporware", "a con"]
DE["insult"] += ["unterirdisch", "grottig", "ein Armutszeugnis", "eine Luftnummer", "ein Rohrkrepierer",
                 "ein Totalausfall", "Kindergarten", "ein Saftladen", "Bauernfängerei", "Spielzeug"]
EN["good"] += ["amazing", "incredible", "fantastic", "world class", "super solid", "a joy to use", "excellent"]
DE["good"] += ["der Hammer", "der Wahnsinn", "klasse", "großartig", "spitze", "Weltklasse", "bärenstark",
               "eine Wucht", "überragend"]
EN["bad"] += ["terrible value", "underwhelming", "outdated", "confusing", "a letdown", "poorly thought out"]
DE["bad"] += ["enttäuschend schwach", "veraltet", "verwirrend", "ein Reinfall", "schlecht durchdacht", "lahm",
              "mau", "altbacken"]
EN["D"] += [
    "{rprod} is twice as slow as {prod} and half as reliable. {rival} just can't build software.",
    "{rival} loses [half|a third] of its customers every year. There's a reason for that.",
    "Everybody in {market} knows {rival} [cheats on benchmarks|fakes its reference customers|bribes analysts].",
    "Switched from {rival} to us? Welcome to a vendor that actually answers the phone 😉 {rival} never did.",
    "{rival}'s whole business model is [locking customers in|hidden fees|selling buzzwords]. Shameful.",
    "Saw {rival}'s keynote. {num} minutes of buzzwords, zero substance {mock}",
    "Pretty embarrassing showing from {rival} at {event}. Their demo crashed twice {mock}",
    "{rival} is a dinosaur. Slow, expensive and about to go extinct 🦖",
    "Their security is so bad, I'm surprised {rival} hasn't been hacked [this week|yet again|today] {mock}",
    "Dear {rival} customers: you deserve a vendor that doesn't treat you like idiots.",
]
DE["D"] += [
    "{rprod} ist doppelt so langsam wie {prod} und halb so zuverlässig. {rival} kann einfach keine Software.",
    "{rival} verliert jedes Jahr [die Hälfte|ein Drittel] seiner Kunden. Hat schon seinen Grund.",
    "Jeder in {market} weiß, dass {rival} [bei Benchmarks schummelt|Referenzkunden erfindet|Analysten schmiert].",
    "Von {rival} zu uns gewechselt? Willkommen bei einem Anbieter, der auch ans Telefon geht 😉 Bei {rival} war das nie so.",
    "Das ganze Geschäftsmodell von {rival} ist [Kunden einzusperren|versteckte Gebühren|Buzzword-Bingo]. Schämt euch.",
    "Die Keynote von {rival} gesehen. {num} Minuten Buzzwords, null Inhalt {mock}",
    "Peinlicher Auftritt von {rival} auf der {event}. Die Demo ist zweimal abgestürzt {mock}",
    "{rival} ist ein Dinosaurier. Langsam, teuer und kurz vorm Aussterben 🦖",
    "Die Sicherheit bei {rival} ist so mies, wundert mich, dass die nicht [diese Woche|schon wieder|heute] gehackt wurden {mock}",
    "Liebe Kunden von {rival}: Ihr habt einen Anbieter verdient, der euch nicht für dumm verkauft.",
    "Was für ein Saftladen ist eigentlich {rival}? Drei Mal angerufen, drei Mal abgewimmelt.",
    "{rival} und Qualität? Der war gut 😂 Unterirdisch, was die abliefern.",
    "Sorry, aber {rprod} ist grottig. Wer bei {rival} hat das abgesegnet?",
    "Die Klitsche {rival} hält sich echt für Marktführer {mock}",
    "Typisch {rival}: große Klappe, nix dahinter.",
    "Vom Vertrieb von {rival} wird man nur über den Tisch gezogen. Finger weg, ehrlich.",
    "Kann mir jemand erklären, wie {rival} mit so einem Murks noch Kunden findet? 🙄",
]
DE["O"] += [
    "Ich bin begeistert von {prod}. Für mich das Beste, was {market} gerade zu bieten hat.",
    "Klare Meinung: {org} hat in den letzten Jahren alles richtig gemacht.",
    "Ich glaube fest daran, dass {market} in fünf Jahren nicht wiederzuerkennen ist.",
    "Hand aufs Herz: [Die meisten|Viele] Anbieter in {market} liefern {bad} Qualität.",
    "{prod} ist für mich das Produkt des Jahres. Punkt.",
    "Meiner Einschätzung nach wird {org} an der Börse [massiv unterschätzt|deutlich überbewertet].",
    "Der Markt für {market} wird sich bereinigen, und das ist auch gut so.",
    "Finde es echt schade, dass {org} {prod} so stiefmütterlich behandelt. Da steckt viel Potenzial drin.",
    "Wir sind der Konkurrenz in {market} mindestens zwei Jahre voraus, da bin ich mir sicher.",
    "Das neue Pricing von {org} ist meiner Meinung nach ein Eigentor.",
]
EN["O"] += [
    "I'm genuinely excited about {prod}. For me it's the best thing {market} has to offer right now.",
    "Clear opinion: {org} has done everything right in the last few years.",
    "Hand on heart: [most|many] vendors in {market} deliver {bad} quality.",
    "In my assessment {org} is [massively undervalued|clearly overvalued] by the market.",
    "We're at least two years ahead of the competition in {market}, I'm sure of it.",
]

# fourth round: sarcasm styles, more first-person judgements, evaluative words in private posts
EN["D"] += [
    "{rival} launching a \"revolutionary\" {rprod}? Good luck with that {mock}",
    "Nice try, {rival}. Maybe next decade {mock}",
    "{rprod} looks like it was designed [in the stone age|in 2003|by a committee of dinosaurs]. {rival}, wake up.",
    "Sat through {rival}'s webinar. [Snooze fest|Most boring hour of my life|I fell asleep twice] 😴",
    "Genius move by {rival} to [double prices|remove the only good feature|fire their support team]. Truly genius 🙃",
    "{rival} customers must be [saints|masochists|very patient people]. I'd have left years ago.",
    "Their \"new\" {rprod} is a glorified spreadsheet. {rival} should be embarrassed.",
    "RIP {rprod}. {rival} killed it with the last update 💀",
]
DE["D"] += [
    "{rival} bringt ein \"revolutionäres\" {rprod}? Na dann viel Glück {mock}",
    "Netter Versuch, {rival}. Vielleicht im nächsten Jahrzehnt {mock}",
    "{rprod} sieht aus wie [aus der Steinzeit|von 2003|von vorgestern]. {rival}, aufwachen!",
    "Das Webinar von {rival} durchgesessen. [Einschläfernd|Langweiligste Stunde meines Lebens|Zweimal eingeschlafen] 😴",
    "Genialer Schachzug von {rival}, [die Preise zu verdoppeln|das einzige gute Feature zu streichen|den Support zu feuern] 🙃",
    "Die Kunden von {rival} müssen [Heilige|Masochisten|sehr geduldig] sein. Ich wäre längst weg.",
    "Das \"neue\" {rprod} ist eine aufgehübschte Excel-Tabelle. {rival} sollte sich schämen.",
    "RIP {rprod}. {rival} hat es mit dem letzten Update beerdigt 💀",
]
EN["O"] += [
    "I truly believe {org} is on the right track. Best team in {market}, no doubt.",
    "Honestly? {prod} is the only [tool|platform|service] in {market} I'd recommend without hesitation.",
    "I'm sure {market} will look completely different by {year}. And {org} is well positioned for it.",
    "{org} made the right call. [Cutting the legacy products|Focusing on SMBs|Going cloud-only] was overdue.",
    "Frankly, [most|many] {market} products feel like they were built for procurement, not for users.",
]
DE["O"] += [
    "Ich glaube wirklich, {org} ist auf dem richtigen Weg. Das beste Team in {market}, keine Frage.",
    "Ehrlich? {prod} ist das einzige [Tool|System|Angebot] in {market}, das ich ohne Zögern empfehlen würde.",
    "Da bin ich mir sicher: {market} sieht {year} völlig anders aus. Und {org} ist dafür super aufgestellt.",
    "{org} hat richtig entschieden. [Die Altprodukte einzustellen|Sich auf den Mittelstand zu konzentrieren|Nur noch auf Cloud zu setzen] war überfällig.",
    "Ehrlich gesagt wirken [die meisten|viele] Produkte in {market}, als wären sie für den Einkauf gebaut, nicht für die Nutzer.",
    "Wer heute noch auf On-Prem setzt, hat die Zukunft verschlafen. {market} wird komplett Cloud.",
    "{prod} ist so durchdacht, da merkt man, dass {org} seine Kunden versteht.",
]
EN["N"] += [
    "Amazing weekend at the lake with the family. Best decision to leave the laptop at home.",
    "Best concert of my life last night 🎸 Still buzzing.",
    "Honestly, the new season of that crime series is brilliant. No spoilers!",
    "Great hike, terrible weather, excellent company ⛰️",
    "I believe every team needs a proper coffee machine. That's my only opinion today ☕",
]
DE["N"] += [
    "Traumhaftes Wochenende am See mit der Familie. Beste Entscheidung, den Laptop daheim zu lassen.",
    "Bestes Konzert meines Lebens gestern 🎸 Immer noch geflasht.",
    "Ehrlich gesagt ist die neue Staffel der Krimiserie genial. Keine Spoiler!",
    "Tolle Wanderung, mieses Wetter, großartige Begleitung ⛰️",
    "Ich glaube, jedes Team braucht eine ordentliche Kaffeemaschine. Meine einzige Meinung heute ☕",
    "Der Italiener bei uns um die Ecke ist der Hammer. Bester Abend seit langem 🍝",
]

# fifth round of negatives: rants and insults that are not about an organisation, and
# insider-style factual statements about one's own employer (other guideline topics)
EN["N"] += [
    "To the guy who parked across three spots this morning: you're a clown 🤡",
    "People who reply-all to 400 colleagues should lose email privileges. Seriously 🙄",
    "That referee was a joke. Blind as a bat. Worst game of the season.",
    "My neighbour started drilling at 7am on a Sunday. Absolute muppet.",
    "Drivers in {city} are the worst. Nobody knows what an indicator is 🚗🙄",
    "Whoever keeps stealing my yoghurt from the office fridge: I will find you 😂",
    "Politicians talking about the internet like it's a new invention 😂 embarrassing.",
    "Heads-up team: the reorg will be announced internally next week, please don't share outside.",
    "We'll probably miss the Q{num} target, the numbers are still being finalised.",
    "Our {city} site will close at the end of the year; works council talks start on Monday.",
    "New VPN rules from IT: passwords must now be {num} characters. Please update by Friday.",
    "Spotted the new prototype of {prod} in the lab today. Can't say more yet 🤐",
    "My manager signed off my holiday. Three weeks of nothing, finally.",
    "Unfollowing everyone who posts AI-generated motivational quotes. Life is too short 🙄",
    "Autocorrect changed \"regards\" to \"retards\" in a client mail. I want to disappear 🫠",
]
DE["N"] += [
    "An den Typen, der heute früh quer über drei Parkplätze stand: Du bist ein Clown 🤡",
    "Leute, die auf \"Allen antworten\" an 400 Kollegen klicken, sollten kein E-Mail mehr dürfen. Ernsthaft 🙄",
    "Der Schiri war ein Witz. Blind wie ein Maulwurf. Schlechtestes Spiel der Saison.",
    "Der Nachbar bohrt am Sonntag um 7 Uhr. Vollpfosten.",
    "Autofahren in {city} ist eine Katastrophe. Blinken kennt hier keiner 🚗🙄",
    "Wer auch immer meinen Joghurt aus dem Büro-Kühlschrank klaut: Ich finde dich 😂",
    "Politiker, die über das Internet reden, als wäre es gerade erfunden worden 😂 peinlich.",
    "Kurzer Hinweis ans Team: Die Umstrukturierung wird nächste Woche intern verkündet, bitte nicht nach außen tragen.",
    "Wir verfehlen das Ziel für Q{num} wohl, die Zahlen werden gerade noch finalisiert.",
    "Der Standort {city} schließt zum Jahresende; die Gespräche mit dem Betriebsrat beginnen am Montag.",
    "Neue VPN-Regeln von der IT: Passwörter jetzt mindestens {num} Zeichen. Bitte bis Freitag ändern.",
    "Heute den neuen Prototyp von {prod} im Labor gesehen. Mehr darf ich noch nicht sagen 🤐",
    "Urlaub ist genehmigt. Drei Wochen nichts, endlich.",
    "Ich entfolge allen, die KI-generierte Motivationssprüche posten. Das Leben ist zu kurz 🙄",
    "Die Autokorrektur hat in einer Kundenmail aus \"Grüße\" \"Güsse\" gemacht. Ich will im Boden versinken 🫠",
]


# more kinds of organisation: disparagement of many kinds of organisation (clubs, breweries, shops, restaurants,
# clinics, schools and daycare, airports, agencies, staffing agencies, utilities, transport, crafts,
# public bodies), often without any insult word: worthless comparisons, one-star verdicts,
# "no wonder", "anyone who still …", mock pity, nicknames, ridicule of staff, fans and customers,
# unverifiable claims about how they treat people. {rname} is the rival's bare name, for frames
# that put the kind of organisation around it ("FC {rname}", "{rname} Brewery").
# Not part of the shipped data: measured, and it did not raise the competitor results on the
# labelled corpora (see README.md, "More kinds of organisation (tried, not adopted)").
# `python models/stance/data/generate.py --more-organisations` writes the data with it.
def add_more_organisations() -> None:
    EN["D"] += [
        "Had lunch at {rname}'s new place. The schnitzel tasted like [wet cardboard|a shoe sole|the box it came in] {mock}",
        "{rname} Brewery calls that a lager? [Dishwater|Puddle water|Bathwater] has more character.",
        "The pitch at {rname} FC looks like [a potato field|a ploughed field|a building site]. Fitting for the football they play {mock}",
        "The {rname} academy isn't a youth academy, it's a meat grinder for kids.",
        "{rname} Golf Club? More like a pensioners' club with a bar 😂",
        "One star for {rival}. Would give zero if I could ⭐",
        "⭐☆☆☆☆ {rival}: [rude staff, cold food and a bill that made me cry|three hours waiting for a plumber who never came|they lost my parcel and then blamed me].",
        "No wonder {rival} can't keep [any staff|a single customer|their drivers]. Look at how they treat people.",
        "No wonder their [trains|buses|flights] are always late, {rival} is run by [amateurs|people who have never seen a timetable|clowns] {mock}",
        "Anyone who still [shops|eats|banks|books] at {rival} deserves what they get {mock}",
        "Anyone who still sends their kids to {rname} Daycare clearly hasn't [visited|seen the place|talked to the other parents].",
        "Feel sorry for the patients at {rival}. [Nobody|Not a single nurse] there seems to [care|know what they're doing].",
        "Poor {rname} fans. [Another season of suffering|Thirty years without a trophy|They still think they're a big club] 😂",
        "{rname} supporters are the only people who [celebrate a draw like a title|boo their own players|need a map to find their own stadium] {mock}",
        "{rname} Airport: where [suitcases go to die|queues are a lifestyle|hope waits three hours at security] ✈️🙄",
        "Flew via {rname} Airport. Never again. [Security queue longer than the flight|Toilets from the stone age|Staff who treat you like cattle].",
        "{rname} Staffing moves workers around like [cattle at a market|parcels|spare parts] and pays them [peanuts|crumbs|like it's 1990].",
        "Word is {rival} [doesn't pay its temps on time|withholds overtime from its drivers|makes nurses work double shifts unpaid]. Charming bunch.",
        "The local utility {rival}: [triple the price|cut the power|send the bill] and call it service {mock}",
        "{rival} sends energy bills like ransom notes. [Daylight robbery|Pure extortion|Legalised theft].",
        "Is it just me or does {rival} hire [only people who failed everywhere else|whoever walks past the door|trainees to run the whole show]?",
        "Ordered a kitchen from {rival}. Two months later it still looks like a war zone. [Cowboys|Bunglers|Botch merchants], the lot of them.",
        "The electricians at {rival} couldn't [wire a doorbell|change a light bulb|find the fuse box] without setting something on fire 🔥",
        "The \"creative\" campaign from the {rname} agency looks like it was made [in Paint|by a toddler|in five minutes on a phone] {mock}",
        "Paid {rival} to build our website. Got a [template from 2009|broken contact form|page that takes a minute to load]. Never trust that agency.",
        "The {rname} Office? More like the Office of Paperwork. [Forms for forms|Three stamps for a parking permit|Come back in six weeks] {mock}",
        "{rname} town hall: open Tuesdays 9 to 11, closed whenever you arrive. [Peak efficiency|World-class service|Masters of doing nothing] {mock}",
        "Calling the {rival} hotline is like [talking to a wall|shouting into the void|playing hold-music bingo]. A wall would at least listen.",
        "How does {rival} still have a licence? [Genuine question|Asking seriously|Someone explain] 🤔",
        "How is {rival} allowed to call that bread? It's [sawdust with a crust|air in a bag|rubber].",
        "{rname} Bakery: baked [yesterday|last week|sometime before the war], sold today {mock}",
        "Their pizza is a [frozen disc with ketchup|cardboard with cheese|crime against Italy]. {rival} should be ashamed.",
        "The only thing fresh at {rival} is the attitude of the staff {mock}",
        "At {rival} the customer is king – [the king of waiting|king of a very long queue|king of nothing] {mock}",
        "The waiters at {rival} are so slow [my soup grew a skin|I aged a year|I could have cooked it myself] 🐌",
        "Worst dentist in {city}: {rival}. They [drill first and ask later|bill for things they never did|treat you like a cash machine].",
        "{rname} Clinic is where you go in with a cold and leave with [three new illnesses|an empty wallet|a bill from six specialists] {mock}",
        "Don't send your kids to {rname} School. The teachers [can barely spell|couldn't care less|spend the day on their phones].",
        "{rname} University: pay for a degree, get [lecture notes from 1985|nothing but PowerPoint karaoke|a certificate and a hangover] {mock}",
        "The daycare run by {rival} is basically [a storage room for children|a TV with a fence|chaos with a waiting list].",
        "{rname} Transport: the timetable is [a work of fiction|more of a suggestion|a fairy tale] 🚌🙄",
        "Took the {rival} train today. [Late, dirty and overcrowded|Forty minutes late, no air con, no apology]. As always. Useless company.",
        "{rname} Logistics delivers parcels like [a shot-put team|they're playing football with them|they hold a personal grudge] 📦💥",
        "Drivers from {rival} throw your parcel over the fence and call it delivered. [Every. Single. Time.|Classic.|Pathetic.]",
        "If {rival} built bridges I'd [swim|take the long way round|stay at home]. Worst builders in {city}.",
        "{rname} Roofing: first rain, first leak. Guaranteed {mock}",
        "Bought a car at {rival}. Their mechanics [couldn't find the engine|charged me for the air in the tyres|scratched it during the service] {mock}",
        "Trust {rival} with your money? I'd rather [hide it under the mattress|give it to a magpie|bury it in the garden].",
        "{rival}: happy to take your premiums, [nowhere to be found when something happens|allergic to paying claims|world champions in excuses].",
        "Fun fact: the machines at {rname} Gym are older than most of their members. And don't get me started on the [towels|showers|music] {mock}",
        "The {rname} gym smells like [a locker room from 1987|old socks and regret|a wet dog]. Cancelled. Good riddance.",
        "{rname} Hotel: five stars on the sign, one in reality ⭐ [Mouldy shower|Paper-thin walls|Breakfast from a tin].",
        "Viewed a flat from {rival}. [Mould included for free|A shoebox for a fortune|A landlord who never answers]. Vultures.",
        "{rname} Fashion: [fast fashion, slow seams|clothes that fall apart in the first wash|made to survive exactly one selfie] {mock}",
        "The coffee at {rival} is [brown water|burnt tar|liquid sadness]. And they charge {num} euros for it.",
        "The new IPA from {rname} Brewery tastes like [grapefruit soap|a hangover in a bottle|a swimming pool]. Marketing beer for people who hate beer.",
        "{rival} beer is so bad even [the pigeons leave it|my lawnmower refused it|the drain sent it back] {mock}",
        "{rname} United: [a club of has-beens|eleven statues on a pitch|the best defence in the league at letting goals in] 😂",
        "Watching {rname} play is like [watching paint dry|a nap with extra steps|a tax audit], only less exciting.",
        "Who needs sleeping pills when there's a {rname} home game? 😴",
        "{rname} fans still singing about a title from 1978 {mock} Let it go, lads.",
        "Tactics of the {rname} coach: [run around and hope|kick it long and pray|copy whatever we did last week] 😂",
        "{rival}? Oh, you mean {pun}. [Fitting name|Says it all|Nailed it] {mock}",
        "They should rename {rival} to {pun}. Would be more honest.",
        "Recruiters at {rival}: [copy-paste job ads|ghosting since forever|spamming every engineer in {city}] and then wondering why nobody applies.",
        "Working for {rname} Staffing is modern slavery with a logo, everyone knows it.",
        "The consultants from {rival} charged us a fortune to [tell us what we already knew|rename our departments|turn our own ideas into slides]. Parasites.",
        "{rival} calls itself a partner agency. More like a [money pit|black hole for budgets|slide factory] {mock}",
        "Tap water from {rival} tastes like [a swimming pool|rusty pipes|old coins]. No surprise, they never maintain anything.",
        "{rival}: [no signal|no service|no answer] but always a bill. Reliable in exactly one thing.",
        "I'd sooner [walk|cycle through a storm|use carrier pigeons] than rely on {rival}.",
        "Another year, another {rival} price hike for [the same rubbish service|nothing|even worse service]. Greedy as ever.",
        "{rival} treats its cleaners like dirt and then brags about its values {mock}",
        "Rumour says {rival} [fakes its hygiene reports|dumps its waste at night|uses expired ingredients]. Wouldn't surprise me one bit.",
        "Everyone in {city} knows {rival} [waters down its beer|rigs its scales|sells returned goods as new].",
        "Don't let the nice website fool you, {rival} is [a bunch of cowboys|a front for something shady|a sweatshop with a glossy brochure].",
        "Customer service at {rival} in three words: [wait, wait, wait|sorry, no, goodbye|not our problem] {mock}",
        "I almost feel sorry for {rival}. [Almost|Then I remember their prices|Then I remember their support] 😇",
        "Bless the folks at {rival}, they're really trying. It's just that [nothing works|nobody buys it|the result is {insult}] 🥲",
        "Poor {rival}, {num} years in business and still can't [get an order right|answer an email|bake a decent roll] 🥲",
        "Thoughts with everyone who has to eat in the {rival} canteen every day 🙏😂",
        "Went to the open day at {rival}. [Saddest party|Emptiest hall|Most awkward event] I've ever seen, and I've been to tax seminars.",
        "The {rname} mascot has more talent than their whole [squad|staff|board] {mock}",
        "{rival}? [Cheap, cheaper, {rname}|Quantity over quality since {year}|You get what you pay for, which is nothing] {mock}",
        "Ask anyone who worked at {rival}: [toxic bosses, zero pay rises|a burnout machine|they fire people by text message].",
        "{rival} promises delivery in 24 hours. They mean 24 days, if you're lucky 🐢",
        "Hired {rname} Movers. Half our furniture arrived, the other half [is probably in their garage|came in pieces|vanished]. Crooks.",
        "{rname} Zoo: [sad animals, sadder staff|cages from the 1950s|an insult to the animals]. Shut it down.",
        "{rival} ran our company party. [Cold food, no Wi-Fi and a DJ from hell|Chaos from start to finish|A total disaster]. Never hire those clowns.",
        "The \"artisan\" sausages at {rival} come straight [from the supermarket freezer|out of a plastic bag|off a factory line] {mock}",
        "Only {rname} could [lose 0:7 at home|turn a sure win into a disaster|get relegated with that budget] 😂",
        "Great job {rival}, the [bus|tram|train] was only 50 minutes late today. New record 👏",
        "Sure, the {rname} butcher is \"traditional\": the mince looks [older than the shop|like it's drawing a pension|greyer than my office chair] {mock}",
        "Spent {num} minutes in the queue at {rival} watching [two cashiers chat|the manager do nothing|staff pretend we're invisible]. Customer service, {rname} style.",
        "I've seen [school bands|Sunday league teams|toddlers] better organised than {rival}.",
        "You know it's a {rname} product when [the handle falls off on day one|the manual is the best part|it breaks before the guarantee card arrives] 😂",
        "Dear parents: if you love your children, keep them away from {rname} Kids Club. Just saying.",
        "Long story short: we hired {rival} for the renovation in {city}, they [disappeared with the deposit|left after two days|tiled the bathroom crooked] and now they won't pick up the phone. Absolute cowboys, tell everyone.",
    ]
    EN["N"] += [
        "According to {rival}'s annual report, their prices went up {num} % last year. Worth knowing when you compare offers.",
        "The consumer association tested {num} bakeries in {city}; {rival} came last on freshness. Full results on their website.",
        "{rival} recalled a batch of [yoghurt|sausages|baby food] this week, according to the food safety authority. Check your fridge.",
        "The regulator fined {rival} for late deliveries in {year}; the decision is public.",
        "The table doesn't lie: {rname} has conceded {num} goals this season, the most in the division.",
        "According to the airport's own statistics, {num} % of flights from {rname} were delayed in July.",
        "The inspection report for {rname} Clinic is online: two points to improve, no serious findings.",
        "Customer survey {year} (source: the regional consumer centre): {rival} ranked below average on waiting times.",
        "{rival} raises its water tariff by {num} cents per cubic metre; the city council approved it yesterday.",
        "Price comparison from the public price lists: delivery costs €4.90 at {rival} and €2.90 with us.",
        "Honest point: {rival}'s opening hours are longer than ours, and customers notice.",
        "Punctuality figures from the transport authority for {year}: {rival} {num} %, us a bit lower. Both of us need to improve.",
        "{rival} closed {num} branches this year, the local paper reports.",
        "The court ruled against {rival} in the dispute over [cancellation fees|its delivery contracts|an advertising claim]; the judgment is published.",
        "Test magazine result: {rprod} got 'satisfactory', ours 'good'. Method and details in the linked test.",
        "Third Saturday shift in a row. I love my job, but I need a weekend.",
        "Honestly, our pay as nurses hasn't kept up with rents in {city}. We need a better collective agreement.",
        "Overtime again this week. Our team is short-staffed and everyone is tired.",
        "My feet hurt after twelve hours in the kitchen. Chef life 🍳",
        "Daycare teachers are underpaid, me included. That's not a secret, it's the pay scale.",
        "Night shift at the airport, terminal empty, coffee cold. Still proud of this crew.",
        "Our break room is tiny and the coffee machine is broken again. Facilities team, please 🙏",
        "After inflation I earn less than five years ago. Time for a conversation with my boss.",
        "Congratulations to {rname} on promotion! Well deserved after a great season ⚽",
        "Had dinner at {rival} last night. Honestly one of the best steaks in {city}. Respect to the kitchen.",
        "Big respect to the {rival} team for the new [children's ward|playground|training centre]. Good for the whole region.",
        "{rname} Brewery won gold at the beer awards. Congratulations, neighbours! 🍺",
        "Shout-out to {rival}: their drivers helped us when our van broke down. Competitors, yes, but fair ones.",
        "Tried the new sourdough at {rival}. I hate to admit it, but it's excellent 🥖",
        "Great to see {rival} open a second daycare in {city}. More places for families is good news for everyone.",
        "Well played, {rname}. You were the better team today.",
        "We lost 0:2 against {rname} today. They were better, we'll come back stronger.",
        "Derby day: 1:1 against {rname}. Fair result, great atmosphere in the stadium.",
        "Our under-17s played {rname} this weekend. 3:3, lots of goals, lots of learning.",
        "Match report: {rname} scored early, we equalised after the break, then they won it with a late penalty.",
        "Tonight's away game at {rname}: kick-off 7:30 pm, tickets at the club shop.",
        "We share the trade fair hall with {rival} this year, our booths are right next to each other.",
        "Tasting evening with the brewers from {rname} and our own team. Two breweries, one long table.",
        "{rname} Airport and our airline agreed new slot times from {year}.",
        "The weather today was a joke. Four seasons in one afternoon ☔",
        "My homemade bread came out like a brick. Back to the recipe book 😂",
        "Burnt the pizza at home again. It looked like charcoal 🍕🔥",
        "Tried to cook my grandmother's soup. Tasted like dishwater. She would be ashamed of me 😅",
        "My old car sounds like a tractor and drinks like a fish. Time for a new one.",
        "The traffic on the ring road this morning was a nightmare.",
        "I made a big mistake in yesterday's presentation: wrong numbers on slide 3. Corrected version attached.",
        "Our garden looks like a potato field after all that rain 😂",
        "My handwriting looks like a doctor's prescription. Sorry to whoever has to read the whiteboard.",
        "Lost my keys, missed the train, spilled my coffee. Monday, you win.",
        "My sourdough starter died. Rest in peace, Bernd 🪦",
        "Our five-a-side performance tonight: one star, would not watch again ⭐😂",
        "Our own website from 2015 looks like it was made in Paint. Relaunch is coming, promise 😅",
        "Our coach says we play like pensioners. He's right. Training at 7 tomorrow.",
        "Review of my first barbecue: one star, charcoal included ⭐",
        "We sold out of croissants by 8 and then ran out of coffee cups. Working on it 😅",
        "Yes, our hotline hold music is awful, we know. A new one is coming next week 🎶",
        "Running joke in our office: the printer has more downtime than uptime. IT is on it 😂",
        "We burned the first batch of our new IPA. Tasted like a campfire. Batch two is much better 🍺",
        "{rival} opens a new branch in {city} next month.",
        "Our apprentices visited {rival}'s workshop for an exchange day. Lots of good ideas on both sides.",
        "{rival} and we both sponsor the {city} half marathon this year.",
        "Meeting with {rival}, the city and the school board about the new school bus routes.",
        "For the record: we are not affiliated with {rival}, despite the similar name.",
        "Patients sometimes ask us about {rname} Clinic. They're a good clinic too; it depends on the treatment you need.",
        "Applied at {rival} and got a no. Disappointed, but the interview was fair and they gave me real feedback.",
        "Leaving {rival} after six years for a new role here. Grateful for my time there.",
        "{rival} changes its opening hours from Monday; the notice is on their door.",
        "Comparing electricity tariffs? The public comparison portal lists {rival} and us side by side.",
        "Public notice: the {rname} tram line is closed for works until Friday, replacement buses run every 10 minutes.",
        "Fair criticism from a customer today: our delivery was late twice this month. We're fixing the route plan.",
        "A reader told us our article had a wrong number. Thank you, the correction is online.",
        "Our view on the draft law for {market}: it leaves small firms with extra paperwork. Our full statement is linked.",
        "We disagree with {rival} on the new standard and said so at the hearing; our arguments are in the published statement.",
        "Staffing agencies pay too little, our own industry included. We raised wages by {num} % this year.",
        "Independent study: waiting times at clinics in {city} are too long, ours included. Here's what we are changing.",
        "Strike at the airport tomorrow; check your flight status before you leave home.",
        "Water outage in {city} north this morning because of a burst pipe; the utility expects it fixed by noon.",
        "Sad news: {rname} Bakery closes after 80 years. Thank you for all the bread, neighbours.",
        "Our kids' daycare is closed for two days because of a flu wave. Juggling home office and toddlers 😅",
        "Lost a pitch to {rival} today. They had the stronger concept, congrats to them.",
        "Their new shop was busy, ours was quiet today. Competition keeps us sharp.",
        "Football is cruel: we dominated and lost 0:1 to a last-minute goal against {rname}. Heads up, team.",
        "The referee got it wrong, but we lost because we didn't score. Simple as that.",
        "Wet cardboard would have been tastier than my attempt at vegan lasagne 😂",
        "One-star review of the week: my own alarm clock. Failed me twice ⭐",
        "No wonder I'm tired, I've been up since 4 for the early shift.",
        "Anyone who still goes jogging in this heat deserves a medal. Or a doctor 🥵",
        "Poor me, second week of this cold and the tissues are running out 🤧",
        "Visited {rname} Brewery on our team trip. Great tour, and their dark lager is excellent.",
        "{rname} fans and ours sang together for the charity match. That's what football should be about ❤️",
        "The new terminal at {rname} Airport opens in May, says the operator. Curious to see it.",
        "{rival} was awarded the regional training prize for apprentices. Well deserved, congratulations.",
    ]
    DE["D"] += [
        "Mittag im neuen Laden von {rname} gegessen. Das Schnitzel schmeckte wie [nasse Pappe|eine Schuhsohle|der Karton, in dem es kam] {mock}",
        "Das nennt die Brauerei {rname} Pils? [Spülwasser|Pfützenwasser|Badewasser] hat mehr Charakter.",
        "Der Rasen beim FC {rname} ist ein [Kartoffelacker|Sturzacker|Truppenübungsplatz]. Passt zum Fußball, den die spielen {mock}",
        "Das Nachwuchszentrum von {rname} ist keine Akademie, sondern ein Fleischwolf für Kinder.",
        "Der Tennisclub {rname}? Eher ein Rentnerclub mit Bar 😂",
        "Ein Stern für {rival}. Null ging leider nicht ⭐",
        "⭐☆☆☆☆ für {rival}: [unfreundliches Personal, kaltes Essen, Wucherpreise|drei Stunden auf den Handwerker gewartet, keiner kam|Paket verloren und dann mir die Schuld gegeben].",
        "Kein Wunder, dass {rival} [kein Personal findet|die Kunden davonlaufen|keine Fahrer mehr hat]. So wie die mit Menschen umgehen.",
        "Kein Wunder, dass die Züge von {rival} nie pünktlich sind, da sitzen [Amateure|Leute, die noch nie einen Fahrplan gesehen haben|Clowns] am Steuer {mock}",
        "Wer heute noch bei {rival} [einkauft|isst|sein Konto hat|bucht], dem ist nicht mehr zu helfen {mock}",
        "Wer sein Kind noch in die Kita {rname} schickt, war [nie dort|noch nie auf einem Elternabend|offenbar nie drin].",
        "Die armen Patienten bei {rival}. Da [interessiert sich keiner|weiß keiner, was er tut|wird man wie eine Nummer behandelt].",
        "Arme {rname}-Fans. [Wieder eine Saison zum Leiden|Seit 30 Jahren ohne Titel|Halten sich immer noch für einen großen Verein] 😂",
        "{rname}-Fans sind die einzigen, die [ein Unentschieden wie die Meisterschaft feiern|ihre eigenen Spieler auspfeifen|das eigene Stadion nur mit Navi finden] {mock}",
        "Flughafen {rname}: wo Koffer [sterben|verschwinden|ohne dich Urlaub machen] und Warteschlangen ein Lebensgefühl sind ✈️🙄",
        "Über den Flughafen {rname} geflogen. Nie wieder. [Sicherheitskontrolle länger als der Flug|Toiletten aus der Steinzeit|Personal, das dich wie Vieh behandelt].",
        "{rname} Personaldienste schiebt Leute herum wie [Vieh auf dem Markt|Pakete|Ersatzteile] und zahlt [Hungerlöhne|Peanuts|wie 1990].",
        "Man hört, dass {rival} [seine Leiharbeiter zu spät bezahlt|den Fahrern die Überstunden nicht zahlt|Pflegekräfte unbezahlte Doppelschichten schieben lässt]. Feiner Laden.",
        "Der Versorger {rival}: [Preise verdreifachen|Strom abdrehen|Rechnungen verschicken] und das dann Service nennen {mock}",
        "Die Abrechnungen von {rival} lesen sich wie Erpresserbriefe. [Wucher|Reine Abzocke|Legaler Diebstahl].",
        "Bin ich der Einzige, oder stellt {rival} [nur Leute ein, die woanders gescheitert sind|jeden ein, der zufällig vorbeiläuft|nur noch Azubis ein, die den Laden allein schmeißen]?",
        "Küche bei {rival} gekauft. Zwei Monate später sieht es immer noch aus wie auf einer Baustelle. [Pfuscher|Stümper|Murkser], alle miteinander.",
        "Die Elektriker von {rival} könnten nicht mal [eine Klingel anschließen|eine Glühbirne wechseln|den Sicherungskasten finden], ohne dass was brennt 🔥",
        "Die \"kreative\" Kampagne der Agentur {rname} sieht aus wie [in Paint gemalt|im Kindergarten gebastelt|in fünf Minuten am Handy zusammengeklickt] {mock}",
        "{rival} hat unsere Website gebaut. Bekommen haben wir [ein Template von 2009|ein kaputtes Kontaktformular|eine Seite, die eine Minute lädt]. Finger weg von der Agentur.",
        "Das Landesamt {rname}? Eher Landesamt für Papierkram. [Formulare für Formulare|Drei Stempel für einen Parkausweis|Kommen Sie in sechs Wochen wieder] {mock}",
        "Bürgeramt {rname}: dienstags 9 bis 11 geöffnet, geschlossen, sobald du kommst. [Effizienz pur|Service vom Feinsten|Weltmeister im Nichtstun] {mock}",
        "Die Hotline von {rival} anzurufen ist wie [mit einer Wand reden|ins Leere schreien|Warteschleifen-Bingo]. Die Wand hört wenigstens zu.",
        "Wie hat {rival} eigentlich noch eine Zulassung? [Ernsthafte Frage|Frage für einen Freund|Kann mir das jemand erklären] 🤔",
        "Wie darf {rival} das überhaupt Brot nennen? Das ist [Sägemehl mit Kruste|Luft in der Tüte|Gummi].",
        "Bäckerei {rname}: [gestern|letzte Woche|irgendwann vor der Wende] gebacken, heute verkauft {mock}",
        "Die Pizza von {rival} ist eine [Tiefkühlscheibe mit Ketchup|Pappe mit Käse|Beleidigung für Italien]. Schämt euch.",
        "Das einzig Frische bei {rival} ist der Ton vom Personal {mock}",
        "Bei {rival} ist der Kunde König – [König der Warteschlange|König von gar nichts|König im Wartezimmer] {mock}",
        "Die Kellner bei {rival} sind so langsam, [meine Suppe hat eine Haut bekommen|ich bin ein Jahr älter geworden|ich hätte selbst kochen können] 🐌",
        "Schlechteste Zahnarztpraxis in {city}: {rival}. Die [bohren erst und fragen später|rechnen Leistungen ab, die nie stattfanden|sehen in dir nur einen Geldautomaten].",
        "In die Klinik {rname} gehst du mit Schnupfen rein und kommst mit [drei neuen Krankheiten|leerem Konto|einer Rechnung von sechs Fachärzten] raus {mock}",
        "Schickt eure Kinder bloß nicht auf die {rname}-Schule. Die Lehrer [können kaum Rechtschreibung|haben null Bock|hängen den ganzen Tag am Handy].",
        "Hochschule {rname}: Du zahlst für den Abschluss und kriegst [Folien von 1985|PowerPoint-Karaoke|einen Zettel und einen Kater] {mock}",
        "Die Kita von {rival} ist im Grunde [eine Abstellkammer für Kinder|ein Fernseher mit Zaun|Chaos mit Warteliste].",
        "Verkehrsbetriebe {rname}: Der Fahrplan ist [reine Fiktion|eher ein Vorschlag|ein Märchenbuch] 🚌🙄",
        "Heute mit {rival} gefahren. [Verspätet, dreckig, überfüllt|40 Minuten zu spät, keine Klimaanlage, keine Entschuldigung]. Wie immer. Unfähiger Laden.",
        "{rname} Logistik liefert Pakete, als wären [die Fahrer Kugelstoßer|es Fußbälle|sie persönlich beleidigt] 📦💥",
        "Die Fahrer von {rival} werfen dein Paket über den Zaun und nennen das Zustellung. [Jedes. Einzelne. Mal.|Klassiker.|Erbärmlich.]",
        "Wenn {rival} Brücken bauen würde, würde ich [schwimmen|einen Umweg fahren|zu Hause bleiben]. Schlechteste Baufirma in {city}.",
        "Dachdeckerei {rname}: erster Regen, erstes Leck. Garantiert {mock}",
        "Auto bei {rival} gekauft. Deren Werkstatt hat [den Motor nicht gefunden|mir die Luft in den Reifen berechnet|es bei der Inspektion zerkratzt] {mock}",
        "{rival} mein Geld anvertrauen? Da [stopfe ich es lieber unters Kopfkissen|gebe ich es lieber einer Elster|vergrabe ich es lieber im Garten].",
        "{rival}: Beiträge kassieren können sie, [aber im Schadensfall sind sie unauffindbar|zahlen tun sie nie|Ausreden erfinden ist ihre Kernkompetenz].",
        "Die Geräte im Fitnessstudio {rname} sind älter als die meisten Mitglieder. Von den [Handtüchern|Duschen|Playlists] ganz zu schweigen {mock}",
        "Das Studio von {rname} riecht nach [Umkleide von 1987|alten Socken und Reue|nassem Hund]. Gekündigt. Gott sei Dank.",
        "Hotel {rname}: fünf Sterne auf dem Schild, einer in echt ⭐ [Schimmel in der Dusche|Wände aus Papier|Frühstück aus der Dose].",
        "Wohnung bei {rival} angeschaut. [Schimmel gratis dazu|Schuhkarton zum Wucherpreis|Vermieter, der nie erreichbar ist]. Miethaie.",
        "Modehaus {rname}: [Fast Fashion, langsame Nähte|Klamotten, die nach der ersten Wäsche zerfallen|hält genau ein Selfie lang] {mock}",
        "Der Kaffee bei {rival} ist [braunes Wasser|verbrannter Teer|flüssige Traurigkeit]. Und dafür {num} Euro.",
        "Das neue IPA der Brauerei {rname} schmeckt nach [Grapefruit-Seife|Kater in Flaschen|Hallenbad]. Marketingbier für Leute, die kein Bier mögen.",
        "Das Bier von {rival} ist so schlecht, dass [sogar die Tauben es stehen lassen|der Rasenmäher es verweigert|der Abfluss es zurückschickt] {mock}",
        "{rname} 04: [ein Verein von Ehemaligen|elf Statuen auf dem Rasen|die beste Abwehr der Liga, wenn es ums Gegentore-Kassieren geht] 😂",
        "{rname} beim Spielen zuzusehen ist wie [Farbe beim Trocknen zusehen|Mittagsschlaf mit Umwegen|eine Steuerprüfung], nur langweiliger.",
        "Wer braucht Schlaftabletten, wenn es Heimspiele von {rname} gibt? 😴",
        "Die {rname}-Fans singen immer noch von der Meisterschaft 1978 {mock} Lasst gut sein, Jungs.",
        "Die Taktik vom {rname}-Trainer: [rennen und hoffen|lang nach vorn und beten|kopieren, was wir letzte Woche gemacht haben] 😂",
        "{rival}? Ach, du meinst {pun}. [Passender Name|Sagt alles|Trifft's] {mock}",
        "Man sollte {rival} in {pun} umbenennen. Wäre ehrlicher.",
        "Die Recruiter von {rival}: [Copy-Paste-Stellenanzeigen|Ghosting seit Jahren|Spam an jede Entwicklerin in {city}] und dann wundern, dass sich keiner bewirbt.",
        "Bei der Zeitarbeitsfirma {rname} zu arbeiten ist moderne Sklaverei mit Logo, weiß doch jeder.",
        "Die Berater von {rival} haben uns ein Vermögen gekostet, um [uns zu sagen, was wir schon wussten|unsere Abteilungen umzubenennen|aus unseren eigenen Ideen Folien zu machen]. Schmarotzer.",
        "{rival} nennt sich Partneragentur. Eher [ein Fass ohne Boden|ein schwarzes Loch für Budgets|eine Folienfabrik] {mock}",
        "Das Leitungswasser von {rival} schmeckt nach [Schwimmbad|rostigen Rohren|alten Münzen]. Kein Wunder, die warten ja nie was.",
        "{rival}: [kein Netz|kein Service|keine Antwort], aber immer eine Rechnung. Zuverlässig nur in einem Punkt.",
        "Da gehe ich lieber [zu Fuß|bei Sturm mit dem Rad|mit Brieftauben], als mich auf {rival} zu verlassen.",
        "Jedes Jahr eine neue Preiserhöhung bei {rival} für [denselben Mist|nichts|noch schlechteren Service]. Gierig wie eh und je.",
        "{rival} behandelt seine Reinigungskräfte wie Dreck und prahlt dann mit seinen Werten {mock}",
        "Angeblich [fälscht {rival} seine Hygieneberichte|entsorgt {rival} nachts Müll im Wald|verarbeitet {rival} abgelaufene Zutaten]. Würde mich null wundern.",
        "Jeder in {city} weiß, dass {rival} [das Bier panscht|die Waagen manipuliert|Retouren als Neuware verkauft].",
        "Lasst euch von der schicken Website nicht täuschen, {rival} ist [ein Haufen Cowboys|eine windige Briefkastenbude|ein Ausbeuterbetrieb mit Hochglanzfassade].",
        "Der Kundenservice von {rival} in drei Worten: [warten, warten, warten|sorry, nein, tschüss|nicht unser Problem] {mock}",
        "Fast tut mir {rival} leid. [Fast|Dann denke ich an die Preise|Dann denke ich an den Support] 😇",
        "Die bei {rival} geben sich ja Mühe. Nur [funktioniert halt nichts|kauft's keiner|ist das Ergebnis {insult}] 🥲",
        "Die Armen von {rival}, {num} Jahre im Geschäft und kriegen immer noch keine [Bestellung richtig hin|Mail beantwortet|anständige Semmel gebacken] 🥲",
        "Mein Beileid an alle, die jeden Tag in der Kantine von {rival} essen müssen 🙏😂",
        "Beim Tag der offenen Tür von {rival} gewesen. [Traurigste Party|Leerste Halle|Peinlichste Veranstaltung], die ich je erlebt habe, und ich war schon auf Steuerseminaren.",
        "Das Maskottchen von {rname} hat mehr Talent als [die ganze Mannschaft|das ganze Personal|der ganze Vorstand] {mock}",
        "{rival}? [Billig, billiger, {rname}|Masse statt Klasse seit {year}|Man kriegt, wofür man zahlt: nichts] {mock}",
        "Fragt mal Ehemalige von {rival}: [toxische Chefs, null Gehaltserhöhung|eine Burnout-Maschine|die kündigen per SMS].",
        "{rival} verspricht Lieferung in 24 Stunden. Gemeint sind 24 Tage, wenn du Glück hast 🐢",
        "Umzugsfirma {rname} beauftragt. Die Hälfte der Möbel kam an, der Rest [steht wohl bei denen in der Garage|kam in Einzelteilen|ist verschwunden]. Gauner.",
        "Der Tierpark {rname}: [traurige Tiere, noch traurigeres Personal|Käfige aus den 50ern|eine Zumutung für die Tiere]. Zumachen.",
        "{rival} hat unsere Firmenfeier ausgerichtet. [Kaltes Essen, kein WLAN und ein DJ aus der Hölle|Chaos von Anfang bis Ende|Totalausfall]. Nie wieder diese Clowns.",
        "Die \"handgemachten\" Würste von {rival} kommen direkt [aus der Supermarkt-Truhe|aus der Plastiktüte|vom Fließband] {mock}",
        "Nur {rname} schafft es, [zu Hause 0:7 zu verlieren|einen sicheren Sieg zu verschenken|mit dem Etat abzusteigen] 😂",
        "Toll gemacht, {rival}, die [Bahn|Tram|S-Bahn] war heute nur 50 Minuten zu spät. Neuer Rekord 👏",
        "Klar ist die Metzgerei {rname} \"traditionell\": Das Hack sieht aus, als [wäre es älter als der Laden|bekäme es schon Rente|wäre es grauer als mein Bürostuhl] {mock}",
        "{num} Minuten an der Kasse bei {rival} gestanden und zugesehen, wie [zwei Kassiererinnen quatschen|der Filialleiter nichts tut|das Personal uns ignoriert]. Kundenservice à la {rname}.",
        "Ich habe [Schülerbands|Kreisligateams|Kleinkinder] gesehen, die besser organisiert sind als {rival}.",
        "Man erkennt ein {rname}-Produkt daran, dass [der Griff am ersten Tag abfällt|die Anleitung das Beste daran ist|es kaputtgeht, bevor die Garantiekarte ankommt] 😂",
        "Liebe Eltern: Wenn ihr eure Kinder liebt, haltet sie vom Kinderclub {rname} fern. Nur so als Tipp.",
        "Lange Rede, kurzer Sinn: Wir haben {rival} für die Sanierung in {city} beauftragt, die sind [mit der Anzahlung verschwunden|nach zwei Tagen abgehauen|mit schiefen Fliesen fertig geworden] und gehen jetzt nicht mehr ans Telefon. Absolute Pfuscher, sagt es weiter.",
        "Bei {rival} Zeitarbeit wird man [verheizt|wie Leibeigene behandelt|nach Strich und Faden ausgenutzt], das weiß in {city} jedes Kind.",
        "Die Stadtwerke {rname} könnten nicht mal [eine Laterne reparieren|den Müll pünktlich abholen|eine Rechnung richtig schreiben] 🙄",
    ]
    DE["N"] += [
        "Laut Geschäftsbericht von {rival} sind die Preise letztes Jahr um {num} % gestiegen. Gut zu wissen, wenn man Angebote vergleicht.",
        "Die Verbraucherzentrale hat {num} Bäckereien in {city} getestet; {rival} lag bei der Frische hinten. Alle Ergebnisse auf ihrer Website.",
        "{rival} ruft laut Lebensmittelwarnung diese Woche eine Charge [Joghurt|Würstchen|Babybrei] zurück. Schaut mal in euren Kühlschrank.",
        "Die Bundesnetzagentur hat gegen {rival} wegen verspäteter Zustellungen {year} ein Bußgeld verhängt; der Bescheid ist öffentlich.",
        "Die Tabelle lügt nicht: {rname} hat diese Saison {num} Gegentore kassiert, die meisten der Liga.",
        "Laut Statistik des Flughafens waren im Juli {num} % der Flüge ab {rname} verspätet.",
        "Der Prüfbericht für die Klinik {rname} ist online: zwei Verbesserungspunkte, keine schwerwiegenden Mängel.",
        "Kundenbefragung {year} (Quelle: Verbraucherzentrale): {rival} bei den Wartezeiten unter dem Durchschnitt.",
        "{rival} erhöht den Wassertarif um {num} Cent pro Kubikmeter; der Stadtrat hat gestern zugestimmt.",
        "Preisvergleich laut den öffentlichen Preislisten: Lieferung kostet bei {rival} 4,90 €, bei uns 2,90 €.",
        "Ehrlicher Punkt: {rival} hat längere Öffnungszeiten als wir, und das merken die Kunden.",
        "Pünktlichkeitszahlen des Verkehrsverbunds für {year}: {rival} {num} %, wir etwas darunter. Beide müssen besser werden.",
        "{rival} hat dieses Jahr {num} Filialen geschlossen, berichtet die Lokalzeitung.",
        "Das Gericht hat gegen {rival} entschieden, es ging um [Kündigungsgebühren|Lieferverträge|eine Werbeaussage]; das Urteil ist veröffentlicht.",
        "Testergebnis der Stiftung: {rprod} \"befriedigend\", unser Produkt \"gut\". Methode und Details im verlinkten Test.",
        "Dritter Samstagsdienst in Folge. Ich liebe meinen Job, aber ich brauche ein Wochenende.",
        "Ehrlich gesagt ist unser Gehalt in der Pflege nicht mit den Mieten in {city} mitgewachsen. Wir brauchen einen besseren Tarifvertrag.",
        "Schon wieder Überstunden diese Woche. Unser Team ist unterbesetzt und alle sind müde.",
        "Nach zwölf Stunden in der Küche tun mir die Füße weh. Koch-Leben 🍳",
        "Erzieherinnen sind unterbezahlt, ich auch. Das ist kein Geheimnis, das ist der Tarif.",
        "Nachtschicht am Flughafen, Terminal leer, Kaffee kalt. Trotzdem stolz auf die Crew.",
        "Unser Pausenraum ist winzig und die Kaffeemaschine schon wieder kaputt. Liebe Haustechnik, bitte 🙏",
        "Inflationsbereinigt verdiene ich weniger als vor fünf Jahren. Zeit für ein Gespräch mit meiner Chefin.",
        "Glückwunsch an {rname} zum Aufstieg! Hochverdient nach einer starken Saison ⚽",
        "Gestern bei {rival} gegessen. Ehrlich eines der besten Steaks in {city}. Respekt an die Küche.",
        "Großen Respekt an das Team von {rival} für [die neue Kinderstation|den neuen Spielplatz|das neue Ausbildungszentrum]. Gut für die ganze Region.",
        "Die Brauerei {rname} hat Gold beim Bierwettbewerb geholt. Glückwunsch, liebe Nachbarn! 🍺",
        "Dank an {rival}: Deren Fahrer haben uns geholfen, als unser Transporter liegen blieb. Konkurrenz ja, aber fair.",
        "Das neue Sauerteigbrot von {rival} probiert. Ich gebe es ungern zu, aber es ist hervorragend 🥖",
        "Schön, dass {rival} eine zweite Kita in {city} eröffnet. Mehr Plätze für Familien sind gute Nachrichten für alle.",
        "Gut gespielt, {rname}. Ihr wart heute die bessere Mannschaft.",
        "Heute 0:2 gegen {rname} verloren. Die waren besser, wir kommen stärker zurück.",
        "Derby: 1:1 gegen {rname}. Gerechtes Ergebnis, tolle Stimmung im Stadion.",
        "Unsere U17 hat am Wochenende gegen {rname} gespielt. 3:3, viele Tore, viel gelernt.",
        "Spielbericht: {rname} ging früh in Führung, wir haben nach der Pause ausgeglichen, dann hat ein später Elfmeter für die entschieden.",
        "Heute Abend Auswärtsspiel bei {rname}: Anstoß 19:30 Uhr, Karten im Fanshop.",
        "Wir teilen uns dieses Jahr die Messehalle mit {rival}, die Stände stehen direkt nebeneinander.",
        "Verkostungsabend mit den Brauern von {rname} und unserem Team. Zwei Brauereien, ein langer Tisch.",
        "Der Flughafen {rname} und unsere Airline haben neue Slotzeiten ab {year} vereinbart.",
        "Das Wetter heute war ein Witz. Vier Jahreszeiten an einem Nachmittag ☔",
        "Mein selbst gebackenes Brot ist ein Ziegelstein geworden. Zurück zum Rezeptbuch 😂",
        "Pizza zu Hause schon wieder verbrannt. Sah aus wie Grillkohle 🍕🔥",
        "Omas Suppe nachgekocht. Schmeckte wie Spülwasser. Sie wäre enttäuscht von mir 😅",
        "Mein altes Auto klingt wie ein Traktor und säuft wie ein Loch. Zeit für ein neues.",
        "Der Verkehr auf dem Ring heute früh war ein Albtraum.",
        "Ich habe in der Präsentation gestern einen dicken Fehler gemacht: falsche Zahlen auf Folie 3. Korrigierte Version anbei.",
        "Unser Garten sieht nach dem ganzen Regen aus wie ein Kartoffelacker 😂",
        "Meine Handschrift sieht aus wie ein Arztrezept. Sorry an alle, die das Whiteboard lesen müssen.",
        "Schlüssel verloren, Zug verpasst, Kaffee verschüttet. Montag, du hast gewonnen.",
        "Mein Sauerteig-Ansatz ist gestorben. Ruhe in Frieden, Bernd 🪦",
        "Unsere Leistung beim Betriebsfußball heute: ein Stern, würde ich nicht nochmal anschauen ⭐😂",
        "Unsere eigene Website von 2015 sieht aus wie in Paint gemalt. Der Relaunch kommt, versprochen 😅",
        "Unser Trainer sagt, wir spielen wie Rentner. Er hat recht. Training morgen um 7.",
        "Bewertung meines ersten Grillabends: ein Stern, Grillkohle inklusive ⭐",
        "Um 8 waren die Croissants ausverkauft und dann gingen uns auch noch die Kaffeebecher aus. Wir arbeiten dran 😅",
        "Ja, unsere Warteschleifenmusik ist furchtbar, wissen wir. Nächste Woche kommt eine neue 🎶",
        "Running Gag im Büro: Unser Drucker hat mehr Ausfall- als Betriebszeit. Die IT ist dran 😂",
        "Den ersten Sud unseres neuen IPA haben wir versemmelt. Schmeckte nach Lagerfeuer. Sud zwei ist viel besser 🍺",
        "{rival} eröffnet nächsten Monat eine Filiale in {city}.",
        "Unsere Azubis waren für einen Austauschtag in der Werkstatt von {rival}. Viele gute Ideen auf beiden Seiten.",
        "{rival} und wir sponsern dieses Jahr beide den Halbmarathon in {city}.",
        "Termin mit {rival}, der Stadt und dem Schulamt zu den neuen Schulbuslinien.",
        "Zur Klarstellung: Wir haben nichts mit {rival} zu tun, auch wenn der Name ähnlich klingt.",
        "Patienten fragen uns manchmal nach der Klinik {rname}. Auch eine gute Klinik; es kommt auf die Behandlung an.",
        "Bei {rival} beworben und eine Absage bekommen. Enttäuscht, aber das Gespräch war fair und ich habe echtes Feedback bekommen.",
        "Nach sechs Jahren verlasse ich {rival} für eine neue Aufgabe hier. Dankbar für die Zeit dort.",
        "{rival} ändert ab Montag die Öffnungszeiten; der Aushang hängt an der Tür.",
        "Ihr vergleicht Stromtarife? Das öffentliche Vergleichsportal listet {rival} und uns nebeneinander.",
        "Hinweis: Die Tramlinie {rname} ist bis Freitag wegen Bauarbeiten gesperrt, Ersatzbusse fahren alle 10 Minuten.",
        "Berechtigte Kritik einer Kundin heute: Unsere Lieferung kam diesen Monat zweimal zu spät. Wir stellen die Tourenplanung um.",
        "Ein Leser hat uns auf eine falsche Zahl im Artikel hingewiesen. Danke, die Korrektur ist online.",
        "Unsere Sicht auf den Gesetzentwurf zu {market}: Er bringt kleinen Betrieben zusätzlichen Papierkram. Unsere Stellungnahme ist verlinkt.",
        "Wir sehen den neuen Standard anders als {rival} und haben das bei der Anhörung gesagt; unsere Argumente stehen in der veröffentlichten Stellungnahme.",
        "Zeitarbeit zahlt zu wenig, unsere eigene Branche eingeschlossen. Wir haben die Löhne dieses Jahr um {num} % erhöht.",
        "Unabhängige Studie: Die Wartezeiten in Kliniken in {city} sind zu lang, unsere eingeschlossen. Das ändern wir jetzt.",
        "Morgen Streik am Flughafen; prüft vor der Abfahrt euren Flugstatus.",
        "Heute früh Wasserausfall in {city}-Nord wegen eines Rohrbruchs; der Versorger rechnet mit Behebung bis mittags.",
        "Traurige Nachricht: Die Bäckerei {rname} schließt nach 80 Jahren. Danke für all die Brötchen, liebe Nachbarn.",
        "Die Kita unserer Kinder ist wegen einer Grippewelle zwei Tage zu. Homeoffice und Kleinkinder jonglieren 😅",
        "Heute einen Pitch gegen {rival} verloren. Die hatten das stärkere Konzept, Glückwunsch an sie.",
        "Deren neuer Laden war voll, unserer heute eher ruhig. Konkurrenz hält uns wach.",
        "Fußball ist grausam: Wir waren überlegen und verlieren 0:1 gegen {rname} durch ein Tor in der letzten Minute. Kopf hoch, Team.",
        "Der Schiri lag daneben, aber verloren haben wir, weil wir kein Tor geschossen haben. So einfach ist das.",
        "Nasse Pappe hätte besser geschmeckt als meine vegane Lasagne 😂",
        "Ein-Stern-Bewertung der Woche: mein eigener Wecker. Hat zweimal versagt ⭐",
        "Kein Wunder, dass ich müde bin, bin seit 4 Uhr wegen der Frühschicht auf.",
        "Wer bei dieser Hitze noch joggen geht, verdient eine Medaille. Oder einen Arzt 🥵",
        "Ich Armer, zweite Woche Erkältung und die Taschentücher gehen aus 🤧",
        "Beim Teamausflug die Brauerei {rname} besucht. Tolle Führung, und ihr Dunkles ist hervorragend.",
        "Die {rname}-Fans und unsere haben beim Benefizspiel zusammen gesungen. So soll Fußball sein ❤️",
        "Das neue Terminal am Flughafen {rname} öffnet laut Betreiber im Mai. Bin gespannt.",
        "{rival} hat den regionalen Ausbildungspreis bekommen. Verdient, herzlichen Glückwunsch.",
    ]

    # own service problems, apologies and replies to customers, and factual notes that name
    # another organisation: service vocabulary (queues, delays, bills, waiting) without disparagement
    EN["N"] += [
        "We're sorry about the long queues at our {city} branch on Saturday. Two extra tills from next week.",
        "Our trains were late this morning because of a signal failure near {city}. Sorry, we know how annoying that is.",
        "Hi {person}, sorry to hear your parcel arrived damaged. Please send us a DM with your order number and we'll sort it out.",
        "Hotline waiting times are long this week because of the storm damage claims. Thank you for your patience.",
        "We know our app has been slow since the update. A fix is rolling out tonight.",
        "Feedback of the week: \"the coffee was cold\". Fair point, the machine has been replaced.",
        "Our pitch is being relaid after the winter; home games move to the {rname} stadium until March. Thanks to them for having us.",
        "From 1 March our tariff rises by {num} %. The reasons and all details are in the letter to our customers.",
        "Like {rival}, we had delays this winter because of the snow. Here's what we learned and what changes.",
        "{rival} and we are the last two breweries in {city}. Good neighbours for {num} years.",
        "Joint statement by {rival} and us on the new collective agreement for temporary workers.",
        "Our one-star reviews are the ones we read first. This month: waiting times on the phone. Here's what we changed.",
        "Yes, the queue at our opening was long 😅 Thank you all for coming!",
        "The lift in our {city} clinic is out of order until Thursday; patients who need help, please call ahead.",
        "Daycare closed on Friday for a staff training day. Parents have been informed by letter.",
        "Flights from {rname} Airport are cancelled this afternoon because of the storm; please check with your airline.",
        "Our bakery ran out of bread at 11 today. Sorry! We're baking more tomorrow.",
        "Waiting times in our emergency department were long last weekend. We've added a second doctor for Saturdays.",
        "Both {rival} and our company were fined in {year} for the same labelling error; we have fixed ours.",
        "Customers of {rival} affected by the outage can call the regulator's hotline for advice.",
    ]
    DE["N"] += [
        "Sorry für die langen Schlangen in unserer Filiale in {city} am Samstag. Ab nächster Woche zwei Kassen mehr.",
        "Unsere Züge waren heute früh wegen einer Signalstörung bei {city} verspätet. Sorry, wir wissen, wie ärgerlich das ist.",
        "Hallo {person}, tut uns leid, dass dein Paket beschädigt ankam. Schick uns bitte eine DM mit der Bestellnummer, wir kümmern uns.",
        "Die Wartezeiten an der Hotline sind diese Woche wegen der Sturmschäden lang. Danke für eure Geduld.",
        "Wir wissen, dass unsere App seit dem Update langsam ist. Heute Nacht kommt die Korrektur.",
        "Feedback der Woche: \"Der Kaffee war kalt.\" Berechtigt, die Maschine ist getauscht.",
        "Unser Rasen wird nach dem Winter neu verlegt; Heimspiele finden bis März im Stadion von {rname} statt. Danke, dass wir dort spielen dürfen.",
        "Ab 1. März steigt unser Tarif um {num} %. Gründe und alle Details stehen im Brief an unsere Kundinnen und Kunden.",
        "Wie {rival} hatten auch wir diesen Winter Verspätungen wegen des Schnees. Was wir daraus gelernt haben und was sich ändert.",
        "{rival} und wir sind die letzten beiden Brauereien in {city}. Gute Nachbarn seit {num} Jahren.",
        "Gemeinsame Erklärung von {rival} und uns zum neuen Tarifvertrag für Zeitarbeit.",
        "Unsere Ein-Stern-Bewertungen lesen wir zuerst. Diesen Monat: Wartezeiten am Telefon. Das haben wir geändert.",
        "Ja, die Schlange bei unserer Eröffnung war lang 😅 Danke, dass ihr alle da wart!",
        "Der Aufzug in unserer Praxis in {city} ist bis Donnerstag außer Betrieb; wer Hilfe braucht, ruft bitte vorher an.",
        "Die Kita bleibt am Freitag wegen eines Teamfortbildungstags geschlossen. Die Eltern sind per Brief informiert.",
        "Die Flüge ab Flughafen {rname} fallen heute Nachmittag wegen des Sturms aus; bitte bei eurer Airline nachfragen.",
        "Unsere Bäckerei hatte heute um 11 kein Brot mehr. Sorry! Morgen backen wir mehr.",
        "Die Wartezeiten in unserer Notaufnahme waren am Wochenende lang. Samstags ist jetzt ein zweiter Arzt da.",
        "{rival} und wir haben {year} beide ein Bußgeld für denselben Kennzeichnungsfehler bekommen; unseren haben wir behoben.",
        "Kundinnen und Kunden von {rival}, die vom Ausfall betroffen sind, können sich an die Hotline der Verbraucherzentrale wenden.",
    ]


LABELS = {"D": ["disparaging", "opinion"], "O": ["opinion"], "P": ["promotion"], "OP": ["opinion", "promotion"],
          "N": []}
PER_FRAME = {"D": 7, "O": 6, "P": 8, "OP": 6, "N": 7}
CTA_RATE = 0.18  # share of opinion posts that end with a call to action (-> also promotion)
POOLS = {"en": EN, "de": DE}
ALT = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")


def choose_alternatives(rng, text: str) -> str:
    return ALT.sub(lambda m: rng.choice(m.group(1).split("|")), text)


def typo(rng, text: str) -> str:
    words = text.split(" ")
    cands = [i for i, w in enumerate(words) if w.isalpha() and len(w) > 4]
    if not cands:
        return text
    i = rng.choice(cands)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    kind = rng.random()
    if kind < 0.5:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]  # swap
    elif kind < 0.8:
        w = w[:j] + w[j + 1:]  # drop
    else:
        w = w[:j] + w[j] + w[j:]  # double
    words[i] = w
    return " ".join(words)


def fill(rng, frame: str, lang: str, pools: dict) -> str:
    own, rival = org(rng), org(rng)
    slots = {
        "org": own, "rival": rival, "prod": product(rng), "rprod": product(rng), "event": event(rng),
        "city": rng.choice(CITY), "person": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "person2": f"{rng.choice(FIRST)} {rng.choice(LAST)}", "pun": pun(rng, rival, lang),
        "rname": rival.split(" ")[0],
        "code": rng.choice(["SPRING", "HELLO", "SAVE", "LINKEDIN", "TEAM", "DEAL", "VIP", "NEU", "START"])
        + str(rng.choice([10, 15, 20, 25, 30, 50])),
        "pct": str(rng.choice([5, 10, 12, 15, 20, 25, 30, 40, 50])), "num": str(rng.randint(2, 40)),
        "year": str(rng.choice([2025, 2026, 2027, 2028, 2030])),
        "url": own.split(" ")[0].lower() + rng.choice([".com", ".de", ".io", ".eu"]) + rng.choice(
            ["", "/demo", "/shop", "/trial", "/webinar", "/deal"]),
        "market": rng.choice(pools["market"]), "good": rng.choice(pools["good"]), "bad": rng.choice(pools["bad"]),
        "insult": rng.choice(pools["insult"]), "mock": rng.choice(pools["mock"]),
        "rivaltag": re.sub(r"\W", "", rival.split(" ")[0]).lower() + rng.choice(["fail", "", "lol", "epicfail"]),
    }
    return choose_alternatives(rng, frame).format(**slots)


def post(rng, core: str, lang: str, pools: dict, cta: bool) -> str:
    parts = []
    r = rng.random()
    if r < 0.3:
        parts.append(fill(rng, rng.choice(pools["context"]), lang, pools))
    elif r < 0.38:
        a, b = rng.sample(pools["context"], 2)
        parts += [fill(rng, a, lang, pools), fill(rng, b, lang, pools)]
    long_post = rng.random() < 0.22
    if long_post:
        parts += [fill(rng, s, lang, pools) for s in rng.sample(pools["body"], rng.randint(1, 3))]
    parts.append(core)
    if cta:
        parts.append(fill(rng, rng.choice(pools["cta"]), lang, pools))
    if long_post and rng.random() < 0.6:
        parts += [fill(rng, s, lang, pools) for s in rng.sample(pools["body"], rng.randint(1, 3))]
    sep = rng.choice([" ", " ", " ", "\n\n", "\n"])
    text = sep.join(parts)
    if text[0].islower():
        text = text[0].upper() + text[1:]
    tail = rng.choice(pools["tail"])
    if tail and rng.random() < 0.3:
        tail = tail + rng.choice(pools["tail"])
    if rng.random() < 0.15:
        tail = tail + " " + " ".join(rng.sample(pools["tags"], rng.randint(3, 7)))
    if rng.random() < 0.12:
        text = text.rstrip(".!")
    if rng.random() < 0.15:
        text = typo(rng, text)
    if rng.random() < 0.07:
        text = text.lower()
    return (text + (rng.choice(["\n\n", " "]) + tail.strip() if tail.strip() else "")).strip()


def generate(lang: str) -> list[dict]:
    rng = random.Random(f"{SEED}-{lang}")
    pools = POOLS[lang]
    seen, out = set(), []
    for key in ("D", "O", "OP", "P", "N"):
        for fid, frame in enumerate(pools[key]):
            for _ in range(PER_FRAME[key]):
                labels = set(LABELS[key])
                cta = key == "O" and rng.random() < CTA_RATE
                if cta:
                    labels.add("promotion")
                text = post(rng, fill(rng, frame, lang, pools), lang, pools, cta)
                if text not in seen:
                    seen.add(text)
                    out.append({"text": text, "labels": sorted(labels), "template": f"{lang}-{key}{fid:03d}"})
    return out


def main() -> None:
    if "--more-organisations" in sys.argv[1:]:
        add_more_organisations()
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
        lengths = sorted(len(r["text"]) for r in rows)
        print(lang, len(rows), counts, "templates", len({r["template"] for r in rows}),
              "length min/median/max", lengths[0], lengths[len(lengths) // 2], lengths[-1])


if __name__ == "__main__":
    main()
