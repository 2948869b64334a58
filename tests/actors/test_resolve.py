"""Resolution rules on short texts: metonymy, places, titles, coreference, gazetteer, pronouns."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.analyze import analyze
from dateline.model import Article

pytestmark = pytest.mark.model


def mentions(nlp, text: str, day: str):
    return analyze(Article(id="t", date=dt.date.fromisoformat(day), text=text), nlp).mentions


@pytest.mark.parametrize(
    ("text", "day", "mention", "actor", "kind", "name"),
    [
        # capitals and seats: actors, unless used as places
        ("Ankara said it would buy more missiles.", "2020-06-24", "Ankara", "TURGOV", "government", "Turkey"),
        ("The talks took place in Ankara on Monday.", "2020-06-24", "Ankara", "TUR", "location", "Ankara"),
        (
            "WASHINGTON (Reuters) - The U.S. imposed new sanctions on Iran.",
            "2019-05-08",
            "WASHINGTON",
            "USA",
            "location",
            "WASHINGTON",
        ),
        (
            "The Kremlin rejected the claim on Friday.",
            "2019-05-08",
            "Kremlin",
            "RUSGOV",
            "government",
            "Russia",
        ),
        (
            "Brussels said the sanctions would stay in place.",
            "2019-05-08",
            "Brussels",
            "IGOEUREEC",
            "organization",
            "Brussels",
        ),
        # the gazetteer by date
        (
            "Kerry met Lavrov in Geneva to discuss Syria.",
            "2013-09-12",
            "Kerry",
            "USAGOV",
            "person",
            "John Kerry",
        ),
        (
            "Kerry met Lavrov in Geneva to discuss Syria.",
            "2013-09-12",
            "Lavrov",
            "RUSGOV",
            "person",
            "Sergei Lavrov",
        ),
        (
            "Obama criticized the decision in a speech.",
            "2018-05-09",
            "Obama",
            "USAELI",
            "person",
            "Barack Obama",
        ),
        # titles
        (
            "Defense Secretary Jim Mattis said the threat was clear.",
            "2017-06-03",
            "Defense Secretary Jim Mattis",
            "USAGOVMIL",
            "person",
            "Jim Mattis",
        ),
        (
            "Sen. Pat Roberts, R-Kan., opposed the bill.",
            "2017-06-03",
            "Sen. Pat Roberts",
            "USALEG",
            "person",
            "Pat Roberts",
        ),
        (
            "Lebanese Prime Minister Hassan Diab resigned after the blast.",
            "2020-08-10",
            "Lebanese Prime Minister Hassan Diab",
            "LBNGOV",
            "person",
            "Hassan Diab",
        ),
        (
            "Moscow expelled two diplomats. A spokeswoman for the foreign ministry, Irina Volkova, "
            "said Moscow "
            "would respond.",
            "2019-05-08",
            "Irina Volkova",
            "RUSGOV",
            "person",
            "Irina Volkova",
        ),
        (
            "Pentagon spokesman Captain Jeff Davis told reporters of the incident.",
            "2017-03-07",
            "Pentagon spokesman Captain Jeff Davis",
            "USAGOVMIL",
            "person",
            "Jeff Davis",
        ),
        (
            "CNN's Jake Tapper asked about the summit.",
            "2018-06-12",
            "CNN's Jake Tapper",
            "USAMED",
            "person",
            "Jake Tapper",
        ),
        # later short mentions and descriptions
        (
            "Turkish Undersecretary Ismail Demir spoke on Monday. Later, Demir said the deal was done.",
            "2020-06-24",
            "Demir",
            "TURGOV",
            "person",
            "Ismail Demir",
        ),
        (
            "Secretary of State Mike Pompeo arrived in Seoul. America's top diplomat then met the president.",
            "2019-03-01",
            "America's top diplomat",
            "USAGOV",
            "person",
            "Mike Pompeo",
        ),
        (
            "President Trump spoke at a rally. The president said the economy was strong.",
            "2019-03-01",
            "The president",
            "USAGOV",
            "person",
            "Donald Trump",
        ),
        # groups and bodies named by a common noun
        (
            "Turkish officials said the system was operational.",
            "2020-06-24",
            "Turkish officials",
            "TURGOV",
            "government",
            "Turkey officials",
        ),
        (
            "U.S. troops left northern Syria in October.",
            "2019-11-01",
            "U.S. troops",
            "USAMIL",
            "military",
            "United States troops",
        ),
        (
            "The Trump administration imposed tariffs on steel.",
            "2018-06-01",
            "The Trump administration",
            "USAGOV",
            "government",
            "United States administration",
        ),
        # pronouns as speakers
        (
            "Erdogan spoke on Tuesday in Ankara. He said the deal was done.",
            "2020-06-24",
            "He",
            "TURGOV",
            "person",
            "Recep Tayyip Erdogan",
        ),
        # context names
        (
            "North Korea fired a missile on Sunday. The North said the test was a success.",
            "2019-05-08",
            "North",
            "PRK",
            "country",
            "North Korea",
        ),
        # capitals and buildings as places: a route, a modifier of a thing, a part of a city
        ("They got a charter flight from Beijing to Wonsan.", "2018-05-12", "Beijing", "CHN", "location", "Beijing"),
        (
            "Abbas cut contact after the Jerusalem announcement.",
            "2018-08-24",
            "Jerusalem",
            "ISR",
            "location",
            "Jerusalem",
        ),
        ("Young people crowded the streets of Havana.", "2014-12-18", "Havana", "CUB", "location", "Havana"),
        ("The president laid a wreath at the Pentagon.", "2017-09-11", "Pentagon", "USA", "location", "Pentagon"),
        (
            "The Pentagon said it would send troops.",
            "2017-09-11",
            "Pentagon",
            "USAGOVMIL",
            "government",
            "U.S. Department of Defense",
        ),
        # a body named after its owner ("of the Free Syrian Army", "Hong Kong's")
        (
            "Idris leads the Supreme Military Council of the Free Syrian Army.",
            "2013-05-27",
            "the Supreme Military Council",
            "SYRREBFSA",
            "organization",
            "the Supreme Military Council",
        ),
        (
            "Ip sits on Hong Kong’s elite Executive Council, which advises officials.",
            "2019-08-30",
            "Executive Council",
            "HKGGOV",
            "government",
            "Hong Kong Executive Council",
        ),
        # institutions used as places; call signs; objects; ruling parties in context
        (
            "Boston police seemed to have left Beth Israel Deaconess Medical Center.",
            "2013-04-26",
            "Beth Israel Deaconess Medical Center",
            "USA",
            "location",
            "Beth Israel Deaconess Medical Center",
        ),
        (
            "An attack hit a camp 10 miles from Garissa University.",
            "2015-04-03",
            "Garissa University",
            "KEN",
            "location",
            "Garissa University",
        ),
        ("According to WABC, the family released a statement.", "2017-12-11", "WABC", "USAMED", "media", "WABC"),
        ("The airline grounded its 737 MAX 8 fleet.", "2019-03-11", "737 MAX 8", None, "object", "Boeing 737 MAX"),
        (
            "Granma is the newspaper of the Communist Party in Cuba.",
            "2014-12-18",
            "the Communist Party",
            "CUBGOV",
            "government",
            "Communist Party",
        ),
        (
            "Argentina invaded the Falklands Islands.",
            "2013-04-08",
            "the Falklands Islands",
            "FLK",
            "location",
            "Falklands Islands",
        ),
        # a city's own police, where a person is from
        ("A London police officer was stabbed.", "2017-03-22", "London", "GBR", "location", "London"),
        (
            "Sergeant Moshe Davino, 20, of Jerusalem was killed.",
            "2014-07-28",
            "Jerusalem",
            "ISR",
            "location",
            "Jerusalem",
        ),
        # a first name the NER left out; bylines; an outlet's colleague; a party office; a
        # title from before the office ("then-candidate")
        (
            "They include London's Mayor Sadiq Khan.",
            "2019-06-04",
            "London's Mayor Sadiq Khan",
            "GBRGOV",
            "person",
            "Sadiq Khan",
        ),
        (
            "Tonny Onyulo and Doug Stanglin\n\nUSA TODAY\n\nGARISSA, Kenya — Tension rose.\n\n"
            "Stanglin reported from McLean.",
            "2015-04-03",
            "Stanglin",
            "USAMED",
            "person",
            "Doug Stanglin",
        ),
        (
            "My Vox colleague Yochi Dreazen explains it.",
            "2017-07-07",
            "Vox colleague Yochi Dreazen",
            "USAMED",
            "person",
            "Yochi Dreazen",
        ),
        (
            "Mohammed Morsi, the head of a party backed by the Brotherhood, won. Mr. Morsi won.",
            "2013-10-16",
            "Morsi",
            "EGYELI",
            "person",
            "Mohamed Morsi",
        ),
        (
            "In 2016, then-candidate Donald Trump promised a wall. Trump said so again.",
            "2018-03-09",
            "Trump",
            "USAGOV",
            "person",
            "Donald Trump",
        ),
        (
            "Senators moved to stop the Defense Department and intelligence agencies from funding it.",
            "2013-06-21",
            "Defense Department",
            "USAGOVMIL",
            "government",
            "U.S. Department of Defense",
        ),
        # an office in apposition says more than a rank; a city's police chief is police
        (
            "Tehran's police chief, Gen. Hossein Rahimi, later denied it.",
            "2020-01-13",
            "Gen. Hossein Rahimi",
            "IRNCOP",
            "person",
            "Hossein Rahimi",
        ),
        (
            "Sen. John McCain, the chairman of the Armed Services Committee, said no.",
            "2013-09-03",
            "Sen. John McCain",
            "USALEG",
            "person",
            "John McCain",
        ),
        # titles: of an unknown body, of the opposition, of someone else ("aide to")
        (
            "We spoke with Joe Cirincione, president of the Ploughshares Fund, which urged President Obama to act.",
            "2016-12-29",
            "Joe Cirincione",
            None,
            "person",
            "Joe Cirincione",
        ),
        (
            "Ahmad Assi al-Jarba, the president of the Syrian opposition, spoke first.",
            "2014-01-23",
            "Ahmad Assi al-Jarba",
            "SYROPP",
            "person",
            "Ahmad Assi al-Jarba",
        ),
        (
            "He was one of the closest aides of Rafik Hariri.",
            "2013-12-27",
            "Rafik Hariri",
            "LBNELI",
            "person",
            "Rafik Hariri",
        ),
        ("“We are sad,” Lord Bell said in a statement.", "2013-04-08", "Bell", None, "person", "Bell"),
        # a body before a title that stands on its own stays a mention; a word that completes
        # the title is part of the person's mention (tests/actors/data/README.md)
        (
            "Senate Democratic Leader Harry Reid continues to say no.",
            "2015-06-01",
            "Senate",
            "USALEG",
            "government",
            "U.S. Congress",
        ),
        (
            "Treasury Secretary Steven Mnuchin said the sanctions would stay.",
            "2019-09-19",
            "Treasury Secretary Steven Mnuchin",
            "USAGOV",
            "person",
            "Steven Mnuchin",
        ),
        # an office of a body no one tagged, of a community's council: no state office
        (
            "Anthony Roman, a risk-management expert and president of Roman & Associates, said it was weak.",
            "2017-04-03",
            "Anthony Roman",
            None,
            "person",
            "Anthony Roman",
        ),
        (
            "Attacks rose across France, said Roger Cukierman, president of the Representative Council "
            "of French Jewish Institutions.",
            "2014-08-09",
            "Roger Cukierman",
            None,
            "person",
            "Roger Cukierman",
        ),
        (  # a mayor's "of Heanor" is a town the data does not know, not a body
            "People prayed for United Kingdom Prime Minister Boris Johnson, but Sheila Oakes — mayor "
            "of Heanor in Derbyshire — had other ideas.",
            "2020-04-08",
            "Sheila Oakes",
            "GBRGOV",
            "person",
            "Sheila Oakes",
        ),
        # kinds of forces named without a country take the one the text is about
        (
            "PARIS, France – Travelers were stranded across France. Border Police vetted long lines of tourists.",
            "2015-11-14",
            "Border Police",
            "FRACOP",
            "government",
            "France border police",
        ),
        # a rank the tokenizer cut from its full stop stays in the title
        (
            "Pentagon spokesman Col. Steve Warren clarified the U.S. presence in Nigeria.",
            "2014-05-12",
            "Pentagon spokesman Col. Steve Warren",
            "USAGOVMIL",
            "person",
            "Steve Warren",
        ),
        # editorial brackets inside a quoted name
        (
            "“These strikes are nothing like [Syrian President Bashar] Assad’s bombing campaign,” he says.",
            "2014-09-24",
            "Syrian President Bashar] Assad",
            "SYRGOV",
            "person",
            "Bashar al-Assad",
        ),
        # a name the text introduces as someone's is a private person, not the office holder
        (
            "In the protest camp, I ran across a man named Abe, who was building desks.",
            "2014-10-17",
            "Abe",
            None,
            "person",
            "Abe",
        ),
        # places named by a landmark word: a numbered road, a lower-case "forest" after the tag
        (
            "The search has centered on the Sambisa forest, with Nigerian troops aided by advisers.",
            "2014-05-12",
            "Sambisa",
            "NGA",
            "location",
            "Sambisa",
        ),
        (
            "We were a hundred yards away from Checkpoint Charlie in Berlin.",
            "2015-01-13",
            "Checkpoint Charlie",
            "DEU",
            "location",
            "Checkpoint Charlie",
        ),
        (
            "Samir Nachar, a member of the executive committee of the Syrian National Council, spoke.",
            "2012-06-13",
            "Syrian National Council",
            "SYROPP",
            "organization",
            "Syrian National Council",
        ),
        # a seat after a part of a building, a capital in apposition to a place noun
        ("Protesters gathered in front of the White House.", "2020-01-12", "White House", "USA", "location",
         "White House"),
        ("In the capital Damascus, security forces fired tear gas.", "2012-11-23", "Damascus", "SYR", "location",
         "Damascus"),
        ("The plan sides with Israel on the status of Jerusalem.", "2020-01-28", "Jerusalem", "ISR", "location",
         "Jerusalem"),
        ("He was shot dead just steps from the Kremlin.", "2015-02-28", "Kremlin", "RUS", "location", "Kremlin"),
        # central banks are the state's
        ("The Bank of Japan kept its rates unchanged.", "2016-06-25", "Bank of Japan", "JPNGOV", "government",
         "Bank of Japan"),
        ("The Brazilian Central Bank raised its rates.", "2016-06-25", "Brazilian Central Bank", "BRAGOV",
         "government", "Brazil central bank"),
        # a known body after words that describe it
        ("He is a member of the Islamist Muslim Brotherhood.", "2012-11-21", "the Islamist Muslim Brotherhood",
         "EGYPTYMBR", "organization", "Muslim Brotherhood"),
        # a former office in the title, another held on the date
        ("Former military chief Benny Gantz said he would try to form a government.", "2020-03-03",
         "Former military chief Benny Gantz", "ISROPP", "person", "Benny Gantz"),
        # a party office is none of the state's
        ("The group held a rally in Britain. The party's leader, John Smith, denied any link.", "2016-06-17",
         "John Smith", None, "person", "John Smith"),
        # two person names the NER split are one name
        ("Yemeni President Abed Rabbo Mansour Hadi apologized to the U.S.", "2012-09-13",
         "Yemeni President Abed Rabbo Mansour Hadi", "YEMGOV", "person", "Abd Rabbuh Mansur Hadi"),
        # the owner of a description keeps a mention of its own
        ("Rubio attacked Obama's first secretary of state on Thursday.", "2016-03-10", "Obama", "USAGOV", "person",
         "Barack Obama"),
        ("This is the responsibility of the Afghanis, not of the United States.", "2020-03-02", "Afghanis", "AFG",
         "country", "Afghanistan"),
        ("Hundreds of Coptic Christians marched in Cairo.", "2012-11-23", "Coptic Christians", "CHR", "group",
         "Christians"),
        # a landmark the entity ruler had cut after a seat of government
        ("Masood drove his car into pedestrians on Westminster Bridge.", "2017-03-23", "Westminster Bridge", "GBR",
         "location", "Westminster Bridge"),
        # a video player's furniture around a name
        ("JUST WATCHED U.S. makes case against Syria Replay More Videos", "2013-08-27", "Syria", "SYR", "country",
         "Syria"),
        # a body many states have: the one of the country before it or in focus
        ("Israel's Supreme Court ruled on Sunday.", "2019-05-01", "Supreme Court", "ISRJUD", "government",
         "Israel Supreme Court"),
        ("India's top court ruled on Ayodhya. The Supreme Court said the site belongs to Hindus. Modi spoke in "
         "India.", "2019-11-09", "The Supreme Court", "INDJUD", "government", "India Supreme Court"),
        ("The U.S. Supreme Court ruled on Iran. The Supreme Court said Iran must pay. Iran will appeal in Iran.",
         "2019-11-09", "The Supreme Court", "USAJUD", "government", "U.S. Supreme Court"),
        ("Trudeau was not in the House of Commons during the vote. Canada's Prime Minister Justin Trudeau said "
         "Canada would not be pushed around.", "2018-06-12", "House of Commons", "CANLEG", "government",
         "Canada House of Commons"),
        ("The House of Commons voted on Brexit. Britain will leave the EU.", "2019-01-15", "House of Commons",
         "GBRLEG", "government", "British Parliament"),
        # a judge with no country serves the court the article names, not the country in focus
        ("The U.S. Court of Appeals ruled that detainees at Bagram in Afghanistan have no rights. Afghanistan's "
         "government objected. Afghans protested in Kabul. The opinion was joined by Judge Douglas Ginsburg.",
         "2012-10-17", "Judge Douglas Ginsburg", "USAJUD", "person", "Douglas Ginsburg"),
        # a hover card ("Trump Donald John TrumpDem lawmaker says ...") names no one of its own
        ("Turkey launched an offensive in northern Syria after President Trump Donald John TrumpDem lawmaker says "
         "Nunes threatened to sue him MORE announced that U.S. troops would withdraw.", "2019-10-10",
         "President Trump", "USAGOV", "person", "Donald Trump"),
        ("Speaker Nancy Pelosi Nancy PelosiOvernight Defense: Trump signs the bill MORE said the House would vote.",
         "2019-12-20", "Speaker Nancy Pelosi", "USALEG", "person", "Nancy Pelosi"),
        # a headquarters used as a place; a treaty named after a body
        ("A Coast Guard member stationed at Coast Guard Headquarters in Washington, DC, was arrested.", "2019-02-21",
         "Coast Guard Headquarters", "USA", "location", "Coast Guard Headquarters"),
        ("It is the basis for the United Nations Refugee Convention, which most states signed.", "2015-11-18",
         "United Nations Refugee Convention", None, "object", "Refugee Convention"),
        # two countries' adjectives in one token: the first
        ("Obama hinted at a larger thaw in U.S.-Iranian relations.", "2015-07-14", "U.S.-Iranian", "USA", "country",
         "United States"),
        # where one was born is not whom one acts for
        ("Anwar al-Awlaki, a radical American-born Muslim cleric, was killed in Yemen.", "2013-05-03",
         "Anwar al-Awlaki", None, "person", "Anwar al-Awlaki"),
        # a rank, or an office held "then", does not undo the gazetteer's "former"
        ("General Michael Flynn spoke to the Russian ambassador.", "2017-02-15", "General Michael Flynn", "USAELI",
         "person", "Michael Flynn"),
        ("The memo revealed potential, Gen. David Petraeus, then the top U.S. commander in the country, told "
         "reporters.", "2017-03-12", "Gen. David Petraeus", "USAELI", "person", "David Petraeus"),
        # the head of a body that is no part of a state acts for no state
        ("I reached out to Anand Menon, the director of an independent Brexit research institute called UK in a "
         "Changing Europe.",
         "2018-11-27", "Anand Menon", None, "person", "Anand Menon"),
        # a capital listed with a city after a place preposition
        ("They prepared two teams for deployment to Benghazi and Tripoli.", "2013-01-11", "Tripoli", "LBY",
         "location", "Tripoli"),
        ("Protesters gathered in Paris and Berlin.", "2016-03-23", "Berlin", "DEU", "location", "Berlin"),
        # data: a pope's own name, a historical name of a country, a region, a street, an outlet
        ("Known until Wednesday as Jorge Bergoglio, the new pope is a Jesuit.", "2013-03-14", "Jorge Bergoglio",
         "VATGOV", "person", "Pope Francis"),
        ("According to his worldview, Iran is the Nazi Germany of the 21st century.", "2015-03-08",
         "the Nazi Germany", "DEU", "country", "Germany"),
        ("Ernest Renan, from a Brittany town on the English Channel, defined a nation.", "2019-06-06", "Brittany",
         "FRA", "location", "Brittany"),
        ("Lobbyists have set up shop on K Street since 2010.", "2013-08-26", "K Street", "USA", "location",
         "K Street"),
        ("He wrote about his trip on 38 North, a website on North Korea news.", "2017-05-01", "38 North", "USAMED",
         "media", "38 North"),
        # a state, province or city before a state office names that state's country, whatever other
        # country the sentence names (CAMEO: a US state's government is USAGOV)
        ("Ohio Gov. Mike DeWine said he would ban Chinese imports.", "2020-05-01", "Ohio Gov. Mike DeWine",
         "USAGOV", "person", "Mike DeWine"),
        ("Florida Sen. Marco Rubio said Cuba lied.", "2016-03-21", "Florida Sen. Marco Rubio", "USALEG", "person",
         "Marco Rubio"),
        ("Kandahar police chief Abdul Raziq said Pakistan sheltered the attackers.", "2017-08-01",
         "Kandahar police chief Abdul Raziq", "AFGCOP", "person", "Abdul Raziq"),
        # a name after an outlet's typographic possessive, which spaCy's model tags as nothing
        ("On Monday night Trump told Fox News’s Sean Hannity that the inquiry was a witch hunt.", "2018-07-17",
         "Fox News’s Sean Hannity", "USAMED", "person", "Sean Hannity"),
        # the late leader of an armed group is still that group's figure, not a state's elite (ELI)
        ("By invading Iraq, the Bush administration affirmed Osama bin Laden's charges.", "2015-10-18",
         "Osama bin Laden", "IMGMOSALQ", "person", "Osama bin Laden"),
        ("Mullah Omar came to power after the Taliban emerged as the strongest force.", "2015-07-29",
         "Mullah Omar", "AFGREBTAL", "person", "Mullah Omar"),
        # "Gov." is the AP's style for a US governor, in an article about another country too
        ("China has banned pork, Beijing said. Gov. Bill Hannaford objected.", "2019-05-01", "Gov. Bill Hannaford",
         "USAGOV", "person", "Bill Hannaford"),
        # a party's nickname in an article about its country (context_names.yaml)
        ("Britain's Parliament voted on the deal. Tory MPs rebelled against the prime minister.", "2019-03-12",
         "Tory", "GBRPTYCON", "organization", "Conservative Party"),
        # the office-holder gazetteer on a governor named without a state, in an article about China
        ("China has banned the imports. Gov. Andrew Cuomo called it a mistake.", "2020-04-01",
         "Gov. Andrew Cuomo", "USAGOV", "person", "Andrew Cuomo"),
        # span repair: a video's timestamp spaCy reads into the name is no part of it
        ("Watch the video of President Obama 02:56 speaking about the deal.", "2016-05-01",
         "President Obama", "USAGOV", "person", "Barack Obama"),
        # a short last name the tokenizer keeps with the sentence's full stop (a state's
        # abbreviation, "Ga."): the name has no period; spaCy's model sometimes tags it ORG
        ("The bill was opposed by pro-democracy lawmaker Emily Ga. Police did not respond.", "2019-06-01",
         "lawmaker Emily Ga.", None, "person", "Emily Ga"),
        ("The march was led by activist Lisa Ga. The police did not respond.", "2019-06-01",
         "activist Lisa Ga.", None, "person", "Lisa Ga"),
        ("The rally was addressed by Martin Luther King Jr. Nobody objected.", "2019-06-01",
         "Martin Luther King Jr.", None, "person", "Martin Luther King Jr."),
        # a title's class of office picks among namesakes: a president, not the defence secretary
        ("In 1979 President Carter froze the assets, the defense secretary recalled.", "2016-01-17",
         "President Carter", "USAELI", "person", "Jimmy Carter"),
        # a short form of a first name the gazetteer gives in full
        ("Lawmakers want Bob Mueller to testify in public.", "2019-02-24",
         "Bob Mueller", "USAJUD", "person", "Robert Mueller"),
        # a person's possessive before a title is someone else: the title starts after it
        ("In 1949, Harry Truman's Secretary of Defense Louis Johnson cut the fleet.", "2013-09-13",
         "Harry Truman", "USAELI", "person", "Harry Truman"),
        # an outlet's one-word name the entity ruler took from a person's last name
        ("The question came from Rep. Randy Forbes on Tuesday.", "2015-12-02",
         "Rep. Randy Forbes", "USALEG", "person", "Randy Forbes"),
        # a title as the predicate of "is", and one between commas the parse left unattached
        ("Jane Roe is Breitbart's Jerusalem bureau chief and a reporter.", "2018-05-14",
         "Jane Roe", "USAMED", "person", "Jane Roe"),
        ("He was told by Ann Smith, the State Department's assistant secretary for arms control, that talks go on.",
         "2013-08-09", "Ann Smith", "USAGOV", "person", "Ann Smith"),
        # "the X region", "the X military airport": a place spaCy's model read as a person
        ("The convoy headed for the Belbek military airport in Crimea.", "2014-02-24",
         "Belbek", "UKR", "location", "Belbek"),
        ("The leaders met on the South Korean side of Panmunjom.", "2018-05-27",
         "Panmunjom", "KOR", "location", "Panmunjom"),
        ("Gazans are suffering under the blockade.", "2018-05-14", "Gazans", "PSE", "country", "Palestine"),
        # a maker's name before a model number is the aircraft
        ("Investigators could not reach the field where the Boeing 777 came down.", "2014-07-29",
         "Boeing 777", None, "object", "Boeing 777"),
        ("South Korea's spy agency, the NIS, said he was purged.", "2015-05-13",
         "NIS", "KORSPY", "government", "National Intelligence Service"),
        ("Dominic Raab met the EU's negotiator in Brussels.", "2018-08-01",
         "Dominic Raab", "GBRGOV", "person", "Dominic Raab"),
        # a body's possessive before the last name of someone named in full earlier is that person
        ("Mark Hibbs, a senior associate with the Carnegie Endowment, said so. It is a staple of "
         "Iranian rhetoric, Carnegie’s Hibbs says.", "2015-07-07", "Hibbs", None, "person", "Mark Hibbs"),
        # a place's name before a criminal group's noun names the group, not the place
        ("His father once ran the Sinaloa drug gang.", "2019-10-21", "Sinaloa", None, "organization", "Sinaloa"),
        ("The Gulf cartel fought its rivals.", "2019-10-21", "Gulf", None, "organization", "Gulf"),
        ("Gangs roam the streets in Sinaloa.", "2019-10-21", "Sinaloa", "MEX", "location", "Sinaloa"),
    ],
)
def test_resolve_mention(nlp, text: str, day: str, mention: str, actor: str | None, kind: str, name: str) -> None:
    found = [m for m in mentions(nlp, text, day) if m.text == mention]
    assert found, f"no mention {mention!r} in {[m.text for m in mentions(nlp, text, day)]}"
    assert (found[0].actor, found[0].type, found[0].name) == (actor, kind, name)


@pytest.mark.parametrize(
    ("text", "day", "absent"),
    [
        ("COVID-19 spread quickly across the region.", "2020-04-01", "COVID-19"),
        ("A man holds a copy of the Quran and a cross.", "2012-11-27", "Quran"),  # a scripture
        ("Treasury Secretary Steven Mnuchin said no.", "2019-09-19", "Treasury"),  # a piece of the title
        ("Pentagon spokesman Col. Steve Warren said no.", "2014-05-12", "Col"),  # a rank, not a name
        ("The panel cited Haldeman v. Sirica (1974) in its ruling.", "2019-04-05", "Haldeman v. Sirica"),
        ("They said he had left. He said nothing.", "2020-04-01", "He"),  # nobody was named
        ("He holds a J.D. from Harvard Law School.", "2019-10-27", "J.D."),  # a degree
        ("It came after President Trump Donald John TrumpDem lawmaker says Nunes threatened to sue him MORE spoke.",
         "2019-10-10", "TrumpDem"),  # a hover card's glued name
        ("Elsewhere, the hashtag #JeSuisCharlie was trending.", "2015-01-07", "JeSuisCharlie"),  # a slogan
        ("Conservatives in Texas backed the bill.", "2018-05-01", "Conservatives"),  # no Tory party in the article
        ('Two demonstrators were arrested for holding "Je suis Charlie" signs.', "2015-01-14", "Je"),
        (
            "John Smith met Peter Jones on Monday. He said the talks went well.",
            "2020-04-01",
            "He",
        ),  # two people: ambiguous
        ("Update at 2:23 p.m. ET. The police arrived at the scene.", "2015-11-18", "ET"),  # a time zone
        ("“[W]e understand the problem,” the secretary said.", "2017-04-08", "[W]e"),  # an editorial bracket
        ("“[W]e understand the problem,” the secretary said.", "2017-04-08", "W]e"),
        # a law named after its authors (non_actors.yaml)
        ("It would be a dismantling of Dodd-Frank. Dodd-Frank is a very negative force.", "2016-05-17",
         "Dodd-Frank"),
        ("He would dismantle the Dodd-Frank financial regulations.", "2016-05-17", "Dodd"),
    ],
)
def test_resolve_no_mention(nlp, text: str, day: str, absent: str) -> None:
    assert absent not in [m.text for m in mentions(nlp, text, day)]


@pytest.mark.parametrize(
    ("text", "label"),
    [("Milliyet", "ORG"), ("S-400", "PRODUCT"), ("COVID-19", "DISEASE"), ("Turkish Defence Ministry", "ORG")],
)
def test_resolve_entity_ruler_corrects_ner(nlp, text: str, label: str) -> None:
    doc = nlp(f"Reports about {text} appeared in the Turkish press on Monday.")
    assert [(e.text, e.label_) for e in doc.ents if e.text == text] == [(text, label)]


def test_resolve_ruler_runs_before_ner(nlp) -> None:
    names = nlp.pipe_names
    assert names.index("dateline_entity_ruler") < names.index("ner")


def test_resolve_bad_sentence_does_not_lose_the_article(nlp, monkeypatch) -> None:
    """A step that fails in one sentence is logged and skipped; the other mentions stay."""
    import dateline.actors.resolve as resolve

    calls = {"n": 0}
    real = resolve.resolve_entity

    def flaky(span, country):
        calls["n"] += 1
        if span.text == "Ankara":
            raise ValueError("boom")
        return real(span, country)

    monkeypatch.setattr(resolve, "resolve_entity", flaky)
    found = mentions(nlp, "Ankara said so. Moscow agreed with Turkey.", "2020-06-24")
    assert {m.text for m in found} >= {"Moscow", "Turkey"}
    assert "Ankara" not in {m.text for m in found}


@pytest.mark.parametrize(
    ("text", "label", "parts"),
    [
        ("Fox News’s Sean Hannity", "ORG", [("Fox News’s", "ORG"), ("Sean Hannity", "PERSON")]),
        ("NPR's Anthony Kuhn", "ORG", [("NPR's", "ORG"), ("Anthony Kuhn", "PERSON")]),
        ("Doctors Without Borders", "ORG", [("Doctors Without Borders", "ORG")]),  # no possessive
        ("Unknown Body's Sean Hannity", "ORG", [("Unknown Body's Sean Hannity", "ORG")]),  # body unknown
        ("Fox News’s Sean Hannity", "PERSON", [("Fox News’s Sean Hannity", "PERSON")]),  # titles do this
        # a body's possessive before the last name of someone the article names in full
        ("Carnegie’s Hibbs", "ORG", [("Hibbs", "PERSON")]),  # the body unknown: only the person
        ("Brookings’s Riedel", "PERSON", [("Riedel", "PERSON")]),
        ("NPR's Kuhn", "ORG", [("NPR's", "ORG"), ("Kuhn", "PERSON")]),  # a known body keeps its mention
        ("Carnegie’s Endowment", "ORG", [("Carnegie’s Endowment", "ORG")]),  # no one the article names
        ("Hitler’s Army Group North", "ORG", [("Hitler’s Army Group North", "ORG")]),
    ],
)
def test_resolve_owner_and_person_split(text: str, label: str, parts: list[tuple[str, str]]) -> None:
    """One entity that runs a known body and a full name together is cut in two."""
    import spacy
    from spacy.tokens import Span

    from dateline.actors.resolve import _owner_and_person

    doc = spacy.blank("en")(text)
    named = {"hibbs", "mark", "riedel", "bruce", "kuhn", "anthony"}  # the article's full names' words
    found = _owner_and_person(Span(doc, 0, len(doc), label=label), named)
    assert [(s.text, s.label_) for s in found] == parts


@pytest.mark.parametrize(
    ("source", "text", "mention", "actor"),
    [
        ("Politico", "The president spoke on Tuesday.\n\nJosh Meyer contributed to this report.", "Josh Meyer",
         "USAMED"),
        ("CNN (Web News)", "Kyle Cheney, Jane Smith and Bob Roe contributed reporting.", "Jane Smith", "USAMED"),
        ("The Guardian", "Jane Smith contributed to this report from Kabul.", "Jane Smith", "GBRMED"),
        ("Guest Writer - Right", "Jane Smith contributed to this report.", "Jane Smith", None),  # no outlet
        ("Politico", "Jane Smith said the report was wrong.", "Jane Smith", None),  # no contributor
        # those who wrote, produced or edited the piece, or a piece the outlet links to
        ("Reason", "About 2 minutes. Produced by Jane Smith and written by Bob Roe.", "Bob Roe", "USAMED"),
        ("Reason", 'The war goes on.\n\nRelated: "Ten Reasons to Stay Out," by Jane Smith', "Jane Smith", "USAMED"),
        ("CNN - Editorial", "Jane Smith contributed to this report.", "Jane Smith", "USAMED"),  # a section
        ("Reason", "The soldier was killed by Jane Smith, police said.", "Jane Smith", None),
    ],
)
def test_resolve_contributors_work_for_the_source(nlp, source: str, text: str, mention: str, actor: str | None) -> None:
    article = Article(id="t", date=dt.date(2017, 4, 8), text=text, source=source)
    found = [m for m in analyze(article, nlp).mentions if m.text == mention]
    assert found and found[0].actor == actor


@pytest.mark.parametrize(
    ("source", "actor"),
    [
        ("Fox News", "USAGOV"),  # the outlet's country
        ("The Guardian", "GBRGOV"),
        (None, "LBYGOV"),  # no outlet: the country in focus, as before
    ],
)
def test_resolve_envoy_without_country_serves_the_outlets_country(nlp, source: str | None, actor: str) -> None:
    text = (
        "Libya's government said the attack in Benghazi was planned. Reports from Libya said Ambassador "
        "J. Christopher Stevens feared for his safety."
    )
    article = Article(id="t", date=dt.date(2013, 1, 11), text=text, source=source)
    found = [m for m in analyze(article, nlp).mentions if m.text == "Ambassador J. Christopher Stevens"]
    assert found and found[0].actor == actor


@pytest.mark.parametrize(
    ("source", "text", "actor"),
    [
        # no country in the sentence, no court of a known state: the outlet's country
        ("New York Times - News", "Afghanistan's government freed the prisoners. Afghan officials welcomed it. "
         "The appeal was heard by Judge Mary Tolbert, who ruled against the detainees.", "USAJUD"),
        ("The Guardian", "Afghanistan's government freed the prisoners. Afghan officials welcomed it. "
         "The appeal was heard by Judge Mary Tolbert, who ruled against the detainees.", "GBRJUD"),
        # no outlet: the country in focus, as before
        (None, "Afghanistan's government freed the prisoners. Afghan officials welcomed it. "
         "The appeal was heard by Judge Mary Tolbert, who ruled against the detainees.", "AFGJUD"),
        # a country in the judge's own sentence is better evidence than the outlet
        ("New York Times - News", "Afghanistan's government freed the prisoners. In Pakistan, the appeal "
         "was heard by Judge Mary Tolbert, who ruled against the detainees.", "PAKJUD"),
    ],
)
def test_resolve_judge_without_country_sits_in_the_outlets_country(
    nlp, source: str | None, text: str, actor: str
) -> None:
    article = Article(id="t", date=dt.date(2013, 1, 11), text=text, source=source)
    found = [m for m in analyze(article, nlp).mentions if m.text == "Judge Mary Tolbert"]
    assert found and found[0].actor == actor


@pytest.mark.parametrize(
    ("text", "index", "person"),
    [
        ("press secretary Rear Adm. Tom Harlan said", 2, False),  # the first word of a rank
        ("the spokesman Vice Adm. Tom Harlan said", 2, False),
        ("Trump met Putin Sen. Smith later", 2, True),  # a known office holder before a title
        ("the aide Harlan said", 2, True),
    ],
)
def test_resolve_rank_word_is_not_a_person(text: str, index: int, person: bool) -> None:
    import spacy

    from dateline.actors.resolve import _not_a_person

    doc = spacy.blank("en")(text)
    assert _not_a_person(doc[index : index + 1], set()) is not person


@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        # a name spaCy's model may tag ORG: a title in apposition shows it is a person's
        ("\"He will be arrested,\" said Taras Petrenko, head of Vesta Consulting in Kiev.", "Taras Petrenko", True),
        # a title before a short last name that keeps the sentence's full stop
        ("The bill was opposed by lawmaker Emily Ga. Police did not respond.", "Emily Ga.", True),
        ("\"The wounds are still bleeding in Hong Kong,\" said pro-democracy lawmaker Emily Ga.\n\nThe police did "
         "not respond.", "Emily Ga.", True),  # the end of a paragraph
        ("The deal was signed by the firm Smith Co. Nobody objected.", "Smith Co.", False),  # a company
        ("The bill was opposed by Vesta Foundation, a charity in Kiev.", "Vesta Foundation", False),
        ("He met the head of Vesta Consulting in Kiev.", "Vesta Consulting", False),  # no title
    ],
)
def test_resolve_org_span_with_a_title_is_a_person(nlp, text: str, name: str, person: bool) -> None:
    from spacy.tokens import Span

    from dateline.actors.resolve import _titled_name

    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), label="ORG")
    assert span is not None and _titled_name(Span(doc, span.start, span.end, label="ORG")) is person
