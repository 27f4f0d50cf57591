#!/usr/bin/env bash
# Coverage-guided fuzzing with libFuzzer: builds the harness binary with the fuzzer and
# AddressSanitizer, seeds each harness from real texts, runs each for a given time, and copies every
# finding (crash, hang, broken invariant) into Tests/UNAlignTests/Fixtures/fuzz/<harness>/, where
# `swift test` replays it.
#
#   Scripts/fuzz.sh                      every harness, 60 s each
#   Scripts/fuzz.sh 600 parse align      two harnesses, 10 minutes each
#   FUZZ_RUNS=2000000 Scripts/fuzz.sh 0 decode   a number of executions instead of a time
#   FUZZ_STRICT=1 FUZZ_RUNS=2000 FUZZ_SEED=1 Scripts/fuzz.sh   as CI runs it: repeatable, and any
#                                        finding fails the run (exit 1)
#
# The harnesses (Tests/Checks/FuzzTargets.swift): decode, parse, align, sentences, tmx-read,
# tmx-write, json, manifest, docx, pdf. A summary (executions, coverage, findings per harness) is
# appended to .build-fuzz/report.tsv and printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
all=(decode parse align sentences tmx-read tmx-write json manifest docx pdf)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")

scratch=.build-fuzz
echo "building the fuzz harness (release, -sanitize=fuzzer,address) in $scratch" >&2
UNALIGN_FUZZ=1 swift build -c release --scratch-path "$scratch" --product unalign-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library 2>&1 | grep -E "error|Compiling|Build" >&2 || true
binary="$scratch/release/unalign-fuzz"
[ -x "$binary" ] || { echo "error: $binary was not built" >&2; exit 1; }

# Seeds: real texts in every language and every kind, the office fixtures, small TMX, JSON and
# manifest files. Seeding writes only under $scratch.
python3 Scripts/fuzz_seeds.py "$scratch/seeds"

# Leak reports are on; the harness must not leak. A hang is an input slower than 10 s.
# Swift's own crash reporter would read memory ASan guards: libFuzzer reports crashes instead.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
# Leaks inside the platform's libraries (listed, with where they were seen) are not ours to fix.
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/Scripts/fuzz-leaks.supp:print_suppressions=0}"
report="$scratch/report.tsv"
[ -f "$report" ] || printf "date\tharness\tseconds\texecutions\tcoverage\tfindings\n" > "$report"
for t in "${targets[@]}"; do
  corpus="$scratch/corpus/$t"; findings="$scratch/findings/$t"
  # Findings of earlier runs are in the test fixtures already; this run's are new.
  rm -rf "$findings"
  mkdir -p "$corpus" "$findings"
  # Small inputs mutate and run fastest; Word and PDF files need room for their structure.
  max_len=4096
  case "$t" in parse|align) max_len=2048 ;; docx|pdf) max_len=262144 ;; esac
  limit=(-max_total_time="$seconds")
  label="$seconds s"
  if [ -n "${FUZZ_RUNS:-}" ]; then
    # A Word or PDF input takes a thousand times a text's time: a twentieth of the runs.
    runs_here=$FUZZ_RUNS
    case "$t" in docx|pdf) runs_here=$(( FUZZ_RUNS / 20 > 0 ? FUZZ_RUNS / 20 : 1 )) ;; esac
    limit=(-runs="$runs_here")
    label="$runs_here runs"
  fi
  [ -n "${FUZZ_SEED:-}" ] && limit+=(-seed="$FUZZ_SEED")
  log="$scratch/$t.log"
  echo "fuzzing $t ($label)" >&2
  set +e
  UNALIGN_FUZZ_TARGET="$t" "$binary" "$corpus" "$scratch/seeds/$t" "${limit[@]}" -max_len=$max_len -timeout=10 \
    -rss_limit_mb=4096 -artifact_prefix="$findings/" -print_final_stats=1 > "$log" 2>&1
  status=$?
  set -e
  runs=$(grep -aE "^stat::number_of_executed_units" "$log" | awk '{print $2}' | tail -1 || true)
  cov=$(grep -aoE "cov: [0-9]+" "$log" | tail -1 | awk '{print $2}' || true)
  found=$(find "$findings" -type f | wc -l | tr -d ' ')
  printf "%s\t%s\t%s\t%s\t%s\t%s\n" "$(date -u +%Y-%m-%dT%H:%MZ)" "$t" "$seconds" "${runs:-0}" "${cov:-0}" "$found" >> "$report"
  any_findings=$(( ${any_findings:-0} + found ))
  if [ "$found" -gt 0 ]; then
    keep="Tests/UNAlignTests/Fixtures/fuzz/$t"
    mkdir -p "$keep"
    cp "$findings"/* "$keep"/
    echo "  $found finding(s) for $t, copied to $keep (exit $status; see $log)" >&2
  fi
done
echo >&2
cat "$report" >&2
if [ -n "${FUZZ_STRICT:-}" ] && [ "${any_findings:-0}" -gt 0 ]; then
  echo "error: the fuzzer found $any_findings input(s) that fail; see the logs in $scratch" >&2
  exit 1
fi
