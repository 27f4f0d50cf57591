#!/usr/bin/env python3
"""Build Sources/UNAlign/Resources/lexicon-{fr,es,ru,ar}-en.tsv: word lists to English for sentence alignment.

Each language's words are mapped to English words, the shared vocabulary of word evidence that
CC-CEDICT already gives Chinese (lexicon-zh-en.tsv). Two versions in any two languages then meet
through English: French–Spanish, Chinese–Russian, Arabic–French.

Needs: Python 3.11 standard library, apt-get and dpkg-deb (Debian). Nothing is installed: the
script runs `apt-get download` for the packages below into a temporary folder under /tmp, or takes
the .deb files from --debs DIR.
Reads:  Debian's FreeDict packages (dictd format: an index and a gzip-compressed text), both directions
        where Debian has them:
          French  dict-freedict-fra-eng, dict-freedict-eng-fra
          Spanish dict-freedict-spa-eng, dict-freedict-eng-spa
          Russian dict-freedict-eng-rus (Debian has no rus-eng), and dict-freedict-fra-rus through the
                  French rows (a Russian word gets the English of the French headword it translates)
          Arabic  dict-freedict-ara-eng, dict-freedict-eng-ara
Writes: Sources/UNAlign/Resources/lexicon-XX-en.tsv (UTF-8, LF, deterministic), each with a header
        naming the packages, their versions and sha256, and their licence.

Run from the project root:  python3 Scripts/build_freedict_lexicons.py [--debs /tmp/fd]
Then: UNALIGN_UPDATE_RESOURCES=1 swift test --filter theShippedLexiconImageIsItsTSVCompiled

Format: one line per headword, as lexicon-zh-en.tsv: `word<TAB>tok tok tok`, the tokens being
lowercased English content words, in the order the dictionaries give them, without repeats. Only
one-word headwords (a sentence aligner looks words up one at a time); from the English→X direction,
each one-word X translation becomes a headword with the English entry as its translation.
Licence of the output: that of its packages, as each package's copyright file says (recorded in the
header): GPL-2.0-or-later; the Russian rows through French also CC BY-SA 3.0 (fra-rus, from Wiktionary).
"""
from __future__ import annotations

import argparse
import base64
import gzip
import hashlib
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "Sources/UNAlign/Resources"

# language -> (X→English package, English→X package)
PACKAGES = {
    "fr": ("dict-freedict-fra-eng", "dict-freedict-eng-fra"),
    "es": ("dict-freedict-spa-eng", "dict-freedict-eng-spa"),
    "ru": (None, "dict-freedict-eng-rus"),
    "ar": ("dict-freedict-ara-eng", "dict-freedict-eng-ara"),
}
# language -> (pivot language, pivot→X package): where Debian's English dictionary is small, X words
# also get the English of the pivot's headword they translate (Russian through French: eng-rus has
# 1,700 headwords, fra-rus 17,900). The pivot's own rows must be built first (PACKAGES' order).
PIVOTS = {
    "ru": ("fr", "dict-freedict-fra-rus"),
}
# Tokens kept per gloss and per headword: long explanatory glosses add chance finds, not evidence.
WORDS_PER_GLOSS = 3
WORDS_PER_HEADWORD = 12

# English function words (the aligner drops its own stopwords too; these keep the rows short).
STOP = set("""
a about above after again against all also an and any are as at be been before being between both but by
can could did do does each either for from had has have he her him his how i if in into is it its itself
just may me more most my no nor not of off on once only or other our out over own same she should so some
such than that the their them then there these they this those through to too under until up upon very
was we were what when where which while who whom why will with would you your sb sth one oneself someone
something somebody etc
""".split())
BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
ENGLISH_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?")
SENSE_NUMBER = re.compile(r"^\s*\d+\.\s*")


def dictd_number(s: str) -> int:
    n = 0
    for c in s:
        n = n * 64 + BASE64.index(c)
    return n


def read_dictd(index: bytes, text: bytes) -> list[tuple[str, list[str]]]:
    """(headword, translation lines) of every entry, in index order; the database's own 00- entries left out."""
    entries = []
    for line in index.decode("utf-8").splitlines():
        if not line.strip():
            continue
        head, offset, length = line.split("\t")[:3]
        if head.startswith("00database") or head.startswith("00-database"):
            continue
        body = text[dictd_number(offset):dictd_number(offset) + dictd_number(length)].decode("utf-8")
        lines = body.split("\n")
        # First line: the headword, its pronunciation /…/ and part of speech <…>.
        entries.append((head, [l for l in lines[1:] if l.strip()]))
    return entries


def glosses(lines: list[str]) -> list[str]:
    """The translations of an entry: sense numbers dropped, split at commas and semicolons."""
    out = []
    for l in lines:
        l = SENSE_NUMBER.sub("", l.strip())
        l = re.sub(r"\([^)]*\)|<[^>]*>|\[[^\]]*\]", " ", l)
        out += [g.strip() for g in re.split(r"[,;]", l) if g.strip()]
    return out


def english_tokens(gloss: str) -> list[str]:
    words = [w for w in ENGLISH_TOKEN.findall(gloss.lower()) if w not in STOP and len(w) > 1]
    return words[:WORDS_PER_GLOSS]


# The letters a language's own words are written in (a word in another script is a name or a
# loanword the dictionary left untranslated: `makefile` as Arabic).
SCRIPTS = {
    "fr": lambda c: c.isascii() or 0xC0 <= ord(c) <= 0x24F,
    "es": lambda c: c.isascii() or 0xC0 <= ord(c) <= 0x24F,
    "ru": lambda c: 0x400 <= ord(c) <= 0x4FF,
    "ar": lambda c: 0x600 <= ord(c) <= 0x6FF or 0xFB50 <= ord(c) <= 0xFEFF,
}


def one_word(s: str, lang: str) -> str | None:
    """The headword or translation as one word of the language's script (letters, apostrophes,
    hyphens and Arabic marks inside), else None."""
    s = s.strip().strip(".!?")
    s = s.replace("\u2010", "-")
    if not s or " " in s or any(c.isdigit() for c in s) or s.startswith("-") or s.endswith("-"):
        return None
    if not all(SCRIPTS[lang](c) for c in s if c.isalpha()):
        return None
    if not all(c.isalpha() or c in "'-\u0651\u064B\u064C\u064D\u064E\u064F\u0650\u0652\u0670\u0640" or 0x610 <= ord(c) <= 0x61A for c in s):
        return None
    return s.lower()


def add(rows: dict[str, list[str]], word: str, tokens: list[str]) -> None:
    """The English tokens joined to the word's row, without repeats, at most WORDS_PER_HEADWORD."""
    row = rows.setdefault(word, [])
    for t in tokens:
        if t not in row and len(row) < WORDS_PER_HEADWORD:
            row.append(t)


def deb_contents(deb: Path, package: str, work: Path) -> tuple[bytes, bytes, str, str]:
    """The package's index and text, its version and its licence lines."""
    x = work / deb.stem
    subprocess.run(["dpkg-deb", "-x", str(deb), str(x)], check=True)
    version = subprocess.run(["dpkg-deb", "-f", str(deb), "Version"], check=True, capture_output=True, text=True).stdout.strip()
    dictd = x / "usr/share/dictd"
    index = next(dictd.glob("*.index"))
    text = gzip.decompress(next(dictd.glob("*.dict.dz")).read_bytes())
    # The copyright file covers the whole FreeDict source package: the stanza of this dictionary
    # (`Files: fra-eng/*`) says its licence and copyright.
    copyright_file = next((x / "usr/share/doc").glob("*/copyright"))
    name = package.removeprefix("dict-freedict-")
    licence = "see the package's copyright file"
    for paragraph in copyright_file.read_text().split("\n\n"):
        files = re.search(r"^Files:\s*(.*)$", paragraph, re.M)
        lic = re.search(r"^License:\s*(.*)$", paragraph, re.M)
        owner = re.search(r"^Copyright:\s*(.*)$", paragraph, re.M)
        if files and lic and files.group(1).split()[0] == f"{name}/*":
            licence = lic.group(1).strip() + (f", copyright {owner.group(1).strip()}" if owner else "")
    return index.read_bytes(), text, version, licence


def load(package: str, debs: Path | None, work: Path) -> tuple[list[tuple[str, list[str]]], str, str, str]:
    """A package's entries, its version, the sha256 of its .deb and its licence."""
    deb = fetch(package, debs, work)
    index, text, version, licence = deb_contents(deb, package, work)
    return read_dictd(index, text), version, hashlib.sha256(deb.read_bytes()).hexdigest(), licence


def fetch(package: str, debs: Path | None, work: Path) -> Path:
    if debs:
        found = sorted(debs.glob(f"{package}_*.deb"))
        if not found:
            sys.exit(f"build_freedict_lexicons: no {package}_*.deb in {debs}")
        return found[-1]
    subprocess.run(["apt-get", "download", package], cwd=work, check=True, capture_output=True)
    return sorted(work.glob(f"{package}_*.deb"))[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--debs", type=Path, help="folder holding the .deb files (default: apt-get download them)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    if not shutil.which("dpkg-deb"):
        sys.exit("build_freedict_lexicons: needs dpkg-deb (Debian)")
    with tempfile.TemporaryDirectory(prefix="unalign-freedict-") as tmp:
        work = Path(tmp)
        built: dict[str, dict[str, list[str]]] = {}
        for lang, (to_english, from_english) in PACKAGES.items():
            rows: dict[str, list[str]] = {}
            sources = []
            for package, direction in [(to_english, "to"), (from_english, "from")]:
                if package is None:
                    continue
                entries, version, sha, licence = load(package, args.debs, work)
                used = 0
                for head, lines in entries:
                    if direction == "to":
                        word = one_word(head, lang)
                        tokens = [t for g in glosses(lines) for t in english_tokens(g)]
                        pairs = [(word, tokens)] if word else []
                    else:
                        tokens = english_tokens(head)
                        pairs = [(one_word(g, lang), tokens) for g in glosses(lines)]
                    for word, tokens in pairs:
                        if word and tokens:
                            add(rows, word, tokens)
                            used += 1
                sources.append((package, version, sha, licence, len(entries), used))
            if lang in PIVOTS:
                pivot, package = PIVOTS[lang]
                entries, version, sha, licence = load(package, args.debs, work)
                used = 0
                for head, lines in entries:
                    word = one_word(head, pivot)
                    tokens = built[pivot].get(word, []) if word else []
                    for translation in glosses(lines) if tokens else []:
                        target = one_word(translation, lang)
                        if target:
                            add(rows, target, tokens)
                            used += 1
                sources.append((f"{package} (through the {pivot} rows above)", version, sha, licence, len(entries), used))
            built[lang] = rows
            lines = [
                f"# lexicon-{lang}-en.tsv: word list to English for sentence alignment (lexical evidence between any two languages).",
                "# Generated by Scripts/build_freedict_lexicons.py; do not edit by hand (rerun it, then recompile the image: Scripts/README.md).",
            ]
            for package, version, sha, licence, count, used in sources:
                lines.append(f"# Source: Debian package {package} {version} (sha256 {sha[:16]}…), FreeDict (https://freedict.org/),"
                             f" {count} entries, {used} word pairs used. Licence: {licence}.")
            lines += [
                "# Kept: one-word headwords and translations; sense numbers, pronunciations, parts of speech and bracketed notes dropped;",
                f"#  the first {WORDS_PER_GLOSS} English content words of each translation, at most {WORDS_PER_HEADWORD} per headword, X→English entries first.",
                "# Licence of this file: that of its sources, as listed above.",
                "# Columns: word<TAB>space-separated English tokens.",
                f"# Rows: {len(rows)}.",
            ]
            for word in sorted(rows):
                lines.append(f"{word}\t{' '.join(rows[word])}")
            path = args.out / f"lexicon-{lang}-en.tsv"
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {len(rows)} rows")


if __name__ == "__main__":
    main()
