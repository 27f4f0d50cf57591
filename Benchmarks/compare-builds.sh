#!/usr/bin/env bash
# Whole processes of two builds side by side, in one hyperfine run each: the working tree's release
# build against a git revision's, built as its README said (`swift build -c release`) in a worktree
# under .build/compare/. This machine's noise moves every figure by a third from one run to the
# next; side by side, in alternation, the ratio holds. Writes Benchmarks/compare-builds.md.
#
#   bash Benchmarks/compare-builds.sh e58b7ee
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:?usage: bash Benchmarks/compare-builds.sh REVISION}
command -v hyperfine >/dev/null || { sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo; $sudo apt-get install -y -qq hyperfine; }
old=.build/compare/$(git rev-parse --short "$rev")
[ -d "$old" ] || git worktree add --detach "$old" "$rev" >/dev/null
(cd "$old" && swift build -c release --product unalign >/dev/null)
swift build -c release --product unalign >/dev/null
work=.build/compare-work
. Benchmarks/whole-process-inputs.sh
name=$(git rev-parse --short "$rev")
{
  echo "# Two builds side by side"
  echo
  echo "\`bash Benchmarks/compare-builds.sh $name\`: the release build of $name (\`$old/.build/release/unalign\`) and of the working tree at $(git rev-parse --short HEAD) (\`.build/release/unalign\`), each command run by both in one hyperfine run (2 warm-up runs, 10 timed), on this machine ($(nproc) cores), $(date -u +%Y-%m-%d)."
} > Benchmarks/compare-builds.md
run() {
  local label=$1; shift
  hyperfine --warmup 2 --runs 10 --export-markdown "$work/part.md" \
    -n "$name: $label" "$old/.build/release/unalign $*" -n "now: $label" ".build/release/unalign $*" >/dev/null
  { echo; echo "## $label"; echo; cat "$work/part.md"; } >> Benchmarks/compare-builds.md
}
run "one-line pair" align "$work/zh1.txt" "$work/en1.txt"
run "six-way A/75/394, text" align $six -o "$work/six.txt"
run "six-way A/75/394, JSON" align $six -f json -o "$work/six.json"
run "UN verbatim record, 928 × 944 sentences" align --sentences $c/UN19990209_010.e.txt $c/UN19990209_010.c.txt -l en zh -o "$work/un.align"
run "batch: 16 six-way A/75/394 sets, TMX, 2 cores" batch "$work/sets.jsonl" --stdout -f tmx
run "batch: 16 six-way A/75/394 sets, JSON lines, 2 cores" batch "$work/sets.jsonl" --stdout
cat Benchmarks/compare-builds.md
