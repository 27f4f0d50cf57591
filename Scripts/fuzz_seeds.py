#!/usr/bin/env python3
"""Seed corpora for the fuzz harnesses (Scripts/fuzz.sh), from real texts.

Usage: fuzz_seeds.py OUTDIR

Writes OUTDIR/<harness>/<name> for each harness of Tests/Checks/FuzzTargets.swift. Texts are the
bundled A/75/394 (Corpora/), the constructed kinds (Tests/UNAlignTests/Fixtures/kinds), and the
shared corpora beside the project (../shared/corpora); they are cut into pieces of a few kilobytes,
as libFuzzer mutates small inputs best. The harnesses' framing (a language byte, a kind byte, a
0xFF between two documents) is written here as they read it.
"""
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["zh", "en", "fr", "es", "ru", "ar"]  # Language.allCases order
NO_KIND = 0xFF
PIECE = 3000


def texts():
    """(language, text) for every text we know the language of."""
    out = []
    for lang in LANGUAGES:
        p = ROOT / "Corpora" / "A-75-394" / f"{lang}.md"
        if p.exists():
            out.append((lang, p.read_text(encoding="utf-8")))
    kinds = ROOT / "Tests" / "UNAlignTests" / "Fixtures" / "kinds"
    for folder in sorted(kinds.iterdir()) if kinds.exists() else []:
        if folder.is_dir():
            for lang in LANGUAGES:
                p = folder / f"{lang}.md"
                if p.exists():
                    out.append((lang, p.read_text(encoding="utf-8")))
    shared = ROOT.parent / "shared" / "corpora"
    for p in sorted(shared.glob("**/*.md"))[:60]:
        stem = p.stem.split(".")[-1][:2]
        lang = stem if stem in LANGUAGES else "en"
        try:
            out.append((lang, p.read_text(encoding="utf-8")))
        except UnicodeDecodeError:
            pass
    return out


def pieces(text, count=3):
    """The start, the middle and a later part of a text, each about PIECE bytes of UTF-8."""
    b = text.encode("utf-8")
    starts = sorted({0, len(b) // 2, (3 * len(b)) // 4})[:count]
    out = []
    for s in starts:
        chunk = b[s:s + PIECE]
        out.append(chunk.decode("utf-8", errors="ignore").encode("utf-8"))
    return [c for c in out if c]


def write(folder, name, data):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)


def main():
    out = Path(sys.argv[1])
    corpus = texts()
    n = 0
    for lang, text in corpus:
        li = LANGUAGES.index(lang)
        for k, chunk in enumerate(pieces(text)):
            n += 1
            write(out / "decode", f"{n}-{lang}", chunk)
            for codec in {"zh": ["gb18030", "utf-16"], "ru": ["cp1251", "koi8_r"], "ar": ["cp1256"],
                          "fr": ["cp1252"], "es": ["latin-1"], "en": ["utf-16-be"]}[lang]:
                try:
                    write(out / "decode", f"{n}-{lang}-{codec}", chunk.decode("utf-8").encode(codec))
                except UnicodeEncodeError:
                    pass
            write(out / "parse", f"{n}-{lang}", bytes([li, NO_KIND]) + chunk)
            write(out / "parse", f"{n}-{lang}-kind", bytes([li, k % 7]) + chunk)
            write(out / "tmx-write", f"{n}-{lang}", chunk[:600])
    # Two versions of the same piece, for the aligner.
    a75 = {lang: t for lang, t in corpus[:6]}
    for i, (x, y) in enumerate([("zh", "en"), ("en", "fr"), ("ar", "ru"), ("es", "zh")]):
        if x in a75 and y in a75:
            for k, (cx, cy) in enumerate(zip(pieces(a75[x]), pieces(a75[y]))):
                write(out / "align", f"{x}-{y}-{k}", bytes([LANGUAGES.index(x)]) + cx + b"\xff" + bytes([LANGUAGES.index(y)]) + cy)
                lines = lambda c: b"\n".join(l for l in c.split(b"\n") if l.strip())
                write(out / "sentences", f"{x}-{y}-{k}",
                      bytes([LANGUAGES.index(x) + 6 * LANGUAGES.index(y)]) + lines(cx) + b"\xff" + lines(cy))
    write(out / "tmx-write", "controls", "a\x07b\rc\r\nd\x00e\ufffef&<>\"'".encode("utf-8"))
    # TMX, as we write it and as other tools do.
    tmx = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="UNAlign" creationtoolversion="0.1.0" segtype="sentence" o-tmf="UNAlign" adminlang="en" srclang="zh-CN" datatype="plaintext"/>
  <body>
    <tu tuid="1">
      <prop type="x-address">¶1#1</prop>
      <prop type="x-kind">sentence</prop>
      <prop type="x-confidence">0.98</prop>
      <tuv xml:lang="zh-CN"><seg>委员会决定。<ph type="x-char">U+0007</ph></seg></tuv>
      <tuv xml:lang="en"><seg>The Committee decides &amp; acts.</seg></tuv>
    </tu>
    <tu><tuv lang="fr"><seg>Le Comité <bpt i="1">&lt;b&gt;</bpt>décide<ept i="1">&lt;/b&gt;</ept>.</seg></tuv><tuv lang="ES"><seg>La Comisión decide.</seg></tuv></tu>
  </body>
</tmx>
"""
    write(out / "tmx-read", "small.tmx", tmx.encode("utf-8"))
    write(out / "tmx-read", "cut.tmx", tmx.encode("utf-8")[:500])
    # An alignment JSON (the shape `align -f json` writes), small.
    side = lambda t, a: {"text": t, "ranges": [{"start": 0, "end": len(t)}], "address": a}
    seg = {"address": "¶1#1", "kind": "sentence", "confidence": 0.9,
           "sides": {"zh": side("委员会决定。", "¶1"), "en": side("The Committee decides.", "¶1")}}
    alignment = {"languages": ["zh", "en"], "sources": ["zh.md", "en.md"], "units": [seg], "segments": [seg],
                 "votes": {"votes": []}, "discrepancies": []}
    write(out / "json", "small.json", json.dumps(alignment, ensure_ascii=False).encode("utf-8"))
    write(out / "json", "dict-sides.json", json.dumps(dict(alignment, segments=[dict(seg, sides=["zh", side("x", "¶1")])])).encode())
    # Manifests.
    write(out / "manifest", "sets.jsonl", b'{"id": "A/75/394", "zh": "zh.md", "en": "en.md"}\n# a comment\n\n'
          b'{"id": "two", "fr": "/abs/fr.md", "en": "en.md", "title": "x"}\nnot json\n{"id": 3, "en": "a"}\n'
          b'{"id": "..", "ar": "a", "ru": "b"}\n{"id": "A/75/394", "zh": "z", "en": "e"}\n')
    # Word and PDF files: the office fixtures, the small ones.
    office = ROOT / "Tests" / "UNAlignTests" / "Fixtures" / "office"
    for p in sorted(office.glob("*")) if office.exists() else []:
        if p.suffix in (".docx", ".pdf") and p.stat().st_size <= 262144:
            write(out / p.suffix[1:], p.name, p.read_bytes())
    total = sum(1 for _ in out.rglob("*") if _.is_file())
    print(f"fuzz seeds: {total} files in {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
