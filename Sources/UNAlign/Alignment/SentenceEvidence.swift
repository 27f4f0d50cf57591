import Foundation

/// The tables the sentence search reads: the two texts as flat arrays of tokens and weights, and
/// the word evidence of every sentence pair near the search windows.

/// One text as the search reads it: per-sentence facts in flat arrays, and its tokens (at most
/// `TokenMask.capacity` per sentence) with their weights and with those of their ids that occur in
/// the other text, renumbered densely (no other id can be found there).
struct TextSide {
    let count: Int
    let lengthPrefix: [Int]
    /// Prefix sums of the characters carried over unchanged (`SentenceFeatures.carried`).
    let carriedPrefix: [Int]
    /// Paragraph numbers interned over both texts; −1 for none.
    let marker: [Int32]
    let introduces: [Bool]
    let runsOn: [Bool]
    /// Sentence x's tokens are `tokenStart[x]..<tokenStart[x + 1]`.
    let tokenStart: [Int]
    /// How much finding each token's translation says: a token whose translations occur in a third
    /// of the other text's sentences says little, a rare one a lot (−log of the chance of a find,
    /// scaled to 0...1).
    let weight: [Double]
    /// Token k's ids are `ids[idStart[k]..<idStart[k + 1]]`.
    let idStart: [Int]
    let ids: [Int32]
    /// Sentence x's distinct ids, of all its tokens: `set[setStart[x]..<setStart[x + 1]]`.
    let setStart: [Int]
    let set: [Int32]
    /// Prefix sums of the token weights and of their expected finds in an unrelated sentence.
    let totalPrefix: [Double]
    let chancePrefix: [Double]

    /// The weight of sentence x's tokens.
    func total(_ x: Int) -> Double { totalPrefix[x + 1] - totalPrefix[x] }

    /// Each sentence's length.
    var length: [Int] { (0..<count).map { lengthPrefix[$0 + 1] - lengthPrefix[$0] } }
    var carried: [Int] { (0..<count).map { carriedPrefix[$0 + 1] - carriedPrefix[$0] } }
}

/// The two texts of an alignment, with ids shared between them.
struct TextPair {
    let s: TextSide, t: TextSide
    let idCount: Int

    /// `fs` and `ft` with their ids renumbered densely from 0 over the two texts, and the number of ids.
    static func densified(_ fs: [SentenceFeatures], _ ft: [SentenceFeatures]) -> ([SentenceFeatures], [SentenceFeatures], Int) {
        var maxID: Int32 = -1, total = 0
        for f in fs { total += f.ids.count; for id in f.ids where id > maxID { maxID = id } }
        for f in ft { total += f.ids.count; for id in f.ids where id > maxID { maxID = id } }
        var count: Int32 = 0
        var out = (fs, ft)
        if Int(maxID) < 8 * total {
            // Long texts: a table over the whole vocabulary is cheaper than hashing every id.
            var table = [Int32](repeating: -1, count: Int(maxID) + 1)
            func renumber(_ f: inout SentenceFeatures) {
                for k in f.ids.indices {
                    let id = Int(f.ids[k])
                    if table[id] < 0 { table[id] = count; count += 1 }
                    f.ids[k] = table[id]
                }
            }
            for x in out.0.indices { renumber(&out.0[x]) }
            for x in out.1.indices { renumber(&out.1[x]) }
        } else {
            var table: [Int32: Int32] = [:]
            func renumber(_ f: inout SentenceFeatures) {
                for k in f.ids.indices {
                    let id = f.ids[k]
                    if let d = table[id] { f.ids[k] = d } else { table[id] = count; f.ids[k] = count; count += 1 }
                }
            }
            for x in out.0.indices { renumber(&out.0[x]) }
            for x in out.1.indices { renumber(&out.1[x]) }
        }
        return (out.0, out.1, Int(count))
    }

    /// Texts whose ids are dense in `0..<idCount` (see `densified`).
    /// Tokens weighing less than `minimumWeight` are kept in place but never looked for.
    init(_ fs: [SentenceFeatures], _ ft: [SentenceFeatures], idCount: Int, minimumWeight: Double = 0) {
        let dfS = Self.documentFrequency(fs, idCount), dfT = Self.documentFrequency(ft, idCount)
        var markers: [String: Int32] = [:]
        s = Self.side(fs, other: dfT, otherCount: ft.count, minimumWeight: minimumWeight, &markers)
        t = Self.side(ft, other: dfS, otherCount: fs.count, minimumWeight: minimumWeight, &markers)
        self.idCount = idCount
    }

    /// In how many sentences each id occurs.
    private static func documentFrequency(_ fs: [SentenceFeatures], _ idCount: Int) -> [Int32] {
        var df = [Int32](repeating: 0, count: idCount), lastSeen = [Int32](repeating: -1, count: idCount)
        for (x, f) in fs.enumerated() {
            for id in f.ids where lastSeen[Int(id)] != Int32(x) {
                lastSeen[Int(id)] = Int32(x)
                df[Int(id)] += 1
            }
        }
        return df
    }

    private static func side(_ fs: [SentenceFeatures], other df: [Int32], otherCount: Int, minimumWeight: Double,
                             _ markers: inout [String: Int32]) -> TextSide {
        var tokenStart = [0], weight: [Double] = [], idStart = [0], ids: [Int32] = [], setStart = [0], set: [Int32] = []
        var lengthPrefix = [0], carriedPrefix = [0], totalPrefix = [0.0], chancePrefix = [0.0], marker: [Int32] = []
        var seen = [Int32](repeating: -1, count: df.count)
        let rare = log(1e3)
        // Weights by the number of finds (all counts from the other text's size up weigh the same).
        var memo = [(Double, Double)](repeating: (-1, 0), count: otherCount + 1)
        let tokens = fs.reduce(0) { $0 + min($1.tokenCount, TokenMask.capacity) }
        weight.reserveCapacity(tokens)
        idStart.reserveCapacity(tokens + 1)
        ids.reserveCapacity(fs.reduce(0) { $0 + $1.ids.count })
        for (x, f) in fs.enumerated() {
            for id in f.ids {
                let d = Int(id)
                if df[d] > 0 && seen[d] != Int32(x) { seen[d] = Int32(x); set.append(Int32(d)) }
            }
            setStart.append(set.count)
            var previous = 0, total = 0.0, chance = 0.0
            for k in 0..<min(f.tokenCount, TokenMask.capacity) {
                let end = Int(f.tokenEnds[k])
                var found = 0
                for q in previous..<end { found += Int(df[Int(f.ids[q])]) }
                found = min(found, otherCount)
                if memo[found].0 < 0 {
                    let p = min(1, Double(found) / Double(max(1, otherCount)))
                    let w = min(1, -log(max(p, 1e-3)) / rare)
                    // What the word would find in an unrelated sentence: w·p, p = e^(−w·ln 1000).
                    memo[found] = w < minimumWeight ? (0, 0) : (w, w * exp(-w * rare))
                }
                let (w, ch) = memo[found]
                if w > 0 {
                    for q in previous..<end where df[Int(f.ids[q])] > 0 { ids.append(f.ids[q]) }
                }
                idStart.append(ids.count)
                weight.append(w)
                total += w
                chance += ch
                previous = end
            }
            tokenStart.append(weight.count)
            lengthPrefix.append(lengthPrefix[x] + f.length)
            carriedPrefix.append(carriedPrefix[x] + f.carried)
            totalPrefix.append(totalPrefix[x] + total)
            chancePrefix.append(chancePrefix[x] + chance)
            if let m = f.marker {
                let id = markers[m] ?? Int32(markers.count)
                markers[m] = id
                marker.append(id)
            } else {
                marker.append(-1)
            }
        }
        return TextSide(count: fs.count, lengthPrefix: lengthPrefix, carriedPrefix: carriedPrefix, marker: marker, introduces: fs.map(\.introduces), runsOn: fs.map(\.runsOn),
                        tokenStart: tokenStart, weight: weight, idStart: idStart, ids: ids, setStart: setStart, set: set,
                        totalPrefix: totalPrefix, chancePrefix: chancePrefix)
    }

    func total(_ i: Int, _ a: Int, _ j: Int, _ b: Int) -> Double {
        s.totalPrefix[i + a] - s.totalPrefix[i] + t.totalPrefix[j + b] - t.totalPrefix[j]
    }

    func chance(_ i: Int, _ a: Int, _ j: Int, _ b: Int) -> Double {
        (s.chancePrefix[i + a] - s.chancePrefix[i]) * Double(b) + (t.chancePrefix[j + b] - t.chancePrefix[j]) * Double(a)
    }
}

/// For every sentence pair a bead inside the search windows can hold: which tokens of the source
/// sentence find a translation in the target one and the reverse, and the weight of both finds.
///
/// Built from the other side's id lists (which sentences hold each id) rather than pair by pair:
/// the work follows the finds, and most tokens find nothing in most sentences.
struct PairEvidence {
    private let texts: TextPair
    /// Row x holds targets `lo[x]..<end[x]`, stored from `start[x]`.
    private let lo: [Int], end: [Int], start: [Int]
    private let source: [TokenMask], target: [TokenMask]
    private let weights: [Double]

    init(_ texts: TextPair, _ w: Windows) {
        self.texts = texts
        let s = texts.s, t = texts.t, n = s.count, m = t.count
        // A bead ending in row i starts at most four rows up and reaches row i's window.
        var lo = [Int](repeating: 0, count: n), end = [Int](repeating: 0, count: n), start = [Int](repeating: 0, count: n + 1)
        for x in 0..<n {
            lo[x] = min(m, w.lo[max(0, x - 3)])
            end[x] = max(lo[x], min(m, w.hi[min(n, x + 4)]))
            start[x + 1] = start[x] + end[x] - lo[x]
        }
        var source = [TokenMask](repeating: TokenMask(), count: start[n]), target = source
        var weights = [Double](repeating: 0, count: start[n])
        let holdersT = Holders(t, texts.idCount), holdersS = Holders(s, texts.idCount)
        var cursorT = holdersT.start, cursorS = holdersS.start
        // Buffers, not arrays, in the loops below: they write millions of times.
        source.withUnsafeMutableBufferPointer { source in target.withUnsafeMutableBufferPointer { target in
        weights.withUnsafeMutableBufferPointer { weights in cursorT.withUnsafeMutableBufferPointer { cursor in
            // Source tokens found in target sentences: for each id of a token, the sentences of the
            // row's band that hold it. Bands only move forward, and so does each id's cursor.
            for x in 0..<n {
                let k0 = s.tokenStart[x], l = lo[x], e = end[x], base = start[x]
                for k in k0..<s.tokenStart[x + 1] {
                    let bit = k - k0, wk = s.weight[k]
                    for q in s.idStart[k]..<s.idStart[k + 1] {
                        let id = Int(s.ids[q])
                        var h = cursor[id]
                        let last = holdersT.start[id + 1]
                        while h < last, holdersT.sentence[h] < l { h += 1 }
                        cursor[id] = h
                        while h < last {
                            let y = holdersT.sentence[h]
                            if y >= e { break }
                            let c = base + y - l
                            if !source[c].contains(bit) { source[c].insert(bit); weights[c] += wk }
                            h += 1
                        }
                    }
                }
            }
        }
        cursorS.withUnsafeMutableBufferPointer { cursor in
            // Target tokens found in source sentences: the rows whose band holds y are first..<after.
            var first = 0, after = 0
            for y in 0..<m {
                while first < n, end[first] <= y { first += 1 }
                while after < n, lo[after] <= y { after += 1 }
                let k0 = t.tokenStart[y]
                for k in k0..<t.tokenStart[y + 1] {
                    let bit = k - k0, wk = t.weight[k]
                    for q in t.idStart[k]..<t.idStart[k + 1] {
                        let id = Int(t.ids[q])
                        var h = cursor[id]
                        let last = holdersS.start[id + 1]
                        while h < last, holdersS.sentence[h] < first { h += 1 }
                        cursor[id] = h
                        while h < last {
                            let x = holdersS.sentence[h]
                            if x >= after { break }
                            let c = start[x] + y - lo[x]
                            if !target[c].contains(bit) { target[c].insert(bit); weights[c] += wk }
                            h += 1
                        }
                    }
                }
            }
        } } } }
        self.lo = lo
        self.end = end
        self.start = start
        self.source = source
        self.target = target
        self.weights = weights
    }

    /// Weight of the tokens of x found in y and of those of y found in x.
    @inline(__always)
    func weight(_ x: Int, _ y: Int) -> Double {
        if y >= lo[x] && y < end[x] { return weights[start[x] + y - lo[x]] }
        let (a, b) = computed(x, y)
        return a.weightedCount(texts.s.weight, texts.s.tokenStart[x]) + b.weightedCount(texts.t.weight, texts.t.tokenStart[y])
    }

    @inline(__always)
    private func masks(_ x: Int, _ y: Int) -> (TokenMask, TokenMask) {
        if y >= lo[x] && y < end[x] { let c = start[x] + y - lo[x]; return (source[c], target[c]) }
        return computed(x, y)
    }

    /// The weight of the tokens found across a bead: each token counts once, however many
    /// sentences of the other side hold its translation.
    func unionWeight(_ i: Int, _ a: Int, _ j: Int, _ b: Int) -> Double {
        if a == 1 && b == 1 { return weight(i, j) }
        var sum = 0.0
        for x in i..<(i + a) {
            var mask = TokenMask()
            for y in j..<(j + b) { mask.formUnion(masks(x, y).0) }
            sum += mask.weightedCount(texts.s.weight, texts.s.tokenStart[x])
        }
        for y in j..<(j + b) {
            var mask = TokenMask()
            for x in i..<(i + a) { mask.formUnion(masks(x, y).1) }
            sum += mask.weightedCount(texts.t.weight, texts.t.tokenStart[y])
        }
        return sum
    }

    /// The sentences holding each id, in order: `sentence[start[id]..<start[id + 1]]`.
    private struct Holders {
        let start: [Int], sentence: [Int]
        init(_ side: TextSide, _ idCount: Int) {
            var start = [Int](repeating: 0, count: idCount + 1)
            for id in side.set { start[Int(id) + 1] += 1 }
            for k in 0..<idCount { start[k + 1] += start[k] }
            var fill = start, sentence = [Int](repeating: 0, count: side.set.count)
            for x in 0..<side.count {
                for q in side.setStart[x]..<side.setStart[x + 1] {
                    let id = Int(side.set[q])
                    sentence[fill[id]] = x
                    fill[id] += 1
                }
            }
            self.start = start
            self.sentence = sentence
        }
    }

    /// A pair outside the stored band (the crossing test, a second-pass window that reaches past
    /// the first pass's): computed directly.
    private func computed(_ x: Int, _ y: Int) -> (TokenMask, TokenMask) {
        func found(_ a: TextSide, _ p: Int, in b: TextSide, _ q: Int) -> TokenMask {
            let other = b.set[b.setStart[q]..<b.setStart[q + 1]]
            var mask = TokenMask()
            for k in a.tokenStart[p]..<a.tokenStart[p + 1] where a.ids[a.idStart[k]..<a.idStart[k + 1]].contains(where: other.contains) {
                mask.insert(k - a.tokenStart[p])
            }
            return mask
        }
        return (found(texts.s, x, in: texts.t, y), found(texts.t, y, in: texts.s, x))
    }
}

/// Which of a sentence's tokens (the first 128) found a translation.
struct TokenMask {
    static let capacity = 128
    var lo: UInt64 = 0, hi: UInt64 = 0
    mutating func insert(_ k: Int) {
        if k < 64 { lo |= 1 << UInt64(k) } else if k < 128 { hi |= 1 << UInt64(k - 64) }
    }
    mutating func formUnion(_ o: TokenMask) { lo |= o.lo; hi |= o.hi }
    @inline(__always) func contains(_ k: Int) -> Bool { k < 64 ? lo & (1 << UInt64(k)) != 0 : hi & (1 << UInt64(k - 64)) != 0 }
    @inline(__always)
    func weightedCount(_ w: [Double], _ base: Int) -> Double {
        var sum = 0.0
        var bits = lo
        while bits != 0 { let k = bits.trailingZeroBitCount; sum += w[base + k]; bits &= bits - 1 }
        bits = hi
        while bits != 0 { let k = bits.trailingZeroBitCount; sum += w[base + 64 + k]; bits &= bits - 1 }
        return sum
    }
}
