import datetime as dt

import pytest

from dateline.link.events import EventFacts, disagreements, group_events


def ev(id, first, last=None, modality="asserted", code="057", article=None, who=None):
    d = dt.date.fromisoformat
    return EventFacts(id, article or f"a{id}", "RUSGOV", "TURGOV", code, d(first) if first else None,
                      d(last or first) if first else None, modality, who)


@pytest.mark.parametrize(
    "events, expected",
    [
        # the same specific day in three articles: one event
        ([ev(1, "2017-09-12"), ev(2, "2017-09-12"), ev(3, "2017-09-12")], [[1, 2, 3]]),
        # a vague date joins the specific one it contains
        ([ev(1, "2017-01-01", "2017-12-31"), ev(2, "2017-09-12")], [[2, 1]]),
        # two different days in one year stay two; the vague report joins one, not both
        ([ev(1, "2019-05-03"), ev(2, "2019-11-10"), ev(3, "2019-01-01", "2019-12-31")], [[1, 3], [2]]),
        # a month and a day inside it
        ([ev(1, "2019-07-01", "2019-07-31"), ev(2, "2019-07-25")], [[2, 1]]),
        # disjoint months
        ([ev(1, "2019-07-01", "2019-07-31"), ev(2, "2019-08-01", "2019-08-31")], [[1], [2]]),
        # events without a date are not linked
        ([ev(1, None), ev(2, "2019-07-25")], [[2]]),
    ],
)
def test_events_grouping(events, expected):
    assert [[m.id for m in g.members] for g in group_events(events)] == expected


def test_events_group_counts_articles_and_span():
    groups = group_events([ev(1, "2019-07-25", article="x"), ev(2, "2019-07-01", "2019-07-31", article="x"),
                           ev(3, "2019-07-25", article="y")])
    assert len(groups) == 1
    assert groups[0].articles == 2
    assert (groups[0].first, groups[0].last) == (dt.date(2019, 7, 1), dt.date(2019, 7, 31))


@pytest.mark.parametrize(
    "events, pairs",
    [
        # "fully operational by April 2020" (planned) vs "unable to deploy in April" (negated)
        ([ev(1, "2020-04-01", "2020-04-30", "planned", who="Erdogan"),
          ev(2, "2020-04-01", "2020-04-30", "negated", who="Kalin")], [(1, 2)]),
        ([ev(1, "2020-04-10", modality="asserted"), ev(2, "2020-04-01", "2020-04-30", "negated")], [(1, 2)]),
        # different months: no disagreement
        ([ev(1, "2020-03-10", modality="asserted"), ev(2, "2020-04-01", "2020-04-30", "negated")], []),
        # hypothetical is not a claim that it happened
        ([ev(1, "2020-04-10", modality="hypothetical"), ev(2, "2020-04-10", modality="negated")], []),
        ([ev(1, "2020-04-10"), ev(2, "2020-04-10")], []),
    ],
)
def test_events_disagreements(events, pairs):
    found = list(disagreements(events))
    assert [(d.event_a, d.event_b) for d in found] == pairs
    for d in found:
        assert "did not happen" in d.reason
