"""Who speaks a quotation (accord.events.quotes): the speaker named once for a quote that
runs over several sentences, or carried on into the next quote. Texts are hand-written."""

from tests.conftest import code


def _attribution(rows: list[dict], root: str) -> set:
    return {r["attribution"] for r in rows if r["cameo"].startswith(root)}


def test_the_speaker_named_where_a_quote_closes_speaks_all_of_it(coder):
    rows = code(coder, '"Tehran has shipped ballistic missiles to Russia. Turning to Iran for '
                       'arms shows how weak Moscow is," Austin said.')
    assert _attribution(rows, "07") == {"Austin"}, rows


def test_a_quote_carried_on_keeps_its_speaker(coder):
    rows = code(coder, '"The talks were useful," the official said. "We have watched Russia '
                       'deploy tanks to Belarus."')
    assert _attribution(rows, "15") == {"the official"}, rows
    text = ("“The United States condemns the strikes,” said Ambassador Linda Park.\n\n"
            "“Russia launched 90 drones at Ukraine overnight.”")
    assert _attribution(code(coder, text), "19") == {"Ambassador Linda Park"}


def test_a_document_reads_what_it_says(coder):
    rows = code(coder, '"Japan and the Philippines agreed to expand military cooperation," the '
                       'joint statement reads.')
    assert _attribution(rows, "06") == {"the joint statement"}, rows


def test_words_outside_quotations_take_no_quoted_speaker(coder):
    rows = code(coder, '"We will not be intimidated," Blinken said. Russia later deployed tanks '
                       'to Belarus.')
    assert _attribution(rows, "15") == {None}, rows
    # a quote that is not carried on (a sentence of narration between) has no speaker
    rows = code(coder, '"We will not be intimidated," Blinken said. The talks ended at noon. '
                       '"Russia has deployed tanks to Belarus."')
    assert _attribution(rows, "15") == {None}, rows


def test_quotation_spans_pair_curly_and_straight_marks():
    from accord.events.quotes import quotations
    from accord.nlp import load_pipeline

    doc = load_pipeline()('He said “yes” and then "no" and then “maybe')
    spans = [doc[a:b + 1].text for a, b in quotations(doc)]
    assert spans == ["“yes”", '"no"', "“maybe"]
