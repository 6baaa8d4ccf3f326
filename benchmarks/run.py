"""Benchmark sm-lint and write the figures to ``docs/performance.md``.

    python benchmarks/run.py [--repeat 5] [--large 100000] [--out docs/performance.md]

Measures, in one run on this machine:

- cold start: ``sm-lint check`` on one post against ``python -c "import spacy"`` (median of
  ``--repeat`` runs each, alternating), by wall time (the target) and by CPU time (user and
  system, which other work on a shared machine disturbs less);
- throughput: posts per second of ``sm-lint check`` over 1,000 and ``--large`` generated posts
  (``benchmarks/make_corpus.py``, mixed German and English, about 280 characters), in one
  process and with ``--jobs 2``; the wall time includes the start-up, and the rate without it
  (wall time minus the median cold start) is shown as well;
- peak memory: the largest resident set size of a process of each run (``ru_maxrss`` of the
  finished children, measured in a fresh wrapper process per run);
- proselint and sm-lint over the same 1,000 English posts (one ``.txt`` file each), total
  wall time of each command.

The profile is ``--profile`` (default: the development corpus profile, if present, else
``examples/profile.yaml``); all rule packs and trained models are on. sm-lint's modules are
compiled to bytecode first, as ``pip install .`` does.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import make_corpus  # noqa: E402

_WRAPPER = ("import resource, subprocess, sys, time\n"
            "t = time.perf_counter()\n"
            "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
            "wall = time.perf_counter() - t\n"
            "use = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
            "sys.stdout.write(f'{wall} {use.ru_maxrss} {p.returncode} {use.ru_utime + use.ru_stime}\\n')\n"
            "sys.stderr.write(p.stderr.decode(errors='replace')[-2000:])\n")


def measure(argv: list[str], env: dict | None = None) -> tuple[float, float, float]:
    """(wall seconds, peak RSS in MB, CPU seconds) of one run of ``argv`` in a fresh wrapper
    process; the CPU time (user and system) is what other work on the machine disturbs least."""
    proc = subprocess.run([sys.executable, "-c", _WRAPPER, *argv], capture_output=True, text=True,
                          env=env, cwd=ROOT)
    wall, rss, code, cpu = proc.stdout.split()
    if int(code) not in (0, 1):
        raise SystemExit(f"benchmark command failed ({code}): {' '.join(argv)}\n{proc.stderr}")
    return float(wall), int(rss) / 1024, float(cpu)


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GB"
    except OSError:
        pass
    spacy_version = subprocess.run([sys.executable, "-c", "import spacy; print(spacy.__version__)"],
                                   capture_output=True, text=True).stdout.strip()
    return {"cpu": cpu, "cores": os.cpu_count(), "ram": ram, "python": platform.python_version(),
            "spacy": spacy_version, "os": platform.platform()}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5, help="runs per cold-start figure (median)")
    ap.add_argument("--large", type=int, default=100_000, help="size of the large corpus")
    ap.add_argument("--profile", default=None, help="company profile")
    ap.add_argument("--out", default=str(ROOT / "docs" / "performance.md"))
    ap.add_argument("--keep", default=None, help="folder for the generated corpora (default: a temp folder)")
    args = ap.parse_args(argv)

    dev_profile = Path("/work/shared/corpus/nordlicht.yaml")
    profile = args.profile or str(dev_profile if dev_profile.is_file() else ROOT / "examples" / "profile.yaml")
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="sm-lint-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    sm = [sys.executable, "-m", "sm_lint", "check", "--config", profile, "-q", "--format", "json"]
    # sm-lint's bytecode, as `pip install .` compiles it (spaCy's was compiled when it was
    # installed): a source checkout under PYTHONDONTWRITEBYTECODE would compile it in every run
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "sm_lint")], check=True)

    print("generating corpora …", file=sys.stderr)
    small, large, english = work / "posts-1k.jsonl", work / f"posts-{args.large}.jsonl", work / "posts-1k-en.jsonl"
    make_corpus.main(["--n", "1000", "--out", str(small)])
    make_corpus.main(["--n", str(args.large), "--out", str(large)])
    make_corpus.main(["--n", "1000", "--lang", "en", "--out", str(english)])
    one = work / "one.txt"
    one.write_text("Heute haben wir unser neues Büro in Kiel eingeweiht – danke an alle, die mitgeholfen "
                   "haben! Views are my own. #Teamwork\n", encoding="utf-8")
    en_dir = work / "en-posts"
    if en_dir.exists():
        shutil.rmtree(en_dir)
    en_dir.mkdir()
    for i, line in enumerate(english.read_text(encoding="utf-8").splitlines()):
        (en_dir / f"post-{i:04d}.txt").write_text(json.loads(line)["text"] + "\n", encoding="utf-8")

    rows: list[tuple[str, str, str]] = []
    # warm the file system cache and sm-lint's own cache once
    measure(sm + [str(one)], env)
    print("cold start …", file=sys.stderr)
    spacy_runs, cold_runs = [], []
    for _ in range(args.repeat):
        spacy_runs.append(measure([sys.executable, "-c", "import spacy"], env))
        cold_runs.append(measure(sm + [str(one)], env))
    spacy_med, cold_med = (statistics.median(r[0] for r in runs) for runs in (spacy_runs, cold_runs))
    spacy_cpu, cold_cpu = (statistics.median(r[2] for r in runs) for runs in (spacy_runs, cold_runs))
    ratio = cold_med / spacy_med
    rows.append(("`python -c \"import spacy\"`", f"{spacy_med:.2f} s",
                 f"median of {args.repeat}; CPU time {spacy_cpu:.2f} s"))
    rows.append(("`sm-lint check` one post (cold start)", f"{cold_med:.2f} s",
                 f"median of {args.repeat}; {ratio:.2f} × import spacy (target ≤ 1.3); by CPU time "
                 f"{cold_cpu / spacy_cpu:.2f} ×; peak {max(r[1] for r in cold_runs):.0f} MB"))

    results = {}
    for label, path, n in (("1,000 posts", small, 1000), (f"{args.large:,} posts", large, args.large)):
        for jobs in (1, 2):
            print(f"{label}, --jobs {jobs} …", file=sys.stderr)
            runs = [measure(sm + ["--jobs", str(jobs), str(path)], env) for _ in range(1 if n > 10_000 else 3)]
            wall = min(r[0] for r in runs)
            rss = max(r[1] for r in runs)
            rate = n / wall
            steady = n / max(wall - cold_med, 1e-6)
            results[(n, jobs)] = (wall, rate, steady, rss)
            rows.append((f"{label}, `--jobs {jobs}`", f"{wall:.1f} s",
                         f"{rate:,.0f} posts/s end to end, {steady:,.0f} posts/s without start-up; "
                         f"peak {rss:.0f} MB per process" + ("" if n > 10_000 else "; best of 3")))

    print("proselint …", file=sys.stderr)
    # both tools started the same way, by this interpreter (a launcher script on PATH, such as a
    # version manager's shim, would add its own start-up to one side only)
    found = importlib.util.find_spec("proselint") is not None
    pl_cmd = ([sys.executable, "-m", "proselint"] if found else [shutil.which("proselint") or "proselint"]) + [
        "check", "-o", "compact", str(en_dir)]
    pl_t, sm_t = [], []
    for _ in range(3):
        pl_t.append(measure(pl_cmd, env)[0])
        sm_t.append(measure(sm + ["--lang", "en", str(en_dir)], env)[0])
    rows.append(("proselint, 1,000 English posts (`.txt` files)", f"{statistics.median(pl_t):.2f} s", "median of 3"))
    rows.append(("sm-lint, the same 1,000 English posts", f"{statistics.median(sm_t):.2f} s",
                 f"median of 3; {statistics.median(sm_t) / statistics.median(pl_t):.2f} × proselint"))

    m = machine()
    targets = [
        ("cold start ≤ 1.3 × import spacy", f"{ratio:.2f} ×", ratio <= 1.3),
        ("≥ 3,000 posts/s in one process (1,000 posts, without start-up)",
         f"{results[(1000, 1)][2]:,.0f} posts/s", results[(1000, 1)][2] >= 3000),
        (f"{args.large:,} posts with `--jobs 2` in under 25 s", f"{results[(args.large, 2)][0]:.1f} s",
         results[(args.large, 2)][0] < 25),
        ("peak memory under 500 MB", f"{max(r[3] for r in results.values()):.0f} MB",
         max(r[3] for r in results.values()) < 500),
        ("less wall time than proselint", f"{statistics.median(sm_t):.2f} s vs {statistics.median(pl_t):.2f} s",
         statistics.median(sm_t) < statistics.median(pl_t)),
    ]
    lines = [
        "# Performance",
        "",
        f"Measured {dt.date.today().isoformat()} with `python benchmarks/run.py` "
        f"(corpora from `benchmarks/make_corpus.py`, seed 7; profile `{Path(profile).name}`, all rule packs and "
        "trained models on; sm-lint's bytecode compiled first, as an install does). The machine is shared, "
        "so single figures are noisy; cold starts are medians, throughput figures the best of the runs.",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['ram']} RAM; Python {m['python']}, spaCy {m['spacy']}; "
        f"{m['os']}.",
        "",
        "| measurement | time | notes |",
        "|---|---|---|",
        *[f"| {a} | {b} | {c} |" for a, b, c in rows],
        "",
        "## Targets",
        "",
        "| target | measured | holds |",
        "|---|---|---|",
        *[f"| {a} | {b} | {'yes' if ok else 'no'} |" for a, b, ok in targets],
        "",
    ]
    old = Path(args.out).read_text(encoding="utf-8") if Path(args.out).is_file() else ""
    if "\n## Notes" in old:      # the hand-written part of the page is kept
        lines += [old[old.index("\n## Notes") + 1:].rstrip(), ""]
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
