"""Groups of unstated country ("rebels", "police"): role-only actors, the article's focus."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.events.actor_index import build_index, focus_country, role_nouns
from dateline.events.coder import find_events
from dateline.model import Mention


def test_roles_table_has_cameo_role_codes():
    table = role_nouns()
    assert table["rebel"] == "REB" and table["police"] == "COP"
    assert all(code.isalpha() and code.isupper() and len(code) == 3 for code in table.values())


@pytest.mark.model
@pytest.mark.parametrize("text, source", [
    ("Rebels shelled a town in Mali.", "---REB"),
    ("Riot police arrested two activists from Peru.", "---COP"),
])
def test_roles_bare_group_is_unknown_country(bare_nlp, text, source):
    events, _ = find_events(bare_nlp(text), [], dt.date(2020, 1, 1))
    assert source in {e.source.actor for e in events}


@pytest.mark.model
def test_roles_possessed_group_is_not_an_actor(bare_nlp):
    events, _ = find_events(bare_nlp("Chile withdrew its troops from Bolivia."), [], dt.date(2020, 1, 1))
    assert [(e.source.actor, e.target.actor) for e in events] == [("CHL", "BOL")]


def _mention(doc, word: str, actor: str, type_: str = "country") -> Mention:
    start = doc.text.index(word)
    return Mention("a", word, start, start + len(word), actor, actor, type_)


@pytest.mark.model
def test_roles_focus_needs_two_sentences(bare_nlp):
    doc = bare_nlp("Chile held elections. Rebels attacked a base. Chile's army replied.")
    mentions = [_mention(doc, "Chile held", "CHL"), _mention(doc, "Chile's", "CHL")]
    assert focus_country(doc, mentions) == "CHL"
    assert focus_country(doc, mentions[:1]) is None
    index = build_index(doc, mentions)
    assert index.focus == "CHL"


@pytest.mark.model
def test_roles_off_when_caller_gives_the_actors(bare_nlp):
    doc = bare_nlp("Rebels attacked Chile.")
    index = build_index(doc, [], use_fallback=False)
    from dateline.events.arguments import np_actor

    assert np_actor(doc[0], index) is None


@pytest.mark.model
def test_roles_consequence_clause_is_not_a_second_event(bare_nlp):
    doc = bare_nlp("Chile shelled army positions in Peru, killing ten soldiers.")
    events, _ = find_events(doc, [], dt.date(2020, 1, 1))
    assert [e.code for e in events] == ["194"]


@pytest.mark.model
def test_roles_one_mention_for_coordinated_groups_gives_each_country(bare_nlp):
    doc = bare_nlp("Chilean and Peruvian troops clashed near the border.")
    mentions = [Mention("a", "Chilean and Peruvian troops", 0, 27, "PERMIL", None, "military"),
                _mention(doc, "Chilean", "CHL"), _mention(doc, "Peruvian", "PER")]
    events, _ = find_events(doc, mentions, dt.date(2020, 1, 1))
    assert {(e.source.actor, e.target.actor) for e in events} == {("CHLMIL", "PERMIL"), ("PERMIL", "CHLMIL")}


#: Sentence -> the (source, code, target) it must give, with actors from the events stage's
#: own lookup only: groups keep their role when a modifier or phrase gives their country,
#: pronoun subjects take the governing clause's subject, a misparsed object still counts.
_RESOLVED = [
    ("Rebels in Mali attacked French troops.", ("MLIREB", "190", "FRAMIL")),
    ("Opposition leaders in Zimbabwe accused the government of fraud.", ("ZWEOPP", "1121", "---GOV")),
    ("Police officers arrested two Kenyan activists.", ("---COP", "173", "KENOPP")),
    ("Protesters in Cairo clashed with police.", ("EGYCVL", "190", "---COP")),
    ("The rebels said they would free the Italian hostages whom they had kidnapped.", ("---REB", "181", "ITA")),
    ("Egypt said it would send aid to Gaza and it will open the border with Israel.", ("EGY", "033", "ISR")),
    ("The minister, who visited Ankara last week, criticized Turkey.", ("---GOV", "111", "TUR")),
    # A text acts for whoever issued it.
    ("Iran issued a statement that accused Israel of sabotage.", ("IRN", "112", "ISR")),
    ("The US and Britain released a joint statement criticising Zimbabwe.", ("GBR", "111", "ZWE")),
    # A purpose clause aims at the main verb's object.
    ("France summoned the Chinese ambassador to discuss the tweets.", ("FRA", "040", "CHN")),
    ("Demonstrators in Baghdad blocked a road to show their anger at the United States.", ("IRQCVL", "144", "USA")),
    # A passive speaker ("was quoted as saying he ...") is the pronoun's antecedent.
    ("King Hassan of Morocco was quoted as saying he would be ready to host a meeting with Israel.",
     ("MAR", "036", "ISR")),
    # The one who has a plan or a commitment does what it is to do.
    ("The US cancelled plans to sell weapons to Taiwan.", ("USA", "062", "TWN")),
    ("Turkey reiterated its commitment to support Qatar.", ("TUR", "051", "QAT")),
    # A hyphen inside a word ("anti-tank") does not end a dateline ("RUSSIA" is the subject).
    ("RUSSIA sold anti-tank weapons to India.", ("RUS", "062", "IND")),
    # A speaker's own state ("said its army ...") is the speaker's country, with the noun's role.
    ("The Iraqi government said its army attacked Syria.", ("IRQMIL", "190", "SYR")),
    # A non-governmental body is a party of its own, with no country.
    ("The NGO has denounced the detention of journalists in Venezuela.", ("NGO", "111", "VENMED")),
]


@pytest.mark.model
@pytest.mark.parametrize("text, wanted", _RESOLVED)
def test_roles_arguments_resolved(bare_nlp, text, wanted):
    events, unresolved = find_events(bare_nlp(text), [], dt.date(2020, 1, 1))
    assert wanted in {(e.source.actor, e.code, e.target.actor) for e in events}
    assert unresolved == 0


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    # A group noun qualifying a thing names no party: fighter jets are not fighters.
    ("Russia sold fighter jets to India.", ("RUS", "IND")),
    # A role with a country is a party of that country, not the country's own state organ.
    ("Rebels in Mali rejected an offer from the government of Mali.", ("MLIREB", "MLIGOV")),
])
def test_roles_pairs_exactly(bare_nlp, text, pair):
    events, _ = find_events(bare_nlp(text), [], dt.date(2020, 1, 1))
    assert [(e.source.actor, e.target.actor) for e in events] == [pair]


@pytest.mark.model
def test_roles_thing_object_does_not_control_the_infinitive(bare_nlp):
    # "used tear gas to disperse": the police disperse, not the gas.
    events, _ = find_events(bare_nlp("Kenyan riot police used tear gas to disperse demonstrators in Nairobi."), [],
                            dt.date(2020, 1, 1))
    assert ("KENCOP", "KENCVL") in {(e.source.actor, e.target.actor) for e in events}


@pytest.mark.parametrize("title, role", [
    ("president", "GOV"), ("deputy prime minister", "GOV"), ("former president", "ELI"), ("senator", "LEG"),
    ("general", "MIL"), (None, None), ("archbishop", None),
])
def test_roles_title_role_codes(title, role):
    from dateline.events.actor_index import title_role

    assert title_role(title) == role


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, source", [
    # A titled person of no known country acts for a country unknown ...
    ("President Dos Santos rejected the demands of Portugal.", "President Dos Santos", "president", "---GOV"),
    # ... unless the phrase names one outside the person's mention.
    ("British Defence Secretary Tom King criticized Portugal.", "Defence Secretary Tom King", "defence secretary",
     "GBRGOV"),
])
def test_roles_titled_person_without_country(bare_nlp, text, person, title, source):
    doc = bare_nlp(text)
    start = text.index(person)
    mentions = [Mention("a", person, start, start + len(person), None, person, "person", title)]
    events, _ = find_events(doc, mentions, dt.date(2020, 1, 1))
    assert {(e.source.actor or "")[:len(source)] for e in events} == {source}
    assert {e.target.actor for e in events} == {"PRT"}


@pytest.mark.model
@pytest.mark.parametrize("place, code, name", [("Ohio", "USA", "United States"), ("Bavaria", "DEU", "Germany")])
def test_roles_place_acts_under_its_countrys_name(bare_nlp, place, code, name):
    """A state or city (type location, its country's code) takes part in an event as its
    country: the timeline shows "United States -> China", not an actor named "Ohio"."""
    doc = bare_nlp(f"{place} sued China on Tuesday.")
    mentions = [Mention("a", place, 0, len(place), code, place, "location"), _mention(doc, "China", "CHN")]
    events, _ = find_events(doc, mentions, dt.date(2020, 4, 21))
    assert [(e.source.actor, e.source.name, e.source.text) for e in events] == [(code, name, place)]
