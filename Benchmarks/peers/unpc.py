#!/usr/bin/env python3
"""Sentence-list alignment on the UN Parallel Corpus development set, all 15 language pairs.

The devset (shared/corpora/unpc-v1.0-devset) has 4,000 UN sentences, line i the same sentence in
all six languages. One line in twenty is deleted from each side of a pair, at different places
(seeded by the pair's name), so the gold has 1-1 beads and left-out sentences. UNAlign (the release
CLI) and galechurch (PyPI, Gale–Church in Rust, mean_xy from the data; from .build/peers-venv, which
accuracy.sh creates) align the same files, and `unalign eval` scores both. Writes Benchmarks/unpc.md.
"""
import itertools, json, os, random, subprocess, sys, time
from pathlib import Path

root = Path(__file__).resolve().parents[2]
corpus = root.parent / "shared/corpora/unpc-v1.0-devset"
work = root / ".build/unpc"
cli = root / ".build/release/unalign"
venv_python = root / ".build/peers-venv/bin/python"
langs = ["ar", "zh", "en", "fr", "ru", "es"]

GALECHURCH = r'''
import sys, galechurch
from galechurch._lengths import char_length
a = open(sys.argv[1], encoding="utf-8").read().split("\n")[:-1]
b = open(sys.argv[2], encoding="utf-8").read().split("\n")[:-1]
r = galechurch.align(a, b, mean_xy=sum(map(char_length, a)) / max(1, sum(map(char_length, b))))
seen_a, seen_b, out = set(), set(), []
for x in r.beads:
    s, t = list(range(x.source_start, x.source_end)), list(range(x.target_start, x.target_end))
    seen_a.update(s); seen_b.update(t)
    out.append((s, t))
out += [([i], []) for i in range(len(a)) if i not in seen_a] + [([], [j]) for j in range(len(b)) if j not in seen_b]
side = lambda xs: ",".join(str(v + 1) for v in xs) if xs else "omitted"
print("\n".join(f"{side(s)} <=> {side(t)}" for s, t in out))
'''


def strict_f1(gold: Path, test: Path) -> float:
    out = subprocess.run([str(cli), "eval", "--gold", str(gold), "--test", str(test), "--json"], capture_output=True, text=True, check=True).stdout
    score = next(iter(json.loads(out).values()))
    p, r = score["strictPrecision"], score["strictRecall"]
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def main() -> None:
    text = {l: (corpus / f"UNv1.0.devset.{l}").read_text(encoding="utf-8").rstrip("\n").split("\n") for l in langs}
    n = len(text["en"])
    peers = venv_python.exists()
    rows, seconds = [], {"unalign": 0.0, "galechurch": 0.0}
    for la, lb in itertools.combinations(langs, 2):
        rnd = random.Random(f"{la}-{lb}")
        keep_a = [i for i in range(n) if rnd.random() >= 0.05]
        keep_b = [i for i in range(n) if rnd.random() >= 0.05]
        pos_a = {i: k for k, i in enumerate(keep_a)}
        pos_b = {i: k for k, i in enumerate(keep_b)}
        d = work / f"{la}-{lb}"
        d.mkdir(parents=True, exist_ok=True)
        (d / "a.txt").write_text("".join(text[la][i] + "\n" for i in keep_a), encoding="utf-8")
        (d / "b.txt").write_text("".join(text[lb][i] + "\n" for i in keep_b), encoding="utf-8")
        gold = [(pos_a.get(i), pos_b.get(i)) for i in range(n) if i in pos_a or i in pos_b]
        side = lambda k: "omitted" if k is None else str(k + 1)
        (d / "gold.align").write_text("".join(f"{side(x)} <=> {side(y)}\n" for x, y in gold), encoding="utf-8")
        t0 = time.perf_counter()
        subprocess.run([str(cli), "align", "--sentences", str(d / "a.txt"), str(d / "b.txt"), "-l", la, lb, "-f", "beads", "-o", str(d / "unalign.align")], check=True)
        seconds["unalign"] += time.perf_counter() - t0
        row = [f"{la}–{lb}", strict_f1(d / "gold.align", d / "unalign.align")]
        if peers:
            t0 = time.perf_counter()
            out = subprocess.run([str(venv_python), "-c", GALECHURCH, str(d / "a.txt"), str(d / "b.txt")], capture_output=True, text=True, check=True).stdout
            seconds["galechurch"] += time.perf_counter() - t0
            (d / "galechurch.align").write_text(out, encoding="utf-8")
            row.append(strict_f1(d / "gold.align", d / "galechurch.align"))
        rows.append(row)
    head = "| pair | UNAlign |" + (" galechurch 0.1.0 (PyPI), mean_xy from the data |" if peers else "")
    lines = ["# UN Parallel Corpus devset: sentence-list alignment, 15 language pairs", "",
             f"Strict F1 against the devset's own line pairing, one line in twenty deleted from each side at different places "
             f"({n:,} lines per language before deletion). Command: `bash Benchmarks/accuracy.sh` (or `python3 Benchmarks/peers/unpc.py` "
             f"after it). Seconds for all 15 pairs, one process per pair: UNAlign {seconds['unalign']:.1f}"
             + (f", galechurch {seconds['galechurch']:.1f}." if peers else "."), "",
             head, "|---|---:|" + ("---:|" if peers else "")]
    for r in rows:
        lines.append(f"| {r[0]} | {r[1]:.4f} |" + (f" {r[2]:.4f} |" if peers else ""))
    mean = [sum(r[k] for r in rows) / len(rows) for k in range(1, len(rows[0]))]
    lines.append("| **mean** | **" + f"{mean[0]:.4f}" + "** |" + (f" {mean[1]:.4f} |" if peers else ""))
    lines += ["", "The sentences come from many documents, not one running text: little but numbers, names, "
              "symbols, Latin-script words and lengths connects two lines (the Chinese–English lexicon helps the "
              "pairs with Chinese and English)."]
    (root / "Benchmarks/unpc.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
