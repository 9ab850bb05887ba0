#!/usr/bin/env python3
"""Times the preview: from saving an article to the browser's reload event, and to the rebuilt page.

Usage (with `site serve --input DIR --port PORT` running on the same machine):
    measure-reload.py PORT ARTICLE_FILE PAGE_PATH RUNS
e.g. measure-reload.py 8123 /dev/shm/bench-5000/input/articles/2020/x.fr.md /fr/2020/10/x/ 15

It listens to the server's live-reload events (/__site/events) like a browser, then RUNS times: adds a paragraph
to the article, waits for the "reload" event, fetches the page and checks that the paragraph is there. The
article is restored at the end. PAUSE (seconds, default 1.5) is the time between two saves, as an author types.
"""
import http.client
import os
import sys
import time
import urllib.request

port, article, page, runs = int(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
pause = float(os.environ.get("PAUSE", "1.5"))

# http.client sends "Host: 127.0.0.1:PORT" (the preview answers only to its own address, port included) and undoes
# the chunked framing of the event stream, which a raw socket would see between the events.
connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
connection.request("GET", "/__site/events")
events = connection.getresponse()
if events.status != 200:
    sys.exit(f"the preview answered {events.status} {events.reason} to /__site/events")


def wait_for(name):
    """Reads Server-Sent Events ("event: NAME", "data: ...", a blank line) until one named NAME has ended."""
    event = None
    while True:
        line = events.readline()
        if not line:
            sys.exit("the preview closed the event stream")
        line = line.decode("utf-8").rstrip("\r\n")
        if line.startswith("event:"):
            event = line[len("event:"):].strip()
        elif line == "":
            if event == name:
                return
            event = None


time.sleep(0.5)
original = open(article, encoding="utf-8").read()
timings = []
try:
    for run in range(runs):
        marker = f"Mesure {run} {time.time()}."
        text = original.replace("\n---\n", f"\n---\n{marker}\n\n", 1)
        saved = time.perf_counter()
        with open(article, "w", encoding="utf-8") as file:
            file.write(text)
        wait_for("reload")
        reloaded = time.perf_counter()
        body = urllib.request.urlopen(f"http://127.0.0.1:{port}{page}").read().decode()
        served = time.perf_counter()
        assert marker in body, "the edit is not in the page"
        timings.append((reloaded - saved, served - saved))
        time.sleep(pause)
finally:
    with open(article, "w", encoding="utf-8") as file:
        file.write(original)

event = sorted(t[0] * 1000 for t in timings)
page_ms = sorted(t[1] * 1000 for t in timings)
print(f"runs={runs} reload event: median {event[len(event) // 2]:.0f} ms (min {event[0]:.0f}, max {event[-1]:.0f}); "
      f"page served: median {page_ms[len(page_ms) // 2]:.0f} ms (min {page_ms[0]:.0f}, max {page_ms[-1]:.0f})")
