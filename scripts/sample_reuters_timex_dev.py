"""Sample Reuters-21578 stories (1987 newswire) for the hand-labelled wire-style TIMEX3 dev set.

Draws ``--n`` stories with a fixed seed from the stories whose lead is prose (not an earnings
table) and carries several temporal cues (a crude word count, see ``CUES``: months, weekdays,
"year", "quarter", "week", "today", "19xx", ...; it only steers the sample towards stories
worth labelling and is not dateline). Each story keeps its lead: the paragraphs up to the first
paragraph end at or after ``--chars`` characters. The story text is the one dateline reads
(``dateline.ingest.reuters``: dateline, then body) and its DCT is the story's ``<DATE>``.
The output (ids, dates, lead lengths, empty ``timexes``) is for a person to label; the texts
stay in ../shared (Reuters' copyright, research use only).

    .venv/bin/python scripts/sample_reuters_timex_dev.py --out /tmp/reuters_dev.jsonl
    .venv/bin/python scripts/sample_reuters_timex_dev.py --show /tmp/reuters_dev.jsonl
    .venv/bin/python scripts/sample_reuters_timex_dev.py --labels labels.txt /tmp/reuters_dev.jsonl \
        --out tests/time/data/reuters_timex_dev.jsonl

The second wire set (``reuters_timex_dev2.jsonl``) is drawn from the macro-economic and
diplomatic stories only (``--macro``: a TOPICS tag in ``MACRO_TOPICS`` or an ORGS tag of an
intergovernmental body), with longer leads and more cues, leaving out the first set's stories:

    .venv/bin/python scripts/sample_reuters_timex_dev.py --seed 4 --macro --chars 1500 --min-cues 6 \
        --exclude tests/time/data/reuters_timex_dev.jsonl --out /tmp/reuters_dev2.jsonl

``--labels`` reads ``article|text|nth|type|value|mod`` lines, as ``sample_timex_dev.py`` does.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_timex_dev import from_labels  # noqa: E402  (a sibling script, not a package)

from dateline.eval.standoff import default_reuters, load_reuters  # noqa: E402

SEED = 3  # issue #3
MIN_CUES = 4
CUES = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
    r"tomorrow|tonight|week|weeks|month|months|year|years|quarter|quarters|ago|annual|annually|"
    r"19\d\d|now|currently|recently)\b",
    re.IGNORECASE,
)

# Reuters TOPICS tags of the economy-and-politics desk (the rest are commodities, currencies,
# "earn" and "acq"), the kind of story TempEval-3 platinum (2013 wire news) is made of.
MACRO_TOPICS = frozenset({"trade", "money-fx", "interest", "gnp", "bop", "cpi", "wpi", "jobs", "ipi", "reserves",
                          "money-supply", "income", "retail", "housing", "inventories", "instal-debt", "dlr"})
# ORGS tags of intergovernmental bodies (diplomacy, summits, trade talks).
MACRO_ORGS = frozenset({"ec", "gatt", "imf", "worldbank", "oecd", "opec", "un", "unctad", "asean", "comecon", "gcc",
                        "bis", "efta", "iea", "ilo"})


def macro_ids(folder: Path) -> set[str]:
    """The ``reuters-NEWID`` ids of stories tagged with a macro topic or an intergovernmental org."""
    out: set[str] = set()
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
    for path in sorted(folder.glob("reut2-*.xml")):
        root = etree.fromstring(path.read_bytes(), parser)
        for story in root.iter("REUTERS"):
            topics = {d.text for d in story.iterfind("TOPICS/D")}
            orgs = {d.text for d in story.iterfind("ORGS/D")}
            if topics & MACRO_TOPICS or orgs & MACRO_ORGS:
                out.add(f"reuters-{story.get('NEWID')}")
    return out


def lead_end(text: str, chars: int) -> int:
    """The offset of the first paragraph end at or after ``chars`` (wire paragraphs start indented)."""
    cut = text.find("\n ", chars)
    return len(text) if cut < 0 else cut


def is_prose(lead: str) -> bool:
    """Running sentences rather than a results table ("Shr 1.20 dlrs vs 1.10 dlrs")."""
    return len(re.findall(r"\bthe\b", lead, re.IGNORECASE)) >= 4 and lead.count(" vs ") < 2


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--chars", type=int, default=1200)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--min-cues", type=int, default=MIN_CUES)
    ap.add_argument("--macro", action="store_true", help="only stories with a macro topic or org tag")
    ap.add_argument("--exclude", type=Path, action="append", default=[], help="a dev set whose stories to leave out")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--show", type=Path)
    ap.add_argument("--labels", nargs=2, type=Path, metavar=("LABELS", "SAMPLE"))
    args = ap.parse_args()
    stories = load_reuters(default_reuters())
    texts = {ref: a.text for ref, a in stories.items()}
    if args.show:
        for line in args.show.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            print(f"=== {item['article']} {item['date']}\n{texts[item['article']][: item['end']]}\n")
        return
    if args.labels:
        items = from_labels(*args.labels, texts)
        args.out.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
        return
    skip = {json.loads(line)["article"] for path in args.exclude
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    keep = macro_ids(default_reuters()) if args.macro else set(stories)
    pool = []
    for ref in sorted(stories, key=lambda r: int(r.split("-")[1])):
        if ref in skip or ref not in keep:
            continue
        text = texts[ref]
        end = lead_end(text, args.chars)
        body = text[: end].split(" - ", 1)[-1]  # the cue count leaves out the dateline's own date
        if is_prose(body) and len(CUES.findall(body)) >= args.min_cues:
            pool.append((ref, end))
    print(f"{len(pool)} of {len(stories)} stories qualify", file=sys.stderr)
    with args.out.open("w", encoding="utf-8") as fh:
        for ref, end in random.Random(args.seed).sample(pool, args.n):
            row = {"corpus": "reuters21578", "article": ref, "date": stories[ref].date.isoformat(), "end": end,
                   "timexes": []}
            fh.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
