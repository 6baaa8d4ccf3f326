"""Load test of ``sm-lint serve``: concurrent single-post checks for a bounded time.

    python benchmarks/load_server.py                       # starts a server on a free port
    python benchmarks/load_server.py --url http://127.0.0.1:8080 --duration 10 --concurrency 16

Reports requests per second and the latency percentiles. The client is a small asyncio
HTTP/1.1 keep-alive client (one connection per concurrent user) so that as little CPU as
possible goes to generating the load on the same machine.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]

POSTS = [
    ("Was für ein Scheißtag im Büro, schon wieder drei Stunden Meeting.", "de"),
    ("WaveDesk 5 ist da! Ich finde es das beste Release seit Jahren.", "de"),
    ("Wir suchen Verstärkung im Support. Meldet euch gern bei mir!", "de"),
    ("Stellar baut nur Schrott, bei uns läuft alles stabil.", "de"),
    ("Feierabend! Das Ergebnis des Workshops kann sich sehen lassen.", "de"),
    ("Great launch of WaveDesk today, check it out at https://brightwave.example/5", "en"),
    ("This release was a shitty week, but we shipped it.", "en"),
    ("Proud of the team: three conferences, two talks, one new product.", "en"),
    ("Call me at +49 170 1234567 if you want to know more about the roadmap.", "en"),
    ("Honestly, Redwood Desk is garbage compared to what we build.", "en"),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(config: str, extra: list[str]) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "sm_lint", "serve", "--port", str(port), "--config", config,
                             *extra], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2):
                return proc, url
        except OSError:
            if proc.poll() is not None:
                break
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit("the server did not start")


def request_bytes(host: str, path: str, body: bytes) -> bytes:
    return (f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nConnection: keep-alive\r\n\r\n").encode() + body


async def read_response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    length = 0
    for line in lines[1:]:
        if line.lower().startswith("content-length:"):
            length = int(line.split(":", 1)[1])
    return status, await reader.readexactly(length)


async def user(host: str, port: int, stop: float, latencies: list, statuses: dict, rng: random.Random,
               batch: int) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    hostname = f"{host}:{port}"
    n = 0
    try:
        while time.perf_counter() < stop:
            n += 1
            if batch > 1:
                posts = [{"id": str(i), "text": f"{t} #{n}-{i}", "lang": "auto", "account": "personal"}
                         for i, (t, _) in enumerate(rng.choices(POSTS, k=batch))]
                body, path = json.dumps({"posts": posts}).encode(), "/v1/check/batch"
            else:
                text, _ = rng.choice(POSTS)
                body = json.dumps({"text": f"{text} #{n}", "account": "personal", "platform": "linkedin"}).encode()
                path = "/v1/check"
            started = time.perf_counter()
            writer.write(request_bytes(hostname, path, body))
            status, _ = await read_response(reader)
            latencies.append(time.perf_counter() - started)
            statuses[status] = statuses.get(status, 0) + 1
    finally:
        writer.close()


async def run(url: str, duration: float, concurrency: int, batch: int, warmup: float) -> dict:
    parts = urlsplit(url)
    host, port = parts.hostname, parts.port or 80
    if warmup:
        await asyncio.gather(*(user(host, port, time.perf_counter() + warmup, [], {}, random.Random(i), batch)
                               for i in range(concurrency)))
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    started = time.perf_counter()
    stop = started + duration
    await asyncio.gather(*(user(host, port, stop, latencies, statuses, random.Random(100 + i), batch)
                           for i in range(concurrency)))
    elapsed = time.perf_counter() - started
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] * 1000

    return {"requests": len(latencies), "seconds": round(elapsed, 2),
            "requests_per_second": round(len(latencies) / elapsed, 1),
            "posts_per_second": round(len(latencies) * batch / elapsed, 1),
            "p50_ms": round(pct(50), 2), "p90_ms": round(pct(90), 2), "p99_ms": round(pct(99), 2),
            "max_ms": round(latencies[-1] * 1000, 2), "mean_ms": round(statistics.fmean(latencies) * 1000, 2),
            "statuses": statuses, "concurrency": concurrency, "batch": batch, "cpus": os.cpu_count()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running server (default: start one)")
    parser.add_argument("--config", default=str(ROOT / "tests" / "fixtures" / "profile.yaml"))
    parser.add_argument("--duration", type=float, default=10.0, help="seconds of load (default 10)")
    parser.add_argument("--concurrency", type=int, default=16, help="concurrent connections (default 16)")
    parser.add_argument("--batch", type=int, default=1, help="posts per request (>1 uses /v1/check/batch)")
    parser.add_argument("--warmup", type=float, default=2.0, help="seconds of load before measuring")
    parser.add_argument("--no-models", action="store_true", help="start the server without the classifiers")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args()
    proc = None
    url = args.url
    if not url:
        proc, url = start_server(args.config, ["--no-models"] if args.no_models else [])
    try:
        result = asyncio.run(run(url, args.duration, args.concurrency, args.batch, args.warmup))
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=10)
    if args.json:
        print(json.dumps(result))
        return
    print(f"{result['requests']} requests in {result['seconds']} s with {result['concurrency']} connections "
          f"({result['cpus']} CPUs, client and server on the same machine)")
    print(f"  {result['requests_per_second']} requests/s"
          + (f" ({result['posts_per_second']} posts/s)" if args.batch > 1 else ""))
    print(f"  latency p50 {result['p50_ms']} ms, p90 {result['p90_ms']} ms, p99 {result['p99_ms']} ms, "
          f"max {result['max_ms']} ms")
    print(f"  status codes: {result['statuses']}")


if __name__ == "__main__":
    main()
