extension Document {
    /// The side of a segment over `ranges` of this document: its text (`text(of:)`), and where the
    /// file's inline markup and new paragraphs fall in that text, all read from one join of the
    /// ranges.
    func side(_ ranges: [TextRange], address: Address) -> SegmentSide {
        let joined = text.joined(ranges, lineBreaksAreSpaces: lineBreaksAreSpaces)
        return SegmentSide(text: UTF16Text.string(joined.units), ranges: ranges, address: address,
                           inlineTags: inlineTags(ranges, joined), paragraphBreaks: paragraphBreaks(ranges, joined.spans))
    }

    /// The inline markup inside the joined text: a boundary where it falls, a footnote mark over
    /// the number it shows. Markup at the very start or end of the text is left out, as CAT tools
    /// leave it out of a segment. Nil when none.
    private func inlineTags(_ ranges: [TextRange], _ joined: (units: [UInt16], spans: [(joined: Int, source: TextRange)])) -> [InlineTag]? {
        guard !inlineMarkup.isEmpty, let lo = ranges.map(\.start).min(), let hi = ranges.map(\.end).max() else { return nil }
        // The markup between the ranges' first and last offsets (it is in text order).
        var first = 0, last = inlineMarkup.count
        while first < last {
            let mid = (first + last) >> 1
            if inlineMarkup[mid].range.end < lo { first = mid + 1 } else { last = mid }
        }
        var tags: [InlineTag] = []
        for m in inlineMarkup[first...] {
            if m.range.start > hi { break }
            // The joined text over the markup's range; a boundary, where its offset falls.
            var from = Int.max, to = Int.min
            for s in joined.spans where s.source.start <= m.range.end && m.range.start <= s.source.end {
                let a = max(m.range.start, s.source.start), b = min(m.range.end, s.source.end)
                if a > b { continue }
                from = min(from, s.joined + a - s.source.start)
                to = max(to, s.joined + b - s.source.start)
            }
            guard from <= to, from > 0, to < joined.units.count else { continue }
            tags.append(InlineTag(offset: from, length: to - from, number: m.number))
        }
        return tags.isEmpty ? nil : tags
    }

    /// Where the joined text goes on in a new paragraph or line of the file: a sentence or list
    /// that a page break cut in two in a converted file (a blank line between two ranges), a Word
    /// line break. Nil when none.
    private func paragraphBreaks(_ ranges: [TextRange], _ spans: [(joined: Int, source: TextRange)]) -> [Int]? {
        var breaks: [Int] = []
        if !lineBreaks.isEmpty, let lo = ranges.map(\.start).min(), let hi = ranges.map(\.end).max() {
            var i = 0, end = lineBreaks.count
            while i < end {
                let mid = (i + end) >> 1
                if lineBreaks[mid] < lo { i = mid + 1 } else { end = mid }
            }
            while i < lineBreaks.count, lineBreaks[i] < hi {
                let b = lineBreaks[i]
                if let s = spans.first(where: { $0.source.start <= b && b < $0.source.end }), s.joined + b - s.source.start > 0 {
                    breaks.append(s.joined + b - s.source.start)
                }
                i += 1
            }
        }
        for k in spans.indices.dropFirst() {
            let previous = spans[k - 1].source, next = spans[k].source
            guard previous.end <= next.start, spans[k].joined > 0 else { continue }
            var newlines = 0
            for u in text.units[previous.end..<next.start] where u == 0x0A { newlines += 1 }
            if newlines >= 2 { breaks.append(spans[k].joined) }
        }
        breaks.sort()
        return breaks.isEmpty ? nil : breaks
    }
}
