#!/usr/bin/env bash
# Sentence-alignment accuracy of UNAlign and its peers on the Champollion Chinese–English gold sets.
#
#   Benchmarks/accuracy.sh            (from the project root, or from anywhere)
#
# Needs the release binary .build/release/unalign (built here if missing), Python 3 and PyPI
# (the peers — NLTK, galechurch, Bleualign — are pip-installed, pinned, into .build/peers-venv/).
# Writes Benchmarks/accuracy.md, Benchmarks/accuracy.json and Benchmarks/unpc.md, the peers' beads to .build/peers/,
# and prints the Markdown table. Extra arguments go to run_peers.py (e.g. --only unalign nltk-gc-ratio).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .build/release/unalign ]; then
    swift build -c release --product unalign
fi
python3 Benchmarks/peers/run_peers.py "$@"
# The 15 language pairs of the UN Parallel Corpus devset (UNAlign and galechurch) → Benchmarks/unpc.md.
python3 Benchmarks/peers/unpc.py > /dev/null
