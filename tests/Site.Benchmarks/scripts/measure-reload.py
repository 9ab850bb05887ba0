#!/usr/bin/env python3
"""Times the preview: from saving an article to the browser's reload event, and to the rebuilt page.

Usage (with `site serve --input DIR --port PORT` running on the same machine):
    measure-reload.py PORT ARTICLE_FILE PAGE_PATH RUNS
e.g. measure-reload.py 8123 /dev/shm/bench-5000/input/articles/2020/x.fr.md /fr/2020/10/x/ 15

It listens to the server's live-reload events (/__site/events) like a browser, then RUNS times: adds a paragraph
to the article, waits for the "reload" event, fetches the page and checks that the paragraph is there. The
article is restored at the end. PAUSE (seconds, default 1.5) is the time between two saves, as an author types.
"""
import os
import socket
import sys
import time
import urllib.request

port, article, page, runs = int(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
pause = float(os.environ.get("PAUSE", "1.5"))

events = socket.create_connection(("127.0.0.1", port))
events.sendall(b"GET /__site/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
events.settimeout(30)
received = b""


def wait_for(name):
    global received
    while True:
        start = received.find(b"event: ")
        if start >= 0:
            end = received.find(b"\n\n", start)
            if end >= 0:
                event = received[start + 7:received.find(b"\n", start)].decode()
                received = received[end + 2:]
                if event == name:
                    return
                continue
        received += events.recv(65536)


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
