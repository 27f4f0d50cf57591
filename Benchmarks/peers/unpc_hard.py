#!/usr/bin/env python3
"""A harder sentence-alignment benchmark from the UN Parallel Corpus devset, all 15 language pairs.

The devset (shared/corpora/unpc-v1.0-devset) has 4,000 UN sentences, line i the same sentence in
all six languages. Each pair's two sides are damaged independently (seeded by the pair's name), in
the ways real versions of a document differ from each other:

  - deletions: a line in twenty left out;
  - merges: a line in twenty-five joined with the next on one line (a 2-1 or 1-2 bead);
  - splits: a long line in fifty cut in two at a comma (a 1-2 or 2-1 bead);
  - swapped neighbours: two lines in a hundred change places with the next (a 2-2 bead: beads
    cannot cross);
  - inserted foreign blocks: a block of 5 to 25 lines from elsewhere in the devset, in that
    side's language, every 500 lines or so, that the other side does not have (left out).

The gold follows from the damage: lines that share a devset sentence are in one bead, crossing
beads merge, lines with no counterpart are `omitted`. UNAlign (the release CLI) and galechurch
(PyPI, from .build/peers-venv, which Benchmarks/accuracy.sh creates; left out and said so when it
is missing) align the same files; `unalign eval` scores both. Writes Benchmarks/unpc-hard.md.

With --deletions-and-merges, only the first two kinds of damage (the protocol of a corpus test
that deletes and merges lines): writes Benchmarks/unpc-deletions-merges.md.

    python3 Benchmarks/peers/unpc_hard.py
    python3 Benchmarks/peers/unpc_hard.py --deletions-and-merges
"""
from __future__ import annotations

import itertools
import json
import random
import re
import subprocess
import sys
import time
from pathlib import Path

root = Path(__file__).resolve().parents[2]
corpus = root.parent / "shared/corpora/unpc-v1.0-devset"
work = root / ".build/unpc-hard"
cli = root / ".build/release/unalign"
venv_python = root / ".build/peers-venv/bin/python"
langs = ["ar", "zh", "en", "fr", "ru", "es"]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from unpc import GALECHURCH  # noqa: E402  (the same galechurch driver as the plain benchmark)
sys.path.insert(0, str(root / "Scripts/corpus"))
from build_corpus import beads_for, fmt_side  # noqa: E402  (the A/75/394 gold's bead builder)

DELETE, MERGE, SPLIT, SWAP = 0.05, 0.04, 0.02, 0.02
BLOCK_EVERY, BLOCK_SIZES = 500, (5, 25)
COMMA = {"zh": "，", "ar": "،"}


def damage(text: list[str], lang: str, rnd: random.Random) -> list[tuple[str, list[int]]]:
    """The side's lines, each with the devset sentences it holds (none for a foreign line)."""
    n = len(text)
    lines: list[tuple[str, list[int]]] = []
    i = 0
    while i < n:
        if i > 0 and i % BLOCK_EVERY == 0 and rnd.random() < 0.8:
            start = rnd.randrange(n)
            size = rnd.randint(*BLOCK_SIZES)
            # Foreign: from elsewhere in the devset, kept out of the gold (no sentence ids).
            lines += [(text[(start + k) % n], []) for k in range(size)]
        r = rnd.random()
        if r < DELETE:
            i += 1
            continue
        # Blocks go in before lines k·BLOCK_EVERY, on either side: nothing joins across those
        # places (a bead of the other side would have to hold the block).
        if r < DELETE + MERGE and i + 1 < n and (i + 1) % BLOCK_EVERY != 0:
            joiner = "" if lang == "zh" else " "
            lines.append((text[i] + joiner + text[i + 1], [i, i + 1]))
            i += 2
            continue
        comma = COMMA.get(lang, ", ")
        if r < DELETE + MERGE + SPLIT and len(text[i]) > 80 and comma in text[i][20:-20]:
            k = text[i].index(comma, 20) + len(comma)
            lines += [(text[i][:k].rstrip(), [i]), (text[i][k:].lstrip(), [i])]
            i += 1
            continue
        lines.append((text[i], [i]))
        i += 1
    # Swapped neighbours (not across a foreign line).
    k = 0
    while k + 1 < len(lines):
        if lines[k][1] and lines[k + 1][1] and all(s % BLOCK_EVERY for s in lines[k + 1][1]) and rnd.random() < SWAP:
            lines[k], lines[k + 1] = lines[k + 1], lines[k]
            k += 2
        else:
            k += 1
    return lines


def write_gold(path: Path, a: list[tuple[str, list[int]]], b: list[tuple[str, list[int]]]) -> list[tuple[list[int], list[int]]]:
    """The gold beads, as the corpus builder makes them from the sentences each line renders
    (Scripts/corpus/build_corpus.py: shared sentences in one bead, beads kept contiguous and
    monotone, the rest left out), written in the scorer's format."""
    beads, _ = beads_for([ids for _, ids in a], [ids for _, ids in b])
    path.write_text("".join(f"{fmt_side(s)} <=> {fmt_side(t)}\n" for s, t in beads), encoding="utf-8")
    return beads


def scores(gold: Path, test: Path) -> tuple[float, float]:
    out = subprocess.run([str(cli), "eval", "--gold", str(gold), "--test", str(test), "--json"], capture_output=True, text=True, check=True).stdout
    s = next(iter(json.loads(out).values()))
    f1 = lambda p, r: 2 * p * r / (p + r) if p + r > 0 else 0.0
    return f1(s["strictPrecision"], s["strictRecall"]), f1(s["laxPrecision"], s["laxRecall"])


def main() -> int:
    global SPLIT, SWAP, BLOCK_EVERY, work
    only_deletions_and_merges = "--deletions-and-merges" in sys.argv[1:]
    out_name = "unpc-hard.md"
    if only_deletions_and_merges:
        SPLIT, SWAP, BLOCK_EVERY = 0, 0, 10**9  # no splits, swaps or inserted blocks
        work, out_name = root / ".build/unpc-deletions-merges", "unpc-deletions-merges.md"
    if not cli.exists():
        sys.exit("build first: swift build -c release")
    text = {l: (corpus / f"UNv1.0.devset.{l}").read_text(encoding="utf-8").rstrip("\n").split("\n") for l in langs}
    peers = venv_python.exists()
    rows, seconds, kinds = [], {"unalign": 0.0, "galechurch": 0.0}, {}
    for la, lb in itertools.combinations(langs, 2):
        a = damage(text[la], la, random.Random(f"{la}-{lb}-a"))
        b = damage(text[lb], lb, random.Random(f"{la}-{lb}-b"))
        d = work / f"{la}-{lb}"
        d.mkdir(parents=True, exist_ok=True)
        (d / "a.txt").write_text("".join(t + "\n" for t, _ in a), encoding="utf-8")
        (d / "b.txt").write_text("".join(t + "\n" for t, _ in b), encoding="utf-8")
        beads = write_gold(d / "gold.align", a, b)
        for s, t in beads:
            kinds[(len(s), len(t)) if s and t else ("omitted",)] = kinds.get((len(s), len(t)) if s and t else ("omitted",), 0) + 1
        started = time.monotonic()
        r = subprocess.run([str(cli), "align", "--sentences", str(d / "a.txt"), str(d / "b.txt"), "-l", la, lb], capture_output=True, text=True)
        seconds["unalign"] += time.monotonic() - started
        (d / "unalign.align").write_text(r.stdout, encoding="utf-8")
        row = [f"{la}–{lb}", *scores(d / "gold.align", d / "unalign.align")]
        if peers:
            started = time.monotonic()
            g = subprocess.run([str(venv_python), "-c", GALECHURCH, str(d / "a.txt"), str(d / "b.txt")], capture_output=True, text=True)
            seconds["galechurch"] += time.monotonic() - started
            (d / "galechurch.align").write_text(g.stdout, encoding="utf-8")
            row += list(scores(d / "gold.align", d / "galechurch.align")) if g.returncode == 0 else [float("nan")] * 2
        rows.append(row)
        print(" ".join(f"{x:.4f}" if isinstance(x, float) else x for x in row), file=sys.stderr)

    head = "| pair | UNAlign strict | UNAlign lax |" + (" galechurch strict | galechurch lax |" if peers else "")
    damage_text = ("a line in twenty deleted and a line in twenty-five merged with the next, nothing else"
                   if only_deletions_and_merges else
                   "a line in twenty deleted, a line in twenty-five merged with the next, a long line in fifty split at a "
                   "comma, two lines in a hundred swapped with the next, and about every 500 lines a block of 5–25 lines "
                   "from elsewhere inserted (left out in the gold; where both sides' blocks hold the same devset lines, "
                   "as in zh–en, they translate each other, and UNAlign aligns them as a moved block, which this gold, "
                   "kept monotone, counts as wrong)")
    lines = [
        "# UN Parallel Corpus devset, damaged: sentence-list alignment, 15 language pairs"
        + (" (deletions and merges only)" if only_deletions_and_merges else ""),
        "",
        f"Each side of each pair damaged on its own, as language versions differ: {damage_text}. The gold beads follow from the damage, made by the corpus builder's bead function (shared sentences in one bead, beads kept contiguous and monotone). "
        f"Gold beads over all pairs: {', '.join(f'{k[0]}-{k[1]}: {v}' if len(k) == 2 else f'omitted: {v}' for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]))}. "
        f"Command: `python3 Benchmarks/peers/unpc_hard.py{' --deletions-and-merges' if only_deletions_and_merges else ''}` (after `bash Benchmarks/accuracy.sh` for galechurch). "
        f"Seconds for all 15 pairs, one process per pair: UNAlign {seconds['unalign']:.1f}"
        + (f", galechurch {seconds['galechurch']:.1f}." if peers else "; galechurch not run (no .build/peers-venv)."),
        "",
        head,
        "|---|---:|---:|" + ("---:|---:|" if peers else ""),
    ]
    for row in rows:
        lines.append("| " + " | ".join(f"{x:.4f}" if isinstance(x, float) else x for x in row) + " |")
    means = [sum(r[k] for r in rows) / len(rows) for k in range(1, len(rows[0]))]
    lines.append("| **mean** | " + " | ".join(f"**{m:.4f}**" if k == 0 else f"{m:.4f}" for k, m in enumerate(means)) + " |")
    lines.append(f"| lowest | " + " | ".join(f"{min(r[k] for r in rows):.4f}" for k in range(1, len(rows[0]))) + " |")
    lines.append("")
    (root / "Benchmarks" / out_name).write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
