"""The office-holder gazetteer: who held which office on a date."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.actors.gazetteer import gazetteer


@pytest.mark.parametrize(
    ("name", "day", "person", "role", "code", "former"),
    [
        ("Kerry", "2013-06-01", "John Kerry", "secretary of state", "USAGOV", False),
        ("Kerry", "2010-06-01", "John Kerry", "senator", "USALEG", False),
        ("Kerry", "2018-06-01", "John Kerry", "secretary of state", "USAGOV", True),
        ("Putin", "2010-06-01", "Vladimir Putin", "prime minister", "RUSGOV", False),
        ("Vladimir Putin", "2020-06-24", "Vladimir Putin", "president", "RUSGOV", False),
        ("Erdoğan", "2020-06-24", "Recep Tayyip Erdogan", "president", "TURGOV", False),
        ("Erdogan", "2010-01-01", "Recep Tayyip Erdogan", "prime minister", "TURGOV", False),
        ("Mattis", "2017-06-03", "Jim Mattis", "secretary of defense", "USAGOVMIL", False),
        ("Kim", "2018-05-27", "Kim Jong Un", "leader", "PRKGOV", False),
        ("Kim", "2005-01-01", "Kim Jong Il", "leader", "PRKGOV", False),
        ("Ayotte", "2013-08-18", "Kelly Ayotte", "senator", "USALEG", False),
        ("Herzog", "2015-02-14", "Isaac Herzog", "leader of the opposition", "ISROPP", False),
        ("Rafik Hariri", "2013-12-27", "Rafik Hariri", "prime minister", "LBNGOV", True),
        ("Engel", "2013-08-25", "Eliot Engel", "representative", "USALEG", False),
        ("Obama", "2018-01-01", "Barack Obama", "president", "USAGOV", True),
        ("Zarif", "2015-07-14", "Mohammad Javad Zarif", "foreign minister", "IRNGOV", False),
        ("Stoltenberg", "2019-04-04", "Jens Stoltenberg", "secretary general of NATO", "IGOWSTNAT", False),
        # US cabinet, agency heads, governors and Congress, 2009-2022 (office_holders.csv)
        ("Geithner", "2011-08-05", "Timothy Geithner", "treasury secretary", "USAGOV", False),
        ("Janet Napolitano", "2012-03-01", "Janet Napolitano", "secretary of homeland security", "USAGOV", False),
        ("Nielsen", "2018-06-19", "Kirstjen Nielsen", "secretary of homeland security", "USAGOV", False),
        ("Moniz", "2015-04-02", "Ernest Moniz", "energy secretary", "USAGOV", False),
        ("Perry", "2014-07-01", "Rick Perry", "governor of Texas", "USAGOV", False),
        ("Perry", "2018-07-01", "Rick Perry", "energy secretary", "USAGOV", False),
        ("Christie", "2016-02-01", "Chris Christie", "governor of New Jersey", "USAGOV", False),
        ("Christie", "2019-01-13", "Chris Christie", "governor of New Jersey", "USAGOV", True),
        ("Cuomo", "2020-04-01", "Andrew Cuomo", "governor of New York", "USAGOV", False),
        ("Romney", "2012-06-18", "Mitt Romney", "governor of Massachusetts", "USAGOV", True),
        ("Romney", "2020-02-05", "Mitt Romney", "senator", "USALEG", False),
        ("Thomas R. Nides", "2012-12-16", "Thomas Nides", "deputy secretary of state", "USAGOV", False),
        ("Mullen", "2010-03-01", "Mike Mullen", "chairman of the Joint Chiefs of Staff", "USAMIL", False),
        ("Schulz", "2015-06-01", "Martin Schulz", "president of the European Parliament", "IGOEUREEC", False),
        ("Bercow", "2017-01-01", "John Bercow", "speaker of the House of Commons", "GBRLEG", False),
        ("Shekau", "2014-05-08", "Abubakar Shekau", "leader of Boko Haram", "NGAREBBKH", False),
    ],
)
def test_gazetteer_person_on_date(
    name: str, day: str, person: str, role: str, code: str, former: bool
) -> None:
    match = gazetteer().person(name, dt.date.fromisoformat(day))
    assert match is not None and match.holder is not None
    assert (match.name, match.holder.role, match.holder.code, match.former) == (person, role, code, former)


@pytest.mark.parametrize(
    ("country", "role_class", "day", "person"),
    [
        ("USA", "foreign_minister", "2019-03-01", "Mike Pompeo"),
        ("USA", "head_of_state", "2013-06-01", "Barack Obama"),
        ("TUR", "head_of_state", "2020-06-24", "Recep Tayyip Erdogan"),
        ("TUR", "head_of_government", "2010-06-01", "Recep Tayyip Erdogan"),
        ("RUS", "defence_minister", "2020-06-24", "Sergei Shoigu"),
        ("GBR", "head_of_government", "2019-08-01", "Boris Johnson"),
        ("DEU", "head_of_government", "2017-03-13", "Angela Merkel"),
        ("IGOUNO", "igo_head", "2015-01-01", "Ban Ki-moon"),
        ("ISR", "head_of_government", "2016-01-01", "Benjamin Netanyahu"),
        ("KOR", "head_of_state", "2018-05-27", "Moon Jae-in"),
    ],
)
def test_gazetteer_holder_of_office(country: str, role_class: str, day: str, person: str) -> None:
    holder = gazetteer().holder(country, role_class, dt.date.fromisoformat(day))
    assert holder is not None and holder.name == person


@pytest.mark.parametrize(("name", "day"), [("Trump", "2015-06-01"), ("Nobody Atall", "2015-06-01")])
def test_gazetteer_unknown_or_not_yet(name: str, day: str) -> None:
    match = gazetteer().person(name, dt.date.fromisoformat(day))
    assert match is None or match.holder is None


@pytest.mark.parametrize(
    ("name", "day", "office", "person", "former"),
    [
        # a title's class of office tells namesakes apart: "President Carter" in 2016 is not
        # the Secretary of Defense then in office
        ("Carter", "2016-01-17", "head_of_state", "Jimmy Carter", True),
        ("Carter", "2016-01-17", "defence_minister", "Ash Carter", False),
        ("Carter", "2016-01-17", None, "Ash Carter", False),
        ("Carter", "2016-01-17", "other", "Ash Carter", False),  # too loose a class to narrow by
    ],
)
def test_gazetteer_title_office_narrows_namesakes(
    name: str, day: str, office: str | None, person: str, former: bool
) -> None:
    match = gazetteer().person(name, dt.date.fromisoformat(day), office=office)
    assert match is not None and (match.name, match.former) == (person, former)


@pytest.mark.parametrize(
    ("form", "person"),
    [
        ("Bob Mueller", "Robert Mueller"),  # a short form of the first name
        ("Michael Pompeo", "Mike Pompeo"),  # the formal first name of a short one
        ("Jim Mattis", "Jim Mattis"),
    ],
)
def test_gazetteer_first_name_forms(form: str, person: str) -> None:
    assert person in gazetteer().candidates(form)


def test_gazetteer_first_name_form_never_takes_anothers_name() -> None:
    # a short form that is already someone's full name in the data keeps to that person
    for key, people in gazetteer().names.items():
        if key == "bob mueller":
            assert people == {"Robert Mueller"}
