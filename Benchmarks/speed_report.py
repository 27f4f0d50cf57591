#!/usr/bin/env python3
"""Turns the ordo-one/benchmark markdown output into Benchmarks/speed.md (median of each metric per
benchmark, with ratios to raw ICU) and Benchmarks/scaling.svg (time against input size for the
sentence-alignment scaling series). Standard library only.

    python3 Benchmarks/speed_report.py .build/speed-raw.md
"""
import datetime, os, platform, re, subprocess, sys

raw = open(sys.argv[1], encoding="utf-8").read().splitlines()
here = os.path.dirname(os.path.abspath(__file__))

bench, header, results = None, None, {}
for line in raw:
    if line.startswith("### "):
        bench = line[4:].strip()
        bench = re.sub(r"\s+metrics$", "", bench)
        header = None
        continue
    if bench and line.startswith("|"):
        cells = [c.strip() for c in line.strip("|").split("|")]
        if cells and cells[0].lower().startswith("metric"):
            header = cells
            continue
        if header and "p50" in header and not set(cells[0]) <= set(":- "):
            try:
                results.setdefault(bench, {})[cells[0]] = cells[header.index("p50")]
            except (ValueError, IndexError):
                pass

def value(metric_cell, cell):
    """The number, scaled by the unit in the metric's name: '(K)' thousands, '(M)' millions."""
    v = float(cell.replace(",", "").replace("*", "") or 0)
    if "(K)" in metric_cell: v *= 1e3
    if "(M)" in metric_cell and "Memory" not in metric_cell: v *= 1e6
    return v

def metric(b, name):
    for k, v in results.get(b, {}).items():
        if k.startswith(name):
            return value(k, v)
    return None

def memory(b):
    for k, v in results.get(b, {}).items():
        if k.startswith("Memory (resident peak)"):
            return f"{v} {'MB' if '(M)' in k else ''}".strip()
    return "?"

def wall(b):
    for k, v in results.get(b, {}).items():
        if k.startswith("Time (wall clock)"):
            unit = re.search(r"\((\w+)\)", k)
            return f"{v} {unit.group(1) if unit else ''}".strip()
    return "?"

rows = []
for b in results:
    for name, unit, scale in [("K chars/s", "M chars/s", 1e-3 * 1e-3), ("K bytes/s", "MB/s", 1e-6), ("sentences/s", "sentences/s", 1),
                              ("countries/s", "countries/s", 1), ("documents/s", "documents/s", 1), ("segments/s", "segments/s", 1)]:
        v = metric(b, name)
        if v is not None:
            # "K chars/s" and "K bytes/s" record thousands per second.
            shown = v * 1e3 * scale if name.startswith("K ") else v
            rows.append((b, f"{shown:,.1f} {unit}" if shown < 100 else f"{shown:,.0f} {unit}", wall(b), memory(b)))
            break

def ratio(a, b):
    x, y = metric(a, "K chars/s"), metric(b, "K chars/s")
    return f"{y / x:.2f}×" if x and y else "?"

cpu = "?"
try:
    cpu = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name"))
except Exception:
    pass
commit = subprocess.run(["git", "-C", here, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
out = [
    "# Speed",
    "",
    f"Measured {datetime.datetime.utcnow().strftime('%Y-%m-%d %H:%M UTC')} on {cpu} ({os.cpu_count()} cores), "
    f"{platform.system()} {platform.release()}, commit {commit}, release build, one core unless the row says otherwise. "
    "Command: `bash Benchmarks/speed.sh`. Each row is the median over its iterations.",
    "",
    "| benchmark | throughput | wall clock | peak resident memory |",
    "|---|---:|---:|---:|",
]
out += [f"| {b} | {t} | {w} | {m} |" for b, t, w, m in rows]
out += [
    "",
    "Cost of the Swift layer over raw ICU doing the same boundary work (raw ICU throughput ÷ ours):",
    f"Chinese words {ratio('zh words: ChineseWordSegmenter', 'zh words: raw ICU')}, "
    f"English sentences {ratio('en sentences: SentenceSegmenter', 'en sentences: raw ICU')}.",
    "",
    "![time against input size](scaling.svg)",
    "",
]
open(os.path.join(here, "speed.md"), "w", encoding="utf-8").write("\n".join(out))

# The same work for the peers: speed.sh reruns the accuracy harness, which times every aligner on
# the six Champollion files (wall clock per file, start-up included).
acc = os.path.join(here, "accuracy.json")
if os.path.exists(acc):
    import json
    d = json.load(open(acc, encoding="utf-8"))
    n = sum(v["sentences_en"] + v["sentences_zh"] for v in d["sets"].values())
    def secs(a): return sum(f.get("seconds", 0) for f in a["files"].values() if isinstance(f, dict))
    ours = secs(d["aligners"]["unalign"]) if "unalign" in d["aligners"] else None
    peer = ["", f"The same work for every aligner in one run ({d['date']}): the six Champollion files, {n:,} sentences, "
            "one process per file (start-up included), from `Benchmarks/accuracy.json`:", "",
            "| aligner | seconds | sentences/s | time ÷ UNAlign's |", "|---|---:|---:|---:|"]
    for key, a in d["aligners"].items():
        t = secs(a)
        if t > 0:
            peer.append(f"| {a['label']} | {t:.1f} | {n / t:,.0f} | {t / ours:.2f}× |" if ours else f"| {a['label']} | {t:.1f} | {n / t:,.0f} | |")
    open(os.path.join(here, "speed.md"), "a", encoding="utf-8").write("\n".join(peer) + "\n")
    out += peer

# The scaling series: sentences against seconds, on a plain SVG line chart. speed.sh times the
# release CLI (`unalign align --sentences`, start-up included) on the UN file repeated 1× to 64×;
# without that file, the benchmark's own series is used.
series, cli = [], os.path.join(os.path.dirname(sys.argv[1]), "speed-scaling.tsv")
if os.path.exists(cli):
    rows_cli = [l.split("\t") for l in open(cli).read().splitlines() if l and not l.startswith("#")]
    series = [(int(r[1]), float(r[2])) for r in rows_cli]
    out_scaling = ["", "Sentence-list mode through the CLI (`unalign align --sentences`, release, start-up and lexicon load included), UN Champollion file repeated:", "",
                   "| copies | sentences | seconds | sentences/s | peak resident memory | strict F1 against the gold, once per copy |", "|---:|---:|---:|---:|---:|---:|"]
    out_scaling += [f"| {r[0]}× | {int(r[1]):,} | {float(r[2]):.2f} | {int(r[1]) / float(r[2]):,.0f} | {int(r[3]) // 1024} MB | {r[4] if len(r) > 4 else ''} |" for r in rows_cli]
    open(os.path.join(here, "speed.md"), "a", encoding="utf-8").write("\n".join(out_scaling) + "\n")
    out += out_scaling
else:
    for b in results:
        m = re.match(r"align sentences: UN file ×(\d+) \((\d+) sentences\)", b)
        rate = metric(b, "sentences/s")
        if m and rate:
            series.append((int(m.group(2)), int(m.group(2)) / rate))
series.sort()
if series:
    W, H, P = 560, 320, 56
    xmax = max(x for x, _ in series) * 1.05
    ymax = max(y for _, y in series) * 1.15
    def px(x): return P + (W - 2 * P) * x / xmax
    def py(y): return H - P + -(H - 2 * P) * y / ymax
    pts = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in series)
    lin = f"{px(0):.1f},{py(0):.1f} {px(series[-1][0]):.1f},{py(series[-1][1]):.1f}"
    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">',
           f'<rect width="{W}" height="{H}" fill="white"/>',
           f'<text x="{W/2}" y="20" text-anchor="middle" font-size="14">Sentence-list alignment time (UN file repeated 1× to 64×)</text>',
           f'<line x1="{P}" y1="{H-P}" x2="{W-P}" y2="{H-P}" stroke="black"/><line x1="{P}" y1="{H-P}" x2="{P}" y2="{P}" stroke="black"/>',
           f'<text x="{W/2}" y="{H-16}" text-anchor="middle">sentences (English + Chinese)</text>',
           f'<text x="16" y="{H/2}" transform="rotate(-90 16 {H/2})" text-anchor="middle">seconds</text>',
           f'<polyline points="{lin}" fill="none" stroke="#bbb" stroke-dasharray="4 4"/>',
           f'<polyline points="{pts}" fill="none" stroke="#1f5fa8" stroke-width="2"/>']
    for x, y in series:
        svg.append(f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="3.5" fill="#1f5fa8"/>')
        svg.append(f'<text x="{px(x)+6:.1f}" y="{py(y)-6:.1f}">{x:,}: {y:.2f} s</text>')
    svg.append(f'<text x="{W-P}" y="{P+12}" text-anchor="end" fill="#888">dashed: linear from the largest point</text>')
    svg.append("</svg>")
    open(os.path.join(here, "scaling.svg"), "w", encoding="utf-8").write("\n".join(svg))
print("\n".join(out))
