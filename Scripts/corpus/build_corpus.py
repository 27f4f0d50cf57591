#!/usr/bin/env python3
"""Build the six-language test corpus of A/75/394 and its gold standard.

Run from the project root:  python3 Scripts/corpus/build_corpus.py

Reads
  Corpora/A-75-394/zh.md                  the Chinese original (never edited)
  Scripts/corpus/sentences/<lang>.tsv     sentence correspondence (zh included)
  Scripts/corpus/templates/<lang>.md.in   the reconstructed translations (en fr es ru ar)
  Scripts/corpus/forms/<lang>.tsv         running-text forms of the sponsor countries
  ../shared/gazetteer/                    UN short names (OCHA taxonomy + UNTERM history)
Writes
  Corpora/A-75-394/<lang>.md              templates with the country lists expanded
  Corpora/A-75-394/gold/                  <lang>.txt, <a>-<b>.align, units.tsv, countries.tsv, README.md

The contract is Scripts/corpus/SPEC.md; the output formats are documented in the
README.md this script writes into gold/ (text in GOLD_README below).
Python 3 standard library only.  Deterministic: the same inputs give byte-identical files.
Exits 1 with a list of every problem found, writing nothing, if any check fails.
"""

import argparse
import csv
import os
import re
import sys
import unicodedata
from collections import OrderedDict

LANGS = ["zh", "en", "fr", "es", "ru", "ar"]
TRANS = ["en", "fr", "es", "ru", "ar"]
VOTES = ["¶6", "¶9", "¶10(a)", "¶10(b)", "¶10(c)"]
SIDES = ["favour", "against", "abstain"]
SPONSOR_LISTS = [("¶5", "main"), ("¶5", "added"), ("¶7", "main"), ("¶7", "added")]
ZH_LABELS = {"赞成：": "favour", "反对：": "against", "弃权：": "abstain"}
SHORT_COL = {"en": "English Short", "fr": "French Short", "es": "Spanish Short",
             "ru": "Russian Short", "ar": "Arabic Short", "zh": "Chinese Short"}

# UN short names in use in November 2020 where the gazetteer's current (2026) short name
# differs.  Each entry is checked against unterm-short-name-history.tsv (it must be a name
# recorded there for that country and language).
NOV2020 = {
    ("NLD", "en"): "Netherlands",            # "Netherlands (Kingdom of the)" since 2023
    ("NLD", "fr"): "Pays-Bas",
    ("NLD", "es"): "Países Bajos",
    ("NLD", "ru"): "Нидерланды",
    ("NLD", "ar"): "هولندا",
    ("NLD", "zh"): "荷兰",
    ("TUR", "en"): "Turkey",                 # "Türkiye" since 2022
    ("TUR", "fr"): "Turquie",
    ("TUR", "es"): "Turquía",
    ("CIV", "es"): "Côte d'Ivoire",          # typographic apostrophe only since 2023
    ("CIV", "ru"): "Кот-д'Ивуар",
    ("PNG", "ru"): "Папуа-Новая Гвинея",     # "Папуа — Новая Гвинея" since 2023
    ("GBR", "ar"): "المملكة المتحدة لبريطانيا العظمى وآيرلندا الشمالية",  # آيرلندا until 2023
    ("IRL", "ar"): "آيرلندا",
}

LIST_SEP = {"zh": "、", "en": ", ", "fr": ", ", "es": ", ", "ru": ", ", "ar": "، "}
FINAL_CONJ = {"en": " and ", "fr": " et ", "es": " y ", "ru": " и "}


class BuildError(Exception):
    pass


class Problems:
    """Collects every problem so that one run reports all of them."""

    def __init__(self):
        self.items = []
        self.warnings = []
        self.notes = []

    def add(self, msg):
        self.items.append(msg)

    def warn(self, msg):
        self.warnings.append(msg)


# ---------------------------------------------------------------------------
# collation keys (SPEC "Orders")

def _strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def _words(chars):
    """Word by word: a space (from a space, hyphen-less word boundary or bracket) sorts
    before every letter; hyphens and apostrophes join (Saint-Kitts = saintkitts)."""
    out = "".join(chars)
    return re.sub(r" +", " ", out).strip()


def _fold_latin(c, strip_accents=True):
    if c in "-‐‑'’":
        return ""
    if not c.isalpha():
        return " "
    if not strip_accents:
        return c
    c = c.replace("œ", "oe").replace("æ", "ae")
    return "".join(ch for ch in _strip_accents(c) if ch.isalpha())


def key_latin(name):
    """en, fr: case and accents ignored (ligatures expanded); word by word: a space sorts
    before every letter (République de Moldova < République démocratique du Congo);
    hyphens and apostrophes ignored (Sainte-Lucie < Saint-Kitts-et-Nevis); brackets are spaces."""
    return _words(_fold_latin(c) for c in unicodedata.normalize("NFC", name.casefold()))


def key_es(name):
    """es: as key_latin, but ñ is a letter of its own after n."""
    return _words(("n{" if c == "ñ" else _fold_latin(c))      # '{' sorts after 'z'
                  for c in unicodedata.normalize("NFC", name.casefold()))


def key_ru(name):
    """ru: Russian alphabetical, ё = е; word by word as key_latin."""
    return _words(_fold_latin(c, False) for c in name.casefold().replace("ё", "е"))


_AR_MAP = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي"}


def key_ar(name):
    """ar: Arabic alphabetical (Unicode order of the base letters is the hija'i order
    once ة→ه, ى→ي, ؤ→و, ئ→ي), the article ال at the start of the name ignored, أ إ آ = ا,
    harakat and tatweel ignored; word by word as key_latin."""
    s = name.strip()
    if s.startswith("ال"):
        s = s[2:]
    out = []
    for c in s:
        if "\u064b" <= c <= "\u065f" or c in "\u0670\u0640":
            continue
        c = _AR_MAP.get(c, c)
        out.append(_fold_latin(c, False))
    return _words(out)


COLLATE = {"en": key_latin, "fr": key_latin, "es": key_es, "ru": key_ru, "ar": key_ar}


def sort_key(lang, name):
    return (COLLATE[lang](name), name.casefold(), name)


# ---------------------------------------------------------------------------
# gazetteer

class Gazetteer:
    def __init__(self, gdir):
        tax = os.path.join(gdir, "ocha-countries-territories-taxonomy.csv")
        hist = os.path.join(gdir, "unterm-short-name-history.tsv")
        for p in (tax, hist):
            if not os.path.exists(p):
                raise BuildError("gazetteer file missing: %s" % p)
        self.iso2to3 = {}
        self.short = {}         # (iso3, lang) -> current short name
        self.zh_alias = {}      # zh name -> set(iso3)
        with open(tax, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                i2, i3 = r["ISO 3166-1 Alpha 2-Codes"], r["ISO 3166-1 Alpha 3-Codes"]
                if not i2 or not i3:
                    continue
                self.iso2to3[i2] = i3
                for lang, col in SHORT_COL.items():
                    if r[col]:
                        self.short[(i3, lang)] = r[col]
                for col in ("Chinese Short", "M49 Chinese"):
                    if r[col]:
                        self.zh_alias.setdefault(r[col], set()).add(i3)
        self.history = {}       # (iso3, lang) -> set(names)
        with open(hist, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                fs = line.rstrip("\n").split("\t")
                i3 = self.iso2to3.get(fs[0])
                if not i3:
                    continue
                self.history.setdefault((i3, fs[1]), set()).add(fs[2])
                if fs[1] == "zh":
                    self.zh_alias.setdefault(fs[2], set()).add(i3)
        for (i3, lang), name in NOV2020.items():
            if name not in self.history.get((i3, lang), set()):
                raise BuildError("NOV2020 override %s/%s %r is not in the UNTERM history"
                                 % (i3, lang, name))

    def zh_iso(self, name):
        s = self.zh_alias.get(name)
        if not s:
            return None
        if len(s) != 1:
            raise BuildError("Chinese name %r is ambiguous in the gazetteer: %s" % (name, sorted(s)))
        return next(iter(s))

    def name2020(self, iso3, lang):
        n = NOV2020.get((iso3, lang)) or self.short.get((iso3, lang))
        if not n:
            raise BuildError("no %s short name for %s in the gazetteer" % (lang, iso3))
        return n


# ---------------------------------------------------------------------------
# markup and text streams

_SUP = re.compile(r"<sup>\s*\d+\s*</sup>")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_RULE = re.compile(r"^\s*-{3,}\s*$")
_FN_START = re.compile(r"^\s*<sup>\s*\d+\s*</sup>")
_LIST_PH = re.compile(r"\{\{list\s+(\S+)\s+(favour|against|abstain)((?:\s+[A-Za-z]+=[A-Z]{3}(?:,[A-Z]{3})*)*)\s*\}\}")
_SPONSOR_PH = re.compile(r"\{\{sponsors\s+(¶5|¶7)\s+(main|added)\s*\}\}")
_ANY_PH = re.compile(r"\{\{.*?\}\}")
# a block that starts a unit of its own (so it cannot be the rest of a paragraph cut by a page break)
_UNIT_START = re.compile(r"^\s*(#|\*\*|<sup>|\{\{|\(|\[|[0-9٠-٩۰-۹]|[A-Za-zА-Яа-яЁё]\))")


def strip_markup(s):
    lines = [re.sub(r"^\s*#+\s*", "", ln) for ln in s.split("\n")]
    s = "\n".join(lines).replace("**", "")
    s = _SUP.sub("", s)
    s = _LINK.sub(r"\1", s)
    return s


def norm_ws(s):
    return re.sub(r"\s+", " ", s).strip()


def canon_placeholders(s):
    """Placeholders without their options, so that `{{list ¶6 favour breakafter=UKR}}`
    in a template matches `{{list ¶6 favour}}` in a sentence file."""
    return _LIST_PH.sub(lambda m: "{{list %s %s}}" % (m.group(1), m.group(2)), s)


def logical_stream(lines, joiner):
    """The template's text, markup stripped, as one whitespace-normalized string in
    reading order.  A page break that cuts a paragraph (`---` rule, then footnotes, then
    the rest of the paragraph, which does not start a unit of its own) is undone: the rest
    is joined to its paragraph with `joiner` and the footnotes follow it."""
    blocks = []
    cur = []

    def flush():
        if cur:
            raw = "\n".join(cur)
            blocks.append(("fn" if _FN_START.match(raw) else "text", raw))
            cur.clear()

    for ln in lines:
        if not ln.strip():
            flush()
        elif _RULE.match(ln):
            flush()
            blocks.append(("rule", ""))
        else:
            cur.append(ln)
    flush()
    out = []       # list of [kind, raw]
    conts = []     # (number of footnotes, text of the continued part) per undone page break
    i = 0
    while i < len(blocks):
        kind, raw = blocks[i]
        if kind == "rule":
            j = i + 1
            while j < len(blocks) and blocks[j][0] == "fn":
                j += 1
            if (j > i + 1 and j < len(blocks) and blocks[j][0] == "text"
                    and not _UNIT_START.match(blocks[j][1]) and out and out[-1][0] == "text"):
                cont = norm_ws(strip_markup(blocks[j][1]))
                out[-1][1] = norm_ws(strip_markup(out[-1][1])) + joiner + cont
                out[-1][0] = "joined"
                conts.append((j - i - 1, canon_placeholders(cont)))
                out.extend([list(b) for b in blocks[i + 1:j]])
                i = j + 1
                continue
            i += 1
            continue
        out.append([kind, raw])
        i += 1
    parts = []
    for kind, raw in out:
        t = raw if kind == "joined" else norm_ws(strip_markup(raw))
        if t:
            parts.append(t)
    return canon_placeholders(" ".join(parts)), conts


def join_cut_sentences(sentences, conts, joiner, lang, notes):
    """A sentence file may list a sentence cut by a page break as two pieces in page order
    (first piece, the footnotes, the rest), both with the same ids.  The pieces are joined
    into one sentence placed before the footnotes, as the stream has it."""
    sentences = list(sentences)
    for nfn, cont in conts:
        for j in range(nfn + 1, len(sentences)):
            ids, t = sentences[j]
            t = canon_placeholders(norm_ws(t))
            k = j - nfn - 1
            if t and cont.startswith(t) and sentences[k][0] == ids:
                sentences[k] = (ids, sentences[k][1] + joiner + sentences[j][1])
                del sentences[j]
                notes.append("%s: joined the two pieces of %s cut by the page break (sentence lines %d and %d)"
                             % (lang, ids, k + 1, j + 1))
                break
    return sentences


def match_sentences(stream, sentences, lang, problems):
    """Every sentence text must follow the previous one in the stream, with nothing but
    whitespace between them, and the stream must be used up."""
    pos = 0
    n = len(stream)
    for k, (ids, text) in enumerate(sentences, 1):
        t = canon_placeholders(norm_ws(text))
        while pos < n and stream[pos] == " ":
            pos += 1
        if stream.startswith(t, pos):
            pos += len(t)
            continue
        # diagnose
        ctx = stream[pos:pos + 80]
        squeezed_t = re.sub(r"\s+", "", t)
        window = stream[pos:pos + len(t) * 2 + 20]
        acc, used = "", 0
        for ch in window:
            if len(acc) >= len(squeezed_t):
                break
            used += 1
            if not ch.isspace():
                acc += ch
        if acc == squeezed_t:
            problems.add("%s: sentence %d (%s) differs from the template only by whitespace:\n"
                         "    tsv:      %r\n    template: %r" % (lang, k, ids, t, stream[pos:pos + used]))
        else:
            where = stream.find(t, pos)
            extra = (" (found later, after unlisted text: %r)" % stream[pos:where][:120]) if where > 0 else \
                    (" (found earlier: out of order or listed twice)" if stream.find(t) >= 0 else " (not in the template)")
            problems.add("%s: sentence %d (%s) does not follow its predecessor in the template%s:\n"
                         "    tsv:      %r\n    template: %r" % (lang, k, ids, extra, t[:120], ctx))
        return False
    rest = stream[pos:].strip()
    if rest:
        problems.add("%s: template text after the last sentence is not in sentences/%s.tsv: %r"
                     % (lang, lang, rest[:160]))
        return False
    return True


# ---------------------------------------------------------------------------
# the Chinese original

class ZhDoc:
    def __init__(self, path, gaz):
        with open(path, encoding="utf-8") as f:
            self.text = f.read()
        self.lines = self.text.split("\n")
        self.gaz = gaz
        self.vote_lists = OrderedDict()   # (vote, side) -> dict(label_line, lines, text, items)
        self.sponsors = OrderedDict()     # (para, which) -> list of (iso3, zh form)
        self.tallies = {}                 # vote -> (favour, against, abstain)
        self._parse_votes()

    def _parse_votes(self):
        cur_vote = None
        para = None
        L = self.lines
        i = 0
        while i < len(L):
            s = strip_markup(L[i]).strip()
            m = re.match(r"^(\d+)\.\s", s)
            if m:
                para = "¶" + m.group(1)
                cur_vote = para
            m = re.match(r"^\(([a-z])\)\s", s)
            if m and para:
                cur_vote = "%s(%s)" % (para, m.group(1))
            if s in ZH_LABELS:
                side = ZH_LABELS[s]
                if cur_vote not in VOTES:
                    raise BuildError("zh.md line %d: vote label %r outside a vote paragraph" % (i + 1, s))
                # the list: following non-blank lines up to one ending with 。
                j = i + 1
                parts, idx = [], []
                while j < len(L):
                    t = L[j].strip()
                    if t:
                        if t in ZH_LABELS or strip_markup(t).strip() in ZH_LABELS or _FN_START.match(t):
                            raise BuildError("zh.md line %d: vote list %s %s runs into %r"
                                             % (j + 1, cur_vote, side, t[:20]))
                        parts.append(t)
                        idx.append(j)
                        if t.endswith("。"):
                            break
                    j += 1
                else:
                    raise BuildError("zh.md: vote list %s %s has no final 。" % (cur_vote, side))
                # lines cut by a page break are joined as they are: a cut after 、 keeps the
                # separator; a cut inside a name (伊朗 / 伊斯兰共和国) re-forms the name.
                joined = "".join(parts)
                items = []
                for name in joined[:-1].split("、"):
                    iso = self.gaz.zh_iso(name)
                    if iso is None:
                        raise BuildError("zh.md: %s %s: name %r not in the gazetteer" % (cur_vote, side, name))
                    items.append((iso, name))
                key = (cur_vote, side)
                if key in self.vote_lists:
                    raise BuildError("zh.md: two %s lists for %s" % (side, cur_vote))
                self.vote_lists[key] = {"label_line": i, "lines": idx, "text": joined, "items": items}
                i = j + 1
                continue
            i += 1
        want = [(v, s) for v in VOTES for s in SIDES]
        if sorted(self.vote_lists) != sorted(want):
            raise BuildError("zh.md: expected 15 vote lists, found %s" % list(self.vote_lists))

    def unit_text(self, sentences, unit):
        return "".join(t for ids, t in sentences if ids.split("#")[0] == unit)

    def parse_tallies_and_sponsors(self, zh_sentences):
        """zh_sentences: list of (id, text) from sentences/zh.tsv (already checked against zh.md)."""
        self.tally_sentence = {}
        pat = re.compile(r"以\s*(\d+)\s*票对\s*(\d+)\s*票、\s*(\d+)\s*票弃权")
        for v in VOTES:
            hits = [(sid, m) for sid, t in zh_sentences if sid.split("#")[0] == v for m in pat.finditer(t)]
            if len(hits) != 1:
                raise BuildError("zh: expected one tally in %s, found %d" % (v, len(hits)))
            sid, m = hits[0]
            self.tallies[v] = tuple(int(x) for x in m.groups())
            self.tally_sentence[v] = sid
        for para, which in SPONSOR_LISTS:
            text = self.unit_text(zh_sentences, para)
            if which == "main":
                m = re.search(r"代表团以(.+?)的名义", text)
            else:
                m = re.search(r"随后，(.+?)加入为", text)
            if not m:
                raise BuildError("zh: no %s sponsor list in %s" % (which, para))
            self.sponsors[(para, which)] = self._split_sponsors(m.group(1), para, which)

    def _split_sponsors(self, s, para, which):
        items = s.split("、")
        last = items.pop()
        # the final 和 joins the last two; 和 also occurs inside names (共和国, 安提瓜和巴布达):
        # split only where both halves are known names
        splits = [k for k in range(len(last)) if last[k] == "和"
                  and self.gaz.zh_iso(last[:k]) and self.gaz.zh_iso(last[k + 1:])]
        if len(splits) != 1:
            raise BuildError("zh: %s %s sponsors: cannot split %r at a single 和 (%d candidates)"
                             % (para, which, last, len(splits)))
        k = splits[0]
        items += [last[:k], last[k + 1:]]
        out = []
        for name in items:
            iso = self.gaz.zh_iso(name)
            if iso is None:
                raise BuildError("zh: %s %s sponsors: name %r not in the gazetteer" % (para, which, name))
            out.append((iso, name))
        if len({i for i, _ in out}) != len(out):
            raise BuildError("zh: %s %s sponsors: a country listed twice" % (para, which))
        return out

    def as_template_lines(self):
        """zh.md with each vote list replaced by its placeholder line (for the sentence check)."""
        repl = {}
        skip = set()
        for (v, side), d in self.vote_lists.items():
            repl[d["lines"][0]] = "{{list %s %s}}" % (v, side)
            skip.update(d["lines"][1:])
        return [repl.get(i, ln) for i, ln in enumerate(self.lines) if i not in skip]


# ---------------------------------------------------------------------------
# sentence files, forms, templates

def read_sentences(path, lang, problems):
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                continue
            if "\t" not in line:
                problems.add("%s: sentences/%s.tsv line %d has no TAB" % (lang, lang, n))
                continue
            ids, text = line.split("\t", 1)
            ids = ids.strip()
            if "\t" in text:
                problems.add("%s: sentences/%s.tsv line %d has more than one TAB" % (lang, lang, n))
            if not text.strip():
                problems.add("%s: sentences/%s.tsv line %d has no text" % (lang, lang, n))
            out.append((ids, text.strip()))
    return out


def parse_ids(ids):
    if ids == "-":
        return []
    return [x.strip() for x in ids.split(",") if x.strip()]


def read_forms(path, lang, gaz, problems):
    forms = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            fs = line.split("\t")
            if len(fs) != 3:
                problems.add("%s: forms/%s.tsv line %d: expected 3 TAB-separated fields, got %d"
                             % (lang, lang, n, len(fs)))
                continue
            lst, iso, form = fs[0].strip(), fs[1].strip(), fs[2].strip()
            m = re.match(r"^(¶5|¶7) (main|added)$", lst)
            if not m:
                problems.add("%s: forms/%s.tsv line %d: bad list %r" % (lang, lang, n, lst))
                continue
            key = (m.group(1), m.group(2))
            if (iso, lang) not in gaz.short:
                problems.add("%s: forms/%s.tsv line %d: unknown ISO3 %r" % (lang, lang, n, iso))
                continue
            if iso in forms.setdefault(key, {}):
                problems.add("%s: forms/%s.tsv line %d: %s listed twice in %s %s" % (lang, lang, n, iso, *key))
            forms[key][iso] = form
    return forms


def split_name(name, lang):
    """Where `break=` cuts a name: after its first word (the head noun, as in 伊朗 / 伊斯兰共和国);
    a one-word name is cut in the middle."""
    if lang != "zh" and " " in name:
        k = name.index(" ")
        return name[:k], name[k + 1:]
    k = len(name) // 2
    return name[:k], name[k:]


class Lang:
    def __init__(self, code):
        self.code = code
        self.sentences = []     # (ids str, text) as in the tsv
        self.vote_text = {}     # (vote, side) -> list text without page breaks
        self.vote_names = {}    # (vote, side) -> [(iso3, surface)] in list order
        self.sponsor_text = {}  # (para, which) -> running text
        self.sponsor_names = {}  # (para, which) -> [(iso3, surface)] in text order
        self.md = None          # expanded template (None for zh)
        self.placeholders = set()


def vote_list_for(lang, zh_items, gaz):
    names = [(iso, gaz.name2020(iso, lang)) for iso, _ in zh_items]
    names.sort(key=lambda x: sort_key(lang, x[1]))
    return names


def render_vote_list(lang, names, opts, where, problems):
    """Returns (md text with page breaks, plain text without them)."""
    sep = LIST_SEP[lang]
    isos = [i for i, _ in names]
    brk = set()
    after = set()
    for k, v in opts:
        for iso in v.split(","):
            if iso not in isos:
                problems.add("%s: %s: option %s=%s: %s is not in this list" % (lang, where, k, v, iso))
            if k == "break":
                brk.add(iso)
            elif k == "breakafter":
                after.add(iso)
            else:
                problems.add("%s: %s: unknown option %r" % (lang, where, k))
    if isos and isos[-1] in after:
        problems.add("%s: %s: breakafter=%s is the last item" % (lang, where, isos[-1]))
    plain = sep.join(n for _, n in names) + "."
    md = ""
    for idx, (iso, n) in enumerate(names):
        piece = n
        if iso in brk:
            a, b = split_name(n, lang)
            piece = a + "\n\n" + b
        md += piece
        if idx < len(names) - 1:
            md += sep.rstrip() + "\n\n" if iso in after else sep
    md += "."
    return md, plain


def render_sponsors(lang, forms_items):
    """forms_items: [(iso, form)] already in the language's order."""
    fs = [f for _, f in forms_items]
    if lang == "ar":
        return "، ".join([fs[0]] + ["و" + f for f in fs[1:]])
    if len(fs) == 1:
        return fs[0]
    return LIST_SEP[lang].join(fs[:-1]) + FINAL_CONJ[lang] + fs[-1]


# ---------------------------------------------------------------------------
# units

def unit_of(sid):
    return sid.split("#")[0]


def kind_of(addr):
    last = addr.split("/")[-1]
    if addr.startswith("title/"):
        return "title"
    if addr.startswith("§") or re.fullmatch(r"D[RD]-[IV]+", addr):
        return "heading"
    if re.search(r"/vote$", addr):
        return "vote"
    if re.search(r"/vote/(favour|against|abstain)/label$", addr):
        return "vote-label"
    if re.search(r"/vote/(favour|against|abstain)$", addr):
        return "vote-list"
    if "/sponsors/" in addr:
        return "sponsor-list"
    if re.fullmatch(r"fn\d+", last):
        return "footnote"
    if last == "title":
        return "title"
    if last == "intro":
        return "intro"
    if re.fullmatch(r"pp\d+", last):
        return "preambular"
    if re.fullmatch(r"op\d+", last):
        return "operative"
    if re.fullmatch(r"(op\d+|¶\d+)\([a-z]\)", last):
        return "subparagraph"
    if re.fullmatch(r"¶\d+", last) or re.fullmatch(r"p\d+", last):
        return "paragraph"
    raise BuildError("no kind for address %r" % addr)


# ---------------------------------------------------------------------------
# beads

def beads_for(a_refs, b_refs):
    """a_refs, b_refs: per line (1-based index = position+1) the list of zh ids it renders.
    Returns (list of (A lines, B lines), number of merges made to keep beads contiguous and
    monotone)."""
    parent = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(x, y):
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)

    for side, refs in (("a", a_refs), ("b", b_refs)):
        for i, ids in enumerate(refs, 1):
            find((side, i))
            for z in ids:
                union((side, i), ("z", z))
    merges = 0
    while True:
        comps = {}
        for side, refs in (("a", a_refs), ("b", b_refs)):
            for i in range(1, len(refs) + 1):
                comps.setdefault(find((side, i)), ([], []))[0 if side == "a" else 1].append(i)
        changed = False
        owner_a = {}
        owner_b = {}
        for r, (A, B) in comps.items():
            for i in A:
                owner_a[i] = r
            for j in B:
                owner_b[j] = r
        # contiguity: everything inside a two-sided bead's span belongs to it
        for r, (A, B) in comps.items():
            if not A or not B:
                continue
            for lo, hi, owner, side in ((min(A), max(A), owner_a, "a"), (min(B), max(B), owner_b, "b")):
                for i in range(lo, hi + 1):
                    if find(owner[i]) != find(r):
                        union(owner[i], r)
                        changed = True
                        merges += 1
        if changed:
            continue
        two = sorted(((min(A), min(B), r) for r, (A, B) in comps.items() if A and B))
        for (a1, b1, r1), (a2, b2, r2) in zip(two, two[1:]):
            if b2 < b1 or max(comps[r1][1]) > b2:
                union(r1, r2)
                changed = True
                merges += 1
                break
        if not changed:
            break
    two = sorted((sorted(A), sorted(B)) for A, B in comps.values() if A and B)
    a_only = sorted(i for A, B in comps.values() if A and not B for i in A)
    b_only = sorted(j for A, B in comps.values() if B and not A for j in B)
    out = []
    ia = ib = 0
    for A, B in two:
        while ia < len(a_only) and a_only[ia] < A[0]:
            out.append(([a_only[ia]], []))
            ia += 1
        while ib < len(b_only) and b_only[ib] < B[0]:
            out.append(([], [b_only[ib]]))
            ib += 1
        out.append((A, B))
    out += [([i], []) for i in a_only[ia:]]
    out += [([], [j]) for j in b_only[ib:]]
    # self-check: every line exactly once, in order on both sides
    seq_a = [i for A, _ in out for i in A]
    seq_b = [j for _, B in out for j in B]
    assert seq_a == list(range(1, len(a_refs) + 1)), "bead A side not a partition in order"
    assert seq_b == list(range(1, len(b_refs) + 1)), "bead B side not a partition in order"
    return out, merges


def fmt_side(xs):
    return ",".join(str(x) for x in xs) if xs else "omitted"


# ---------------------------------------------------------------------------

def digits_ascii(s):
    return s.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789"))


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", default=os.path.normpath(os.path.join(here, "..", "..")),
                    help="project root (default: two levels above this script)")
    ap.add_argument("--shared", default=None, help="shared/ folder (default: ROOT/../shared)")
    ap.add_argument("--partial", action="store_true",
                    help="build with the languages whose files exist (for work in progress)")
    ap.add_argument("--check", action="store_true", help="run every check, write nothing")
    args = ap.parse_args(argv)
    root = args.root
    shared = args.shared or os.path.normpath(os.path.join(root, "..", "shared"))
    corp = os.path.join(root, "Corpora", "A-75-394")
    sdir = os.path.join(root, "Scripts", "corpus")
    problems = Problems()

    try:
        gaz = Gazetteer(os.path.join(shared, "gazetteer"))
        zh = ZhDoc(os.path.join(corp, "zh.md"), gaz)
    except BuildError as e:
        print("FAILED: %s" % e, file=sys.stderr)
        return 1

    # --- zh sentences against zh.md
    zh_path = os.path.join(sdir, "sentences", "zh.tsv")
    if not os.path.exists(zh_path):
        print("FAILED: %s missing" % zh_path, file=sys.stderr)
        return 1
    zh_sent = read_sentences(zh_path, "zh", problems)
    zh_ids = []
    for ids, t in zh_sent:
        p = parse_ids(ids)
        if len(p) != 1:
            problems.add("zh: sentence %r must carry exactly its own id" % ids)
        zh_ids.append(ids)
    seen = set()
    for sid in zh_ids:
        if sid in seen:
            problems.add("zh: id %s listed twice" % sid)
        seen.add(sid)
        if not re.fullmatch(r"[^#\s]+#\d+", sid):
            problems.add("zh: malformed id %r" % sid)
    # k = 1..n inside each unit, in order
    count = {}
    for sid in zh_ids:
        u, k = sid.rsplit("#", 1)
        count[u] = count.get(u, 0) + 1
        if int(k) != count[u]:
            problems.add("zh: %s is not sentence %d of its unit" % (sid, count[u]))
    # zh sentence ends: only at 。！？ (and every such mark ends a sentence)
    for sid, t in zh_sent:
        if "{{" in t:
            continue
        inner = t[:-1]
        if any(c in inner for c in "。！？"):
            problems.add("zh: %s contains a sentence end before its last character" % sid)
    zh_stream, zh_conts = logical_stream(zh.as_template_lines(), "")
    zh_sent = join_cut_sentences(zh_sent, zh_conts, "", "zh", problems.notes)
    zh_ids = [ids for ids, _ in zh_sent]
    match_sentences(zh_stream, zh_sent, "zh", problems)
    zh_idset = set(zh_ids)
    for (v, side) in zh.vote_lists:
        want = "%s/vote/%s#1" % (v, side)
        if (want, "{{list %s %s}}" % (v, side)) not in zh_sent:
            problems.add("zh: missing line %s<TAB>{{list %s %s}}" % (want, v, side))
    if problems.items:
        return report(problems, None)
    try:
        zh.parse_tallies_and_sponsors([(s, t) for s, t in zh_sent])
    except BuildError as e:
        print("FAILED: %s" % e, file=sys.stderr)
        return 1
    # --- zh list counts = tallies
    for v in VOTES:
        counts = tuple(len(zh.vote_lists[(v, s)]["items"]) for s in SIDES)
        if counts != zh.tallies[v]:
            problems.add("zh: %s lists have %s countries, the text says %s" % (v, counts, zh.tallies[v]))
        for s in SIDES:
            isos = [i for i, _ in zh.vote_lists[(v, s)]["items"]]
            if len(set(isos)) != len(isos):
                problems.add("zh: %s %s lists a country twice" % (v, s))
        allv = [i for s in SIDES for i, _ in zh.vote_lists[(v, s)]["items"]]
        if len(set(allv)) != len(allv):
            problems.add("zh: a country votes twice in %s" % v)

        # zh.md lists its countries in English order (UN-conventions.md): a test of the
        # English collation on real data
        for s in SIDES:
            items = zh.vote_lists[(v, s)]["items"]
            if [i for i, _ in vote_list_for("en", items, gaz)] != [i for i, _ in items]:
                problems.add("collation: the English order of %s %s differs from zh.md's order" % (v, s))

    langs = OrderedDict()
    L = Lang("zh")
    L.sentences = zh_sent
    for (v, s), d in zh.vote_lists.items():
        L.vote_text[(v, s)] = d["text"]
        L.vote_names[(v, s)] = d["items"]
    for key, items in zh.sponsors.items():
        L.sponsor_names[key] = items
    langs["zh"] = L

    # --- translations
    missing = []
    for lang in TRANS:
        tpl = os.path.join(sdir, "templates", lang + ".md.in")
        sen = os.path.join(sdir, "sentences", lang + ".tsv")
        frm = os.path.join(sdir, "forms", lang + ".tsv")
        absent = [p for p in (tpl, sen, frm) if not os.path.exists(p)]
        if absent:
            missing.append((lang, absent))
            continue
        L = Lang(lang)
        with open(tpl, encoding="utf-8") as f:
            tpl_text = f.read()
        L.sentences = read_sentences(sen, lang, problems)
        forms = read_forms(frm, lang, gaz, problems)
        # vote lists and sponsor lists
        for (v, s), d in zh.vote_lists.items():
            L.vote_names[(v, s)] = vote_list_for(lang, d["items"], gaz)
        for key, items in zh.sponsors.items():
            zset = {i for i, _ in items}
            fset = set(forms.get(key, {}))
            if zset != fset:
                problems.add("%s: forms for %s %s differ from the Chinese list: missing %s, extra %s"
                             % (lang, key[0], key[1], sorted(zset - fset), sorted(fset - zset)))
                continue
            ordered = sorted(((i, forms[key][i]) for i in zset),
                             key=lambda x: sort_key(lang, gaz.name2020(x[0], lang)))
            L.sponsor_names[key] = ordered
            L.sponsor_text[key] = render_sponsors(lang, ordered)
        # placeholders in the template
        out_lines = []
        for n, line in enumerate(tpl_text.split("\n"), 1):
            for m in _ANY_PH.finditer(line):
                ph = m.group(0)
                if not (_LIST_PH.fullmatch(ph) or _SPONSOR_PH.fullmatch(ph)):
                    problems.add("%s: template line %d: malformed placeholder %r" % (lang, n, ph))
            m = _LIST_PH.search(line)
            if m:
                if line.strip() != m.group(0):
                    problems.add("%s: template line %d: a vote-list placeholder must stand alone on its line"
                                 % (lang, n))
                v, s = m.group(1), m.group(2)
                if (v, s) not in zh.vote_lists:
                    problems.add("%s: template line %d: no vote list %s %s" % (lang, n, v, s))
                    out_lines.append(line)
                    continue
                key = ("list", v, s)
                if key in L.placeholders:
                    problems.add("%s: template: {{list %s %s}} used twice" % (lang, v, s))
                L.placeholders.add(key)
                opts = re.findall(r"([A-Za-z]+)=([A-Z,]+)", m.group(3))
                md, plain = render_vote_list(lang, L.vote_names[(v, s)], opts, "{{list %s %s}}" % (v, s), problems)
                L.vote_text[(v, s)] = plain
                out_lines.append(md)
                continue

            def sub_sp(m):
                key = (m.group(1), m.group(2))
                if ("sponsors",) + key in L.placeholders:
                    problems.add("%s: template: {{sponsors %s %s}} used twice" % (lang, *key))
                L.placeholders.add(("sponsors",) + key)
                return L.sponsor_text.get(key, m.group(0))
            out_lines.append(_SPONSOR_PH.sub(sub_sp, line))
        for (v, s) in zh.vote_lists:
            if ("list", v, s) not in L.placeholders:
                problems.add("%s: template has no {{list %s %s}}" % (lang, v, s))
        for key in SPONSOR_LISTS:
            if ("sponsors",) + key not in L.placeholders:
                problems.add("%s: template has no {{sponsors %s %s}}" % (lang, *key))
        L.md = "\n".join(out_lines)
        # sentences: ids and order
        for k, (ids, t) in enumerate(L.sentences, 1):
            p = parse_ids(ids)
            if not p and ids != "-":
                problems.add("%s: sentence %d has no id" % (lang, k))
            for z in p:
                if z not in zh_idset:
                    problems.add("%s: sentence %d refers to %r, which is not a zh sentence id" % (lang, k, z))
            m = _LIST_PH.fullmatch(canon_placeholders(t))
            if m and p != ["%s/vote/%s#1" % (m.group(1), m.group(2))]:
                problems.add("%s: sentence %d: the vote list %s must carry the id %s/vote/%s#1, has %r"
                             % (lang, k, t, m.group(1), m.group(2), ids))
            if _LIST_PH.search(t) and not m:
                problems.add("%s: sentence %d: a vote-list placeholder must be a sentence of its own" % (lang, k))
        stream, conts = logical_stream(tpl_text.split("\n"), " ")
        L.sentences = join_cut_sentences(L.sentences, conts, " ", lang, problems.notes)
        match_sentences(stream, L.sentences, lang, problems)
        langs[lang] = L

    if missing and not args.partial:
        for lang, absent in missing:
            problems.add("%s: missing %s" % (lang, ", ".join(os.path.relpath(p, root) for p in absent)))
    elif missing:
        for lang, absent in missing:
            problems.warn("%s: skipped (missing %s)" % (lang, ", ".join(os.path.relpath(p, root) for p in absent)))
    if problems.items:
        return report(problems, None)

    # --- expanded sentence texts, coverage, tallies in the translations
    expanded = {}
    refs = {}
    for lang, L in langs.items():
        ex, rf = [], []
        for ids, t in L.sentences:
            def sub_list(m):
                return L.vote_text[(m.group(1), m.group(2))]

            def sub_sp(m):
                return L.sponsor_text[(m.group(1), m.group(2))]
            e = _LIST_PH.sub(sub_list, t)
            e = _SPONSOR_PH.sub(sub_sp, e)
            e = norm_ws(e)
            ex.append(e)
            rf.append(parse_ids(ids) if lang != "zh" else [ids])
        expanded[lang] = ex
        refs[lang] = rf
    omitted = {}
    for lang in langs:
        covered = {z for r in refs[lang] for z in r}
        om = [z for z in zh_ids if z not in covered]
        omitted[lang] = om
        for z in om:
            problems.warn("%s: zh sentence %s is not rendered (omitted)" % (lang, z))
        # order: a crossing is allowed (merged into one bead) but reported
        last = -1
        pos = {z: i for i, z in enumerate(zh_ids)}
        for k, r in enumerate(refs[lang], 1):
            if r:
                first = min(pos[z] for z in r)
                if first < last:
                    problems.warn("%s: sentence %d (%s) renders zh text before that of an earlier sentence"
                                  % (lang, k, ",".join(r)))
                last = max(last, max(pos[z] for z in r))
    for lang in TRANS:
        if lang not in langs:
            continue
        for v in VOTES:
            sid = zh.tally_sentence[v]
            txt = digits_ascii(" ".join(e for e, r in zip(expanded[lang], refs[lang]) if sid in r))
            nums = [int(x) for x in re.findall(r"\d+", txt)]
            for want in zh.tallies[v]:
                if want not in nums:
                    problems.add("%s: the sentence rendering %s does not state the tally %s (%s)"
                                 % (lang, sid, "/".join(map(str, zh.tallies[v])), want))
        for (v, s), names in langs[lang].vote_names.items():
            if len(names) != zh.tallies[v][SIDES.index(s)]:
                problems.add("%s: %s %s has %d countries, tally %d" % (lang, v, s, len(names), zh.tallies[v][SIDES.index(s)]))
            if {i for i, _ in names} != {i for i, _ in zh.vote_lists[(v, s)]["items"]}:
                problems.add("%s: %s %s is not the Chinese set" % (lang, v, s))
    if problems.items:
        return report(problems, None)

    # --- outputs
    files = OrderedDict()
    present = list(langs)
    for lang in TRANS:
        if lang in langs:
            files[os.path.join(corp, lang + ".md")] = langs[lang].md
    gold = os.path.join(corp, "gold")
    for lang in present:
        files[os.path.join(gold, lang + ".txt")] = "".join(e + "\n" for e in expanded[lang])
    bead_stats = []
    for ia, a in enumerate(LANGS):
        for b in LANGS[ia + 1:]:
            if a not in langs or b not in langs:
                continue
            beads, merges = beads_for(refs[a], refs[b])
            files[os.path.join(gold, "%s-%s.align" % (a, b))] = "".join(
                "%s <=> %s\n" % (fmt_side(A), fmt_side(B)) for A, B in beads)
            types = {}
            for A, B in beads:
                t = "%d-%d" % (len(A), len(B))
                types[t] = types.get(t, 0) + 1
            bead_stats.append((a, b, len(beads), types, merges))
            if merges:
                problems.warn("%s-%s: %d merge(s) to keep beads contiguous and monotone" % (a, b, merges))
    # units
    units = []
    for sid in zh_ids:
        u = unit_of(sid)
        m = re.match(r"^(.*)/vote/(favour|against|abstain)/label$", u)
        if m and m.group(2) == "favour" and m.group(1) + "/vote" not in units:
            units.append(m.group(1) + "/vote")
        if u not in units:
            units.append(u)
        if u in ("¶5", "¶7"):
            for which in ("main", "added"):
                if "%s/sponsors/%s" % (u, which) not in units:
                    units.append("%s/sponsors/%s" % (u, which))
    unit_rows = ["address\tkind\t" + "\t".join(LANGS)]
    for u in units:
        kind = kind_of(u)
        cells = []
        for lang in LANGS:
            if lang not in langs:
                cells.append("")
                continue
            if lang == "zh":
                cells.append("1")
                continue
            if kind == "sponsor-list":
                para, _, which = u.split("/")
                ok = ("sponsors", para, which) in langs[lang].placeholders
            elif kind == "vote":
                ok = any(unit_of(z).startswith(u + "/") for r in refs[lang] for z in r)
            else:
                ok = any(unit_of(z) == u for r in refs[lang] for z in r)
            cells.append("1" if ok else "0")
        unit_rows.append("%s\t%s\t%s" % (u, kind, "\t".join(cells)))
    files[os.path.join(gold, "units.tsv")] = "\n".join(unit_rows) + "\n"
    # countries
    crow = ["address\tISO3\t" + "\t".join(LANGS)]
    lists = []
    for (v, s) in zh.vote_lists:
        lists.append(("%s/vote/%s" % (v, s), "vote", (v, s)))
    # document order: ¶5 sponsors, ¶6 votes, ¶7 sponsors, then ¶9 ... votes
    allists = [("¶5/sponsors/main", "sp", ("¶5", "main")), ("¶5/sponsors/added", "sp", ("¶5", "added"))]
    allists += [x for x in lists if x[2][0] == "¶6"]
    allists += [("¶7/sponsors/main", "sp", ("¶7", "main")), ("¶7/sponsors/added", "sp", ("¶7", "added"))]
    allists += [x for x in lists if x[2][0] != "¶6"]
    for addr, kind, key in allists:
        zitems = zh.vote_lists[key]["items"] if kind == "vote" else zh.sponsors[key]
        for iso, zname in zitems:
            cells = [zname]
            for lang in TRANS:
                if lang not in langs:
                    cells.append("")
                    continue
                src = langs[lang].vote_names[key] if kind == "vote" else langs[lang].sponsor_names[key]
                cells.append(dict(src)[iso])
            crow.append("%s\t%s\t%s" % (addr, iso, "\t".join(cells)))
    files[os.path.join(gold, "countries.tsv")] = "\n".join(crow) + "\n"
    files[os.path.join(gold, "README.md")] = GOLD_README

    if args.check:
        return report(problems, bead_stats, langs, expanded, omitted)
    os.makedirs(gold, exist_ok=True)
    owned = re.compile(r"^([a-z]{2}\.txt|[a-z]{2}-[a-z]{2}\.align|units\.tsv|countries\.tsv|README\.md)$")
    for fn in sorted(os.listdir(gold)):
        if owned.match(fn) and os.path.join(gold, fn) not in files:
            os.remove(os.path.join(gold, fn))
    for path, content in files.items():
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(content if content.endswith("\n") else content + "\n")
    return report(problems, bead_stats, langs, expanded, omitted)


def report(problems, bead_stats, langs=None, expanded=None, omitted=None):
    for n in problems.notes:
        print("note: " + n)
    for w in problems.warnings:
        print("warning: " + w)
    if problems.items:
        print("FAILED: %d problem(s):" % len(problems.items), file=sys.stderr)
        for p in problems.items:
            print("  - " + p, file=sys.stderr)
        return 1
    for lang in langs:
        print("%s: %d sentences, %d zh sentences not rendered" % (lang, len(expanded[lang]), len(omitted[lang])))
    for a, b, n, types, merges in bead_stats:
        print("%s-%s: %d beads %s%s" % (a, b, n, " ".join("%s:%d" % kv for kv in sorted(types.items())),
                                        (", %d merges" % merges) if merges else ""))
    print("OK")
    return 0


GOLD_README = """\
# Gold standard for A/75/394 (six languages)

Written by `Scripts/corpus/build_corpus.py`; do not edit by hand. All files are UTF-8, lines end
with `\\n`, fields are separated by one TAB. Re-running the script gives byte-identical files.

Languages, always in this order: `zh en fr es ru ar`. `zh` is the real Chinese document
(`../zh.md`); `en fr es ru ar` are reconstructions written for testing (see `../../README.md`).

## `<lang>.txt`: the sentences

One sentence per line, in document order, exactly the sentence texts of
`Scripts/corpus/sentences/<lang>.tsv` with the country lists expanded:

- no markup: no `#`, `**`, `<sup>n</sup>` footnote markers, `---` rules or link brackets
  (`[A/C.1/75/L.8](#)` is `A/C.1/75/L.8`); a footnote's own number is not part of its text;
  a paragraph number (`1.`, `1 -`) or sub-paragraph marker (`(a)`, `a)`, `(أ)`) is part of its
  paragraph's first sentence;
- runs of whitespace inside a sentence are one space;
- a vote list is one line: the whole list, ending with `.` (zh `。`), written without the page
  breaks the `.md` file may have inside it (zh: `伊朗伊斯兰共和国` on one line; other languages:
  the two halves of a cut name joined by one space, a cut after an item removed);
- a vote label (`In favour:`) is a line of its own;
- a sponsor list stays inside its sentence, as in the `.md` file;
- a sentence cut by a page break (a `---` rule, footnotes, then the rest of the paragraph; in
  zh.md operative paragraph 1 of draft resolution II) is one line, placed before the footnotes
  that interrupt it; its two pieces are joined by one space (in zh
  directly).

Line numbers (1-based) of these files are the sentence numbers used by the `.align` files.

## `<a>-<b>.align`: sentence beads, 15 pairs

One file per pair, `a` before `b` in the order `zh en fr es ru ar`: `zh-en`, `zh-fr`, ... , `ru-ar`.
One bead per line, in document order: the sentence numbers of `<a>.txt`, ` <=> `, the sentence
numbers of `<b>.txt`; several numbers are comma-separated and consecutive; an empty side is
`omitted`:

    1 <=> 1
    2,3 <=> 4
    5 <=> 5,6
    omitted <=> 7
    8 <=> omitted

Every sentence of each file is in exactly one bead; both sides increase monotonically (same
convention as the Champollion gold sets in `shared/corpora/champollion-zh-en/`).

Derivation: every sentence of a translation names the Chinese sentence ids it renders
(`sentences/<lang>.tsv`); a Chinese sentence names itself. For a pair, the graph whose nodes are
the sentences of both files and the Chinese ids, with an edge from each sentence to each id it
names, is split into connected components; a component with sentences on both sides is a bead.
A sentence with no Chinese counterpart (`-`), or whose Chinese sentences the other language does
not render, is a one-sided bead of its own (`k <=> omitted`, `omitted <=> k`; one sentence per
bead). If components would interleave (a bead's span containing a sentence of another bead, or
two beads crossing), they are merged into one bead; the build reports each merge.

## `units.tsv`: structural units

First line is the header `address<TAB>kind<TAB>zh<TAB>en<TAB>fr<TAB>es<TAB>ru<TAB>ar`. Then one line
per unit of the document, in Chinese document order. `address` is the language-independent
address of `Scripts/corpus/SPEC.md` (`title/session`, `§II.A`, `¶10(a)`, `fn2`, `DR-I/pp10`,
`DR-II/op1`, `DR-I/op1(a)`, `DR-I/fn3`, `DD-II/p1`, `¶6/vote`, `¶6/vote/favour/label`,
`¶6/vote/favour`, `¶5/sponsors/main`, ...). `kind` is one of

| kind | addresses |
|---|---|
| `title` | `title/session`, `title/agenda`, `title/title`, `title/report`, `title/rapporteur`; frame titles `DR-I/title`, `DD-I/title`, ... |
| `heading` | sections `§I` `§II` `§III`, subsections `§II.A` ... `§II.D`, frame headings `DR-I` `DR-II` `DD-I` `DD-II` |
| `paragraph` | report paragraphs `¶1` ... `¶18`; the text paragraph of a draft decision `DD-I/p1` |
| `subparagraph` | `¶10(a)` ...; `DR-I/op1(a)` ... |
| `intro` | `DR-I/intro`, `DR-II/intro` (the line "The General Assembly,") |
| `preambular` | `DR-I/pp1` ... |
| `operative` | `DR-I/op1` ... |
| `footnote` | `fn1`, `fn2`, `DR-I/fn1` ... |
| `vote` | `¶6/vote` ... (the recorded vote as a whole: its three labels and lists) |
| `vote-label` | `¶6/vote/favour/label` ... |
| `vote-list` | `¶6/vote/favour` ... |
| `sponsor-list` | `¶5/sponsors/main`, `¶5/sponsors/added`, `¶7/sponsors/main`, `¶7/sponsors/added` |

The six language columns are `1` if the unit is present in that language, `0` if not: present
means at least one sentence of the language renders a Chinese sentence of the unit (for `vote`: of
one of its parts; for `sponsor-list`: the list is in the language's text). zh is always `1`.
A unit's Chinese sentence ids are `<address>#1`, `<address>#2`, ...

## `countries.tsv`: countries in the lists

First line is the header `address<TAB>ISO3<TAB>zh<TAB>en<TAB>fr<TAB>es<TAB>ru<TAB>ar`. Then one line per
country per list, lists in document order (`¶5/sponsors/main`, `¶5/sponsors/added`,
`¶6/vote/favour`, `¶6/vote/against`, `¶6/vote/abstain`, `¶7/sponsors/main`, `¶7/sponsors/added`,
then the lists of `¶9`, `¶10(a)`, `¶10(b)`, `¶10(c)`), countries in the order of the Chinese list.
`address` is the list's address (the country's own address is `address/ISO3`, e.g.
`¶6/vote/favour/AFG`); `ISO3` is the ISO 3166-1 alpha-3 code; each language column is the
country's surface form in that language's file:

- vote lists: the UN short name as written in the list (`Iran (Islamic Republic of)`,
  `Иран (Исламская Республика)`); zh: the name as in zh.md. A name cut by a page break in the
  `.md` file is given whole (zh `伊朗伊斯兰共和国`; elsewhere the halves joined by one space);
- sponsor lists: the running-text form as it stands in the sentence (with articles, cases,
  prefixes such as fr `du Japon`, ru `Японии`, es `el Japón`), without the list's separators and
  final conjunction; for ar, without the conjunction `و` fused to every item after the first.

Each language's lists hold exactly the countries of the Chinese list, and each vote list has
as many countries as the tally stated in its paragraph (checked by the build).
"""

if __name__ == "__main__":
    sys.exit(main())
