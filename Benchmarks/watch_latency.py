#!/usr/bin/env python3
"""Save-to-reload latency of `streek watch` on the quick scan (Notebooks/verzorgingsgebieden.md).

Works on a copy of Notebooks/ and Data/ in a temporary folder (the real notebook is never touched).
Starts the release `streek watch --port 0` (writing into the copy's Rendered/, as an author's session does), listens to its event stream on 127.0.0.1 and,
ROUNDS times, rewrites the notebook with one changed sentence. For each save it records
  - event:  save → the `reload` event for the page has arrived (poll, settle, render, event),
  - page:   save → the reloaded page has been fetched and holds the new sentence,
and the render time streek itself reports. Every wait is bounded; the server is stopped with Ctrl-C.

Usage: Benchmarks/watch_latency.py STREEK_BINARY [ROUNDS]   (or Benchmarks/run-watch.sh, which builds first)
STREEK_BINARY is `streek`; `streek watch` runs the `streek-preview` next to it, so build both.
Prints median, p90 and max of each measure, with the load average before and after.
"""
import math, os, re, shutil, signal, socket, statistics, subprocess, sys, tempfile, time, urllib.request

load_before = open("/proc/loadavg").read().split()[:3]
binary, rounds = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 30
repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
work = tempfile.mkdtemp(prefix="streek-watch-bench-")
for folder in ("Notebooks", "Data"):
    shutil.copytree(os.path.join(repo, folder), os.path.join(work, folder))
notebook = os.path.join(work, "Notebooks", "verzorgingsgebieden.md")
original = open(notebook, encoding="utf-8").read()

server = subprocess.Popen([binary, "watch", notebook, "--project", work, "--port", "0"],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
try:
    deadline, port, lines = time.time() + 120, None, []
    while port is None and time.time() < deadline:
        line = server.stdout.readline()
        lines.append(line)
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if match: port = int(match.group(1))
    if port is None: sys.exit("streek watch did not start:\n" + "".join(lines))

    events = socket.create_connection(("127.0.0.1", port), timeout=5)
    events.sendall(f"GET /_streek/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
    received = b""
    def wait_for(marker, limit=5.0):
        global received
        end = time.time() + limit
        while marker not in received:
            if time.time() > end: raise TimeoutError(marker)
            received += events.recv(65536)
        received = received[received.index(marker) + len(marker):]
    wait_for(b"event: hello")

    def drain():
        """Forgets events that arrived before this save (a save seen half-written renders twice)."""
        global received
        events.setblocking(False)
        try:
            while True:
                chunk = events.recv(65536)
                if not chunk: break
        except BlockingIOError:
            pass
        events.setblocking(True)
        events.settimeout(5)
        received = b""

    to_event, to_page, renders = [], [], []
    for index in range(rounds):
        sentence = f"Proefzin {index} voor de meting."
        time.sleep(0.15)  # let the previous round settle: each save is a fresh edit
        drain()
        start = time.perf_counter()
        with open(notebook, "w", encoding="utf-8") as file:  # in place, as many editors save
            file.write(original + "\n\n" + sentence + "\n")
        for attempt in range(5):  # the first reload may show the file half written; the next one is whole
            wait_for(b"event: reload\ndata: verzorgingsgebieden\n")
            event_time = (time.perf_counter() - start) * 1000
            page = urllib.request.urlopen(f"http://127.0.0.1:{port}/verzorgingsgebieden.html", timeout=5).read().decode()
            if sentence in page: break
        else:
            sys.exit(f"round {index}: the page never showed the new sentence")
        to_page.append((time.perf_counter() - start) * 1000)
        to_event.append(event_time)
    server.send_signal(signal.SIGINT)
    output, _ = server.communicate(timeout=10)
    # The log line is Dutch by default ("gerenderd: …"), English with --lang en ("rendered …").
    timings = re.findall(r"(?:gerenderd:|rendered) verzorgingsgebieden \((\d+) ms, (\d+) ms CPU\)", output)
    renders, render_cpu = [int(wall) for wall, _ in timings], [int(cpu) for _, cpu in timings]

    def summary(name, values):
        if not values: sys.exit(f"no figures for {name}; streek watch printed:\n{output}")
        values = sorted(values)
        p90 = values[max(0, math.ceil(0.9 * len(values)) - 1)]  # nearest rank
        print(f"{name:<28} median {statistics.median(values):6.1f} ms   p90 {p90:6.1f} ms   max {values[-1]:6.1f} ms   (n={len(values)})")
    print(f"streek watch, quick scan, {rounds} saves; exit status after Ctrl-C: {server.returncode}")
    print(f"binary: {binary} (serves through {os.path.join(os.path.dirname(os.path.realpath(binary)), 'streek-preview')})")
    print(f"load average (1, 5, 15 min) before: {' '.join(load_before)}, after: {' '.join(open('/proc/loadavg').read().split()[:3])}; {os.cpu_count()} cores")
    summary("render, wall clock", renders)
    summary("render, CPU time", render_cpu)
    summary("save → reload event", to_event)
    summary("save → reloaded page fetched", to_page)
finally:
    if server.poll() is None:
        server.kill()
    shutil.rmtree(work, ignore_errors=True)
