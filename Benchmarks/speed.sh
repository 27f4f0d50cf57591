#!/usr/bin/env bash
# Speed benchmarks → Benchmarks/speed.md and Benchmarks/scaling.svg:
#  1. the ordo-one/benchmark target (release, one process, median of iterations);
#  2. the scaling series through the release CLI, timed with /usr/bin/time (wall clock, peak RSS);
#  3. the peer aligners on the same sentence files (Benchmarks/peers/run_peers.py), as ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .build/scaling
[ -x /usr/bin/time ] || { sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo; $sudo apt-get install -y -qq time; }
UNALIGN_BENCHMARKS=1 swift package --disable-sandbox benchmark --format markdown --no-progress "$@" > .build/speed-raw.md
swift build -c release --product unalign >/dev/null
corpus=../shared/corpora/champollion-zh-en/utf8
echo "# copies	sentences	seconds	peak_kb	strict_f1" > .build/speed-scaling.tsv
for k in 1 4 16 64; do
  : > .build/scaling/e.txt; : > .build/scaling/c.txt
  for _ in $(seq "$k"); do
    cat "$corpus/UN19990209_010.e.txt" >> .build/scaling/e.txt
    cat "$corpus/UN19990209_010.c.txt" >> .build/scaling/c.txt
  done
  n=$(( $(wc -l < .build/scaling/e.txt) + $(wc -l < .build/scaling/c.txt) ))
  /usr/bin/time -f "%e %M" -o .build/scaling/time .build/release/unalign align --sentences .build/scaling/e.txt .build/scaling/c.txt -l en zh -f beads > .build/scaling/test.align
  read -r secs kb < .build/scaling/time
  # The gold beads of the file, once per copy: the alignment must stay as good as it grows.
  python3 - "$corpus/../UN19990209_010.gold.align" "$k" "$(wc -l < "$corpus/UN19990209_010.e.txt")" "$(wc -l < "$corpus/UN19990209_010.c.txt")" > .build/scaling/gold.align <<'PY'
import sys
gold, copies, ne, nc = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
beads = [l.split("<=>") for l in open(gold, encoding="utf-8").read().splitlines() if l.strip()]
side = lambda x, n, k: x.strip() if x.strip() == "omitted" else ",".join(str(int(v) + k * n) for v in x.split(","))
for k in range(copies):
    for a, b in beads:
        print(f"{side(a, ne, k)} <=> {side(b, nc, k)}")
PY
  f1=$(.build/release/unalign eval --gold .build/scaling/gold.align --test .build/scaling/test.align | sed -n 's/.*strict P [0-9.]* R [0-9.]* F1 \([0-9.]*\).*/\1/p')
  printf '%s\t%s\t%s\t%s\t%s\n' "$k" "$n" "$secs" "$kb" "$f1" >> .build/speed-scaling.tsv
done
# The peers doing the same work in this run (also refreshes the accuracy tables).
python3 Benchmarks/peers/run_peers.py > /dev/null
python3 Benchmarks/speed_report.py .build/speed-raw.md
