#!/usr/bin/env python3
"""Align a whole corpus on Apache Spark: `unalign batch - --stdout` over the partitions of a manifest.

Each partition of the manifest (JSON Lines, one document set a line, as `unalign batch` reads it) is
piped through `unalign batch - --stdout` on a worker (`RDD.pipe`), so Spark does the scheduling,
the retries and the spreading over machines, and UNAlign does the aligning, exactly as it does on
one machine: the result lines are those of a single-machine `unalign batch - --stdout` run, sorted
by set id.

Local (PySpark from PyPI, Java 17):

    python3 Scripts/spark_batch.py sets.jsonl results.jsonl --master 'local[2]'

A cluster (the binary, its resource bundle and its system libraries on every worker; see the
README section "Aligning a whole corpus"):

    spark-submit --master yarn --archives unalign.tar.gz#unalign \\
        Scripts/spark_batch.py hdfs:///corpus/sets.jsonl hdfs:///corpus/aligned/ \\
        --unalign ./unalign/unalign --partitions 2000 -- -f jsonl --timeout 60

Relative file paths in the manifest are made absolute against the manifest's folder before the
lines are distributed (a worker's working folder is not the driver's); on a cluster they must name
storage every worker sees (a shared file system). An output path ending in `/` is written with
`saveAsTextFile` (one part file per partition, for corpora too large to collect on the driver);
otherwise the lines are collected, sorted by id and written to that one file.

Standard library and pyspark only.
"""
from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
from pathlib import Path


def absolute_manifest_lines(manifest: str) -> tuple[list[str], dict[str, int]]:
    """The manifest's lines (blank lines left out, relative paths made absolute) and each set id's
    line number in the manifest. Two sets with one id are refused here, as `unalign batch`
    refuses them: each partition's batch sees only its own lines."""
    folder = Path(manifest).resolve().parent
    lines, first_line = [], {}
    for number, line in enumerate(Path(manifest).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            # Passed on as it is: unalign batch reports the line as malformed, as it would locally.
            lines.append(line)
            continue
        if isinstance(entry, dict):
            for key, value in entry.items():
                if key != "id" and isinstance(value, str) and value and not os.path.isabs(value):
                    entry[key] = str(folder / value)
            set_id = entry.get("id")
            if isinstance(set_id, str):
                if set_id in first_line:
                    sys.exit(f"{manifest}:{number}: set id {set_id!r} is used twice (first on line {first_line[set_id]})")
                first_line[set_id] = number
            line = json.dumps(entry, ensure_ascii=False)
        lines.append(line)
    return lines, first_line


def with_manifest_line(result: str, first_line: dict[str, int]) -> str:
    """A result line with `line` the set's line in the whole manifest (batch numbers the lines of
    its own partition)."""
    try:
        r = json.loads(result)
    except json.JSONDecodeError:
        return result
    if isinstance(r, dict) and r.get("id") in first_line:
        r["line"] = first_line[r["id"]]
    return json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def sort_key(line: str) -> tuple[str, str]:
    try:
        return (str(json.loads(line).get("id", "")), line)
    except (json.JSONDecodeError, AttributeError):
        return ("", line)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("manifest", help="the manifest (JSON Lines), a local file on the driver")
    ap.add_argument("output", help="a file for the sorted result lines, or a folder ending in / for saveAsTextFile")
    ap.add_argument("--unalign", default=str(Path(__file__).resolve().parent.parent / ".build/release/unalign"),
                    help="the unalign binary as the workers see it (default: this checkout's release build)")
    ap.add_argument("--master", default=None, help="Spark master when not run by spark-submit (e.g. local[2])")
    ap.add_argument("--partitions", type=int, default=None, help="partitions of the manifest (default: Spark's parallelism)")
    ap.epilog = "Arguments after -- go to unalign batch (e.g. -- -f tmx --timeout 60)."
    argv = sys.argv[1:]
    batch_args = argv[argv.index("--") + 1:] if "--" in argv else []
    args = ap.parse_args(argv[:argv.index("--")] if "--" in argv else argv)
    args.batch_args = batch_args

    from pyspark.sql import SparkSession  # imported here, so that --help works without pyspark

    builder = SparkSession.builder.appName("unalign-batch")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel("WARN")
    lines, first_line = absolute_manifest_lines(args.manifest)
    partitions = args.partitions or sc.defaultParallelism
    command = " ".join(shlex.quote(a) for a in [args.unalign, "batch", "-", "--stdout", *args.batch_args])
    # Each partition is one `unalign batch` process: its lines on stdin, its result lines on stdout.
    piped = sc.parallelize(lines, max(1, min(partitions, len(lines) or 1))).pipe(command)
    results = piped.map(lambda r: with_manifest_line(r, first_line))
    if args.output.endswith("/"):
        results.saveAsTextFile(args.output)
        count = results.count()
    else:
        out = sorted(results.collect(), key=sort_key)
        count = len(out)
        Path(args.output).write_text("".join(l + "\n" for l in out), encoding="utf-8")
    spark.stop()
    print(f"spark_batch: {len(lines)} sets in {partitions} partitions, {count} result lines -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
