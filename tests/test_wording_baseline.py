"""The wording yardstick's parts (tests/wording_baseline.py) do what they say."""

from tests.wording_baseline import auc, features, fit, score


def test_features_are_words_and_word_pairs() -> None:
    assert features("All emails, please") == {
        "all",
        "emails",
        "please",
        "all emails",
        "emails please",
    }


def test_auc_orders_and_ties() -> None:
    assert auc([3.0, 4.0], [1.0, 2.0]) == 1.0
    assert auc([1.0], [2.0]) == 0.0
    assert auc([1.0], [1.0]) == 0.5


def test_fit_separates_a_learnable_toy_set() -> None:
    rows = [{"informant"}, {"informant", "named"}, {"totals"}, {"totals", "year"}] * 5
    labels = [1, 1, 0, 0] * 5
    model = fit(rows, labels)
    assert score(model, {"informant"}) > 0 > score(model, {"totals"})
