#!/usr/bin/env python3
"""Accuracy of UNAlign against the sentence aligners people use, on the Champollion
Chinese–English gold sets (../shared/corpora/champollion-zh-en/).

Run from anywhere (the documented command is `Benchmarks/accuracy.sh`):

    python3 Benchmarks/peers/run_peers.py

What it does:
  1. Creates a throwaway virtual environment in `.build/peers-venv/` (git-ignored) and pip-installs
     the peers there at pinned versions (PEERS_PIP below). Nothing is installed elsewhere.
  2. For each of the six gold sets and each aligner, aligns English (source) with Chinese (target)
     and writes beads in the gold's convention (English first, 1-based, `omitted` for an empty side)
     to `.build/peers/<aligner>/<set>.align`. Every sentence of both sides is in exactly one bead:
     sentences an aligner leaves out become `i <=> omitted` / `omitted <=> j`.
  3. Scores every aligner with the project's own scorer, `.build/release/unalign eval --json`
     (strict and lax P/R/F1 as Vecalign defines them, pooled over the six files by summing counts),
     and checks the numbers against a Python re-implementation of the same scorer, which is also
     the fallback when the binary has not been built.
  4. Writes a Markdown table to stdout and to `Benchmarks/accuracy.md`, and every number to
     `Benchmarks/accuracy.json`.

This file uses the standard library only. The peers' own code runs in the venv's Python, which
re-invokes this file with `--worker` (the peer packages are imported there, inside functions).

Peers that were tried and are not run (they cannot run offline, or do not fit the task) are listed
in NOT_RUN with the reason; the report repeats them.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shlex
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent  # the project root (/work/main)

# Sets: name, English file, Chinese file (in utf8/), gold file (beads, English first).
SETS = [
    ("UN19990209_010", "UN19990209_010.e.txt", "UN19990209_010.c.txt", "UN19990209_010.gold.align"),
    ("198706005", "198706005.e.txt", "198706005.c.txt", "198706005.gold.align"),
    ("200110006", "200110006.e.txt", "200110006.c.txt", "200110006.gold.align"),
    ("890621f", "890621fe.txt", "890621fc.txt", "890621f.gold.align"),
    ("921008f", "921008fe.txt", "921008fc.txt", "921008f.gold.align"),
    ("930422f", "930422fe.txt", "930422fc.txt", "930422f.gold.align"),
]

# Pinned so that a rerun installs the same code. (Import name is the dict key's module.)
PEERS_PIP = {
    "nltk": "nltk==3.10.4",
    "galechurch": "galechurch==0.1.0",
    "pypi-bleualign": "pypi-bleualign==0.1.1.1",
}

# id -> (label, pip package it needs or None for UNAlign, description)
ALIGNERS = {
    "unalign": ("UNAlign", None,
                "`unalign align --sentences EN ZH -l en zh` (this project)"),
    "nltk-gc": ("Gale–Church, NLTK, default parameters", "nltk",
                "`nltk.translate.gale_church.align_blocks` on sentence lengths in characters "
                "(English with spaces, Chinese characters), NLTK's defaults: c = 1, s² = 6.8, Gale & Church's priors. "
                "With c = 1 and Chinese about a third as long as English, leaving sentences out costs less than "
                "pairing them: most of its beads are 1-0 or 0-1"),
    "nltk-gc-ratio": ("Gale–Church, NLTK, length ratio from the data", "nltk",
                      "as above, Chinese lengths multiplied by (English characters / Chinese characters) of the file"),
    "galechurch": ("galechurch 0.1.0 (PyPI), defaults", "galechurch",
                   "`galechurch.align(en, zh)`: Rust Gale–Church, lengths in characters without spaces, "
                   "mean_xy = 1, variance_xy = 6.8"),
    "galechurch-ratio": ("galechurch 0.1.0 (PyPI), mean_xy from the data", "galechurch",
                         "as above with mean_xy = (English characters / Chinese characters) of the file, both counted "
                         "as galechurch counts them. The compiled core uses mean_xy as source characters per target "
                         "character (a bead costs nothing when source length = mean_xy × target length), although the "
                         "package's README calls it target per source; taken that way (Chinese / English) it aligns "
                         "almost nothing (strict F1 0.02 over the six files)"),
    "bleualign-gc": ("Bleualign 0.1.1.1 (pypi-bleualign), Gale–Church mode", "pypi-bleualign",
                     "Bleualign's `galechurch` option (no translation needed): its own Gale–Church over the whole file, "
                     "c = 1. Bleualign multiplies the bead probabilities instead of adding their logarithms; over a whole "
                     "file the product underflows to 0 after some tens of sentences, and from there it pairs the "
                     "sentences 1-1 in order (every file's output ends in an unbroken run of 1-1 beads). Bleualign "
                     "itself only uses Gale–Church to fill short gaps between BLEU anchors"),
    "bleualign-notrans": ("Bleualign 0.1.1.1 (pypi-bleualign), no translation", "pypi-bleualign",
                          "Bleualign's `no_translation_override`: BLEU between the English and the untranslated "
                          "Chinese, gaps filled by its 1-1 BLEU and Gale–Church heuristics (default options). "
                          "Bleualign is meant to be given a machine translation; none is available offline"),
    "bleualign-gloss": ("Bleualign 0.1.1.1 (pypi-bleualign), word-gloss translation", "pypi-bleualign",
                        "Bleualign as it is meant to run, given a translation of the Chinese into English "
                        "(`targettosrc`), default options; for want of a machine translation offline the "
                        "\"translation\" is a word-by-word gloss: greedy longest match against UNAlign's own "
                        "CC-CEDICT word list (`Sources/UNAlign/Resources/lexicon-zh-en.tsv`, 96k headwords), "
                        "each word replaced by its English glosses, digits and Latin letters kept. Few sentence "
                        "pairs pass its BLEU filter (on UN19990209_010: 55 1-1 anchors, 45 of them right); the "
                        "gaps between them are filled by its Gale–Church with c = 1, i.e. equal character counts, "
                        "where Chinese has about a third of the English count, and its gap filler leaves some "
                        "English sentences in two beads"),
}

NOT_RUN = [
    ("hunalign", "not on PyPI (no package or wrapper there) and not in this Debian's archive (`apt-cache policy hunalign` finds nothing)"),
    ("vecalign", "not on PyPI"),
    ("bertalign 2.0.1", "listed in the package index of this workplace, but pip on Python 3.11 finds no version it can install; "
                        "it would also download the LaBSE model at run time"),
    ("sentalign 0.3.0, sentweave 0.3.3", "Vecalign's dynamic programme, but they take a multilingual sentence "
                                         "encoder (e.g. sentence-transformers) whose model is downloaded at run time"),
    ("m2v-align", "pip on Python 3.11 finds no version it can install (and it loads model2vec embeddings from a hub)"),
    ("dtwsa 0.1.0", "DTW over a monolingual string similarity (WER); no cross-lingual similarity, so nothing to align zh with en"),
]


# ---------------------------------------------------------------------------------------------
# Beads and scoring (same definitions as Sources/UNAlign/Alignment/{Beads,Evaluation}.swift)

def parse_beads(text: str, name: str = "<beads>") -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """`1,2 <=> 3`, `omitted <=> 4`, 1-based on disk; returned 0-based, sides in file order."""
    out = []
    for n, raw in enumerate(text.split("\n"), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("<=>")
        if len(parts) != 2:
            raise ValueError(f"{name}:{n}: expected 'a <=> b', found {line!r}")

        def side(s: str) -> tuple[int, ...]:
            s = s.strip()
            if s in ("omitted", ""):
                return ()
            vals = []
            for x in s.split(","):
                v = int(x.strip())
                if v < 1:
                    raise ValueError(f"{name}:{n}: {x!r} is not a sentence number")
                vals.append(v - 1)
            return tuple(vals)

        out.append((side(parts[0]), side(parts[1])))
    return out


def format_beads(beads) -> str:
    def side(s):
        return ",".join(str(i + 1) for i in s) if s else "omitted"
    return "".join(f"{side(a)} <=> {side(b)}\n" for a, b in beads)


def _precision_counts(gold, test):
    gold_set = {b for b in gold if b[0] or b[1]}
    links: dict[int, set[int]] = {}
    for s_side, t_side in gold_set:
        for s in s_side:
            links.setdefault(s, set()).update(t_side)
    stp = sfp = ltp = lfp = 0
    for b in set(test):
        if not b[0] and not b[1]:
            continue
        if b in gold_set:
            stp += 1
            ltp += 1
        else:
            sfp += 1
            targets = set(b[1])
            if any(links.get(s, set()) & targets for s in b[0]):
                ltp += 1
            else:
                lfp += 1
    return stp, sfp, ltp, lfp


def score_counts(gold, test) -> dict:
    stp, sfp, ltp, lfp = _precision_counts(gold, test)
    rtp, rfn, lrtp, lrfn = _precision_counts(test, gold)
    return dict(strictTP=stp, strictFP=sfp, laxTP=ltp, laxFP=lfp,
                strictTPRecall=rtp, strictFN=rfn, laxTPRecall=lrtp, laxFN=lrfn)


def scores_from_counts(c: dict) -> dict:
    def ratio(a, b):
        return 0.0 if a + b == 0 else a / (a + b)

    def f1(p, r):
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    sp, sr = ratio(c["strictTP"], c["strictFP"]), ratio(c["strictTPRecall"], c["strictFN"])
    lp, lr = ratio(c["laxTP"], c["laxFP"]), ratio(c["laxTPRecall"], c["laxFN"])
    return dict(strictPrecision=sp, strictRecall=sr, strictF1=f1(sp, sr),
                laxPrecision=lp, laxRecall=lr, laxF1=f1(lp, lr), counts=dict(c))


def pool(counts_list) -> dict:
    total: dict = {}
    for c in counts_list:
        for k, v in c.items():
            total[k] = total.get(k, 0) + v
    return total


# ---------------------------------------------------------------------------------------------
# Converting peers' output to complete, ordered beads

def beads_from_links(links, n_src: int, n_tgt: int):
    """Sentence links (i, j) -> beads: connected components of the link graph (a 2-1 bead is two
    links sharing the target), then every unlinked sentence as a bead with an empty side."""
    parent: dict = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in links:
        a, b = find(("s", i)), find(("t", j))
        if a != b:
            parent[a] = b
    groups: dict = {}
    for i, j in links:
        g = groups.setdefault(find(("s", i)), (set(), set()))
        g[0].add(i)
        g[1].add(j)
    return complete_beads([(tuple(sorted(s)), tuple(sorted(t))) for s, t in groups.values()], n_src, n_tgt)


def complete_beads(beads, n_src: int, n_tgt: int):
    """Adds `i <=> omitted` / `omitted <=> j` for every sentence no bead covers, and orders the
    beads along the texts (non-empty beads by their first source sentence; a left-out sentence
    just before the first bead that comes after it)."""
    beads = [(tuple(sorted(s)), tuple(sorted(t))) for s, t in beads if s or t]
    seen_s = {i for s, _ in beads for i in s}
    seen_t = {j for _, t in beads for j in t}
    both = sorted((b for b in beads if b[0] and b[1]), key=lambda b: (b[0][0], b[1][0]))
    lone = [((i,), ()) for i in range(n_src) if i not in seen_s] + [((), (j,)) for j in range(n_tgt) if j not in seen_t]
    lone += [b for b in beads if not (b[0] and b[1])]
    out = []
    pending = sorted(lone, key=lambda b: (b[0][0] if b[0] else -1, b[1][0] if b[1] else -1))
    pend_s = [b for b in pending if b[0]]
    pend_t = [b for b in pending if b[1]]
    ps = pt = 0
    for b in both:
        while ps < len(pend_s) and pend_s[ps][0][0] < b[0][0]:
            out.append(pend_s[ps]); ps += 1
        while pt < len(pend_t) and pend_t[pt][1][0] < b[1][0]:
            out.append(pend_t[pt]); pt += 1
        out.append(b)
    out += pend_s[ps:] + pend_t[pt:]
    return out


def coverage_problems(beads, n_src: int, n_tgt: int) -> list[str]:
    """Every sentence of both sides in exactly one bead, and nothing out of range."""
    problems = []
    for side, n, name in ((0, n_src, "English"), (1, n_tgt, "Chinese")):
        count: dict[int, int] = {}
        for b in beads:
            for i in b[side]:
                count[i] = count.get(i, 0) + 1
        missing = [i + 1 for i in range(n) if i not in count]
        twice = [i + 1 for i, c in count.items() if c > 1]
        out = [i + 1 for i in count if not 0 <= i < n]
        if missing:
            problems.append(f"{name}: {len(missing)} sentences in no bead (first {missing[:5]})")
        if twice:
            problems.append(f"{name}: {len(twice)} sentences in more than one bead (first {sorted(twice)[:5]})")
        if out:
            problems.append(f"{name}: sentence numbers out of range {sorted(out)[:5]}")
    return problems


def read_sentences(path: Path) -> list[str]:
    """One sentence per line, trailing empty lines dropped (as `unalign align --sentences` reads them)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    while lines and lines[-1] == "":
        lines.pop()
    return [l.rstrip("\r") for l in lines]


# ---------------------------------------------------------------------------------------------
# A word-by-word English gloss of the Chinese, standing in for the machine translation that
# Bleualign expects (none is available offline). Uses the project's CC-CEDICT word list.

LEXICON = ROOT / "Sources" / "UNAlign" / "Resources" / "lexicon-zh-en.tsv"


def load_lexicon(path: Path) -> dict[str, str]:
    lex = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        head, gloss = line.split("\t", 1)
        lex.setdefault(head, gloss)
    return lex


def gloss_chinese(lines: list[str], lex: dict[str, str]) -> list[str]:
    """Greedy longest-match segmentation against the word list; each word is replaced by its
    English glosses (in the list's order), runs of Latin letters and digits are kept as they are,
    anything else is dropped."""
    import re
    longest = max(map(len, lex))
    latin = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ.,%]+")
    out = []
    for line in lines:
        words, i = [], 0
        while i < len(line):
            m = latin.match(line, i)
            if m:
                words.append(m.group(0).translate({c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}))
                i = m.end()
                continue
            for n in range(min(longest, len(line) - i), 0, -1):
                g = lex.get(line[i:i + n])
                if g is not None:
                    words.append(g)
                    i += n
                    break
            else:
                i += 1
        out.append(" ".join(words))
    return out


# ---------------------------------------------------------------------------------------------
# Worker: runs inside the venv, imports one peer, aligns one pair of files

def worker(aligner: str, en_path: str, zh_path: str, out_path: str) -> None:
    en, zh = read_sentences(Path(en_path)), read_sentences(Path(zh_path))
    t0 = time.perf_counter()
    if aligner in ("nltk-gc", "nltk-gc-ratio"):
        from nltk.translate.gale_church import align_blocks
        en_len = [len(s) for s in en]
        zh_len = [len(s) for s in zh]
        if aligner == "nltk-gc-ratio":
            ratio = sum(en_len) / sum(zh_len)
            zh_len = [l * ratio for l in zh_len]
        beads = beads_from_links(align_blocks(en_len, zh_len), len(en), len(zh))
    elif aligner in ("galechurch", "galechurch-ratio"):
        import galechurch
        kwargs = {}
        if aligner == "galechurch-ratio":
            from galechurch._lengths import char_length
            # The compiled core gives a bead no length cost when source length = mean_xy x target
            # length (checked on synthetic lengths), so mean_xy is English chars per Chinese char,
            # although the package's README calls it "target chars per source char".
            kwargs["mean_xy"] = sum(map(char_length, en)) / sum(map(char_length, zh))
        result = galechurch.align(en, zh, **kwargs)
        beads = complete_beads([(tuple(range(b.source_start, b.source_end)), tuple(range(b.target_start, b.target_end)))
                                for b in result.beads], len(en), len(zh))
    elif aligner in ("bleualign-gc", "bleualign-notrans", "bleualign-gloss"):
        import io
        import bleualign.align as ba
        ba.multiprocessing_enabled = 0  # one article per run; keeps it in this process
        options = {"srcfile": en, "targetfile": zh, "verbosity": 0, "log_to": io.StringIO()}
        if aligner == "bleualign-gc":
            options["galechurch"] = True
            options["no_translation_override"] = True
        elif aligner == "bleualign-notrans":
            options["no_translation_override"] = True
        else:
            options["targettosrc"] = [gloss_chinese(zh, load_lexicon(LEXICON))]
        a = ba.Aligner(options)
        a.mainloop()
        beads = complete_beads([(tuple(s), tuple(t)) for (s, t), _kind in a.multialign], len(en), len(zh))
    else:
        raise SystemExit(f"unknown aligner {aligner}")
    seconds = time.perf_counter() - t0
    Path(out_path).write_text(format_beads(beads), encoding="utf-8")
    print(json.dumps({"seconds": seconds}))


# ---------------------------------------------------------------------------------------------
# Driver

def sh(cmd, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def ensure_venv(venv: Path, log) -> tuple[Path, dict]:
    """Creates the venv if needed and installs each pinned peer; returns (python, status per package)."""
    py = venv / "bin" / "python"
    if not py.exists():
        log(f"creating {venv}")
        r = sh([sys.executable, "-m", "venv", str(venv)])
        if r.returncode != 0:
            raise SystemExit(f"cannot create the venv {venv}: {r.stderr.strip()}")
    status = {}
    for pkg, spec in PEERS_PIP.items():
        want = spec.split("==")[1]
        r = sh([str(py), "-c", f"import importlib.metadata as m; print(m.version({pkg!r}))"])
        have = r.stdout.strip() if r.returncode == 0 else None
        if have != want:
            log(f"pip install {spec}")
            r = sh([str(py), "-m", "pip", "install", "--disable-pip-version-check", "-q", spec], timeout=1800)
            if r.returncode != 0:
                status[pkg] = {"spec": spec, "installed": False, "error": (r.stderr or r.stdout).strip()[-2000:]}
                continue
        status[pkg] = {"spec": spec, "installed": True}
    return py, status


def machine_info() -> dict:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "uname": sh(["uname", "-a"]).stdout.strip(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
    }


def git_info() -> dict:
    head = sh(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"]).stdout.strip()
    # Only what the binary is built from counts (not these reports or scripts).
    dirty = sh(["git", "-C", str(ROOT), "status", "--porcelain", "--", "Sources", "Package.swift"]).stdout.strip() != ""
    return {"commit": head, "uncommitted_changes_in_sources": dirty}


def failure_summary(r: subprocess.CompletedProcess) -> str:
    """The telling line of a failed run's stderr (a Swift runtime failure, a Python exception), not the whole backtrace."""
    lines = [l.strip() for l in (r.stderr or "").splitlines() if l.strip()]
    for l in lines:
        if "Swift runtime failure" in l or "Fatal error" in l:
            where = next((x.split(" in unalign at ")[-1] for x in lines if " at /" in x and "Sources/UNAlign" in x), "")
            return f"exit {r.returncode}: {l.strip('* ')}" + (f" (first frame in the project: {where})" if where else "")
    return f"exit {r.returncode}: " + (lines[-1] if lines else "no message")


def eval_with_binary(binary: Path, pairs: list[tuple[Path, Path]]) -> dict:
    cmd = [str(binary), "eval"]
    for g, t in pairs:
        cmd += ["--gold", str(g), "--test", str(t)]
    cmd.append("--json")
    r = sh(cmd, timeout=600)
    if r.returncode != 0:
        raise RuntimeError(f"{shlex.join(cmd)} failed: {r.stderr.strip()[-1000:]}")
    return json.loads(r.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--worker", nargs=4, metavar=("ALIGNER", "EN", "ZH", "OUT"), help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "champollion-zh-en",
                    help="the gold sets (default: ../shared/corpora/champollion-zh-en beside the project root)")
    ap.add_argument("--unalign", type=Path, default=ROOT / ".build" / "release" / "unalign",
                    help="the unalign binary (default: .build/release/unalign)")
    ap.add_argument("--venv", type=Path, default=ROOT / ".build" / "peers-venv", help="where the peers are installed")
    ap.add_argument("--out", type=Path, default=ROOT / ".build" / "peers", help="where the bead files go")
    ap.add_argument("--only", nargs="+", choices=list(ALIGNERS), help="run only these aligners")
    ap.add_argument("--no-report", action="store_true", help="do not overwrite Benchmarks/accuracy.{md,json}")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds allowed for one aligner on one file")
    args = ap.parse_args()

    if args.worker:
        worker(*args.worker)
        return

    def log(msg):
        print(msg, file=sys.stderr, flush=True)

    command = shlex.join(["python3", str(Path(__file__).resolve().relative_to(ROOT))] + sys.argv[1:])
    started = datetime.datetime.now(datetime.timezone.utc)
    corpus = args.corpus.resolve()
    sets = []
    for name, en, zh, gold in SETS:
        paths = (corpus / "utf8" / en, corpus / "utf8" / zh, corpus / gold)
        for p in paths:
            if not p.exists():
                raise SystemExit(f"missing {p} (give --corpus)")
        sets.append((name, *paths))
    n_sent = {name: (len(read_sentences(en)), len(read_sentences(zh))) for name, en, zh, _ in sets}
    gold_beads = {name: parse_beads(g.read_text(encoding="utf-8"), str(g)) for name, _, _, g in sets}

    selected = args.only or list(ALIGNERS)
    need_venv = any(ALIGNERS[a][1] for a in selected)
    py, pip_status = (None, {})
    if need_venv:
        py, pip_status = ensure_venv(args.venv.resolve(), log)
    versions = {}
    if py:
        r = sh([str(py), "-m", "pip", "freeze", "--disable-pip-version-check"])
        versions = dict(l.split("==", 1) for l in r.stdout.splitlines() if "==" in l)

    binary = args.unalign.resolve()
    have_binary = binary.exists()
    if not have_binary:
        log(f"note: {binary} not found: UNAlign is not run and scores come from the Python scorer "
            f"(build it with: swift build -c release --product unalign)")

    results = {}
    for aid in selected:
        label, pkg, desc = ALIGNERS[aid]
        entry = {"label": label, "description": desc, "status": "ok", "files": {}, "problems": []}
        results[aid] = entry
        if pkg and not pip_status.get(pkg, {}).get("installed"):
            entry["status"] = f"not run: pip install {PEERS_PIP[pkg]} failed"
            entry["error"] = pip_status.get(pkg, {}).get("error", "")
            continue
        if pkg is None and not have_binary:
            entry["status"] = f"not run: {binary} does not exist"
            continue
        if pkg:
            entry["version"] = versions.get(pkg, "")
        outdir = args.out.resolve() / aid
        outdir.mkdir(parents=True, exist_ok=True)
        for name, en, zh, gold in sets:
            out = outdir / f"{name}.align"
            if out.exists():
                out.unlink()
            log(f"{aid}: {name}")
            t0 = time.perf_counter()
            try:
                if pkg is None:
                    r = sh([str(binary), "align", "--sentences", str(en), str(zh), "-l", "en", "zh"], timeout=args.timeout)
                    if r.returncode != 0:
                        raise RuntimeError(failure_summary(r))
                    out.write_text(r.stdout, encoding="utf-8")
                    seconds = time.perf_counter() - t0
                else:
                    r = sh([str(py), str(Path(__file__).resolve()), "--worker", aid, str(en), str(zh), str(out)], timeout=args.timeout)
                    if r.returncode != 0:
                        raise RuntimeError(failure_summary(r))
                    seconds = json.loads(r.stdout.strip().splitlines()[-1])["seconds"]
                beads = parse_beads(out.read_text(encoding="utf-8"), str(out))
            except (RuntimeError, subprocess.TimeoutExpired, ValueError, KeyError, IndexError) as e:
                entry["status"] = "failed"
                entry["files"][name] = {"failed": str(e)}
                entry["problems"].append(f"{name}: {e}")
                log(f"  failed: {e}")
                continue
            probs = coverage_problems(beads, *n_sent[name])
            entry["problems"] += [f"{name}: {p}" for p in probs]
            counts = score_counts(gold_beads[name], beads)
            entry["files"][name] = {"beads": str(out.relative_to(ROOT)) if out.is_relative_to(ROOT) else str(out),
                                    "n_beads": len(beads), "seconds": round(seconds, 3),
                                    "python_scorer": scores_from_counts(counts)}
        done = [(name, g) for name, _, _, g in sets if "failed" not in entry["files"].get(name, {"failed": ""})]
        if not done:
            continue
        # The official numbers: the project's scorer. Pooled only when all six files were aligned.
        ev = None
        if have_binary:
            try:
                ev = eval_with_binary(binary, [(g, args.out.resolve() / aid / f"{name}.align") for name, g in done])
            except (RuntimeError, subprocess.TimeoutExpired, ValueError, KeyError) as e:
                entry["problems"].append(f"unalign eval failed, Python scorer used: {e}")
        if ev is not None:
            for name, g in done:
                entry["files"][name]["score"] = scores_from_counts(ev[str(g)]["counts"])
                # The two scorers must agree exactly (same counts).
                if entry["files"][name]["score"]["counts"] != entry["files"][name]["python_scorer"]["counts"]:
                    entry["problems"].append(f"{name}: unalign eval and the Python scorer disagree")
            entry["scorer"] = "unalign eval"
        else:
            for name, _ in done:
                entry["files"][name]["score"] = entry["files"][name]["python_scorer"]
            entry["scorer"] = "Python re-implementation (unalign binary not built)"
        if len(done) == len(sets):
            entry["pooled"] = scores_from_counts(pool(entry["files"][name]["score"]["counts"] for name, _ in done))
            if ev is not None and ev["all"]["counts"] != entry["pooled"]["counts"]:
                entry["problems"].append("pooled counts differ from unalign eval's")
            entry["seconds_total"] = round(sum(entry["files"][name]["seconds"] for name, _ in done), 3)
        for name, _ in done:
            del entry["files"][name]["python_scorer"]

    finished = datetime.datetime.now(datetime.timezone.utc)
    report = {
        "date": started.isoformat(timespec="seconds"),
        "finished": finished.isoformat(timespec="seconds"),
        "command": command,
        "documented_command": "Benchmarks/accuracy.sh",
        "machine": machine_info(),
        "unalign": {"binary": str(binary), "built": have_binary, **git_info()},
        "corpus": str(corpus),
        "sets": {name: {"english": str(en), "chinese": str(zh), "gold": str(g),
                        "sentences_en": n_sent[name][0], "sentences_zh": n_sent[name][1],
                        "gold_beads": len(gold_beads[name])} for name, en, zh, g in sets},
        "peer_packages": {"pip": PEERS_PIP, "install": pip_status, "venv_freeze": versions},
        "aligners": results,
        "not_run": [{"name": n, "why": w} for n, w in NOT_RUN],
    }
    md = markdown(report)
    print(md)
    if not args.no_report:
        (ROOT / "Benchmarks" / "accuracy.md").write_text(md, encoding="utf-8")
        (ROOT / "Benchmarks" / "accuracy.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        log("wrote Benchmarks/accuracy.md and Benchmarks/accuracy.json")


def markdown(rep: dict) -> str:
    names = list(rep["sets"])
    L = []
    L.append("# Sentence-alignment accuracy: UNAlign and its peers, Chinese–English")
    L.append("")
    L.append("Gold: the Champollion Chinese–English evaluation set (LDC, 2006), six files, "
             "`../shared/corpora/champollion-zh-en/` (sentences one per line, hand beads English first). "
             "Every aligner gets the same sentence files, English as source; its output is converted to beads "
             "covering every sentence once (`.build/peers/<aligner>/<set>.align`) and scored by "
             "`unalign eval --json` (see *Scorer* below). Strict F1: a bead counts only when it equals a gold bead. Lax F1 (Vecalign's "
             "definition): a bead counts when one of its English sentences is linked in the gold to one of its "
             "Chinese sentences. *All six*: counts summed over the files, then P/R/F1.")
    L.append("")
    head = ["aligner"] + [f"{n}" for n in names] + ["strict F1, all six", "lax F1, all six", "seconds, all six"]
    L.append("| " + " | ".join(head) + " |")
    L.append("|" + "---|" + "---:|" * (len(head) - 1))
    for aid, e in rep["aligners"].items():
        def cell(n):
            f = e["files"].get(n)
            if not f:
                return "—"
            return "failed" if "failed" in f else f"{f['score']['strictF1']:.3f}"
        cells = [cell(n) for n in names]
        if "pooled" in e:
            cells += [f"**{e['pooled']['strictF1']:.3f}**", f"{e['pooled']['laxF1']:.3f}", f"{e['seconds_total']:.1f}"]
        else:
            cells += ["—", "—", "—"]
        L.append("| " + e["label"] + " | " + " | ".join(cells) + " |")
    L.append("")
    L.append("Sentences (English / Chinese): " + ", ".join(
        f"{n} {s['sentences_en']}/{s['sentences_zh']}" for n, s in rep["sets"].items()) + ".")
    L.append("")
    L.append("## Aligners")
    L.append("")
    for aid, e in rep["aligners"].items():
        ver = f" (installed: {e['version']})" if e.get("version") else ""
        L.append(f"- **{e['label']}**{ver}: {e['description']}.")
        if e["status"] != "ok" and not e["files"]:
            L.append(f"  *{e['status']}*")
        if e["problems"]:
            L.append("  Problems: " + "; ".join(e["problems"][:6]))
    L.append("")
    L.append("Tried and not run:")
    L.append("")
    for x in rep["not_run"]:
        L.append(f"- {x['name']}: {x['why']}.")
    L.append("")
    L.append("Peers are pip-installed, pinned (" + ", ".join(f"`{s}`" for s in rep["peer_packages"]["pip"].values())
             + "), into a throwaway venv in `.build/peers-venv/`. Seconds: the aligner's own run on the six files "
             "(UNAlign: the whole `unalign align` process; the Python peers: the alignment call, without the import).")
    L.append("")
    L.append("## Run")
    L.append("")
    m = rep["machine"]
    u = rep["unalign"]
    L.append(f"- Date: {rep['date']}")
    L.append(f"- Command: `{rep['documented_command']}` (runs `{rep['command']}`)")
    L.append(f"- UNAlign: commit {u['commit']}{' with uncommitted changes in Sources/' if u['uncommitted_changes_in_sources'] else ''}, "
             f"binary `.build/release/unalign`" + ("" if u["built"] else " **not built**"))
    scorers = sorted({e["scorer"] for e in rep["aligners"].values() if "scorer" in e})
    L.append("- Scorer: " + (", ".join(scorers) or "none ran") + (
        " (its counts checked against the Python re-implementation in run_peers.py: identical unless a problem is listed above)"
        if scorers == ["unalign eval"] else ""))
    L.append(f"- Machine: `{m['uname']}`; CPU: {m['cpu']}, {m['cores']} cores; Python {m['python']}")
    L.append("")
    return "\n".join(L)


if __name__ == "__main__":
    main()
