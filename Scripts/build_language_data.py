#!/usr/bin/env python3
"""Build the per-language data of the sentence and word segmenters:

  Sources/UNAlign/Resources/abbreviations.tsv   lang<TAB>abbreviation<TAB>source
  Sources/UNAlign/Resources/zh-terms.tsv        term<TAB>source
  Sources/UNAlign/Resources/zh-hant-hans.tsv    traditional<TAB>simplified

Needs: Python 3.11, standard library only; `uconv` (Debian icu-devtools) for zh-hant-hans.tsv.
Reads:  ../shared/corpora/unpc-v1.0-devset/UNv1.0.devset.<lang>  (counts; --shared to move it)
        Corpora/A-75-394/zh.md                                    (counts of the recurrent phrases)
        Sources/UNAlign/Resources/gazetteer.tsv                   (run Scripts/build_gazetteer.py first)
Writes: the two files above (UTF-8, LF, deterministic).

Run from the project root:  python3 Scripts/build_language_data.py

Column headers are `#` comment lines: LanguageData.swift skips `#` lines and reads every other
line as data.
"""
from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
from pathlib import Path

LANGS = ["en", "fr", "es", "ru", "ar", "zh"]

# ---------------------------------------------------------------------------------------------
# Abbreviations after which a sentence must not end. Each is one whitespace-free token ending in
# "." as the segmenter compares it (the token before the break, lowercased, from the last space or
# "("); entries without a final period are listed only where noted. Groups: (abbreviations, why).
# "scan" = found by this script's scan of the devset (a token of 1-5 letters and a period followed
# on the same line by a lowercase word or a digit) and added.
ABBREVIATIONS: dict[str, list[str]] = {
    "en": ["para.", "paras.", "No.", "Nos.", "Corr.", "Rev.", "Add.", "Vol.", "art.", "arts.", "p.", "pp.",
           "Mr.", "Ms.", "Mrs.", "Dr.", "e.g.", "i.e.", "approx.", "chap.", "sect.", "cf.",
           "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
           # scan
           "Ph.D.", "U.S.", "St.", "v."],
    "fr": ["par.", "art.", "p.", "pp.", "vol.", "chap.", "M.", "MM.", "Mme", "Corr.", "Rev.", "Add.", "cf.",
           "c.-à-d.", "S.A."],
    "es": ["párr.", "párrs.", "núm.", "núms.", "pág.", "págs.", "art.", "arts.", "vol.", "cap.", "p.", "pp.",
           "Sr.", "Sra.", "Sres.", "Sras.", "Srta.", "Dr.", "Dra.", "EE.", "UU.", "S.A.", "Corr.", "Rev.", "Add.",
           "aprox.",
           # scan
           "Excmo.", "c."],
    "ru": ["г.", "гг.", "п.", "пп.", "ст.", "см.", "т.е.", "т.ч.", "им.", "Corr.", "Rev.", "Add.",
           # scan
           "ч.", "млн.", "млрд.", "тыс.", "долл.", "стр.", "с.", "кв.", "час.", "мин."],
    "ar": ["ص.", "Corr.", "Rev.", "Add.",
           # scan (Latin abbreviations inside Arabic text)
           "No.", "S.A.", "v."],
    # Chinese ends sentences with 。！？; a "." matters only in Latin references inside Chinese text.
    "zh": ["No.", "Vol.", "p.", "pp.", "Corr.", "Rev.", "Add."],
}
NOTES = {
    ("fr", "Mme"): "written without a period in UN French; harmless, listed for completeness",
    ("en", "U.S."): "UN style writes 'United States'; found in quoted titles",
    ("es", "c."): "'contra' in case names (Fiscal c. Kunarac)",
    ("es", "EE."): "EE. UU.; UN Spanish mostly writes Estados Unidos",
    ("es", "UU."): "EE. UU.; UN Spanish mostly writes Estados Unidos",
    ("ru", "долл."): "'долл. США': the next word is upper case, so ICU breaks without this entry",
}
# Deliberately left out (reason printed in the header).
LEFT_OUT = [
    ("en fr es", "etc.", "ends an enumeration and, often, the sentence; the segmenter never breaks before a lower-case word, "
     "so an entry would only act before an upper-case word, which after 'etc.' usually starts a new sentence"),
    ("ru", "т.д. т. д. т.п. т. п. др.", "'и т.д.', 'и т.п.', 'и др.' end enumerations like etc. (and, being two tokens when "
     "spaced, could not be matched anyway)"),
    ("en", "a.m. p.m.", "mostly sentence-final in the devset (times at the end of announcements)"),
    ("ru", "м. км.", "mostly sentence-final in the devset ('до 13 ч. 00 м.')"),
    ("en", "ibid.", "'Ibid.' alone is a whole footnote; inside one it is followed by a comma"),
    ("all", "single capital letters", "initials (J. Smith) and list markers (A.) are handled in code, not listed: every "
     "capital letter would otherwise have to be listed in each script (Latin, Cyrillic)"),
    ("es ru", "No / №", "period-less: '№' (ru) and 'Nº' (es) never precede a break; UN Russian and Spanish do not write 'No.'"),
]

# ---------------------------------------------------------------------------------------------
# Chinese UN terms for the word segmenter's user dictionary.
UN_BODIES = """
联合国 联合国大会 大会 安全理事会 安理会 经济及社会理事会 经社理事会 托管理事会 国际法院 秘书处 秘书长 常务副秘书长
副秘书长 助理秘书长 第一委员会 第二委员会 第三委员会 第四委员会 第五委员会 第六委员会 特别政治和非殖民化委员会
总务委员会 全权证书委员会 人权理事会 建设和平委员会 国际法委员会 裁军审议委员会 裁军谈判会议 行政和预算问题咨询委员会
行预咨委会 方案和协调委员会 会费委员会 不限成员名额工作组 政府专家组 主要委员会 全体会议 主席团 报告员
裁军事务厅 裁军事务高级代表 联合国裁军研究所 维持和平行动部 和平行动部 大会和会议管理部 政治和建设和平事务部
联合国开发计划署 开发署 联合国儿童基金会 儿基会 联合国环境规划署 环境署 联合国贸易和发展会议 贸发会议
联合国人口基金 人口基金 联合国难民事务高级专员办事处 难民署 人权事务高级专员办事处 人权高专办 妇女署
毒品和犯罪问题办公室 世界卫生组织 世卫组织 国际原子能机构 原子能机构 教科文组织 国际劳工组织 劳工组织
联合国粮食及农业组织 粮农组织 世界粮食计划署 粮食署 国际电信联盟 国际电联 禁止化学武器组织 禁化武组织
国际货币基金组织 世界银行 常驻代表 常驻代表团 观察员国 会员国 非政府组织 联合国宪章 可持续发展目标
""".split()
# Recurrent phrases of the A/75/394 Chinese text (kept only if they occur there).
A75394_PHRASES = """
决议草案 决定草案 订正决议草案 提案草案 执行部分 序言部分 记录表决 单独表决 表决情况如下 提案国 会员国
信息和通信技术 信息和电信领域 国际安全 网络空间 负责任行为 负责任国家行为 国家行为 方案预算问题 一般性辩论
议程项目 全体会议 视频会议 非正式会议 民间社会 区域组 高级代表 国际法 冠状病毒病 大流行 和平目的 建立信任措施
能力建设 关键基础设施 不限成员名额 政府专家组 第一委员会 总务委员会 裁军事务高级代表 秘书长 委员会 代表团
国际和平与安全 报告员 联合国宪章 口头订正 同次会议 加入为 提案国 第七十五届会议 第七十四届会议 第七十三届会议
""".split()


def sha256(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def count_abbr(text: str, abbr: str) -> int:
    # Not preceded by a letter/digit/period; not followed by a letter ("p." must not count "p.m.").
    tail = r"(?![^\W\d_])" if abbr.endswith(".") else r"(?!\w)"
    return len(re.findall(r"(?<![\w.])" + re.escape(abbr) + tail, text))


def scan(text: str) -> dict[str, int]:
    """Tokens of 1-5 letters + '.', repeated, followed on the same line by a lowercase word or a digit."""
    found: dict[str, int] = {}
    for line in text.splitlines():
        for m in re.finditer(r"(?<![\w.])((?:\w{1,5}\.)+)(?=[ \u00a0]+[^\W\d_A-ZА-ЯЁ]|[ \u00a0]*\d)", line):
            w = m.group(1)
            if re.search(r"[^\W\d_]", w):
                found[w] = found.get(w, 0) + 1
    return found


def main() -> int:
    root = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=root.parent / "shared")
    ap.add_argument("--resources", type=Path, default=root / "Sources/UNAlign/Resources")
    args = ap.parse_args()
    devset = args.shared / "corpora/unpc-v1.0-devset"
    zh_md = root / "Corpora/A-75-394/zh.md"
    gazetteer = args.resources / "gazetteer.tsv"

    # ---- abbreviations.tsv
    texts = {l: (devset / f"UNv1.0.devset.{l}").read_text(encoding="utf-8") for l in LANGS}
    rows = []
    seen = set()
    for lang in LANGS:
        for a in ABBREVIATIONS[lang]:
            key = (lang, a.lower())
            assert key not in seen, f"duplicate (case-insensitive) {key}"
            assert "\t" not in a and " " not in a, a
            seen.add(key)
            n = count_abbr(texts[lang], a)
            src = f"UNPC devset: {n} occurrences" if n else "UN editorial convention"
            if (lang, a) in NOTES:
                src += f" ({NOTES[(lang, a)]})"
            rows.append((lang, a, src))
    # Report what the scan finds that is neither listed nor left out on purpose.
    listed = {(l, a.lower()) for l, a, _ in rows}
    unlisted = {}
    for lang in LANGS:
        for w, n in sorted(scan(texts[lang]).items(), key=lambda x: (-x[1], x[0])):
            if n >= 2 and (lang, w.lower()) not in listed:
                unlisted.setdefault(lang, []).append(f"{w}({n})")

    left_out = "\n".join(f"#  - {langs}: {what}: {why}" for langs, what, why in LEFT_OUT)
    head = f"""# abbreviations.tsv: abbreviations after which a sentence must NOT end, per language, as UN documents use them.
# Generated by Scripts/build_language_data.py; do not edit by hand (rerun: python3 Scripts/build_language_data.py).
# Used by SentenceSegmenter (Sources/UNAlign/Text/Segmentation.swift): when ICU breaks after a '.', the token before
#  the break (back to a space or '('), lowercased, is looked up here; matching is case-insensitive, so 'No.' covers 'no.'.
# Sources: counts in the UN Parallel Corpus v1.0 development set, shared/corpora/unpc-v1.0-devset/UNv1.0.devset.<lang>
#  (4,000 sentences of 2015 UN documents; Ziemski, Junczys-Dowmunt and Pouliquen (2016), The United Nations Parallel
#  Corpus, LREC 2016; the United Nations is the source of the corpus). An abbreviation the devset does not contain is
#  listed as 'UN editorial convention' (UN editorial manuals and document practice).
#  Additions found by scanning the devset for a 1-5 letter token and a period followed by a lowercase word or a digit:
#  en Ph.D. U.S. St. v.; fr par. S.A.; es pág. págs. núms. Excmo. c.; ru ч. млн. млрд. тыс. долл. стр. с. кв. час. мин.;
#  ar ص. No. S.A. v.
# Left out on purpose:
{left_out}
# Scan hits left unlisted (2+ occurrences; sentence-final words and parts of numbers such as 'B59.'): {'; '.join(f"{l}: {' '.join(v)}" for l, v in unlisted.items()) or 'none'}
# Columns: lang<TAB>abbreviation<TAB>source
"""
    out = args.resources / "abbreviations.tsv"
    with out.open("w", encoding="utf-8", newline="\n") as f:
        f.write(head)
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"wrote {out}: {out.stat().st_size} bytes, {len(rows)} rows; unlisted scan hits: {unlisted}")

    # ---- zh-terms.tsv
    zh_text = zh_md.read_text(encoding="utf-8")
    zh_dev = texts["zh"]
    terms: dict[str, list[str]] = {}

    def add(term: str, src: str) -> None:
        assert re.fullmatch(r"[\u3400-\u9fff]+", term), term
        lst = terms.setdefault(term, [])
        if src not in lst:
            lst.append(src)

    for t in UN_BODIES:
        add(t, f"UN body or title (A/75/394: {zh_text.count(t)}, UNPC devset: {zh_dev.count(t)})")
    absent = []
    for t in A75394_PHRASES:
        n = zh_text.count(t)
        if n == 0:
            absent.append(t)
            continue
        if t not in terms:
            add(t, f"A/75/394 phrase (A/75/394: {n}, UNPC devset: {zh_dev.count(t)})")
    n_gaz = 0
    bracketed = 0
    for line in gazetteer.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        iso3, lang, kind, name, frm, to, _src, _art = line.split("\t")
        if lang != "zh":
            continue
        if not re.fullmatch(r"[\u3400-\u9fff]+", name):
            bracketed += 1
            continue
        span = f" {frm or '?'}..{to}" if to else ""
        add(name, f"gazetteer {iso3} {kind}{span}")
        n_gaz += 1

    head = f"""# zh-terms.tsv: Chinese UN terms that the word segmenter must keep whole (ICU's dictionary splits, e.g., 联合国大会 → 联合|国|大会).
# Generated by Scripts/build_language_data.py; do not edit by hand (rerun: python3 Scripts/build_language_data.py).
# Sources:
#  - UN organs, bodies, offices and titles in their UN Chinese names and short forms (UN terminology, UNTERM), counted in
#    Corpora/A-75-394/zh.md (sha256 {sha256(zh_md)[:16]}…) and in shared/corpora/unpc-v1.0-devset/UNv1.0.devset.zh;
#  - recurrent phrases of the A/75/394 Chinese text, kept only where they occur there{(' (not found, left out: ' + ' '.join(absent) + ')') if absent else ''};
#  - every Chinese country name of Sources/UNAlign/Resources/gazetteer.tsv (short, M49, historical, alias; {bracketed} bracketed
#    forms left out: brackets are not word characters), with its code, kind and period of use.
# Counts are substring counts (大会 counts the 大会 inside 联合国大会).
# Columns: term<TAB>source (several sources joined with ' | '). Sorted by term.
"""
    out = args.resources / "zh-terms.tsv"
    with out.open("w", encoding="utf-8", newline="\n") as f:
        f.write(head)
        for t in sorted(terms):
            f.write(f"{t}\t{' | '.join(terms[t])}\n")
    print(f"wrote {out}: {out.stat().st_size} bytes, {len(terms)} terms ({n_gaz} gazetteer names); "
          f"A/75/394 phrases not found: {absent}")
    write_hant_hans(args.resources / "zh-hant-hans.tsv")
    return 0


# Han blocks of the Basic Multilingual Plane the matcher folds (CJK Extension A, Unified Ideographs,
# Compatibility Ideographs): one UTF-16 unit each, so the table is a per-unit lookup.
HAN_RANGES = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)]


def write_hant_hans(out: Path) -> None:
    """Every BMP Han character that ICU's Hant-Hans transform changes to one simplified character.
    Run once here, not at every start-up (transliterating 28,000 characters took a fifth of a
    one-line alignment's time), and fixed data from then on, whatever ICU the user's machine has."""
    chars = [chr(c) for lo, hi in HAN_RANGES for c in range(lo, hi + 1)]
    version = subprocess.run(["uconv", "--version"], capture_output=True, text=True, check=True).stdout.strip()
    done = subprocess.run(["uconv", "-f", "utf-8", "-t", "utf-8", "-x", "Hant-Hans"], input="\n".join(chars) + "\n",
                          capture_output=True, text=True, check=True).stdout.split("\n")
    assert len(done) == len(chars) + 1, f"uconv gave {len(done) - 1} lines for {len(chars)}"
    pairs = [(t, s) for t, s in zip(chars, done) if len(s) == 1 and s != t and ord(s) <= 0xFFFF]
    head = f"""# zh-hant-hans.tsv: traditional → simplified Chinese, character by character, for matching only (the text is never changed).
# Generated by Scripts/build_language_data.py; do not edit by hand (rerun: python3 Scripts/build_language_data.py).
# Source: ICU's Hant-Hans transform ({version}; the transform's data is CLDR's, under the Unicode license in
#  ICU's LICENSE file, https://www.unicode.org/license.txt), applied by `uconv -x Hant-Hans` to every character of U+3400–U+4DBF,
#  U+4E00–U+9FFF and U+F900–U+FAFF, one per line. Kept: the characters it changes to one other BMP character
#  ({len(pairs)} of {len(chars)}); characters it keeps, or changes to several, are left out.
# Columns: traditional<TAB>simplified. In code-point order.
"""
    with out.open("w", encoding="utf-8", newline="\n") as f:
        f.write(head)
        for t, s in pairs:
            f.write(f"{t}\t{s}\n")
    print(f"wrote {out}: {out.stat().st_size} bytes, {len(pairs)} characters")


if __name__ == "__main__":
    sys.exit(main())
