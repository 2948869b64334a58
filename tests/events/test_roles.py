"""Groups of unstated country ("rebels", "police"): role-only actors, their country (homeland), pronouns."""

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


#: Text -> the (source, code, target) it must give: a group noun of unstated country takes the
#: country of a place its sentence names, else of the article's focus, else of the country the
#: story names most up to the group's own noun phrase; else it stays "---" (unknown).
_HOMELAND = [
    ("Rebels shelled a town in Mali.", ("MLIREB", "194", "MLI")),
    ("Troops opened fire on protesters in northern Iraq.", ("IRQMIL", "193", "IRQCVL")),
    ("The newspaper criticized the government in Caracas.", ("VENMED", "111", "VENGOV")),
    # Two places in two countries say nothing of the police.
    ("Police arrested dozens of protesters in Baghdad and Cairo.", ("---COP", "173", "IRQCVL")),
    # The story so far: an earlier sentence, or the group's own phrase.
    ("Chile held elections on Sunday. Police arrested dozens of protesters.", ("CHLCOP", "173", "CHLCVL")),
    ("Militants loyal to Iraq's Al-Qaeda leader attacked the prime minister.", ("IRQREB", "190", "IRQGOV")),
    ("Officials in Kenya said the union attacked the government.", ("KENLAB", "190", "KENGOV")),
    # Not what comes after the group: the soldiers are not Lebanon's, the hostages' country is not the rebels'.
    ("Soldiers attacked Lebanon.", ("---MIL", "190", "LBN")),
    ("Riot police arrested two activists from Peru.", ("---COP", "173", "PEROPP")),
    ("The rebels said they would free the Italian hostages whom they had kidnapped.", ("---REB", "181", "ITA")),
    # Two countries named as often: no focus.
    ("Chile and Peru held talks. Police arrested dozens of protesters.", ("---COP", "173", "---CVL")),
    # A militant group or a religion is no country ("Al-Qaeda" is IMG...).
    ("Rebels loyal to Al-Qaeda attacked the prime minister of Iraq.", ("---REB", "190", "IRQGOV")),
    # The predicate's own phrase comes first: the journalists were in Qatar, not Egypt.
    ("Egypt expelled journalists from Qatar.", ("EGY", "174", "QATMED")),
]


@pytest.mark.model
@pytest.mark.parametrize("text, wanted", _HOMELAND)
def test_roles_group_country_from_place_focus_or_story(bare_nlp, text, wanted):
    events, _ = find_events(bare_nlp(text), [], dt.date(2020, 1, 1))
    assert wanted in {(e.source.actor, e.code, e.target.actor) for e in events}


@pytest.mark.model
def test_roles_group_country_off_when_caller_gives_the_actors(bare_nlp):
    from dateline.events.homeland import place_groups
    from dateline.model import Participant

    doc = bare_nlp("Police arrested dozens of protesters in Baghdad.")
    group = Participant("Police", 0, 6, "---COP", None)
    assert place_groups([group], doc, build_index(doc, [], use_fallback=False)) == [group]
    assert [p.actor for p in place_groups([group], doc, build_index(doc, []))] == ["IRQCOP"]


#: Text -> the (source, code, target) it must give, or None for no event: a pronoun subject of a
#: main clause takes the previous sentence's main subject where it fits the pronoun.
_PREVIOUS_SUBJECT = [
    ("The Iraqi government met Iran in Geneva. It later criticized the United States.", ("IRQGOV", "111", "USA")),
    ("Iraq and Iran held talks. They condemned the United States.", ("IRN", "111", "USA")),
    ("Iraqi troops entered the town. They arrested dozens of protesters.", ("IRQMIL", "173", "IRQCVL")),
    ("Chile signed a deal with Peru. Then it criticized Bolivia.", ("CHL", "111", "BOL")),
    # A subject that does not fit the pronoun, or names no actor: nothing.
    ("Iraqi troops entered the town. It arrested dozens of protesters.", None),
    ("Chile signed a deal with Peru. The deal angered Bolivia. It criticized Chile.", None),
    ("Chile and Peru signed a deal. It criticized Bolivia.", None),
    # A thing with an owner ("Chile's plan") is no actor; an expletive "it" is no one.
    ("Chile's plan angered Peru. It also criticized Bolivia.", None),
    ("Chile signed a deal. It was wrong to criticize Peru.", None),
]


@pytest.mark.model
@pytest.mark.parametrize("text, wanted", _PREVIOUS_SUBJECT)
def test_roles_pronoun_subject_takes_previous_sentence_subject(bare_nlp, text, wanted):
    doc = bare_nlp(text)
    events, _ = find_events(doc, [], dt.date(2020, 1, 1))
    last = doc[len(doc) - 1].sent.start_char
    found = {(e.source.actor, e.code, e.target.actor) for e in events if e.start >= last}
    assert (wanted in found) if wanted else not found


@pytest.mark.parametrize("lemma, role", [
    ("ministry", "GOV"), ("ambassador", "GOV"), ("navy", "MIL"), ("newspaper", "MED"), ("union", "LAB"),
    ("company", "BUS"), ("doctor", "HLH"), ("cleric", "REL"), ("university", "EDU"), ("tribunal", "JUD"),
])
def test_roles_table_names_organs_press_and_trades(lemma, role):
    assert role_nouns()[lemma] == role


def test_roles_table_has_no_duplicate_lemmas():
    from dateline.events.codebook import read_data_text

    lemmas = [ln.split(",")[0] for ln in read_data_text("events", "role_nouns.csv").splitlines()
              if ln and not ln.startswith("#")][1:]
    assert len(lemmas) == len(set(lemmas))


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
    ("Opposition leaders in Zimbabwe accused the government of fraud.", ("ZWEOPP", "1121", "ZWEGOV")),
    ("Police officers arrested two Kenyan activists.", ("---COP", "173", "KENOPP")),
    ("Protesters in Cairo clashed with police.", ("EGYCVL", "190", "EGYCOP")),
    ("The rebels said they would free the Italian hostages whom they had kidnapped.", ("---REB", "181", "ITA")),
    ("Egypt said it would send aid to Gaza and it will open the border with Israel.", ("EGY", "033", "ISR")),
    ("The Greek minister, who visited Ankara last week, criticized Turkey.", ("GRCGOV", "111", "TUR")),
    # A text acts for whoever issued it.
    ("Iran issued a statement that accused Israel of sabotage.", ("IRN", "112", "ISR")),
    ("The US and Britain released a joint statement criticising Zimbabwe.", ("GBR", "111", "ZWE")),
    # A purpose clause aims at the main verb's object.
    ("France summoned the Chinese ambassador to discuss the tweets.", ("FRA", "040", "CHNGOV")),
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
