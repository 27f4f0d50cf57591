#!/usr/bin/env python3
"""Render A/75/394 to Word (.docx) and PDF fixtures for the office-file readers' tests.

What it makes (in Tests/UNAlignTests/Fixtures/office/, overwriting what is there):

  A-75-394.<lang>.docx   lang = zh en fr es ru ar: the Markdown of Corpora/A-75-394/<lang>.md
                         rendered by pandoc, then post-processed the way real UN files look:
                         A4 pages, a page header with the symbol "A/75/394", a footer with the
                         page number as "PAGE/NUMPAGES" (e.g. "3/12", a Word field), real
                         footnotes (from the Markdown's "<sup>1</sup>" marks and
                         "<sup>1</sup> text" definition lines), hyperlinked document symbols,
                         page breaks where the Markdown has a "---" line, explicit fonts (Noto
                         Serif, Noto Serif CJK SC, Noto Naskh Arabic) and language tags; for
                         Arabic, right-to-left paragraphs and sections (w:bidi) and runs
                         (w:rtl), Latin-script runs (symbols) left-to-right. Paragraph numbers
                         ("1.", Arabic "1 -") stay typed text.
  A-75-394.en-autonumber.docx
                         the English DOCX with Word's automatic paragraph numbering instead of
                         the typed "N." numbers: a decimal "%1." definition in numbering.xml,
                         w:numPr on each numbered paragraph, the typed number removed, and a new
                         w:num (with w:startOverride) wherever the numbering restarts (the
                         operative paragraphs of each draft resolution).
  A-75-394.<lang>.pdf    each DOCX converted by LibreOffice (headless): text layer, fonts
                         embedded as subsets, footnotes at the page foot.
  encrypted.pdf          page 1 of the English PDF with a user password (qpdf, AES-256;
                         user password "unalign", owner password "unalign-owner").
  scanned.pdf            page 1 of the English PDF rasterised (grey, 60 dpi) and wrapped in a
                         PDF with no text layer (pdftoppm + img2pdf).
  legacy.doc             the English DOCX saved by LibreOffice as Word 97-2003 binary (.doc).
  damaged.docx           the first half of the bytes of the English DOCX (a broken ZIP).
  README.md              the list of the files above with their sizes and what each exercises,
                         and what `pdftotext` makes of each PDF.

What it needs (Debian 12 packages; as root: apt-get update, then):

  apt-get install -y --no-install-recommends pandoc libreoffice-writer-nogui \
      fonts-noto-core fonts-noto-cjk qpdf poppler-utils img2pdf

(fonts-noto-core has Noto Serif and Noto Naskh Arabic, fonts-noto-cjk Noto Serif CJK SC.)
Python 3.11, standard library only.

How to regenerate (from the project root):

  python3 Scripts/render_office_fixtures.py

Determinism: the DOCX files are byte-identical from run to run with the same pandoc (fixed
SOURCE_DATE_EPOCH, ZIP entries written with a fixed time and order). The PDFs get a fixed
creation date and a content-derived /ID (qpdf --deterministic-id), and so are byte-identical
from run to run too, as are scanned.pdf and legacy.doc; only encrypted.pdf changes on every run
(random AES-256 keys and salts). Other versions of pandoc, LibreOffice, poppler or qpdf give other
bytes (and may move line and page breaks); the text they carry is the same.

The Markdown text is read from Corpora/A-75-394 and passed to pandoc on standard input; it is
written nowhere but into the rendered files (temporary files live in a temporary folder that is
removed at the end).
"""

from __future__ import annotations

import argparse
import html
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "Corpora" / "A-75-394"
OUT = ROOT / "Tests" / "UNAlignTests" / "Fixtures" / "office"
LANGS = ["zh", "en", "fr", "es", "ru", "ar"]
SYMBOL = "A/75/394"
EPOCH = "1606953600"  # 2020-12-03T00:00:00Z, used for every time stamp we control
PDF_DATE = b"D:20201203000000"
ZIP_TIME = (2020, 12, 3, 0, 0, 0)
USER_PASSWORD = "unalign"
OWNER_PASSWORD = "unalign-owner"

TOOLS = {
    "pandoc": "pandoc",
    "soffice": "libreoffice-writer-nogui",
    "qpdf": "qpdf",
    "pdftoppm": "poppler-utils",
    "pdftotext": "poppler-utils",
    "pdfinfo": "poppler-utils",
    "img2pdf": "img2pdf",
    "fc-list": "fontconfig",
}
FONTS = {
    "Noto Serif": "fonts-noto-core",
    "Noto Naskh Arabic": "fonts-noto-core",
    "Noto Serif CJK SC": "fonts-noto-cjk",
}

# Language tags written into styles.xml (w:lang) per document.
LANG_TAGS = {
    "zh": ('zh-CN', 'zh-CN', 'ar-SA'),
    "en": ('en-GB', 'zh-CN', 'ar-SA'),
    "fr": ('fr-FR', 'zh-CN', 'ar-SA'),
    "es": ('es-ES', 'zh-CN', 'ar-SA'),
    "ru": ('ru-RU', 'zh-CN', 'ar-SA'),
    "ar": ('ar-SA', 'zh-CN', 'ar-SA'),
}

PANDOC_FROM = (
    "markdown-smart-auto_identifiers-fancy_lists-startnum-example_lists-citations"
    "-tex_math_dollars-raw_tex-raw_html-subscript-superscript-strikeout-implicit_figures"
    "-yaml_metadata_block-pipe_tables-simple_tables-multiline_tables-grid_tables"
)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL_HEADER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
REL_FOOTER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
REL_NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
CT_HEADER = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
CT_FOOTER = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
CT_NUMBERING = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"


def fail(msg: str) -> None:
    sys.exit(f"render_office_fixtures: {msg}")


def check_prerequisites() -> None:
    missing = sorted({pkg for tool, pkg in TOOLS.items() if shutil.which(tool) is None})
    if not missing:
        families = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True,
                                  check=True).stdout
        names = {n.strip() for line in families.splitlines() for n in line.split(",")}
        missing = sorted({pkg for font, pkg in FONTS.items() if font not in names})
    if missing:
        fail("missing Debian packages: " + " ".join(missing) +
             "\n  apt-get install -y --no-install-recommends " + " ".join(missing))


# ---------------------------------------------------------------------------------------------
# Markdown → pandoc Markdown


SUP = re.compile(r"<sup>(\d+)</sup>")
DEF_LINE = re.compile(r"^<sup>(\d+)</sup>\s?(.*)$")


def to_pandoc_markdown(md: str, lang: str) -> str:
    """Turn the corpus Markdown into pandoc Markdown: real footnotes, escaped typed paragraph
    numbers (so that pandoc makes no list of them), links to undocs.org, page breaks."""
    lines = md.split("\n")
    # Pair each definition line "<sup>n</sup> text" with a mark n. The numbers restart in each
    # draft resolution and a page break can put a definition before its mark (fr.md), so the
    # pairs are chosen nearest first (by line distance, a mark before the definition winning a
    # tie); the labels are made unique and numbered in the order of the definitions.
    marks: list[tuple[int, int, str]] = []  # (line index, match start, n)
    defs: list[tuple[int, str, str]] = []  # (line index, n, text)
    for i, line in enumerate(lines):
        d = DEF_LINE.match(line)
        if d:
            defs.append((i, d.group(1), d.group(2)))
            continue
        marks.extend((i, m.start(), m.group(1)) for m in SUP.finditer(line))
    candidates = sorted(
        (abs(mi - di) + (0.5 if mi > di else 0), k, j)
        for k, (di, dn, _) in enumerate(defs) for j, (mi, _, mn) in enumerate(marks) if mn == dn)
    mark_of_def: dict[int, int] = {}
    used: set[int] = set()
    for _, k, j in candidates:
        if k not in mark_of_def and j not in used:
            mark_of_def[k] = j
            used.add(j)
    problems = [f"definition {n} (line {i + 1}) has no mark" for k, (i, n, _) in enumerate(defs)
                if k not in mark_of_def]
    problems += [f"mark {n} (line {i + 1}) has no definition" for j, (i, _, n) in enumerate(marks)
                 if j not in used]
    if problems:
        fail(f"{lang}.md: " + "; ".join(problems))
    label_of_mark: dict[tuple[int, int], str] = {}
    definitions: list[tuple[str, str]] = []
    for k, (_, _, body) in enumerate(defs):
        label = f"fn{k + 1}"
        mi, ms, _ = marks[mark_of_def[k]]
        label_of_mark[(mi, ms)] = label
        definitions.append((label, body))
    def_lines = {i for i, _, _ in defs}
    if os.environ.get("RENDER_OFFICE_DEBUG"):
        for k, (di, dn, _) in enumerate(defs):
            print(f"  {lang}: footnote {dn} line {di + 1} ← mark line {marks[mark_of_def[k]][0] + 1}")

    out: list[str] = []
    for i, line in enumerate(lines):
        if i in def_lines:
            out.append("")  # the definition moves to the footnote; keep the paragraph break
            continue
        if line.strip() == "---":
            out.append('```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```')
            continue
        line = SUP.sub(lambda m: f"[^{label_of_mark[(i, m.start())]}]", line)
        # "1. text" would become a Markdown list: keep it typed text.
        line = re.sub(r"^(\d+)\. ", r"\1\\. ", line)
        out.append(line)
    text = "\n".join(out)
    text = re.sub(r"\[([^\]]+)\]\(#\)", lambda m: f"[{m.group(1)}](https://undocs.org/{m.group(1)})",
                  text)
    if "<sup>" in text:
        fail(f"{lang}.md: a <sup> was left over")
    notes = "\n\n".join(f"[^{label}]: {body}" for label, body in definitions)
    return text.rstrip("\n") + "\n\n" + notes + "\n"


def run_pandoc(markdown: str, lang: str, dest: Path) -> None:
    cmd = ["pandoc", "-f", PANDOC_FROM, "-t", "docx", "-o", str(dest)]
    if lang == "ar":
        cmd += ["-M", "dir=rtl"]
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
    subprocess.run(cmd, input=markdown.encode("utf-8"), env=env, check=True)


# ---------------------------------------------------------------------------------------------
# DOCX post-processing


def read_zip(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name) for name in z.namelist()}


def write_zip(parts: dict[str, bytes], dest: Path) -> None:
    names = sorted(parts, key=lambda n: (n != "[Content_Types].xml", n != "_rels/.rels", n))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name in names:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, parts[name], compresslevel=9)
    dest.write_bytes(buf.getvalue())


def add_relationship(rels: str, rid: str, rtype: str, target: str) -> str:
    return rels.replace("</Relationships>",
                        f'<Relationship Type="{rtype}" Id="{rid}" Target="{target}" />'
                        "</Relationships>")


def add_override(ct: str, part: str, ctype: str) -> str:
    if f'PartName="{part}"' in ct:
        return ct
    return ct.replace("</Types>", f'<Override PartName="{part}" ContentType="{ctype}" /></Types>')


def header_xml(rtl: bool) -> str:
    bidi = "<w:bidi />" if rtl else ""
    jc = "left" if rtl else "right"
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:hdr xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:p><w:pPr><w:pStyle w:val="Header" />'
            f'{bidi}<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto" /></w:pBdr>'
            f'<w:jc w:val="{jc}" /></w:pPr><w:r><w:rPr><w:b /></w:rPr>'
            f'<w:t xml:space="preserve">{SYMBOL}</w:t></w:r></w:p></w:hdr>')


def field(instr: str, shown: str) -> str:
    return ('<w:r><w:fldChar w:fldCharType="begin" /></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate" /></w:r>'
            f'<w:r><w:t>{shown}</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end" /></w:r>')


def footer_xml(rtl: bool) -> str:
    bidi = "<w:bidi />" if rtl else ""
    jc = "left" if rtl else "right"
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:ftr xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:p><w:pPr><w:pStyle w:val="Footer" />'
            f'{bidi}<w:jc w:val="{jc}" /></w:pPr>'
            + field("PAGE", "1") + '<w:r><w:t>/</w:t></w:r>' + field("NUMPAGES", "1") +
            '</w:p></w:ftr>')


HEADER_FOOTER_STYLES = (
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header" />'
    '<w:basedOn w:val="Normal" /><w:pPr><w:tabs><w:tab w:val="center" w:pos="4819" />'
    '<w:tab w:val="right" w:pos="9638" /></w:tabs><w:spacing w:after="0" /></w:pPr>'
    '<w:rPr><w:sz w:val="17" /><w:szCs w:val="17" /></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer" />'
    '<w:basedOn w:val="Normal" /><w:pPr><w:spacing w:after="0" /></w:pPr>'
    '<w:rPr><w:sz w:val="17" /><w:szCs w:val="17" /></w:rPr></w:style>'
)


def fix_styles(styles: str, lang: str) -> str:
    fonts = ('<w:rFonts w:ascii="Noto Serif" w:hAnsi="Noto Serif" '
             'w:eastAsia="Noto Serif CJK SC" w:cs="Noto Naskh Arabic" />')
    styles = re.sub(r"<w:rFonts [^>]*/>", fonts, styles)
    styles = re.sub(r"<w:color [^>]*/>", "", styles)  # black headings, as in UN documents
    val, east, bidi = LANG_TAGS[lang]
    styles = re.sub(r"<w:lang [^>]*/>",
                    f'<w:lang w:val="{val}" w:eastAsia="{east}" w:bidi="{bidi}" />', styles, count=1)
    # 10 pt body (UN house style), complex scripts a little larger; justified paragraphs.
    styles = styles.replace('<w:sz w:val="24" />\n        <w:szCs w:val="24" />',
                            '<w:sz w:val="20" />\n        <w:szCs w:val="24" />', 1)
    # Arabic is not justified: LibreOffice 7.4 justifies it with kashida glyphs whose text in the
    # PDF comes out as digits ("الجمعي99ة"), a defect of the tool, not of UN files.
    jc = "" if lang == "ar" else '<w:jc w:val="both" />'
    styles = styles.replace('<w:spacing w:after="200" />',
                            f'<w:spacing w:after="120" />{jc}', 1)
    if 'w:styleId="Header"' not in styles:
        styles = styles.replace("</w:styles>", HEADER_FOOTER_STYLES + "</w:styles>")
    return styles


ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
LATIN = re.compile(r"[A-Za-z]")


def ltr_latin_runs(xml: str) -> str:
    """In the Arabic document, drop w:rtl from runs that hold Latin-script text (symbols such
    as A/C.1/75/L.4) and no Arabic letter: a real Arabic UN file has them left-to-right."""
    def run(m: re.Match) -> str:
        r = m.group(0)
        text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", r))
        if LATIN.search(text) and not ARABIC.search(text):
            r = r.replace("<w:rtl />", "")
            r = r.replace("<w:rPr></w:rPr>", "")
        return r
    return re.sub(r"<w:r>.*?</w:r>", run, xml, flags=re.S)


def sect_pr(rtl: bool) -> str:
    return ('<w:sectPr><w:headerReference w:type="default" r:id="rIdUNHeader1" />'
            '<w:footerReference w:type="default" r:id="rIdUNFooter1" />'
            '<w:footnotePr><w:pos w:val="pageBottom" /><w:numFmt w:val="decimal" />'
            '<w:numRestart w:val="eachSect" /></w:footnotePr>'
            '<w:pgSz w:w="11906" w:h="16838" />'
            '<w:pgMar w:top="1701" w:right="1247" w:bottom="1701" w:left="1247" w:header="851" '
            'w:footer="851" w:gutter="0" />'
            + ("<w:bidi />" if rtl else "") + "</w:sectPr>")


# The headings that open a draft resolution or decision: as in the UN's own files, each starts a
# section whose footnotes are numbered from 1 again (the Markdown restarts them there too).
FRAME_HEADINGS = {
    "en": ("Draft resolution", "Draft decision"), "fr": ("Projet de résolution", "Projet de décision"),
    "es": ("Proyecto de resolución", "Proyecto de decisión"), "ru": ("Проект резолюции", "Проект решения"),
    "ar": ("مشروع القرار", "مشروع المقرر"), "zh": ("决议草案", "决定草案"),
}


def restart_footnotes_per_frame(doc: str, lang: str, rtl: bool) -> str:
    """Ends a section (continuous, footnotes restarting) before every draft resolution or decision."""
    starts = FRAME_HEADINGS[lang]
    def para(m: re.Match) -> str:
        p = m.group(0)
        text = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)).strip()
        if not text.startswith(starts):
            return p
        section = sect_pr(rtl).replace("<w:sectPr>", '<w:sectPr><w:type w:val="continuous" />')
        return f"<w:p><w:pPr>{section}</w:pPr></w:p>" + p
    return re.sub(r"<w:p(?: [^>]*)?>.*?</w:p>", para, doc, flags=re.S)


def custom_footnote_marks(src: Path, dest: Path) -> None:
    """A copy whose footnote marks are written out (Word's custom marks), restarting in each section:
    LibreOffice numbers footnotes through the whole document whatever the sections say, so the PDFs
    are made from this copy to show the numbers the DOCX shows (and the UN's own files have)."""
    parts = read_zip(src)
    doc = parts["word/document.xml"].decode("utf-8")
    shown: dict[str, int] = {}
    counter = 0
    def para(m: re.Match) -> str:
        nonlocal counter
        p = m.group(0)
        def ref(r: re.Match) -> str:
            nonlocal counter
            counter += 1
            shown[r.group(1)] = counter
            return f'<w:footnoteReference w:customMarkFollows="1" w:id="{r.group(1)}" /><w:t>{counter}</w:t>'
        p = re.sub(r'<w:footnoteReference w:id="(\d+)" */>', ref, p)
        if "<w:sectPr>" in p:
            counter = 0
        return p
    doc = re.sub(r"<w:p(?: [^>]*)?>.*?</w:p>", para, doc, flags=re.S)
    # The notes keep their <w:footnoteRef/>: LibreOffice shows the custom mark there by itself.
    parts["word/document.xml"] = doc.encode("utf-8")
    write_zip(parts, dest)


def postprocess_docx(src: Path, lang: str, dest: Path) -> None:
    parts = read_zip(src)
    rtl = lang == "ar"
    doc = parts["word/document.xml"].decode("utf-8")
    doc = re.sub(r"<w:sectPr\s*/>|<w:sectPr>.*?</w:sectPr>", sect_pr(rtl), doc, count=1,
                 flags=re.S)
    doc = restart_footnotes_per_frame(doc, lang, rtl)
    if "rIdUNHeader1" not in doc:
        fail("pandoc's document.xml had no sectPr to replace")
    notes = parts["word/footnotes.xml"].decode("utf-8")
    if rtl:
        doc = ltr_latin_runs(doc)
        notes = ltr_latin_runs(notes)
    parts["word/document.xml"] = doc.encode("utf-8")
    parts["word/footnotes.xml"] = notes.encode("utf-8")
    parts["word/header1.xml"] = header_xml(rtl).encode("utf-8")
    parts["word/footer1.xml"] = footer_xml(rtl).encode("utf-8")
    rels = parts["word/_rels/document.xml.rels"].decode("utf-8")
    rels = add_relationship(rels, "rIdUNHeader1", REL_HEADER, "header1.xml")
    rels = add_relationship(rels, "rIdUNFooter1", REL_FOOTER, "footer1.xml")
    parts["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    ct = parts["[Content_Types].xml"].decode("utf-8")
    ct = add_override(ct, "/word/header1.xml", CT_HEADER)
    ct = add_override(ct, "/word/footer1.xml", CT_FOOTER)
    parts["[Content_Types].xml"] = ct.encode("utf-8")
    parts["word/styles.xml"] = fix_styles(parts["word/styles.xml"].decode("utf-8"), lang).encode()
    core = parts["docProps/core.xml"].decode("utf-8")
    core = core.replace("<dc:title></dc:title>", f"<dc:title>{SYMBOL}</dc:title>")
    core = core.replace("<dc:creator></dc:creator>", "<dc:creator>UNAlign test fixtures</dc:creator>")
    core = core.replace("</cp:coreProperties>", f"<dc:language>{LANG_TAGS[lang][0]}</dc:language>"
                        "</cp:coreProperties>")
    parts["docProps/core.xml"] = core.encode("utf-8")
    write_zip(parts, dest)


# ---------------------------------------------------------------------------------------------
# Automatic paragraph numbering (English variant)

AUTONUM_ABSTRACT_ID = 77
NUMBERED = re.compile(r"^(\d+)\.[ \t\u00a0]+")


def paragraph_text(p: str) -> str:
    return html.unescape("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)))


def strip_prefix(p: str, count: int) -> str:
    """Remove the first `count` characters of text from the paragraph's w:t elements."""
    def sub(m: re.Match) -> str:
        nonlocal count
        if count <= 0:
            return m.group(0)
        text = html.unescape(m.group(2))
        cut = min(count, len(text))
        count -= cut
        return m.group(1) + html.escape(text[cut:], quote=False) + m.group(3)
    p = re.sub(r"(<w:t[^>]*>)([^<]*)(</w:t>)", sub, p)
    # drop runs left empty
    return re.sub(r"<w:r>(?:<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?<w:t[^>]*></w:t></w:r>", "", p,
                  flags=re.S)


def autonumber_docx(src: Path, dest: Path) -> tuple[int, int, list[int]]:
    parts = read_zip(src)
    doc = parts["word/document.xml"].decode("utf-8")
    nums: list[int] = []  # start value of each w:num we add
    typed: list[int] = []  # the typed numbers, in order
    last: dict[int, int] = {}  # w:numId → its last number so far
    prev = None  # the w:numId of the last numbered paragraph
    count = 0

    def para(m: re.Match) -> str:
        nonlocal prev, count
        p = m.group(0)
        t = NUMBERED.match(paragraph_text(p))
        if not t:
            return p
        n = int(t.group(1))
        typed.append(n)
        if prev is None or n != last[prev] + 1:
            # a list that an earlier one continues (the report's paragraph 18 after the draft
            # resolutions' operative paragraphs) goes on in that w:num; otherwise a new w:num
            going_on = [num_id for num_id, value in last.items() if value == n - 1]
            if going_on:
                prev = going_on[-1]
            else:
                nums.append(n)
                prev = 100 + len(nums)
        last[prev] = n
        count += 1
        num_id = prev
        p = strip_prefix(p, t.end())
        numpr = f'<w:numPr><w:ilvl w:val="0" /><w:numId w:val="{num_id}" /></w:numPr>'
        if p.startswith("<w:p><w:pPr>"):
            # w:numPr follows w:pStyle (and w:keepNext etc.) in CT_PPr order
            p = re.sub(r"(<w:pPr>(?:<w:pStyle [^>]*/>)?(?:<w:keepNext />)?(?:<w:keepLines />)?)",
                       lambda mm: mm.group(1) + numpr, p, count=1)
        else:
            p = p.replace("<w:p>", f"<w:p><w:pPr>{numpr}</w:pPr>", 1)
        return p

    doc = re.sub(r"<w:p>(?:(?!</w:p>).)*</w:p>", para, doc, flags=re.S)
    parts["word/document.xml"] = doc.encode("utf-8")

    # One decimal "%1." definition per list (as Word leaves them when documents are pasted
    # together), each w:num pointing at its own: lists that share an abstractNum are counted
    # differently by Word and LibreOffice once another list comes between their paragraphs.
    def abstract_num(k: int, start: int) -> str:
        aid = AUTONUM_ABSTRACT_ID + k
        return (f'<w:abstractNum w:abstractNumId="{aid}"><w:nsid w:val="554E{k + 1:04X}" />'
                f'<w:multiLevelType w:val="singleLevel" /><w:tmpl w:val="554F{k + 1:04X}" />'
                f'<w:lvl w:ilvl="0"><w:start w:val="{start}" /><w:numFmt w:val="decimal" />'
                '<w:lvlText w:val="%1." /><w:lvlJc w:val="left" />'
                '<w:pPr><w:tabs><w:tab w:val="num" w:pos="567" /></w:tabs>'
                '<w:ind w:left="0" w:firstLine="0" /></w:pPr></w:lvl></w:abstractNum>')
    abstract = "".join(abstract_num(k, start) for k, start in enumerate(nums))
    instances = "".join(
        f'<w:num w:numId="{100 + k + 1}"><w:abstractNumId w:val="{AUTONUM_ABSTRACT_ID + k}" />'
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}" /></w:lvlOverride></w:num>'
        for k, start in enumerate(nums))
    if "word/numbering.xml" in parts:
        numbering = parts["word/numbering.xml"].decode("utf-8")
        # abstractNum elements come before all num elements
        first_num = numbering.find("<w:num ")
        if first_num < 0:
            first_num = numbering.find("</w:numbering>")
        numbering = numbering[:first_num] + abstract + numbering[first_num:]
        numbering = numbering.replace("</w:numbering>", instances + "</w:numbering>")
    else:
        numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                     f'<w:numbering xmlns:w="{W_NS}">{abstract}{instances}</w:numbering>')
        rels = parts["word/_rels/document.xml.rels"].decode("utf-8")
        parts["word/_rels/document.xml.rels"] = add_relationship(
            rels, "rIdUNNumbering1", REL_NUMBERING, "numbering.xml").encode("utf-8")
    ct = parts["[Content_Types].xml"].decode("utf-8")
    parts["[Content_Types].xml"] = add_override(ct, "/word/numbering.xml", CT_NUMBERING).encode()
    parts["word/numbering.xml"] = numbering.encode("utf-8")
    write_zip(parts, dest)
    return count, len(nums), typed


# ---------------------------------------------------------------------------------------------
# PDF and the error cases


def soffice(args: list[str], profile: Path, outdir: Path) -> None:
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
           "--nologo", "--nodefault", "--nolockcheck"] + args + ["--outdir", str(outdir)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        fail(f"soffice failed ({done.returncode}):\n{done.stdout}{done.stderr}")


def pin_pdf(src: Path, dest: Path) -> None:
    """Give the PDF a fixed creation date (same length, so the xref stays valid) and a
    content-derived /ID."""
    data = src.read_bytes()
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()D:\d{14}", lambda m: m.group(1) + PDF_DATE,
                  data)
    # LibreOffice's trailer /ID and /DocChecksum change from run to run: blank them out (spaces,
    # same length), and let qpdf derive the /ID from the content.
    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>\s*\]|/DocChecksum\s*/[0-9A-Fa-f]+",
                  lambda m: b" " * len(m.group(0)), data)
    tmp = src.with_suffix(".dated.pdf")
    tmp.write_bytes(data)
    subprocess.run(["qpdf", "--deterministic-id", str(tmp), str(dest)], check=True)
    tmp.unlink()


def pdftotext(pdf: Path, *opts: str) -> str:
    return subprocess.run(["pdftotext", *opts, str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def pdf_pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def probes(md: str, lang: str) -> list[str]:
    """Short phrases of running text from the Markdown, to look for in the PDF's text."""
    paras = [l for l in md.split("\n")
             if l and not l.startswith(("#", "<sup>", "**", "---")) and len(l) > 60]
    picked = [paras[0], paras[len(paras) // 2], paras[-1]]
    out = []
    for p in picked:
        p = re.sub(r"\[([^\]]+)\]\(#\)", r"\1", SUP.sub("", p))
        if lang == "zh":
            run = re.search(r"[\u4e00-\u9fff，、；]{8,}", p)
            out.append(run.group(0)[:10])
        else:
            words = [w for w in p.split() if not re.fullmatch(r"[\d.\-–()]+", w)]
            mid = len(words) // 3
            out.append(" ".join(words[mid:mid + 3]))
    return out


BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def norm(s: str, lang: str) -> str:
    s = BIDI_CONTROLS.sub("", s.replace("\u00ad", ""))
    return re.sub(r"\s+", "" if lang == "zh" else " ", s)


def check_pdf(pdf: Path, md: str, lang: str) -> tuple[bool, str]:
    """pdftotext on the PDF: the symbol on every page, each page number k/N, three phrases of
    running text (logical order). Returns (no problem, a one-line summary with notes)."""
    pages = pdf_pages(pdf)
    layout = pdftotext(pdf, "-layout")
    raw = pdftotext(pdf)
    problems: list[str] = []
    notes: list[str] = []
    headers = layout.count(SYMBOL)
    if headers < pages:
        problems.append(f"symbol {SYMBOL} {headers}× on {pages} pages")
    reversed_numbers = 0
    page_texts = layout.split("\f")
    for k in range(1, pages + 1):
        lines = [l for l in BIDI_CONTROLS.sub("", page_texts[k - 1]).split("\n") if l.strip()]
        foot = lines[-1].strip() if lines else ""
        if foot == f"{k}/{pages}":
            continue
        if foot == f"{pages}/{k}":
            reversed_numbers += 1
            continue
        problems.append(f"last line of page {k} is {foot!r}, not {k}/{pages}")
        break
    if reversed_numbers:
        notes.append(f"the footer's k/N comes out as N/k (visual order, e.g. '{pages}/1') on "
                     f"{reversed_numbers} pages")
    found = []
    for probe in probes(md, lang):
        in_layout = norm(probe, lang) in norm(layout, lang)
        in_raw = norm(probe, lang) in norm(raw, lang)
        found.append(probe)
        if not (in_layout or in_raw) and lang == "ar":
            bare = lambda t: re.sub(r"\s*[،؛.:]\s*", " ", norm(t, lang))
            if bare(probe) in bare(layout):
                notes.append(f"{probe!r} found once the Arabic comma is ignored: '،' comes out "
                             "as ' ،' attached to the next word")
                continue
        if not (in_layout or in_raw):
            rev = " ".join(reversed(probe.split()))
            if lang == "ar" and rev in norm(layout, lang):
                problems.append(f"Arabic in visual order: {probe!r}")
            else:
                problems.append(f"phrase not extracted: {probe!r}")
        elif not in_layout:
            notes.append(f"phrase found only without -layout: {probe!r}")
    if lang == "zh" and not re.search(r"[\u4e00-\u9fff]{20}", layout):
        problems.append("no run of Chinese characters in the text layer")
    if lang == "ar":
        if not re.search(r"[\u0621-\u064a]{4}", layout):
            problems.append("no Arabic word in the text layer")
        if BIDI_CONTROLS.search(layout):
            notes.append("lines wrapped in U+202B/U+202A…U+202C embedding marks (strip them)")
        if re.search(r"\u202a? ?- ?(\d+)\u202c?[\u0621-\u064a]", layout):
            notes.append("the typed number '1 - ' comes out as ' - 1' before the text")
        if "\u0640" in layout:
            notes.append("kashida (U+0640) in the text")
        if re.search(r"[\u0621-\u064a]\u202a?\d+\u202c?[\u0621-\u064a]", layout):
            problems.append("digits inside Arabic words (kashida glyphs mapped to digits?)")
    summary = (f"{pages} pages, header {SYMBOL} {headers}×, footer 1/{pages}…{pages}/{pages}; "
               f"phrases {', '.join(repr(p) for p in found)}"
               + (" not all found" if problems else " found"))
    extra = problems + notes
    return (not problems, summary + ("; " + "; ".join(extra) if extra else ""))


# ---------------------------------------------------------------------------------------------
# README

README_HEAD = """# Office fixtures: A/75/394 as Word and PDF files

**Generated — do not edit.** Every file here is written by

```sh
python3 Scripts/render_office_fixtures.py
```

from `Corpora/A-75-394/<lang>.md` (see the script's docstring for the Debian packages it needs).
The text is that of the corpus: only the Chinese is a real UN text; the English, French, Spanish,
Russian and Arabic are reconstructions written for testing (see `Corpora/README.md`), and the
Markdown's own conversion damage (odd headings, page breaks inside lists, footnote placement) is
rendered as it is. The layout is a plausible UN layout made with pandoc and LibreOffice, not the
UN's own files.

What every A-75-394 file has: A4 pages; a page header `A/75/394` (bold, right, with a rule below;
left for Arabic); a footer `PAGE/NUMPAGES` (e.g. `3/12`; Word fields in the DOCX); footnotes at
the page foot, numbered 1, 2, … through the whole document (the Markdown restarts them in each
draft resolution), made from its `<sup>n</sup>` marks and definition lines; document symbols that
the Markdown links (`[A/C.1/75/L.8/Rev.1](#)`) as hyperlinks to undocs.org; a page break where the
Markdown has a `---` line; typed paragraph numbers (`1.`, Arabic `1 -`) except in
`A-75-394.en-autonumber.docx`; fonts Noto Serif / Noto Serif CJK SC / Noto Naskh Arabic (embedded
as subsets in the PDFs, not embedded in the DOCX).

What a reader meets in the PDFs' text (poppler's `pdftotext`): the header line `A/75/394` and the
footer line `k/N` on every page; footnote marks as plain digits glued to the word before them
(`10 November.1`), and at the page foot the footnote number on a line of its own above the note's
text (with `-layout`); justified lines with extra spaces (not in Arabic, which is left ragged:
LibreOffice's kashida justification puts digits into the Arabic text layer); for Arabic, see the
notes at the end.

| file | bytes | what it exercises |
|---|---:|---|
"""

WHAT = {
    "zh": "Chinese: CJK text in East Asian runs (w:eastAsia font, lang zh-CN), full-width punctuation, Latin symbols inside Chinese text",
    "en": "English: the baseline; typed paragraph numbers `1.`, `(a)`",
    "fr": "French: accented Latin text, `« »` quotes, no-break spaces before colons",
    "es": "Spanish: accented Latin text",
    "ru": "Russian: Cyrillic text, `«»` quotes",
    "ar": "Arabic: right-to-left paragraphs and section (w:bidi), w:rtl runs, Latin symbols in left-to-right runs, typed numbers `1 -`, Western digits",
}


def write_readme(out: Path, checks: dict[str, tuple[bool, str]], autonum: tuple[int, int]) -> None:
    rows = []

    def row(name: str, what: str) -> None:
        rows.append(f"| `{name}` | {(out / name).stat().st_size} | {what} |")

    for lang in LANGS:
        row(f"A-75-394.{lang}.docx", "DOCX (pandoc): " + WHAT[lang])
    row("A-75-394.en-autonumber.docx",
        f"DOCX: Word's automatic paragraph numbering: {autonum[0]} paragraphs carry `w:numPr` "
        f"instead of a typed `N.` (removed from their text), in {autonum[1]} lists (`w:num`, each "
        "on its own decimal `%1.` `w:abstractNum` in numbering.xml, with a `w:startOverride`): the "
        "report's paragraphs 1–17, then the operative paragraphs of each draft resolution from 1, "
        "then paragraph 18 back in the report's list (its count goes on across the draft "
        "resolutions); one numbered paragraph is a heading (`Heading4`, op. para. 1 of draft "
        "resolution I); the reader must rebuild the numbers")
    for lang in LANGS:
        row(f"A-75-394.{lang}.pdf", "PDF (LibreOffice from the DOCX above), text layer: " +
            WHAT[lang].split(":")[0] + "; header and footer lines to drop, footnotes at the page foot")
    row("encrypted.pdf", "PDF with a user password (AES-256; user `" + USER_PASSWORD +
        "`, owner `" + OWNER_PASSWORD + "`): page 1 of the English PDF; a reader must refuse it "
        "clearly (or open it with the password)")
    row("scanned.pdf", "PDF with no text layer: page 1 of the English PDF as a grey 60 dpi "
        "image; a reader must say there is no text (OCR needed) rather than return nothing")
    row("legacy.doc", "Word 97-2003 binary (OLE compound file) saved by LibreOffice from the "
        "English DOCX; a reader must say the format is not supported (or convert it)")
    row("damaged.docx", "the first half of the bytes of `A-75-394.en.docx`: a ZIP without its "
        "central directory; a reader must report a damaged file")
    total = sum(p.stat().st_size for p in out.iterdir() if p.name != "README.md")
    lines = [README_HEAD + "\n".join(rows) + "\n",
             f"Total: {total} bytes.\n",
             "## What `pdftotext` extracts\n",
             "Checked by the script on each PDF with `pdftotext -layout` (and plain `pdftotext` for "
             "the phrase search): the symbol on every page, every page number `k/N`, and three "
             "phrases of running text from the Markdown (for Arabic, in logical order).\n"]
    version = subprocess.run(["pdftotext", "-v"], capture_output=True, text=True).stderr
    version = version.splitlines()[0] if version else "pdftotext"
    lines.append(f"Result with {version}:\n")
    for lang in LANGS:
        ok, msg = checks[lang]
        lines.append(f"- `{lang}`: {'OK' if ok else 'PROBLEM'} — {msg}")
    (out / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT, help="output folder (default: %(default)s)")
    args = ap.parse_args()
    check_prerequisites()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    sources = {lang: (CORPUS / f"{lang}.md").read_text(encoding="utf-8") for lang in LANGS}

    with tempfile.TemporaryDirectory(prefix="unalign-office-") as tmpname:
        tmp = Path(tmpname)
        profile = tmp / "lo-profile"
        for lang in LANGS:
            raw = tmp / f"pandoc.{lang}.docx"
            run_pandoc(to_pandoc_markdown(sources[lang], lang), lang, raw)
            postprocess_docx(raw, lang, out / f"A-75-394.{lang}.docx")
            raw.unlink()
            print(f"wrote A-75-394.{lang}.docx")
        autonum = autonumber_docx(out / "A-75-394.en.docx", out / "A-75-394.en-autonumber.docx")
        print(f"wrote A-75-394.en-autonumber.docx ({autonum[0]} numbered paragraphs, "
              f"{autonum[1]} sequences)")

        pdfdir = tmp / "pdf"
        pdfdir.mkdir()
        pdfsrc = tmp / "pdfsrc"
        pdfsrc.mkdir()
        for l in LANGS:
            custom_footnote_marks(out / f"A-75-394.{l}.docx", pdfsrc / f"A-75-394.{l}.docx")
        soffice(["--convert-to", "pdf"] + [str(pdfsrc / f"A-75-394.{l}.docx") for l in LANGS],
                profile, pdfdir)
        # The English in two columns, as some UN publications set their text.
        two = read_zip(pdfsrc / "A-75-394.en.docx")
        xml = two["word/document.xml"].decode("utf-8")
        # One section, so that the text runs down the left column and on in the right one (the
        # custom marks keep the footnote numbers the sections gave).
        xml = re.sub(r"<w:p><w:pPr><w:sectPr>.*?</w:sectPr></w:pPr></w:p>", "", xml, flags=re.S)
        xml = xml.replace("<w:pgSz ", '<w:cols w:num="2" w:space="567" /><w:pgSz ')
        two["word/document.xml"] = xml.encode("utf-8")
        write_zip(two, pdfsrc / "A-75-394.en-2col.docx")
        soffice(["--convert-to", "pdf", str(pdfsrc / "A-75-394.en-2col.docx")], profile, pdfdir)
        pin_pdf(pdfdir / "A-75-394.en-2col.pdf", out / "A-75-394.en-2col.pdf")
        print("wrote A-75-394.en-2col.pdf")
        # LibreOffice must number the auto-numbered variant as the typed numbers were.
        txtdir = tmp / "txt"
        txtdir.mkdir()
        soffice(["--convert-to", "txt:Text (encoded):UTF8",
                 str(out / "A-75-394.en-autonumber.docx")], profile, txtdir)
        shown = [int(n) for n in re.findall(r"^\s*(\d+)\.\s", (txtdir / "A-75-394.en-autonumber.txt")
                                          .read_text(encoding="utf-8-sig"), re.M)]
        if shown != autonum[2]:
            fail(f"LibreOffice numbers en-autonumber.docx {shown}, typed were {autonum[2]}")
        print("checked: LibreOffice shows the same paragraph numbers in en-autonumber.docx")
        for lang in LANGS:
            pin_pdf(pdfdir / f"A-75-394.{lang}.pdf", out / f"A-75-394.{lang}.pdf")
            print(f"wrote A-75-394.{lang}.pdf")

        # error cases
        en_pdf = out / "A-75-394.en.pdf"
        page1 = tmp / "page1.pdf"
        subprocess.run(["qpdf", "--empty", "--pages", str(en_pdf), "1", "--", str(page1)],
                       check=True)
        subprocess.run(["qpdf", "--encrypt", USER_PASSWORD, OWNER_PASSWORD, "256", "--",
                        str(page1), str(out / "encrypted.pdf")], check=True)
        # PGM: pdftoppm 22.12 ignores -gray for -png and -jpeg (they come out RGB)
        subprocess.run(["pdftoppm", "-f", "1", "-l", "1", "-r", "60", "-gray",
                        "-singlefile", str(en_pdf), str(tmp / "page1")], check=True)
        subprocess.run(["img2pdf", "--nodate", "--producer", "", "--pagesize", "A4",
                        "-o", str(tmp / "scanned.pdf"), str(tmp / "page1.pgm")], check=True)
        pin_pdf(tmp / "scanned.pdf", out / "scanned.pdf")  # img2pdf's /ID is random
        docdir = tmp / "doc"
        docdir.mkdir()
        soffice(["--convert-to", "doc:MS Word 97", str(out / "A-75-394.en.docx")], profile, docdir)
        shutil.copyfile(docdir / "A-75-394.en.doc", out / "legacy.doc")
        en_docx = (out / "A-75-394.en.docx").read_bytes()
        (out / "damaged.docx").write_bytes(en_docx[: len(en_docx) // 2])
        print("wrote encrypted.pdf scanned.pdf legacy.doc damaged.docx")

    # sanity checks of the error cases
    if subprocess.run(["pdftotext", str(out / "encrypted.pdf"), "-"], capture_output=True
                      ).returncode == 0:
        fail("encrypted.pdf opens without a password")
    if pdftotext(out / "scanned.pdf").strip():
        fail("scanned.pdf has a text layer")
    if not (out / "legacy.doc").read_bytes().startswith(bytes.fromhex("D0CF11E0A1B11AE1")):
        fail("legacy.doc is not an OLE compound file")

    checks = {}
    for lang in LANGS:
        checks[lang] = check_pdf(out / f"A-75-394.{lang}.pdf", sources[lang], lang)
        print(f"pdftotext {lang}: {'OK' if checks[lang][0] else 'PROBLEM'} — {checks[lang][1]}")
    write_readme(out, checks, autonum)
    total = sum(p.stat().st_size for p in out.iterdir())
    print(f"wrote README.md; {len(list(out.iterdir()))} files, {total} bytes in {out}")


if __name__ == "__main__":
    main()
