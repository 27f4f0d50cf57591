import Foundation

/// A review page: one self-contained HTML file (no network, no external script or style) with the
/// versions side by side, a row per segment by address, its confidence as colour and number, the
/// document's structure as indentation and headings, a filter for low-confidence and unaligned
/// rows with next/previous by keyboard (`j`/`k`), the discrepancies linked to their rows, and the
/// vote tables country by country. Corrections on the page (mark a row wrong, merge it with the
/// next, split it) change the alignment it carries; "Save" downloads it as alignment JSON, which
/// `unalign export corrected.json -f tmx` turns into a memory.
///
/// The page is well-formed XML (XHTML syntax) for any text: text is escaped, characters XML cannot
/// hold are written as visible `U+0007` marks, and the embedded alignment JSON cannot close its
/// script element.
enum ReviewPage {
    /// Below this confidence a row counts as low (shown amber, found by the filter).
    static let lowConfidence = 0.5

    static func render(_ whole: Alignment, options: ExportOptions) -> (text: String, replaced: Int) {
        // The page carries the segments it shows, so that its rows and its data stay one to one.
        let a = Alignment(languages: whole.languages, sources: whole.sources, units: whole.units, segments: options.segments(whole),
                          votes: whole.votes, discrepancies: whole.discrepancies)
        let langs = options.languages(a)
        var replaced = 0
        func esc(_ s: String) -> String {
            var out = ""
            out.reserveCapacity(s.utf8.count)
            replaced += TMX.appendEscaped(s, to: &out) { u, out in out += "<span class=\"ctl\">\(TMX.codePoint(u))</span>" }
            return out
        }
        let title = options.symbol ?? a.sources.first ?? "alignment"
        var out = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
            <head>
            <meta charset="utf-8"/>
            <title>Review: \(esc(title))</title>
            <style>\(style)</style>
            </head>
            <body>
            <header><h1>\(esc(title))</h1>
            <p class="bar"><label><input type="checkbox" id="only-low"/> only low-confidence and unaligned rows</label>
            <span id="count"></span> · <kbd>j</kbd>/<kbd>k</kbd> next/previous flagged row ·
            <button type="button" id="save">Save corrected alignment (JSON)</button></p></header>
            <table id="rows"><thead><tr><th>address</th><th>kind</th><th>confidence</th>
            """
        for l in langs { out += "<th lang=\"\(l.bcp47)\">\(l.rawValue)</th>" }
        out += "<th>correct</th></tr></thead>\n<tbody>\n"
        var discrepancyRows: [String: Int] = [:]
        for (i, s) in a.segments.enumerated() {
            let flagged = s.kind == .unaligned || s.confidence < lowConfidence
            let depth = max(0, s.address.rawValue.split(separator: "/").count - 1)
            let band = s.kind == .unaligned ? "none" : s.confidence >= 0.8 ? "high" : s.confidence >= lowConfidence ? "mid" : "low"
            out += "<tr id=\"r\(i)\" data-index=\"\(i)\" class=\"\(band)\(flagged ? " flagged" : "") k-\(s.kind.rawValue)\">"
            out += "<td class=\"addr\" style=\"padding-left:\(depth)em\">\(esc(s.address.rawValue))</td><td>\(s.kind.rawValue)</td>"
            out += "<td class=\"conf\">\(String(format: "%.2f", s.confidence))</td>"
            for l in langs {
                out += "<td lang=\"\(l.bcp47)\"\(LanguageProfile.of(l).rightToLeft ? " dir=\"rtl\"" : "")>" + (s.text(l).map(esc) ?? "<span class=\"none\">—</span>") + "</td>"
            }
            out += "<td class=\"fix\"><button type=\"button\" data-act=\"wrong\">wrong</button><button type=\"button\" data-act=\"merge\">merge ↓</button><button type=\"button\" data-act=\"split\">split</button></td></tr>\n"
            let unit = s.address.rawValue.split(separator: "#").first.map(String.init) ?? s.address.rawValue
            if discrepancyRows[unit] == nil { discrepancyRows[unit] = i }
        }
        out += "</tbody></table>\n"
        out += "<section id=\"discrepancies\"><h2>\(a.discrepancies.count) discrepancies</h2><ul>\n"
        for d in a.discrepancies {
            let text = "\(d)"
            let address = String(text.prefix { $0 != ":" && $0 != " " })
            if let row = discrepancyRows[address] { out += "<li><a href=\"#r\(row)\">\(esc(text))</a></li>\n" } else { out += "<li>\(esc(text))</li>\n" }
        }
        out += "</ul></section>\n<section id=\"votes\"><h2>Recorded votes</h2>\n"
        for v in a.votes.documents.first?.votes ?? [] {
            out += "<h3>\(esc(v.address.rawValue)) \(esc(v.tally?.description ?? ""))\(v.checks.isEmpty ? " ✓" : " ✗")</h3>\n"
            for c in v.checks { out += "<p class=\"check\">\(esc("\(c)"))</p>\n" }
            out += "<table class=\"vote\"><thead><tr><th>list</th><th>ISO</th>" + a.votes.languages.map { "<th>\($0.rawValue)</th>" }.joined() + "</tr></thead><tbody>\n"
            for r in a.votes.rows where r.address.rawValue.hasPrefix(v.address.rawValue + "/") {
                out += "<tr><td>\(esc(r.address.rawValue))</td><td>\(esc(r.iso3))</td>"
                out += a.votes.languages.map { "<td>" + (r.mentions[$0].map { esc($0.surface) } ?? "<span class=\"none\">—</span>") + "</td>" }.joined() + "</tr>\n"
            }
            out += "</tbody></table>\n"
        }
        out += "</section>\n"
        // The alignment itself, for the corrections; escaped so that it cannot end its script element.
        let raw = (try? JSONOutput(prettyPrinted: false).encode(a)) ?? ""
        // Scalar by scalar (a string replacement works on characters, and `&` with a combining mark
        // after it is one character: found by the fuzzer): markup characters, the line separators
        // JavaScript reads as line ends, and what XML cannot hold, all as JSON escapes.
        var safe = String.UnicodeScalarView()
        for u in raw.unicodeScalars {
            switch u {
            case "<", ">", "&", "\u{2028}", "\u{2029}": safe.append(contentsOf: String(format: "\\u%04X", u.value).unicodeScalars)
            default:
                if TMX.isXMLCharacter(u) { safe.append(u) } else { safe.append(contentsOf: String(format: "\\u%04X", u.value).unicodeScalars) }
            }
        }
        let json = String(safe)
        out += "<script type=\"application/json\" id=\"alignment\">\(json)</script>\n"
        out += "<script>//<![CDATA[\n\(script)\n//]]></script>\n</body>\n</html>\n"
        return (out, replaced)
    }

    static let style = """
        body{font:14px/1.4 system-ui,sans-serif;margin:0}header{position:sticky;top:0;background:#fff;padding:.5em 1em;border-bottom:1px solid #ccc}
        h1{font-size:1.2em;margin:0}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:.3em .5em;vertical-align:top;text-align:start}
        tr.high td.conf{background:#d8f0d8}tr.mid td.conf{background:#fff2c0}tr.low td.conf{background:#ffc8c0}tr.none td.conf{background:#ddd}
        tr.flagged{outline:1px dashed #c80}tr.current{outline:2px solid #06c}tr.k-heading td,tr.k-title td{font-weight:600}
        .none{color:#999}.ctl{color:#a00;font-size:.8em}.fix button{font-size:.8em;margin:0 .1em}body.only-low tbody tr:not(.flagged){display:none}
        section{padding:0 1em}
        """

    static let script = """
        (function(){
          var data = JSON.parse(document.getElementById('alignment').textContent);
          var rows = function(){ return Array.prototype.slice.call(document.querySelectorAll('#rows tbody tr')); };
          var langs = data.languages;
          function count(){ var f = document.querySelectorAll('#rows tbody tr.flagged').length;
            document.getElementById('count').textContent = rows().length + ' rows, ' + f + ' flagged'; }
          document.getElementById('only-low').addEventListener('change', function(e){
            document.body.classList.toggle('only-low', e.target.checked); });
          var current = -1;
          function go(step){ var f = rows().filter(function(r){ return r.classList.contains('flagged'); });
            if (!f.length) return; current = (current + step + f.length) % f.length;
            rows().forEach(function(r){ r.classList.remove('current'); });
            f[current].classList.add('current'); f[current].scrollIntoView({block:'center'}); }
          document.addEventListener('keydown', function(e){ if (e.target.tagName === 'INPUT') return;
            if (e.key === 'j') go(1); if (e.key === 'k') go(-1); });
          function cell(tr, i, text){ var td = tr.querySelectorAll('td')[3 + i];
            td.textContent = text === null ? '—' : text; }
          function refresh(tr, s){ tr.querySelectorAll('td')[1].textContent = s.kind;
            tr.querySelectorAll('td')[2].textContent = s.confidence.toFixed(2);
            langs.forEach(function(l, i){ cell(tr, i, s.sides[l] ? s.sides[l].text : null); });
            tr.classList.toggle('flagged', s.kind === 'unaligned' || s.confidence < \(lowConfidence)); }
          function renumber(){ rows().forEach(function(r, i){ r.id = 'r' + i; r.dataset.index = i; }); count(); }
          function splitSide(side, at){ var first = {text: side.text.slice(0, at).trim(), ranges: [], address: side.address},
              rest = {text: side.text.slice(at).trim(), ranges: [], address: side.address}, pos = 0;
            side.ranges.forEach(function(r){ var len = r.end - r.start, end = pos + len;
              if (end <= at) first.ranges.push(r); else if (pos >= at) rest.ranges.push(r);
              else { first.ranges.push({start: r.start, end: r.start + (at - pos)}); rest.ranges.push({start: r.start + (at - pos), end: r.end}); }
              pos = end + 1; });
            return [first, rest]; }
          document.getElementById('rows').addEventListener('click', function(e){
            var act = e.target.dataset && e.target.dataset.act; if (!act) return;
            var tr = e.target.closest('tr'), i = +tr.dataset.index, s = data.segments[i];
            if (act === 'wrong') {
              // The pairing is wrong: each version's text becomes its own unaligned row.
              var present = langs.filter(function(l){ return s.sides[l]; });
              var parts = present.map(function(l){ var sides = {}; sides[l] = s.sides[l];
                return {address: s.address, kind: 'unaligned', confidence: 0, sides: sides}; });
              data.segments.splice.apply(data.segments, [i, 1].concat(parts));
              parts.slice(1).reverse().forEach(function(){ tr.parentNode.insertBefore(tr.cloneNode(true), tr.nextSibling); });
              var trs = rows(); parts.forEach(function(p, k){ refresh(trs[i + k], p); });
            } else if (act === 'merge' && i + 1 < data.segments.length) {
              var n = data.segments[i + 1];
              langs.forEach(function(l){ var a = s.sides[l], b = n.sides[l];
                if (a && b) s.sides[l] = {text: a.text + ' ' + b.text, ranges: a.ranges.concat(b.ranges), address: a.address};
                else if (b) s.sides[l] = b; });
              s.confidence = Math.min(s.confidence, n.confidence); if (s.kind === 'unaligned') s.kind = n.kind === 'unaligned' ? 'unaligned' : n.kind;
              data.segments.splice(i + 1, 1); tr.parentNode.removeChild(tr.nextElementSibling); refresh(tr, s);
            } else if (act === 'split') {
              var first = {address: s.address, kind: s.kind, confidence: s.confidence, sides: {}},
                  second = {address: s.address + '~split', kind: s.kind, confidence: s.confidence, sides: {}};
              langs.forEach(function(l){ var side = s.sides[l]; if (!side) return;
                var head = window.prompt('First part of the ' + l + ' text (the rest goes to a new row):', side.text);
                if (head === null) head = side.text; var at = side.text.indexOf(head) === 0 ? head.length : side.text.length;
                var p = splitSide(side, at); first.sides[l] = p[0]; if (p[1].text) second.sides[l] = p[1]; });
              data.segments.splice(i, 1, first, second);
              tr.parentNode.insertBefore(tr.cloneNode(true), tr.nextSibling); refresh(tr, first); refresh(tr.nextElementSibling, second);
            }
            renumber();
          });
          document.getElementById('save').addEventListener('click', function(){
            var blob = new Blob([JSON.stringify(data, null, 1)], {type: 'application/json'});
            var a = document.createElement('a'); a.href = URL.createObjectURL(blob); a.download = 'corrected-alignment.json';
            document.body.appendChild(a); a.click(); a.remove(); });
          window.unalignReview = {data: data};
          count();
        })();
        """
}
