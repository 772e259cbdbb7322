"""Every rule's documented examples: one that fires, one that does not (packaged models)."""

import pytest

from attrib.rules import RULES


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_rule_fires_on_its_example(analyzer, rule_id):
    r = RULES[rule_id]
    fired = [f.rule for f in analyzer.analyze(r.fires).findings]
    assert rule_id in fired, (r.fires, fired)


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_rule_stays_quiet_on_its_counter_example(analyzer, rule_id):
    r = RULES[rule_id]
    fired = [f.rule for f in analyzer.analyze(r.passes).findings]
    assert rule_id not in fired, (r.passes, fired)
