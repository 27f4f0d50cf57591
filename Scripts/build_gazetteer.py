#!/usr/bin/env python3
"""Build Sources/UNAlign/Resources/gazetteer.tsv: country names in the six UN languages.

Needs: Python 3.11, standard library only.
Reads: ../shared/gazetteer/ocha-countries-territories-taxonomy.csv
       ../shared/gazetteer/unterm-short-name-history.tsv
       (the shared/ folder beside the project root; override with --shared)
Writes: Sources/UNAlign/Resources/gazetteer.tsv (UTF-8, LF, deterministic)

Run from the project root:  python3 Scripts/build_gazetteer.py

Columns: iso3 lang kind name from to source article
  kind: short | formal | m49 | historical | alias   (see HEADER below)
One row per (iso3, lang, name); when several sources give the same name the row keeps the
most authoritative kind (short > formal > m49 > historical > alias), the best-founded dates
(current name > documented years of use > dates seen in the data) and all sources.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
from pathlib import Path

LANGS = ["zh", "en", "fr", "es", "ru", "ar"]
KIND_ORDER = {"short": 0, "formal": 1, "m49": 2, "historical": 3, "alias": 4}
SHORT_COLS = {"en": "English Short", "fr": "French Short", "es": "Spanish Short",
              "ru": "Russian Short", "zh": "Chinese Short", "ar": "Arabic Short"}
M49_COLS = {"en": "M49 English", "fr": "M49 French", "es": "M49 Spanish",
            "ru": "M49 Russian", "zh": "M49 Chinese", "ar": "M49 Arabic"}
CURRENT_SNAPSHOT = "2026-10"
HIST_SOURCE_LETTERS = {"OCHA taxonomy": "o", "datasets/country-codes": "c", "hdx-python-country 4.2.5 (PyPI)": "h"}  # last_seen value of names present in hdx-python-country 4.2.5

# ---------------------------------------------------------------------------------------------
# Documented renamings: (iso3, date the current name took over, {lang: current name}).
# Gives `from` to the current short name. Dates: UN decisions as recorded in the UN
# Member States list / press releases (project knowledge), cross-checked with the history file.
RENAMED_CURRENT = [
    ("TUR", "2022-06", "Türkiye replaced Turkey at the UN on 1 June 2022 (request of Türkiye); history file first sees it 2022-07-05"),
    ("CZE", "2016-07", "short name Czechia registered in UNTERM in July 2016 (formal name stays the Czech Republic); history file first sees it 2022-07-05"),
    ("MKD", "2019-02", "North Macedonia since the Prespa agreement took effect, notified to the UN 14 February 2019"),
    ("SWZ", "2018-04", "Eswatini since 19 April 2018; history file first sees it 2018-08-06"),
    ("NLD", "2023", "Netherlands (Kingdom of the) / 荷兰王国 since 2023 (UN-conventions.md); history file first sees it 2023-08-28"),
    ("LBY", "2011-09", "Libya since September 2011 (replacing Libyan Arab Jamahiriya)"),
    ("COD", "1997-05", "Democratic Republic of the Congo since May 1997 (replacing Zaire)"),
    ("MMR", "1989-06", "Myanmar since June 1989 (replacing Burma)"),
    ("CPV", "2013-10", "Cabo Verde since October 2013 (replacing Cape Verde)"),
    ("PSE", "2012-11", "State of Palestine since GA resolution 67/19 of 29 November 2012"),
    ("TLS", "2002-05", "Timor-Leste since independence, 20 May 2002 (Member State 27 September 2002)"),
]

# ---------------------------------------------------------------------------------------------
# The project's own aliases. Each: iso3, from, to, reason, names per language.
# Dates are years (or year-month) of UN use. Where a language kept the same name
# (缅甸 for Burma and Myanmar), the row merges with the current name and only the source
# note is added.
ALIASES = [
    dict(iso3="LBY", frm="1977", to="2011-09",
         why="UN short name of Libya 1977-2011 (Socialist People's Libyan Arab Jamahiriya); 'Libya' since September 2011",
         names=dict(en=["Libyan Arab Jamahiriya"], fr=["Jamahiriya arabe libyenne"],
                    es=["Jamahiriya Árabe Libia"], ru=["Ливийская Арабская Джамахирия"],
                    zh=["阿拉伯利比亚民众国"], ar=["الجماهيرية العربية الليبية"])),
    dict(iso3="COD", frm="1971-10", to="1997-05",
         why="name of the Democratic Republic of the Congo 27 October 1971 - 17 May 1997",
         names=dict(en=["Zaire"], fr=["Zaïre"], es=["Zaire"], ru=["Заир"], zh=["扎伊尔"], ar=["زائير"])),
    dict(iso3="MMR", frm="1948-04", to="1989-06",
         why="UN name of Myanmar from admission (19 April 1948) to the renaming of June 1989",
         names=dict(en=["Burma"], fr=["Birmanie"], es=["Birmania"], ru=["Бирма"], zh=["缅甸"], ar=["بورما"])),
    dict(iso3="SRB", frm="1945-10", to="2003-02",
         why="Yugoslavia: UN name 1945-1992 (Socialist Federal Republic, no continuator under GA resolution 47/1) and 2000-2003 "
             "(Federal Republic of Yugoslavia, admitted 1 November 2000, renamed Serbia and Montenegro 4 February 2003, continued by "
             "Serbia 3 June 2006); mapped to SRB as the FRY's continuator: check the date before trusting a pre-1992 hit",
         names=dict(en=["Yugoslavia"], fr=["Yougoslavie"], es=["Yugoslavia"], ru=["Югославия"], zh=["南斯拉夫"], ar=["يوغوسلافيا"])),
    dict(iso3="SRB", frm="1992-04", to="2003-02",
         why="formal name of the Federal Republic of Yugoslavia 1992-2003 (UN Member State from 1 November 2000), continued by Serbia",
         names=dict(en=["Federal Republic of Yugoslavia"], fr=["République fédérale de Yougoslavie"],
                    es=["República Federativa de Yugoslavia"], ru=["Союзная Республика Югославия"],
                    zh=["南斯拉夫联盟共和国"], ar=["جمهورية يوغوسلافيا الاتحادية"])),
    dict(iso3="SRB", frm="2003-02", to="2006-06",
         why="UN name 4 February 2003 - 3 June 2006; Serbia continued the membership (Montenegro admitted 28 June 2006)",
         names=dict(en=["Serbia and Montenegro"], fr=["Serbie-et-Monténégro"], es=["Serbia y Montenegro"],
                    ru=["Сербия и Черногория"], zh=["塞尔维亚和黑山"], ar=["صربيا والجبل الأسود"])),
    dict(iso3="SWZ", frm="1968-09", to="2018-04",
         why="UN short name from admission (24 September 1968) until Eswatini (19 April 2018)",
         names=dict(en=["Swaziland"], fr=["Swaziland"], es=["Swazilandia"], ru=["Свазиленд"], zh=["斯威士兰"], ar=["سوازيلند"])),
    dict(iso3="CZE", frm="1993-01", to="2016-07",
         why="UN short name from admission (19 January 1993) until Czechia (July 2016); remains the formal name",
         names=dict(en=["Czech Republic"], fr=["République tchèque"], es=["República Checa"],
                    ru=["Чешская Республика"], zh=["捷克共和国"], ar=["الجمهورية التشيكية"])),
    dict(iso3="MKD", frm="1993-04", to="2019-02",
         why="provisional UN name from admission (8 April 1993, GA resolution 47/225) until North Macedonia (February 2019)",
         names=dict(en=["the former Yugoslav Republic of Macedonia", "The former Yugoslav Republic of Macedonia"],
                    fr=["ex-République yougoslave de Macédoine"], es=["ex República Yugoslava de Macedonia"],
                    ru=["бывшая югославская Республика Македония"], zh=["前南斯拉夫的马其顿共和国"],
                    ar=["جمهورية مقدونيا اليوغوسلافية سابقاً"])),
    dict(iso3="TUR", frm="1945-10", to="2022-06",
         why="UN short name until Türkiye (1 June 2022); ru/zh/ar names unchanged",
         names=dict(en=["Turkey"], fr=["Turquie"], es=["Turquía"], ru=["Турция"], zh=["土耳其"], ar=["تركيا"])),
    dict(iso3="NLD", frm="1945-10", to="2023",
         why="UN short name until Netherlands (Kingdom of the) / 荷兰王国 (2023, UN-conventions.md)",
         names=dict(en=["Netherlands"], fr=["Pays-Bas"], es=["Países Bajos"], ru=["Нидерланды"], zh=["荷兰"], ar=["هولندا"])),
    dict(iso3="CPV", frm="1975-09", to="2013-10",
         why="UN short name from admission (16 September 1975) until Cabo Verde (October 2013)",
         names=dict(en=["Cape Verde"], fr=["Cap-Vert"], es=["Cabo Verde"], ru=["Кабо-Верде"], zh=["佛得角"], ar=["الرأس الأخضر"])),
    dict(iso3="RUS", frm="1945-10", to="1991-12",
         why="Union of Soviet Socialist Republics: Member State 1945-1991, membership continued by the Russian Federation (24 December 1991)",
         names=dict(en=["Union of Soviet Socialist Republics"], fr=["Union des Républiques socialistes soviétiques"],
                    es=["Unión de Repúblicas Socialistas Soviéticas"], ru=["Союз Советских Социалистических Республик"],
                    zh=["苏维埃社会主义共和国联盟"], ar=["اتحاد الجمهوريات الاشتراكية السوفياتية"])),
    dict(iso3="BLR", frm="1945-10", to="1991-09",
         why="UN name of Belarus until September 1991",
         names=dict(en=["Byelorussian Soviet Socialist Republic"], fr=["République socialiste soviétique de Biélorussie"],
                    es=["República Socialista Soviética de Bielorrusia"], ru=["Белорусская Советская Социалистическая Республика"],
                    zh=["白俄罗斯苏维埃社会主义共和国"], ar=["جمهورية بيلوروسيا الاشتراكية السوفياتية"])),
    dict(iso3="UKR", frm="1945-10", to="1991-08",
         why="UN name of Ukraine until August 1991",
         names=dict(en=["Ukrainian Soviet Socialist Republic"], fr=["République socialiste soviétique d'Ukraine"],
                    es=["República Socialista Soviética de Ucrania"], ru=["Украинская Советская Социалистическая Республика"],
                    zh=["乌克兰苏维埃社会主义共和国"], ar=["جمهورية أوكرانيا الاشتراكية السوفياتية"])),
    dict(iso3="PSE", frm="1988-12", to="2012-11",
         why="designation 'Palestine' in the UN from GA resolution 43/177 (15 December 1988) until State of Palestine (GA resolution 67/19, 29 November 2012)",
         names=dict(en=["Palestine"], fr=["Palestine"], es=["Palestina"], ru=["Палестина"], zh=["巴勒斯坦"], ar=["فلسطين"])),
    dict(iso3="TLS", frm="", to="2002-05",
         why="name of the territory in UN documents until independence as Timor-Leste (20 May 2002)",
         names=dict(en=["East Timor"], fr=["Timor oriental"], es=["Timor Oriental"], ru=["Восточный Тимор"], zh=["东帝汶"], ar=["تيمور الشرقية"])),
    # Undated running-text forms.
    dict(iso3="GBR", frm="", to="",
         why="shortened form used in UN running text after the full name",
         names=dict(en=["United Kingdom"], fr=["Royaume-Uni"], es=["Reino Unido"], ru=["Соединенное Королевство"],
                    zh=["联合王国"], ar=["المملكة المتحدة"])),
    dict(iso3="USA", frm="", to="",
         why="shortened form used in UN running text after the full name",
         names=dict(en=["United States"], fr=["États-Unis"], es=["Estados Unidos"], ru=["Соединенные Штаты"],
                    zh=["美国"], ar=["الولايات المتحدة"])),
    dict(iso3="IRN", frm="", to="",
         why="head of the inverted short name: informal running text, and the first half of a name split by a page break (伊朗 / 伊斯兰共和国, UN-conventions.md); low priority",
         names=dict(en=["Iran"], fr=["Iran"], es=["Irán"], ru=["Иран"], zh=["伊朗"], ar=["إيران"])),
    dict(iso3="BOL", frm="", to="",
         why="head of the inverted short name (and the plain name of older documents); low priority",
         names=dict(en=["Bolivia"], fr=["Bolivie"], es=["Bolivia"], ru=["Боливия"], zh=["玻利维亚"], ar=["بوليفيا"])),
    dict(iso3="VEN", frm="", to="",
         why="head of the inverted short name (and the plain name of older documents); low priority",
         names=dict(en=["Venezuela"], fr=["Venezuela"], es=["Venezuela"], ru=["Венесуэла"], zh=["委内瑞拉"], ar=["فنزويلا"])),
    dict(iso3="FSM", frm="", to="",
         why="head of the inverted short name; low priority",
         names=dict(en=["Micronesia"], fr=["Micronésie"], es=["Micronesia"], ru=["Микронезия"], zh=["密克罗尼西亚"], ar=["ميكرونيزيا"])),
]

# Russian uninverted forms that need the genitive rather than apposition.
RU_UNINVERTED_OVERRIDE = {
    "NLD": ("Королевство Нидерландов", "Russian puts the name in the genitive after Королевство"),
    "FSM": ("Федеративные Штаты Микронезии", "Russian puts the name in the genitive after Федеративные Штаты"),
}

# Article taken by fr/es names whose first word is a common noun (grammar, not a lookup).
HEAD_NOUN_ARTICLE = {
    "fr": [("République", "la"), ("Royaume-Uni", "le"), ("Royaume", "le"), ("États", "les"),
           ("État", "l'"), ("Fédération", "la"), ("Émirats", "les"), ("Îles", "les")],
    "es": [("República", "la"), ("Reino", "el"), ("Estados", "los"), ("Estado", "el"),
           ("Federación", "la"), ("Emiratos", "los"), ("Islas", "las")],
}

TRAILING_ARTICLE = re.compile(r"\s*\((the|la|le|les|l'|l’|el|los|las)\)\s*$")
TRAILING_STAR = re.compile(r"\s*\*\s*$")
GENDER_TAG = re.compile(r"\s*\[(fém\.|masc\.)\]\s*")
SANS_ARTICLE = re.compile(r"\s*\(sans article\)\s*$")
LEADING_ES_ARTICLE = re.compile(r"^(el|la|los|las) (?=[A-ZÁÉÍÓÚÑ])")


def clean(name: str) -> tuple[str, str]:
    """Strip markers as the history file does; return (name, article). Article '-' = 'no article'."""
    article = ""
    s = name.strip()
    for _ in range(3):  # markers may come in any order: "Îles Cook (les)    *"
        s0 = s
        s = TRAILING_STAR.sub("", s)
        s = GENDER_TAG.sub(" ", s).strip()
        m = TRAILING_ARTICLE.search(s)
        if m:
            article = m.group(1).replace("’", "'")
            s = s[: m.start()]
        if SANS_ARTICLE.search(s):
            article = "-"
            s = SANS_ARTICLE.sub("", s)
        if s == s0:
            break
    s = re.sub(r"\s+", " ", s).strip()
    return s, article


def sha256(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


class Table:
    def __init__(self) -> None:
        self.rows: dict[tuple[str, str, str], dict] = {}

    def add(self, iso3, lang, kind, name, frm, to, source, article="", date_rank=2):
        """date_rank: 0 current name, 1 documented years of use, 2 dates seen in data, 3 undated."""
        if not name:
            return
        key = (iso3, lang, name)
        r = self.rows.get(key)
        if r is None:
            self.rows[key] = dict(iso3=iso3, lang=lang, kind=kind, name=name, frm=frm, to=to,
                                  sources=[source], article=article, date_rank=date_rank)
            return
        if KIND_ORDER[kind] < KIND_ORDER[r["kind"]]:
            r["kind"] = kind
        if date_rank < r["date_rank"]:
            r["frm"], r["to"], r["date_rank"] = frm, to, date_rank
        if source not in r["sources"]:
            r["sources"].append(source)
        if article and not r["article"]:
            r["article"] = article


def main() -> int:
    root = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=root.parent / "shared")
    ap.add_argument("--out", type=Path, default=root / "Sources/UNAlign/Resources/gazetteer.tsv")
    args = ap.parse_args()

    tax_path = args.shared / "gazetteer/ocha-countries-territories-taxonomy.csv"
    hist_path = args.shared / "gazetteer/unterm-short-name-history.tsv"
    with tax_path.open(encoding="utf-8", newline="") as f:
        tax = list(csv.DictReader(f))

    t = Table()
    iso2_to_iso3: dict[str, str] = {}
    unterm: set[str] = set()
    skipped_no_iso3 = []
    for row in tax:
        iso3 = row["ISO 3166-1 Alpha 3-Codes"].strip()
        if not iso3:
            skipped_no_iso3.append(row["English Short"])
            continue
        iso2_to_iso3[row["ISO 3166-1 Alpha 2-Codes"].strip()] = iso3
        on_list = row["Appears in UNTERM list"] == "Y"
        if on_list:
            unterm.add(iso3)
        for lang in LANGS:
            name, art = clean(row[SHORT_COLS[lang]])
            src = "unterm" if on_list else "ocha"
            t.add(iso3, lang, "short", name, "", "", src, art, date_rank=0)
            name, art = clean(row[M49_COLS[lang]])
            t.add(iso3, lang, "m49", name, "", "", "m49", art, date_rank=0)
        formal = row["English Formal"].strip()
        if formal:
            art = ""
            if formal.startswith("the "):
                art, formal = "the", formal[4:]
            name, art2 = clean(formal)
            t.add(iso3, "en", "formal", name, "", "", "formal", art or art2, date_rank=0)

    # History of UNTERM short names.
    dropped_ocha_only = []
    dropped_other = []
    unmatched_current = []
    with hist_path.open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            iso2, lang, raw, first, last, sources = line.rstrip("\n").split("\t")
            if iso2 not in iso2_to_iso3 or lang not in LANGS:
                dropped_other.append(f"{iso2} {lang} {raw}")
                continue
            if lang == "en" and sources == "OCHA taxonomy":
                # OCHA's own English labels of 2019-2022 (Iran, DR Congo, St. Lucia; even CN=Chile):
                # not UN short names.
                dropped_ocha_only.append(f"{iso2} {raw}")
                continue
            iso3 = iso2_to_iso3[iso2]
            name, art = clean(raw)
            m = LEADING_ES_ARTICLE.match(name) if lang == "es" else None
            if m:
                art, name = m.group(1), name[m.end():]
            letters = "".join(HIST_SOURCE_LETTERS[x] for x in sources.split(","))
            src = f"hist({letters} {first}..{'' if last == CURRENT_SNAPSHOT else last})"
            if last == CURRENT_SNAPSHOT and (iso3, lang, name) not in t.rows:
                unmatched_current.append(f"{iso2} {lang} {name}")
            # A current name merges with its taxonomy row (kind and dates of the taxonomy row win).
            t.add(iso3, lang, "historical", name, first, "" if last == CURRENT_SNAPSHOT else last, src, art, date_rank=2)

    # Documented renamings give `from` to current short names.
    # Not where the language kept the old name (缅甸 for Burma and Myanmar, ru Турция).
    for iso3, date, why in RENAMED_CURRENT:
        for key, r in t.rows.items():
            if key[0] != iso3 or r["kind"] != "short" or "unterm" not in r["sources"]:
                continue
            old_names = {n for a in ALIASES if a["iso3"] == iso3 for n in a["names"][key[1]]}
            if key[2] in old_names:
                continue
            r["frm"] = date
            r["sources"].append(f"since {date}: {why}")

    # Project aliases.
    for a in ALIASES:
        for lang in LANGS:
            for name in a["names"][lang]:
                dated = a["frm"] or a["to"]
                span = f"{a['frm'] or '?'}..{a['to'] or 'now'}"
                src = f"alias({span}): {a['why']}" if dated else f"alias: {a['why']}"
                cur = t.rows.get((a["iso3"], lang, name))
                if cur is not None and cur["date_rank"] == 0:
                    src = f"unchanged across a renaming: {a['why']}"
                t.add(a["iso3"], lang, "alias", name, a["frm"], a["to"], src, date_rank=1 if dated else 3)

    # Uninverted running-text forms of inverted names X (Y), and zh bracket-width variants.
    inv = re.compile(r"^(.+?) \((.+)\)$")
    for (iso3, lang, name), r in list(t.rows.items()):
        if iso3 not in unterm or r["kind"] not in ("short", "m49") or lang == "zh":
            continue
        m = inv.match(name)
        if not m:
            continue
        head, qual = m.group(1), m.group(2)
        if lang == "ar":
            if not re.search(r"\s[-_]\s?|\s?[-_]\s", qual):
                continue
            full = re.sub(r"\s*[-_]\s*", f" {head} ", qual).strip()
            full = re.sub(r"\s+", " ", full)
        elif lang == "ru" and iso3 in RU_UNINVERTED_OVERRIDE:
            full, why = RU_UNINVERTED_OVERRIDE[iso3]
        else:
            sep = "" if qual.endswith(("'", "’")) else " "
            full = f"{qual}{sep}{head}"
        t.add(iso3, lang, "alias", full, "", "",
              f"uninverted({r['kind']})", date_rank=0 if r["to"] == "" else 2)
    for (iso3, lang, name), r in list(t.rows.items()):
        if lang != "zh" or not re.search(r"[()（）]", name):
            continue
        if "(" in name or ")" in name:
            other = name.replace("(", "（").replace(")", "）")
        else:
            other = name.replace("（", "(").replace("）", ")")
        t.add(iso3, lang, "alias", other, r["frm"], r["to"],
              f"brackets({r['kind']})", date_rank=r["date_rank"])

    # Articles of fr/es names that begin with a common noun.
    for (iso3, lang, name), r in t.rows.items():
        if r["article"] or lang not in HEAD_NOUN_ARTICLE:
            continue
        for noun, art in HEAD_NOUN_ARTICLE[lang]:
            if name == noun or name.startswith(noun + " ") or name.startswith(noun + "-"):
                r["article"] = art
                break

    rows = sorted(t.rows.values(), key=lambda r: (r["iso3"], LANGS.index(r["lang"]), KIND_ORDER[r["kind"]], r["name"]))
    for r in rows:
        for field in ("name", "frm", "to", "article"):
            assert "\t" not in r[field] and "\n" not in r[field], r
    counts = {k: sum(1 for r in rows if r["kind"] == k) for k in KIND_ORDER}
    isos = sorted({r["iso3"] for r in rows})

    header = f"""# gazetteer.tsv: country and territory names in the six UN languages, for matching names in UN documents.
# Generated by Scripts/build_gazetteer.py; do not edit by hand (edit the script and rerun: python3 Scripts/build_gazetteer.py).
# Sources:
#  - shared/gazetteer/ocha-countries-territories-taxonomy.csv (sha256 {sha256(tax_path)[:16]}…): OCHA Countries & Territories
#    Taxonomy as shipped in the PyPI package hdx-python-country 4.2.5 (MIT licence).
#  - shared/gazetteer/unterm-short-name-history.tsv (sha256 {sha256(hist_path)[:16]}…): UNTERM short names seen 2013-2026 in the
#    histories of the OCHA taxonomy and of the datasets/country-codes data package (ODC-PDDL).
#  - the project's own aliases and derived forms, each explained in the source column.
# Attribution: the country names are United Nations terminology: UNTERM, the United Nations Terminology Database
#  (unterm.un.org), and the UNSD M49 Standard country or area codes for statistical use; © United Nations.
#  Reproduced for terminology purposes; the designations employed do not imply the expression of any opinion
#  whatsoever on the part of the United Nations concerning the legal status of any country, territory or area.
# Scope: {len(unterm)} entries of the UNTERM list (193 Member States, Holy See, State of Palestine, Cook Islands, Niue)
#  and the other taxonomy territories with an ISO 3166 alpha-3 code ({len(isos)} codes in all); taxonomy rows without one
#  ({', '.join(skipped_no_iso3)}) are left out.
# Columns (TAB-separated, UTF-8):
#  iso3     ISO 3166-1 alpha-3 code
#  lang     zh en fr es ru ar
#  kind     short: current UN short name, vote-list form (inverted: 'Iran (Islamic Republic of)'); for a territory not
#                  on the UNTERM list, OCHA's English short name
#           formal: UN formal name (English only in the sources), without its leading 'the'
#           m49: UNSD M49 name
#           historical: earlier UN short name from the history file (a name that is also a current M49 name, such as
#                  zh 多米尼加 or 教廷, stays m49 and keeps its hist(...) source)
#           alias: the project's own additions: names before 2013 (Libyan Arab Jamahiriya, Zaire, Burma, Yugoslavia,
#                  ...), documented renamings, uninverted running-text forms ('Islamic Republic of Iran'), zh
#                  bracket-width variants (伊朗（伊斯兰共和国）/ 伊朗(伊斯兰共和国)), low-priority head nouns ('Iran')
#  name     the name; trailing ' *', '[fém.]/[masc.]', '(the)/(la)/(le)/(les)/(l')/(el)/(los)/(las)' and
#           '(sans article)' stripped, runs of spaces collapsed
#  from,to  period of UN use, YYYY, YYYY-MM or YYYY-MM-DD; empty 'from' = not recorded (in use before the sources
#           begin), empty 'to' = still in use / no known end. A current name has empty 'to'. Documented years of use
#           (source column) win over dates merely seen in the data; a historical row with no documented dates has
#           the first/last dates its name was seen in the history file, which lag UN decisions (the
#           datasets/country-codes package kept 'Turkey' until 2026-05 although Türkiye replaced it in June 2022)
#  source   where each fact comes from, ' | '-separated:
#           unterm = UNTERM short name (taxonomy '<Language> Short'); ocha = OCHA's English short name of a territory
#           not on the UNTERM list; formal = UNTERM formal name (taxonomy 'English Formal'); m49 = M49 name;
#           hist(LETTERS first..last) = history file, seen in o = OCHA taxonomy versions, c = datasets/country-codes
#           versions, h = hdx-python-country 4.2.5, from first to last date seen (no last date = still in the 2026-10
#           snapshot); since DATE: a documented renaming; unchanged across a renaming: this language kept the name;
#           alias(from..to) or alias: a project alias and its reason;
#           uninverted(KIND) = running-text form 'Y X' of the inverted name 'X (Y)' of that kind (ar: the dash or
#           underscore marks where X goes; ru NLD/FSM use the genitive); brackets(KIND) = zh name with the other
#           bracket width (（） vs ())
#  article  article a name takes in running text, where a source gives it: English formal names ('the'); the
#           history file's stripped '(the)/(les)/(las)' and es 'la República de Moldova'; '-' = explicitly none
#           (fr 'Cabo Verde (sans article)'); fr/es names that begin with a common noun get that noun's article
#           (République → la, État → l', Royaume → le, États/Îles/Émirats → les; República → la, Reino/Estado → el,
#           Estados/Emiratos → los, Islas → las). Empty = not known: the sources carry no article for single-word
#           names (le Canada, el Canadá). Join as article + name, with no space after l'.
# Every header line starts with '#', the column names included (LanguageData.swift reads any other line as data).
# One row per (iso3, lang, name); kind is the most authoritative of the sources that give the name
#  (short > formal > m49 > historical > alias).
# Rows: {len(rows)} (short {counts['short']}, formal {counts['formal']}, m49 {counts['m49']}, historical {counts['historical']}, alias {counts['alias']}).
#  Left out of the history file: {len(dropped_ocha_only)} English labels found only in old OCHA taxonomy versions (OCHA's
#  own names such as 'Iran', 'DR Congo', 'St. Lucia', and wrong codes such as CN 'Chile'), and {len(dropped_other)} rows with
#  no known code (a CSV header read as data).
# iso3\tlang\tkind\tname\tfrom\tto\tsource\tarticle
"""
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="\n") as f:
        f.write(header)
        for r in rows:
            f.write("\t".join([r["iso3"], r["lang"], r["kind"], r["name"], r["frm"], r["to"],
                               " | ".join(r["sources"]), r["article"]]) + "\n")
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes, {len(rows)} rows, {len(isos)} iso3 codes, {counts})")
    print(f"dropped OCHA-only English history labels: {len(dropped_ocha_only)}; unknown codes: {dropped_other}")
    if unmatched_current:
        print(f"history names marked current but not in the taxonomy: {unmatched_current}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
