# Sourced by whole-process.sh and compare-builds.sh, from the project's root with $work set: the
# inputs both time. A one-line pair, the six Champollion files concatenated ($work/all.e, all.c;
# $c is their folder), the six versions of A/75/394 ($six) and a manifest of 16 six-way sets.
mkdir -p "$work"
printf '委员会的报告。\n' > "$work/zh1.txt"
printf 'Report of the Committee.\n' > "$work/en1.txt"
c=../shared/corpora/champollion-zh-en/utf8
cat "$c"/*e.txt > "$work/all.e"; cat "$c"/*c.txt > "$work/all.c"
six="Corpora/A-75-394/zh.md Corpora/A-75-394/en.md Corpora/A-75-394/fr.md Corpora/A-75-394/es.md Corpora/A-75-394/ru.md Corpora/A-75-394/ar.md"
: > "$work/sets.jsonl"
for i in $(seq 16); do
  printf '{"id":"s%d","zh":"%s/Corpora/A-75-394/zh.md","en":"%s/Corpora/A-75-394/en.md","fr":"%s/Corpora/A-75-394/fr.md","es":"%s/Corpora/A-75-394/es.md","ru":"%s/Corpora/A-75-394/ru.md","ar":"%s/Corpora/A-75-394/ar.md"}\n' \
    "$i" "$PWD" "$PWD" "$PWD" "$PWD" "$PWD" "$PWD" >> "$work/sets.jsonl"
done
