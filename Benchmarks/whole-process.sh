#!/usr/bin/env bash
# Whole processes as users run them, timed by hyperfine (Debian's package; installed if missing):
# start-up on a one-line pair, the six-way A/75/394 in three output formats, the UN verbatim record
# and the six Champollion files concatenated on the sentence path, 16 six-way sets in a batch on
# two cores. A release build links the Swift runtime and Foundation in (Package.swift), as users
# build it: `swift build -c release`. Writes Benchmarks/whole-process.md.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo; $sudo apt-get install -y -qq hyperfine; }
swift build -c release --product unalign >/dev/null
work=.build/whole-process
. Benchmarks/whole-process-inputs.sh
# galechurch (PyPI, its Rust core called from Python) on the same UN file, where its venv exists
# (Benchmarks/accuracy.sh makes it): the peer timed in the same run.
peer=()
if [ -x .build/peers-venv/bin/python ]; then
  # In a folder of its own: a file named galechurch.py beside it would shadow the package.
  mkdir -p "$work/peer"
  python3 -c "import sys; sys.path.insert(0, 'Benchmarks/peers'); from unpc import GALECHURCH; open('$work/peer/driver.py', 'w').write(GALECHURCH)"
  peer=(-n "galechurch 0.1.0 (PyPI), UN verbatim record" ".build/peers-venv/bin/python $work/peer/driver.py $c/UN19990209_010.e.txt $c/UN19990209_010.c.txt")
fi
bin=.build/release/unalign
hyperfine --warmup 2 --runs 15 --export-markdown "$work/release.md" \
  -n "one-line pair" "$bin align $work/zh1.txt $work/en1.txt" \
  -n "six-way A/75/394, text" "$bin align $six -o $work/six.txt" \
  -n "six-way A/75/394, TMX" "$bin align $six -f tmx -o $work/six.tmx" \
  -n "six-way A/75/394, JSON" "$bin align $six -f json -o $work/six.json" \
  -n "UN verbatim record, 928 × 944 sentences" "$bin align --sentences $c/UN19990209_010.e.txt $c/UN19990209_010.c.txt -l en zh -o $work/un.align" \
  -n "six Champollion files concatenated, 3,317 × 3,317" "$bin align --sentences $work/all.e $work/all.c -l en zh -o $work/all.align" \
  -n "batch: 16 six-way A/75/394 sets, TMX, 2 cores" "$bin batch $work/sets.jsonl --stdout -f tmx" \
  "${peer[@]}" >/dev/null
{
  echo "# Whole processes"
  echo
  echo "hyperfine, 2 warm-up runs and 15 timed runs each, on this machine ($(nproc) cores), $(date -u +%Y-%m-%d). Reproduce: \`bash Benchmarks/whole-process.sh\`."
  echo
  echo "## Release build (\`swift build -c release\`: the Swift runtime and Foundation linked in)"
  echo
  cat "$work/release.md"
} > Benchmarks/whole-process.md
cat Benchmarks/whole-process.md
