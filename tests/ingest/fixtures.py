"""Small real files of every input format, written by the tests."""

from __future__ import annotations

import io
import json
from pathlib import Path

PARAGRAPHS = [
    "Moscow and Ankara signed a loan agreement for the supply of the S-400s to Turkey in September 2017.",
    "Russia completed the first shipment of S-400 components to Turkey in late July 2019, officials said.",
    "The White House has repeatedly threatened to sanction Turkey over the S-400s, even deciding to suspend "
    "the delivery of fifth-generation F-35 fighter jets to Ankara.",
    "Turkish presidential spokesman Ibrahim Kalin said that Turkey was unable to deploy the systems in April.",
]
TEXT = "\n\n".join(PARAGRAPHS)

HTML = f"""<!DOCTYPE html>
<html><head><title>Turkey sticks to S-400 deal | Example News</title>
<meta property="article:published_time" content="2020-06-24T10:00:00Z">
<meta property="og:site_name" content="Example News">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Turkey sticks to S-400 deal</h1>
{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}
</article>
<footer>Copyright Example News</footer>
</body></html>
"""

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>https://example.org/</link>
<description>World news</description>
<item><title>Turkey sticks to S-400 deal</title><link>https://example.org/a1</link>
<guid>https://example.org/a1</guid><pubDate>Wed, 24 Jun 2020 10:00:00 GMT</pubDate>
<description><![CDATA[<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>]]></description></item>
<item><title>No date here</title><link>https://example.org/a2</link>
<description>{PARAGRAPHS[2]}</description></item>
</channel></rss>
"""


def write_warc(path: Path, html: str = HTML, url: str = "https://example.org/s400") -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=path.name.endswith(".gz"))
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")),
                                           http_headers=headers)
        writer.write_record(record)
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://example.org/x.png", "response",
                                                      payload=io.BytesIO(b"\x89PNG..."), http_headers=image))


def jsonl_lines(rows: list[dict]) -> str:  # type: ignore[type-arg]
    return "".join(json.dumps(r) + "\n" for r in rows)
