"""Who speaks a quotation: news gives the speaker once per quote, often in another sentence
than the words an event is coded from ("“Putin has gone tin-cupping to get weapons. Turning
to a pariah state ... shows how much trouble he is in,” Austin said.") or once for a quote
that goes on ("..., the official said. “We have watched as the Russians ...”")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from accord.events.syntax import SAY_VERBS

OPENING, CLOSING, STRAIGHT = "“", "”", '"'
QUOTES_KEY = "accord_quotations"  # found once per parsed text, kept on the Doc
# documents that "read" what they say ("..., the summary reads")
DOCUMENT_SUBJECTS = {"summary", "statement", "readout", "communique", "communiqué", "release",
                     "letter", "report", "declaration", "text"}
# quotations a quote may be carried on through to the one that names its speaker
CARRY_QUOTES = 3


def quotations(doc: Doc) -> list[tuple[int, int]]:
    """The (first, last) token indices of each quotation in the text: curly marks pair by
    shape, straight ones by turns; an unclosed quotation ends at the text's end."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    for tok in doc:
        text = tok.text
        if start is None and text in (OPENING, STRAIGHT):
            start = tok.i
        elif start is not None and (text == CLOSING or text == STRAIGHT and
                                    doc[start].text == STRAIGHT):
            out.append((start, tok.i))
            start = None
    if start is not None:
        out.append((start, len(doc) - 1))
    return out


def quote_speaker(tok: Token, speaker_of: Callable[[Token], str | None]) -> str | None:
    """Who says the quotation `tok` stands in: a verb of saying just outside it in the
    sentence where it closes or opens ("...,” Austin said", "Austin said: “..."), else
    the speaker of the quotation it carries on (one that closed in the sentence before or
    the same, up to CARRY_QUOTES back). `speaker_of` names a verb of
    saying's subject (the caller's resolution of pronouns and titles)."""
    doc = tok.doc
    quotes = doc.user_data.get(QUOTES_KEY)
    if quotes is None:
        quotes = doc.user_data[QUOTES_KEY] = quotations(doc)
    found = next((k for k, (a, b) in enumerate(quotes) if a < tok.i < b), None)
    if found is None:
        return None
    for k in range(found, max(found - CARRY_QUOTES - 1, -1), -1):
        who = _said_outside(doc, quotes[k], speaker_of)
        if who is not None:
            return who
        if k == 0 or not _carried(doc, quotes[k - 1], quotes[k]):
            return None
    return None


def _carried(doc: Doc, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """The later quotation goes on from the earlier one: it opens in the sentence where the
    earlier one closed or in the next ("..., the official said. “We have watched ..."), the
    journalist's way of carrying on one speaker's words."""
    closed = doc[earlier[1]].sent
    opened = doc[later[0]].sent
    return opened.start == closed.start or opened.start == closed.end


def _said_outside(doc: Doc, quote: tuple[int, int],
                  speaker_of: Callable[[Token], str | None]) -> str | None:
    """The speaker a verb of saying names right outside a quotation, in the sentence where
    it closes (after it) or opens (before it)."""
    a, b = quote
    after = doc[b].sent
    before = doc[a].sent
    spans = [range(b + 1, after.end), range(before.start, a)]
    for span in spans:
        for i in span:
            t = doc[i]
            if t.pos_ not in ("VERB", "AUX"):
                continue
            subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")
                    and not a <= c.i <= b]
            says = t.lemma_.lower() in SAY_VERBS or t.lemma_.lower() == "read" and any(
                c.lemma_.lower() in DOCUMENT_SUBJECTS for c in subj)
            if says and subj and (who := speaker_of(subj[0])):
                return who
    return None
