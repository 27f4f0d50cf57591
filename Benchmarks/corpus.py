#!/usr/bin/env python3
"""The corpus benchmark: thousands of generated six-language document sets aligned by `unalign batch`
on one core, on two cores and on Spark `local[2]` (Scripts/spark_batch.py), with sets/s, sentences/s
and peak memory, and the extrapolation to the UN Parallel Corpus. Writes Benchmarks/corpus.md.

    python3 Benchmarks/corpus.py                 # 10,000 sets (about ten minutes here)
    python3 Benchmarks/corpus.py --sets 500      # a quick look

The sets are made from the UN Parallel Corpus devset (../shared/corpora/unpc-v1.0-devset/, 4,000
sentences aligned in all six languages): set k takes twelve consecutive devset sentences from a
place that moves with k, as four numbered paragraphs of three sentences, in each language; every
tenth set also has paragraph 6 of A/75/394 (a recorded vote with its three country lists) as its
paragraph 5, in each language. Needs the release build (`swift build -c release`); the Spark run
needs `.build/spark-venv` with pyspark (README, "Aligning a whole corpus") and Java 17, and is left
out, said so, when they are missing.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGS = ["zh", "en", "fr", "es", "ru", "ar"]
DEVSET = ROOT.parent / "shared/corpora/unpc-v1.0-devset"
PER_PARAGRAPH, PARAGRAPHS = 3, 4
# The UN Parallel Corpus v1.0: 86,307 documents in all six languages, 11.4 million sentences per
# language in the fully aligned subcorpus (Ziemski et al., LREC 2016, table 2).
UNPC_DOCUMENTS, UNPC_SENTENCES = 86_307, 11_365_709


def vote_block(lang: str) -> str:
    """Paragraph 6 of A/75/394 (a recorded vote) in a language, numbered 5."""
    lines = (ROOT / f"Corpora/A-75-394/{lang}.md").read_text(encoding="utf-8").splitlines()
    start = next(i for i, l in enumerate(lines) if re.match(r"6\s*[.．-]", l))
    end = next(i for i in range(start + 1, len(lines)) if re.match(r"7\s*[.．-]", lines[i]))
    block = "\n".join(lines[start:end]).strip()
    return "5" + block[1:]


def generate(out: Path, sets: int) -> tuple[Path, int]:
    sentences = {l: (DEVSET / f"UNv1.0.devset.{l}").read_text(encoding="utf-8").splitlines() for l in LANGS}
    n = min(len(s) for s in sentences.values())
    votes = {l: vote_block(l) for l in LANGS}
    manifest = out / "sets.jsonl"
    total_sentences = 0
    out.mkdir(parents=True, exist_ok=True)
    with manifest.open("w", encoding="utf-8") as m:
        for k in range(sets):
            start = (k * 53) % (n - PER_PARAGRAPH * PARAGRAPHS)
            folder = out / "sets" / f"{k:05d}"
            folder.mkdir(parents=True, exist_ok=True)
            entry = {"id": f"generated/{k:05d}"}
            for l in LANGS:
                joiner = "" if l == "zh" else " "
                paragraphs = []
                for p in range(PARAGRAPHS):
                    chunk = sentences[l][start + p * PER_PARAGRAPH:start + (p + 1) * PER_PARAGRAPH]
                    # Paragraph numbers as each language's UN documents write them (`1.`; Arabic `1 -`).
                    number = f"{p + 1} - " if l == "ar" else f"{p + 1}. "
                    paragraphs.append(number + joiner.join(s.strip() for s in chunk))
                if k % 10 == 0:
                    paragraphs.append(votes[l])
                (folder / f"{l}.md").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
                entry[l] = f"sets/{k:05d}/{l}.md"
            total_sentences += PER_PARAGRAPH * PARAGRAPHS
            m.write(json.dumps(entry, ensure_ascii=False) + "\n")
    return manifest, total_sentences


def timed(command: list[str], env: dict | None = None) -> tuple[float, int, int]:
    """Wall seconds, peak resident KB (of the process and its children, as /usr/bin/time gives
    the largest), exit status."""
    timing = ROOT / ".build/corpus-time.txt"
    started = time.monotonic()
    r = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", str(timing), *command], env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.monotonic() - started
    peak = int(timing.read_text().split()[-1]) if timing.exists() else 0
    if r.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed ({r.returncode}): {r.stderr[-2000:]}")
    return seconds, peak, r.returncode


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", type=int, default=10_000)
    ap.add_argument("--out", type=Path, default=ROOT / ".build/corpus")
    ap.add_argument("--report", type=Path, default=ROOT / "Benchmarks/corpus.md")
    args = ap.parse_args()
    unalign = ROOT / ".build/release/unalign"
    if not unalign.exists():
        sys.exit("build first: swift build -c release")
    manifest, sentences = generate(args.out, args.sets)
    rows = []
    for jobs in (1, 2):
        out = args.out / f"aligned-{jobs}"
        seconds, peak, status = timed([str(unalign), "batch", str(manifest), "--out", str(out), "-f", "tmx", "--jobs", str(jobs)])
        rows.append((f"`unalign batch --jobs {jobs}` (TMX files)", seconds, peak, status))
    spark_python = ROOT / ".build/spark-venv/bin/python"
    spark_note = ""
    if spark_python.exists() and subprocess.run(["java", "-version"], capture_output=True).returncode == 0:
        env = dict(os.environ, PYSPARK_PYTHON=str(spark_python))
        seconds, peak, status = timed([str(spark_python), str(ROOT / "Scripts/spark_batch.py"), str(manifest),
                                       str(args.out / "spark.jsonl"), "--master", "local[2]", "--partitions", "8",
                                       "--unalign", str(unalign), "--", "-f", "tmx"], env)
        rows.append(("Spark `local[2]`, `Scripts/spark_batch.py` (8 partitions, JVM start included)", seconds, peak, status))
    else:
        spark_note = "\nSpark `local[2]` was not run: `.build/spark-venv` (pyspark) or Java is missing.\n"

    versions = sentences * len(LANGS)
    lines = [
        "# Corpus benchmark: generated six-language document sets",
        "",
        f"{args.sets:,} sets made from the UN Parallel Corpus devset, each four numbered paragraphs of three "
        f"sentences in six languages (every tenth with a recorded vote of three country lists): {sentences:,} "
        f"sentences a language, {versions:,} in all. Whole processes, release build, on this machine "
        f"({os.cpu_count()} cores, {platform.platform()}), {time.strftime('%Y-%m-%d')}. Reproduce: "
        f"`swift build -c release && python3 Benchmarks/corpus.py --sets {args.sets}`.",
        "",
        "| run | seconds | sets/s | sentences/s (six versions) | peak memory | UN Parallel Corpus at this rate |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, seconds, peak, status in rows:
        rate = args.sets / seconds
        per_sentence = versions / seconds
        # The UNPC's documents are longer than these: extrapolated by sentences, not by sets.
        hours = UNPC_SENTENCES * len(LANGS) / per_sentence / 3600
        lines.append(f"| {name} | {seconds:.1f} | {rate:,.0f} | {per_sentence:,.0f} | {peak / 1024:,.0f} MB | {hours:.1f} h |")
    lines += [
        spark_note,
        f"The extrapolation divides the UN Parallel Corpus's {UNPC_SENTENCES:,} sentences per language "
        f"({UNPC_DOCUMENTS:,} documents, Ziemski et al. 2016), six languages, by the sentences per second "
        "measured here: its documents average about 130 sentences, ten times these, so a per-set rate would "
        "flatter it. Peak memory is the largest resident set `/usr/bin/time` reports for the command and "
        "the processes it waited for: the one `unalign` process of a batch run (flat: sets are aligned one at a time "
        "per worker); for Spark, its JVM.",
        "",
    ]
    args.report.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
