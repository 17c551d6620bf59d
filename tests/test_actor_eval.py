"""The actor-resolution floors of issue 3, measured on the packaged test set (521 phrases
from real text and dated roles) and false friends (112). A floor may only be lowered by an
explicit, explained change."""

import pytest

from accord.evaluate import run_actor_eval
from accord.knowledge.tsv import packaged

pytestmark = pytest.mark.slow


def test_actor_resolution_floors():
    score = run_actor_eval(packaged("eval", "actors.tsv"), packaged("eval", "false_friends.tsv"))
    assert score.phrases >= 400 and score.friends >= 50
    assert score.country_ok / score.phrases >= 0.95
    assert score.sector_ok / score.phrases >= 0.85
    assert score.friends_avoided / score.friends >= 0.95
