"""The figures `accord eval --floors` reads from the shared scorer's report."""


def test_the_scorer_report_gives_the_floors_real_news_figures():
    """Session 13: the status target is a floor of its own (real_news_modality_recall)."""
    from accord.evaluate import scorer_figures

    report = ("modality recall (required intended/negated/hedged/past gold found with that "
              "status): 68/79 = 0.861\nF1=0.830 recall=0.761 precision=0.912\n")
    assert scorer_figures(report) == {"real_news_f1": 0.83, "real_news_recall": 0.761,
                                      "real_news_precision": 0.912,
                                      "real_news_modality_recall": 0.861}
    assert scorer_figures("") == {}
