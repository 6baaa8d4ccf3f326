"""The quotation finder: which spans of a post are someone else's words (``quoted: skip``)."""
import time

from sm_lint.ruletypes import _find_quotations

ARTICLE_DE = ("Helpdesk-Anbieter unter Druck\n\nDer Markt für Ticketsysteme wächst kaum noch. Brightwave und Redwood "
              "kämpfen um dieselben Kunden, die Preise geraten unter Druck.\n\n„Wir bleiben gelassen“, sagt eine "
              "Sprecherin. Branchenkenner erwarten bis 2030 eine Welle von Übernahmen, vor allem bei kleinen Anbietern "
              "ohne eigene Cloud, und bessere Chancen für alle, die früh automatisiert haben.")
ARTICLE_EN = ("Helpdesk vendors after the boom\n\nSupport teams spent two years buying automation. Now the bills arrive, "
              "and buyers say the best routing still costs the most. 'We pay for three tools that do the same thing,' "
              "one director said.\n\nAnalysts expect consolidation by 2030.")


def quoted(text: str) -> list[str]:
    return [text[a:b] for a, b in _find_quotations(text)]


def test_a_pasted_article_in_typographic_marks_is_one_quotation_over_its_lines_with_its_own_quotes_inside():
    text = f"Endlich schreibt mal jemand darüber! Hier der ganze Artikel:\n\n„{ARTICLE_DE}“\n\n(Quelle: Tageblatt)"
    assert quoted(text) == [f"„{ARTICLE_DE}“"]
    for left, right in (("“", "”"), ("«", "»"), ("»", "«")):
        text = f"Worth a read, here it is:\n{left}{ARTICLE_EN}{right}\nMy two cents: WaveDesk does this better."
        assert quoted(text) == [f"{left}{ARTICLE_EN}{right}"]


def test_a_straight_quote_spans_lines_only_as_a_block_from_a_line_start_to_a_line_end():
    text = f'Full article below since it is paywalled 👇\n\n"{ARTICLE_EN}"\n\n(c) Tech Ledger'
    assert quoted(text) == [f'"{ARTICLE_EN}"']
    song = "Salt on my hands and the tide in my head,\nwe'll make it through to closing time.\n\nOh harbour lights, don't fade."
    text = f"Tonight's closing song, the whole crew sang along:\n\n'{song}'\n\nWhat a night."
    assert quoted(text) == [f"'{song}'"]
    # opened at a line start but closed in the middle of a line: a quotation of one line, not a block
    text = '"Great" is an understatement for this release\nbut then Tom said "ship it" and we did'
    assert quoted(text) == ['"Great"', '"ship it"']
    # an unmatched straight quote pairs with nothing on another line
    text = 'Our 12" pizza oven arrived today\nand the crew is thrilled, 5 stars "best oven ever'
    assert quoted(text) == []
    text = "'Twas the night before the release\nand all through the office we checked the players'"
    assert quoted(text) == []


def test_an_unclosed_typographic_mark_does_not_swallow_the_rest_of_a_short_post():
    text = "Ich sag nur „unglaublich\nWaveDesk hat heute wieder alles gerettet, Redwood ist einfach schlechter."
    assert quoted(text) == []
    text = "Sie nannten es „Reform. Ich nenne es Murks, und zwar von Anfang bis Ende, das sag ich euch."
    assert quoted(text) == []


def test_an_article_pasted_after_a_colon_that_is_never_closed_runs_to_the_end_of_the_post():
    article = ARTICLE_DE + " Ob das so bleibt, ist offen …"
    text = f"Für alle ohne Abo, hier der ganze Artikel:\n\n„{article}"
    assert quoted(text) == [f"„{article}"]
    # a short unclosed quotation after a colon is a typo, not an article: the words stay the author's
    text = "Mein Fazit nach einem Jahr:\n„WaveDesk ist die beste Wahl im Support und Redwood kann einpacken."
    assert quoted(text) == []
    # not introduced by a colon or a pointing hand: no quotation is made up
    text = f"Heute in der Zeitung\n\n„{article}"
    assert quoted(text) == ["„Wir bleiben gelassen“"]


def test_a_post_that_is_nothing_but_a_quotation_is_the_authors_own():
    assert quoted(f"„{ARTICLE_DE}“") == []
    assert quoted(f"RT „{ARTICLE_DE}“") == []
    assert quoted(f'"{ARTICLE_EN}"') == []


def test_a_quotation_runs_at_most_3000_characters():
    text = "Sie schrieb gestern „" + "Wort " * 700 + "“ und ich finde das bemerkenswert, ehrlich gesagt."
    assert quoted(text) == []
    # never closed after a colon: the quotation ends 3,000 characters on
    text = "Sie schrieb:\n„" + "Wort " * 700 + "\n\nund ich finde das bemerkenswert, ehrlich gesagt."
    assert [(a, b - a) for a, b in _find_quotations(text)] == [(13, 3000)]


def test_the_quotation_finder_stays_linear_on_pathological_posts():
    posts = ["„" + "a" * 50_000, "„" * 50_000, "„" + "„x“" * 16_000, ("„" + "„x“" * 999 + "\n") * 16,
             "“" + "«x»" * 16_000, "'a b\n" * 10_000, ("'" + "it's " * 600 + "\n") * 16, '"a\n' * 16_000,
             ":\n" * 25_000 + "„", ":" + " \n" * 25_000 + "„" + "a" * 400, ("„a “b” «c» 'd' \"e\n") * 2_500]
    for text in posts:
        start = time.perf_counter()
        _find_quotations(text)
        assert time.perf_counter() - start < 1.0, text[:20]
