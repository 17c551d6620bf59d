import pytest

from accord.analysis.clusters import cluster, dates_compatible


def ev(i, src, tgt, cameo, sent, date=None, pub="2024-04-14", doc=None, bg=False,
       outlet="A"):
    return {"event_id": f"e{i}", "doc_id": doc or f"d{i}", "sentence_index": 0,
            "source_country": src, "target_country": tgt, "cameo": cameo,
            "status": "occurred", "sentence": sent, "object_text": None, "event_date": date,
            "published": pub, "background": bg, "confidence": 0.8, "outlet": outlet}


def test_reports_of_one_attack_form_one_cluster_with_counts():
    events = [
        ev(1, "IRN", "ISR", "190", "Iran launched drones and missiles against Israel.",
           "2024-04-13"),
        ev(2, "IRN", "ISR", "195", "Iran's drone and missile attack on Israel was repelled.",
           "2024-04-13", outlet="B"),
        ev(3, "ISR", "IRN", "190", "Israel says Iran launched missiles at Israel overnight.",
           pub="2024-04-14", outlet="B"),
        ev(4, "IRN", "ISR", "190", "Iran launched missiles against Israel in 2024.",
           "2024-10-01"),  # a later attack: a different happening
    ]
    got = sorted(c.summary()["num_mentions"] for c in cluster(events))
    assert got == [1, 3]
    big = max(cluster(events), key=lambda c: len(c.events)).summary()
    assert big["num_sources"] == 2 and big["num_articles"] == 3


def test_an_act_that_happened_and_one_that_may_happen_stay_apart():
    done = ev(1, "RUS", "UKR", "190", "Russia attacked Ukraine across the border.")
    maybe = {**ev(2, "RUS", "UKR", "190", "Russia could attack Ukraine across the border."),
             "status": "hedged"}
    planned = {**ev(3, "RUS", "UKR", "190", "Russia will attack Ukraine across the border."),
               "status": "intended"}
    assert sorted(len(c.events) for c in cluster([done, maybe, planned])) == [1, 2]


def test_same_actors_other_root_or_no_shared_words_stay_apart():
    events = [ev(1, "USA", "CHN", "040", "Blinken met Wang Yi in Beijing on trade."),
              ev(2, "USA", "CHN", "111", "Blinken met Wang Yi in Beijing on trade."),
              ev(3, "USA", "CHN", "040", "Quantum computing startups raised funds.")]
    assert len(cluster(events)) == 3


@pytest.mark.parametrize("a,b,same", [
    ({"event_date": "2022-02"}, {"event_date": "2022-02-24"}, True),
    ({"event_date": "2022-02-20"}, {"event_date": "2022-02-24"}, False),
    # a year or month given in the text is compared with the other report's day at that
    # precision ("in 2022" is no report published in 2024)
    ({"event_date": "2022"}, {"event_date": None, "published": "2024-05-31"}, False),
    ({"event_date": "2024-05"}, {"event_date": None, "published": "2024-05-31"}, True),
    ({"event_date": None, "published": "2023-04-04"},
     {"event_date": None, "published": "2023-04-05"}, True),
    ({"event_date": None, "published": "2023-04-04", "background": True},
     {"event_date": "2022-02-24"}, True),
    # an undated background mention is an earlier happening, not one after its article
    ({"event_date": None, "published": "2023-04-04", "background": True},
     {"event_date": "2023-10-02"}, False),
    ({"event_date": None, "published": "2023-04-04", "background": True},
     {"event_date": None, "published": "2023-10-02"}, False),
    ({"event_date": None, "published": "2023-04-04", "background": True},
     {"event_date": "2023"}, True),
])
def test_date_compatibility(a, b, same):
    assert dates_compatible(a, b) is same


@pytest.mark.slow
def test_cluster_eval_runs_on_the_pair_set():
    from tests.conftest import SEED_COPY

    from accord.evaluate import run_cluster_eval
    from accord.knowledge.tsv import packaged
    score = run_cluster_eval(packaged("eval", "cluster_pairs.tsv"), seed=SEED_COPY)
    assert score.pairs >= 200
    # the one-act labels are scored too, and no clustering beats its bound
    assert score.acts is not None and score.acts.same_pairs < score.same_pairs
    assert score.bcubed_f1 <= score.bound_f1 and score.acts.bcubed_f1 <= score.acts.bound_f1
    # what the clustering links is nearly always right (21 of 23 labelled pairs it puts
    # together are the same happening; eval-floors.toml pins the B-cubed figures)
    assert score.said_same > 0 and score.said_same_right >= 0.85 * score.said_same


def test_gold_events_are_clustered_to_separate_the_clustering_from_the_coder(tmp_path):
    """The gold's events, in accord's row shape, go through the same scoring: two sentences
    whose gold events share a dyad, root, day and words are one happening."""
    import json

    from accord.evaluate import gold_events_as_rows, score_clusters

    gold = tmp_path / "gold.jsonl"
    a = "Iran attacked Israel with drones and missiles on Saturday night."
    b = "The Iranian drone and missile attack on Israel on Saturday was condemned."
    c = "Iran and Israel held talks in Oman."
    recs = [{"doc": "d1", "sentence": a, "source": ["IRN"], "target": ["ISR"], "cameo": "195",
             "status": "occurred", "event_date": "2024-04-13"},
            {"doc": "d2", "sentence": b, "source": ["IRN"], "target": ["ISR"], "cameo": "195",
             "status": "occurred", "event_date": "2024-04-13"},
            {"doc": "d2", "sentence": c, "source": ["IRN", "ISR"], "target": [],
             "cameo": "040", "status": "occurred", "event_date": None}]
    gold.write_text("".join(json.dumps(r) + "\n" for r in recs))
    rows = gold_events_as_rows(gold, {"d1": "2024-04-14", "d2": "2024-04-15"})
    assert len(rows) == 4 and rows[0]["quad_class"] == 4 and rows[2]["target_country"] is None
    pairs = [{"a_doc": "d1", "a_sentence": a, "b_doc": "d2", "b_sentence": b, "same": "1"},
             {"a_doc": "d1", "a_sentence": a, "b_doc": "d2", "b_sentence": c, "same": "0"}]
    score = score_clusters(pairs, rows)
    assert score.pair_accuracy == 1.0 and score.bcubed_f1 == 1.0 and score.with_events == 3
    assert (score.same_pairs, score.said_same, score.said_same_right) == (1, 1, 1)


def test_two_undated_background_mentions_are_compatible_either_way_round():
    a = {"event_date": None, "published": "2024-01-01", "background": True}
    b = {"event_date": None, "published": "2024-01-05", "background": True}
    assert dates_compatible(a, b) and dates_compatible(b, a)


def _said(i, cameo, quad, sent, **kw):
    base = ev(i, "USA", "CHN", cameo, sent, doc="readout", pub="2024-05-31")
    return {**base, "quad_class": quad, **kw}


def test_a_readout_is_one_happening_with_what_was_said_at_the_meeting():
    meeting = _said(1, "040", 1, "The two ministers met today in Singapore.",
                    event_date="2024-05-31")
    urged = _said(2, "022", 1, "The secretary stressed open lines of communication.")
    promised = _said(3, "036", 1, "They agreed to continue talks.", status="intended",
                     confidence=0.95)
    criticised = _said(4, "111", 3, "He criticised recent provocative drills.")
    planned = _said(10, "071", 2, "New loans will be delivered soon.", status="intended")
    apart = [
        _said(5, "111", 3, "He criticised the drills.", status="negated"),  # denied
        _said(6, "112", 3, "Last year Beijing was accused of spying.", background=True),
        _said(7, "070", 2, "Washington sent aid worth $2 billion."),  # a material act
        _said(8, "022", 1, "Officials want calm.", doc_id="other-article"),
        _said(9, "020", 1, "Officials want calm.", event_date="2024-05-01"),
        _said(11, "111", 3, "In 2022 he had criticised the drills.", event_date="2022"),
        _said(12, "013", 1, "Rumours were dismissed.", target_country=None),
    ]
    clusters = cluster([meeting, urged, promised, criticised, planned, *apart])
    big = max(clusters, key=lambda c: len(c.events))
    assert sorted(e["event_id"] for e in big.events) == ["e1", "e10", "e2", "e3", "e4"]
    assert len(clusters) == 8
    # the meeting (what happened), not the more confident promise, represents it
    assert big.summary()["cameo"] == "040"
    # counts of reports of one act (GDELT's NumMentions) keep the statements apart
    assert len(cluster([meeting, urged, promised, criticised], meetings=False)) == 4


def test_a_statement_of_its_own_time_is_not_the_undated_meetings():
    meeting = _said(1, "040", 1, "The ministers met.")
    vowed = _said(2, "138", 3, "In February it vowed to respond.", event_date="2024-02")
    same_day = _said(3, "022", 1, "They stressed calm.", event_date="2024-05-31")
    assert len(cluster([meeting, vowed])) == 2  # February is not the report's May
    assert len(cluster([{**meeting, "event_date": "2024-05-31"}, same_day])) == 1


def test_a_statement_dated_on_or_near_the_meetings_day_is_part_of_it():
    meeting = _said(1, "040", 1, "The ministers met.")  # undated: the report's day
    today = _said(2, "022", 1, "They stressed calm.", event_date="2024-05-31")
    eve = _said(3, "022", 1, "They stressed calm.", event_date="2024-05-30")
    assert len(cluster([meeting, today])) == 1
    assert len(cluster([{**meeting, "event_date": "2024-05-31"}, eve])) == 1


def test_no_meeting_no_readout_rule():
    urged = _said(1, "022", 1, "The secretary stressed open lines of communication.")
    criticised = _said(2, "111", 3, "He criticised recent provocative drills.")
    assert len(cluster([urged, criticised])) == 2


def _act(i, cameo, sent, src="USA", tgt="IRN", quad=4, **kw):
    base = ev(i, src, tgt, cameo, sent, doc="strike", pub="2025-06-22")
    return {**base, "quad_class": quad, **kw}


def test_one_articles_reports_of_one_material_act_are_one_happening():
    """A strike told over several sentences of one report shares no words between them."""
    struck = _act(1, "195", "Bombers struck three nuclear sites overnight.",
                  event_date="2025-06-21")
    decoys = _act(2, "195", "Decoy aircraft flew west as fighters pushed out in front.")
    sent = _act(3, "072", "North Korea has sent 10,000 troops.", src="PRK", tgt="RUS",
                quad=2)
    outfitted = _act(4, "072", "They are being outfitted with uniforms and equipment.",
                     src="PRK", tgt="RUS", quad=2)
    assert sorted(len(c.events) for c in cluster([struck, decoys, sent, outfitted])) == [2, 2]
    # reports of one act: GDELT's mention counts include them
    assert len(cluster([struck, decoys], meetings=False)) == 1


def test_a_strike_and_the_counter_strike_are_two_acts():
    # regression (review): the rule compared the pair in either direction
    struck = _act(1, "195", "Israeli jets bombed military sites in Iran on Friday.",
                  src="ISR", tgt="IRN")
    answer = _act(2, "195", "Iran launched ballistic missiles at Israel in retaliation.",
                  src="IRN", tgt="ISR")
    assert len(cluster([struck, answer])) == 2


def test_two_groups_of_one_country_are_two_sides():
    # regression (review): sides were compared by country, so students and the opposition
    # protesting against one government were one happening
    rally = {**_act(1, "141", "Opposition supporters rallied in Mombasa.", src="KEN",
                    tgt="KEN"), "source_code": "KENOPP", "target_code": "KENGOV"}
    march = {**_act(2, "141", "Students marched in Kisumu.", src="KEN", tgt="KEN"),
             "source_code": "KENEDU", "target_code": "KENGOV"}
    assert len(cluster([rally, march])) == 2
    assert len(cluster([rally, {**march, "source_code": "KENOPP"}])) == 1


def test_one_article_keeps_other_acts_statements_and_past_acts_apart_from_its_act():
    struck = _act(1, "195", "Bombers struck three nuclear sites overnight.",
                  event_date="2025-06-21")
    apart = [
        _act(2, "190", "Ground forces did not move."),  # another kind of force
        _act(3, "195", "Last month drones hit a depot.", event_date="2025-05"),  # dated apart
        _act(4, "195", "More strikes could follow.", status="hedged"),
        _act(5, "195", "In 2020 a general was killed.", background=True),
        _act(6, "111", "The minister condemned the operation.", quad=3),  # a statement
        _act(7, "195", "A port was hit.", doc_id="another-report",
             event_date="2025-06-21"),  # another article, no shared evidence
        _act(8, "195", "Drones struck a base.", src="ISR", tgt="SYR"),  # another pair
    ]
    assert len(cluster([struck, *apart])) == 8
    # two statements of one kind in one article are not linked without shared words
    said = [_act(9, "111", "He condemned the strikes.", quad=3),
            _act(10, "111", "Officials decried an escalation of tension.", quad=3)]
    assert len(cluster(said)) == 2


def test_one_act_labels_keep_what_was_said_at_a_meeting_apart_from_it():
    """A readout's meeting and a statement made at it are one happening ("same") but two
    acts ("same_act"): each label is scored with the clustering that matches it."""
    from accord.evaluate import score_clusters

    met = "The two ministers met today in Singapore."
    urged = "The secretary stressed open lines of communication."
    rows = [_said(1, "040", 1, met, event_date="2024-05-31"), _said(2, "022", 1, urged)]
    pairs = [{"a_doc": "readout", "a_sentence": met, "b_doc": "readout", "b_sentence": urged,
              "same": "1", "same_act": "0"}]
    happening = score_clusters(pairs, rows)
    assert (happening.said_same, happening.bcubed_f1) == (1, 1.0)
    act = score_clusters(pairs, rows, label="same_act", meetings=False)
    assert (act.said_same, act.same_pairs, act.bcubed_f1) == (0, 0, 1.0)


def test_the_clustering_bound_leaves_a_sentence_with_no_event_alone():
    from accord.evaluate import score_clusters

    a, b = "Iran attacked Israel on Saturday.", "The night sky lit up over Jerusalem."
    rows = [ev(1, "IRN", "ISR", "195", a, doc="d1")]
    pairs = [{"a_doc": "d1", "a_sentence": a, "b_doc": "d1", "b_sentence": b, "same": "1"}]
    score = score_clusters(pairs, rows)
    # two items in one gold cluster; the event-less one can never join: P 1, R 0.5
    assert score.bound_f1 == pytest.approx(2 * 0.5 / 1.5)


def test_a_tally_of_many_acts_is_no_one_act():
    """Regression (session 11): "in total, X has given $N billion since 2022" counts many
    deliveries; it joined the day's new package by its words and its one article."""
    package = ev(1, "DEU", "MDA", "072", "Germany announced a new air defence package for "
                 "Moldova on Tuesday.", "2024-04-14", doc="d1")
    delivered = ev(2, "DEU", "MDA", "072", "The air defence package for Moldova includes "
                   "radars and missiles.", doc="d1")
    tally = ev(3, "DEU", "MDA", "072", "In total, Germany has given Moldova more than 1 "
               "billion euros in air defence aid since 2022.", doc="d1")
    sizes = sorted(len(c.events) for c in cluster([package, delivered, tally]))
    assert sizes == [1, 2]
    so_far = {**tally, "event_id": "e4", "doc_id": "d4",
              "sentence": "So far Germany has sent Moldova air defence aid worth 1 billion."}
    assert len(cluster([package, so_far])) == 2
    # session 13: a practice kept up is many acts too, not the day's package
    kept_up = {**tally, "event_id": "e5", "sentence": "Germany has also continued to draw "
               "on its own stocks to arm Moldova."}
    assert sorted(len(c.events) for c in cluster([package, delivered, kept_up])) == [1, 2]


def test_the_act_a_span_starts_from_is_no_tally():
    """Regression (session 12): "since the outset of the invasion" dates a span from
    the invasion; the invasion itself is the event, not a tally of many acts, and joins
    other articles' background mentions of it."""
    from accord.analysis.clusters import _tally
    since = {**ev(1, "RUS", "UKR", "192", "Since the outset of Moscow's invasion of "
                  "Ukraine, Europe has stood united.", pub="2023-05-02", bg=True),
             "sentence_start": 0, "trigger_start": 29}
    earlier = {**ev(2, "RUS", "UKR", "192", "Officials recalled the weeks before Moscow's "
                    "invasion of Ukraine.", pub="2023-03-20", bg=True),
               "sentence_start": 0, "trigger_start": 45}
    assert not _tally(since)
    assert len(cluster([since, earlier])) == 1
    tally = {**since, "event_id": "e3", "sentence": "Since the beginning of the war, Germany "
             "has sent Ukraine 30 packages.", "trigger_start": 44}
    assert _tally(tally)


def test_a_readout_that_tells_one_statement_twice_tells_one_act():
    """Session 13: a readout's two sentences of one kind of statement between the pair (the
    same code) are one act, as GDELT folds them; without a meeting, or of another code,
    another time, another pair or a meeting's own code, they stay apart."""
    meeting = _said(1, "040", 1, "The secretaries met in Jakarta.", event_date="2024-05-31")
    praised = _said(2, "051", 1, "He welcomed the strengthening ties.")
    again = _said(3, "051", 1, "They hailed the growing strength of the partnership.")
    assert len(cluster([meeting, praised, again], meetings=False)) == 2
    assert len(cluster([praised, again], meetings=False)) == 2  # no meeting: a speech
    apart = [
        _said(4, "020", 1, "He also called for calm."),  # another code
        _said(5, "051", 1, "In March he had welcomed the deal.", event_date="2024-03"),
        _said(6, "051", 1, "He praised the drills.", target_country="JPN"),
        _said(7, "051", 1, "He had once praised the navy.", background=True),
        _said(8, "040", 1, "They met again the next week.", event_date="2024-06-07"),
    ]
    clusters = cluster([meeting, praised, again, *apart], meetings=False)
    assert sorted(len(c.events) for c in clusters) == [1] * 6 + [2]
    # two meetings of the pair are not one by this rule (the shared-words rule decides)
    other = _said(9, "040", 1, "Officials gathered.", event_date="2024-05-31")
    assert len(cluster([meeting, other], meetings=False)) == 2


def test_an_aid_package_and_its_delivery_to_come_are_one_act():
    """Session 13: the package an article announces and its planned delivery ("will be
    delivered to the front lines") are one act; more aid to come, aid that may come, a
    delivery to another party, and a plan with no aid given stay apart."""
    announced = _act(1, "072", "The Pentagon announced a $2.3 billion package.", tgt="UKR",
                     quad=2, event_date="2025-06-22")
    delivered = _act(2, "072", "The interceptors will be delivered under a faster timeline.",
                     tgt="UKR", quad=2, status="intended", object_text="the interceptors")
    assert len(cluster([announced, delivered], meetings=False)) == 1
    apart = [
        _act(3, "072", "It will send more missiles soon.", tgt="UKR", quad=2,
             status="intended", object_text="more missiles"),
        _act(4, "072", "Further arms could follow.", tgt="UKR", quad=2, status="hedged"),
        _act(5, "072", "Jets will be delivered to Poland.", tgt="POL", quad=2,
             status="intended"),
        _act(6, "195", "Strikes will follow.", tgt="UKR", status="intended"),
    ]
    assert len(cluster([announced, *apart], meetings=False)) == 5
    planned = [delivered, {**apart[0], "event_id": "e7"}]
    assert len(cluster(planned, meetings=False)) == 2  # nothing given yet: two plans


def test_one_report_tells_a_background_act_apart_from_its_news():
    """Session 13: "the delegations held frank talks" (fresh) and "as the presidents agreed
    at an earlier summit" (background) in one article are two happenings, whatever words
    they share; in two articles an undated background mention may be the other's news."""
    talks = ev(1, "USA", "CHN", "040", "The delegations held frank talks on principles.",
               doc="visit")
    bali = ev(2, "USA", "CHN", "040", "The delegations will continue talks on principles "
              "agreed at a summit in Lima.", doc="visit", bg=True)
    assert len(cluster([talks, bali])) == 2
    assert len(cluster([talks, {**bali, "doc_id": "later-report"}])) == 1


def test_a_visit_and_the_talks_held_at_it_are_one_act():
    """Session 13: "flew to Hanoi for meetings" (042) and "the delegations held frank talks"
    (040) in one report are one act; a visit planned, one told as background,
    or talks another day stay apart."""
    visit = _said(1, "042", 1, "The Secretary flew to Hanoi.", event_date="2024-05-30")
    talks = _said(2, "040", 1, "The delegations held frank talks.")
    assert len(cluster([visit, talks], meetings=False)) == 1
    for other in (_said(3, "040", 1, "They will talk again.", status="intended"),
                  _said(4, "040", 1, "They had talked before.", background=True),
                  _said(5, "040", 1, "They talked in March.", event_date="2024-03-02")):
        assert len(cluster([visit, other], meetings=False)) == 2

