/// The matching view of a text: what lexicons, cues and quote rules compare against.
///
/// Normalization never replaces the original. ``NormalizedText`` keeps a two-way offset map, so a match
/// found in the normalized view always reports a range of original scalars.
///
/// Rules, in order:
/// 1. NFKC with case folding and removal of default-ignorable code points (ICU `nfkc_cf`): presentation
///    forms and ligatures decompose, ZWNJ/ZWJ and bidi controls (LRM, RLM, ALM, embeddings, isolates)
///    disappear, Latin letters lower-case.
/// 2. Arabic diacritics (harakat U+064B–U+065F, superscript alef U+0670, Quranic marks) and tatweel
///    U+0640 are removed.
/// 3. Letter folding: `أ إ آ ٱ ٲ ٳ ٵ → ا`, `ى ی ې ۍ ێ → ي`, `ک → ك`, `ة ۀ ہ ە → ه`.
/// 4. Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits → ASCII digits.
/// 5. Curly and modifier apostrophes `’ ‘ ʼ ′` → `'`.
public struct TextNormalizer: Sendable {
    public init() {}

    /// The single normalizer mizan uses everywhere.
    public static let standard = TextNormalizer()

    /// Normalizes `text`, keeping the offset map.
    public func normalize(_ text: DocumentText) -> NormalizedText {
        normalize(scalars: text.scalars)
    }

    /// Normalizes a string for comparison (lexicon terms, cue words). Same rules as the document view.
    public func normalize(_ string: String) -> String {
        String(scalars: normalize(scalars: Array(string.unicodeScalars)).scalars)
    }

    /// Normalizes a sequence of scalars.
    public func normalize(scalars source: [Unicode.Scalar]) -> NormalizedText {
        // Written straight into buffers with room for some growth (NFKC expands ligatures, `…`); a text
        // that grows more than that is done again with more room.
        let n = source.count
        var capacity = n + n / 4 + 16
        while true {
            var written = -1
            var scalars: [Unicode.Scalar] = []
            let origin = [Int32](unsafeUninitializedCapacity: capacity) { originBuffer, originCount in
                scalars = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { outBuffer, outCount in
                    written = Self.normalize(source, into: outBuffer, origin: originBuffer)
                    outCount = max(0, written)
                }
                originCount = max(0, written)
            }
            if written >= 0 { return NormalizedText(scalars: scalars, originalCount: n, origin: origin) }
            capacity *= 4
        }
    }

    /// Normalizes `scalars` into the buffers (with each written scalar's origin); returns the number of
    /// scalars written, or -1 when the buffers are too small.
    private static func normalize(_ scalars: [Unicode.Scalar], into out: UnsafeMutableBufferPointer<Unicode.Scalar>,
                                  origin: UnsafeMutableBufferPointer<Int32>) -> Int {
        let table = FoldTable.shared
        let n = scalars.count
        let capacity = out.count
        var k = 0
        return scalars.withUnsafeBufferPointer { source -> Int in
            var i = 0
            while i < n {
                // ASCII before ASCII (or the end) is a chunk of its own, and only A–Z change (to lower case).
                if let src = source.baseAddress, let dst = out.baseAddress, let org = origin.baseAddress {
                    (i, k) = table.withEntries { simpleRun(src, n, i, dst, org, k, capacity, entries: $0) }
                    guard i < n else { break }
                }
                let v = source[i].value
                if v < 0x80 && (i + 1 == n || source[i + 1].value < 0x80) {
                    guard k < capacity else { return -1 }
                    out[k] = Unicode.Scalar(UInt8(truncatingIfNeeded: v &- 0x41 < 26 ? v | 0x20 : v))
                    origin[k] = Int32(truncatingIfNeeded: i)
                    k &+= 1
                    i &+= 1
                    continue
                }
                // A chunk runs until the next scalar that NFKC can never combine with what precedes it.
                var j = i + 1
                while j < n && !table.hasBoundaryBefore(source[j]) { j += 1 }
                if j == i + 1, let entry = table.simple(source[i]) {
                    if let mapped = entry {
                        guard k < capacity else { return -1 }
                        out[k] = mapped
                        origin[k] = Int32(truncatingIfNeeded: i)
                        k &+= 1
                    }
                } else {
                    for scalar in table.normalizeChunk(scalars[i..<j]) {
                        guard k < capacity else { return -1 }
                        out[k] = scalar
                        origin[k] = Int32(truncatingIfNeeded: i)
                        k &+= 1
                    }
                }
                i = j
            }
            return k
        }
    }

    /// Normalizes from `i` on while every chunk is a single scalar with a simple table entry (the text
    /// most news is made of), with the same results as the general loop, and returns where it stopped.
    /// A loop of its own so that its few values stay in registers.
    @inline(never)
    private static func simpleRun(_ src: UnsafePointer<Unicode.Scalar>, _ n: Int, _ i: Int, _ out: UnsafeMutablePointer<Unicode.Scalar>,
                                  _ origin: UnsafeMutablePointer<Int32>, _ k: Int, _ capacity: Int,
                                  entries: UnsafeBufferPointer<UInt32>) -> (Int, Int) {
        var i = i, k = k
        while i < n && k < capacity {
            let v = src[i].value
            let last = i + 1 == n
            let next = last ? 0 : src[i + 1].value
            if v < 0x80 && next < 0x80 {
                // ASCII before ASCII (or the end): only A–Z change.
                out[k] = Unicode.Scalar(UInt8(truncatingIfNeeded: v &- 0x41 < 26 ? v | 0x20 : v))
                origin[k] = Int32(truncatingIfNeeded: i)
                k += 1
                i += 1
                continue
            }
            // A chunk of one scalar: the next one (if any) never combines with it.
            guard v < 0x10000, last || (next < 0x10000 && entries[Int(next)] & (1 << 31) != 0) else { break }
            let e = entries[Int(v)]
            switch (e >> 29) & 3 {
            case 0:
                out[k] = Unicode.Scalar(e & 0x1F_FFFF).unsafelyUnwrapped
                origin[k] = Int32(truncatingIfNeeded: i)
                k += 1
            case 1:
                break  // removed
            default:
                return (i, k)
            }
            i += 1
        }
        return (i, k)
    }

    /// Rule 2–5 for one scalar already in NFKC-casefold form: nil when it is removed.
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        switch v {
        case 0x064B...0x065F, 0x0670, 0x0640, 0x06D6...0x06DC, 0x06DF...0x06E8, 0x06EA...0x06ED:
            return nil
        case 0x200B...0x200F, 0x061C, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF:
            return nil
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673, 0x0675:
            return "\u{0627}"
        case 0x0649, 0x06CC, 0x06D0, 0x06CD, 0x06CE:
            return "\u{064A}"
        case 0x06A9:
            return "\u{0643}"
        case 0x0629, 0x06C0, 0x06C1, 0x06D5:
            return "\u{0647}"
        case 0x0660...0x0669:
            return Unicode.Scalar(v - 0x0660 + 0x30)
        case 0x06F0...0x06F9:
            return Unicode.Scalar(v - 0x06F0 + 0x30)
        case 0x2019, 0x2018, 0x02BC, 0x2032:
            return "'"
        default:
            return s
        }
    }
}

/// A normalized view of a text with its offset map back to the original (and forward from it).
///
/// Offsets on both sides are Unicode scalar offsets. Every normalized scalar comes from a *chunk* of
/// original scalars (usually one; more when NFKC composes); a chunk may also produce nothing (a removed
/// diacritic) or several scalars (a ligature). Removed scalars belong to the range of the scalar before
/// them, so a word's original range includes its diacritics and tatweel.
public struct NormalizedText: Sendable, Equatable {
    /// The normalized scalars.
    public let scalars: [Unicode.Scalar]
    /// Length of the original text in scalars.
    public let originalCount: Int
    /// For normalized offset `i`: start of the original chunk it came from (non-decreasing).
    let origin: [Int32]

    public var count: Int { scalars.count }

    /// The normalized text as a string.
    public var string: String { String(scalars: scalars) }

    /// Where the original text of normalized scalar `i` ends: at the next normalized scalar from a
    /// different chunk, or at the end of the text.
    @inline(__always)
    private func originEnd(_ i: Int) -> Int {
        let start = origin[i]
        var k = i + 1
        while k < count && origin[k] == start { k += 1 }
        return k < count ? Int(origin[k]) : originalCount
    }

    /// The original range that the normalized range `[start, end)` was made from. Always within bounds;
    /// an empty normalized range maps to an empty original range at the corresponding position.
    public func originalRange(_ start: Int, _ end: Int) -> TextRange {
        let s = max(0, min(start, count))
        let e = max(s, min(end, count))
        if s == e {
            let pos = s < count ? Int(origin[s]) : originalCount
            return TextRange(pos, pos)
        }
        return TextRange(Int(origin[s]), originEnd(e - 1))
    }

    public func originalRange(_ range: Range<Int>) -> TextRange { originalRange(range.lowerBound, range.upperBound) }

    /// The normalized range covering the original range (widened to whole chunks).
    public func normalizedRange(_ original: TextRange) -> Range<Int> {
        let a = max(0, min(original.start, originalCount))
        let b = max(a, min(original.end, originalCount))
        // First normalized scalar whose original range ends after `a`; first whose chunk starts at or after `b`.
        var lo = firstIndex { $0 > a } // origin > a
        if lo > 0 && originEnd(lo - 1) > a { lo -= 1 }
        while lo > 0 && lo < count && origin[lo - 1] == origin[lo] { lo -= 1 }
        var hi = b == a ? lo : firstIndex { $0 >= b }
        if hi < lo { hi = lo }
        return lo..<hi
    }

    /// ``normalizedRange(_:)`` of each range, for ranges sorted by start and not overlapping (tokens):
    /// one linear pass instead of two binary searches per range.
    public func normalizedRanges(_ ranges: [TextRange]) -> [Range<Int>] {
        let originalCount = originalCount
        return origin.withUnsafeBufferPointer { origin -> [Range<Int>] in
            let count = origin.count
            var out: [Range<Int>] = []
            out.reserveCapacity(ranges.count)
            // With `origin` non-decreasing, ``normalizedRange(_:)`` comes down to two searches: `p`, the
            // first index whose origin is above the range's start, and `hi`, the first (from `p` on) whose
            // origin reaches its end. For ranges sorted by start both only move forward, so each scalar is
            // passed over about once. `q` and `lastEnd` are where the last end search stopped and for which
            // end: every index before `q` has an origin below `lastEnd`.
            var p = 0, q = 0, lastEnd = Int.max
            var previousStart = Int.min
            // The offset between the texts at the last range (normalization mostly keeps scalars one for
            // one, so it usually holds for the next range too).
            var shift = 0
            for r in ranges {
                guard r.start >= previousStart else { return ranges.map(normalizedRange) }
                previousStart = r.start
                let a = max(0, min(r.start, originalCount))
                let b = max(a, min(r.end, originalCount))
                // Fast path: with `first = a - shift` and `last = b - shift`, the range maps to
                // `first..<last` when the scalars at its edges came one for one: `first` starts at `a`
                // and its successor after it (so `first + 1` is the first origin above `a`, and `first`
                // the scalar whose chunk holds `a`), the scalar before `first` starts before `a` (no
                // chunk to widen to), and `last` is the first scalar starting at or after `b`. What lies
                // between the edges does not matter.
                let first = a - shift, last = b - shift
                if b > a && first >= 0 && first + 1 < count && last > first && last <= count
                    && Int(origin[first]) == a && Int(origin[first + 1]) > a && (first == 0 || Int(origin[first - 1]) < a)
                    && Int(origin[last - 1]) < b && (last == count || Int(origin[last]) >= b) {
                    out.append(first..<last)
                    // The walk's state as if it had found them.
                    p = first + 1
                    q = last
                    lastEnd = b
                    continue
                }
                // A range starting at or after the last end skips the scalars that search passed.
                if a >= lastEnd && q > p { p = q }
                while p < count && Int(origin[p]) <= a { p += 1 }
                // The scalar before `p` ends after `a` unless it is the last one and `a` is the text's end
                // (a scalar before a later one ends where that one's chunk starts, above `a`); the range
                // then starts at its chunk.
                var lo = p
                if lo > 0 && (lo < count || originalCount > a) {
                    lo -= 1
                    while lo > 0 && origin[lo - 1] == origin[lo] { lo -= 1 }
                }
                var hi = lo
                if b > a {
                    hi = p
                    while hi < count && Int(origin[hi]) < b { hi += 1 }
                    q = hi
                    lastEnd = b
                }
                out.append(lo..<max(lo, hi))
                shift = a - lo
            }
            return out
        }
    }

    /// The first normalized index whose origin satisfies `predicate` (monotone), or `count`.
    private func firstIndex(_ predicate: (Int) -> Bool) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if predicate(Int(origin[mid])) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// Original offset where normalized offset `i` starts (for `i == count`, the original length).
    public func originalOffset(_ i: Int) -> Int { i < count ? Int(origin[i]) : originalCount }
}

/// Precomputed normalization of every BMP scalar, so the common case is one table lookup.
final class FoldTable: Sendable {
    static let shared = FoldTable()

    // Per BMP scalar: bit 31 = boundary before, bits 29–30 = kind (0 single, 1 removed, 2 complex),
    // bits 0–20 = mapped scalar for kind 0.
    private let entries: [UInt32]

    private init() {
        var entries = [UInt32](repeating: 0, count: 0x10000)
        // ICU writes each scalar's normalization into one reused buffer (NFKC_Casefold expands a BMP
        // scalar to at most 18 UTF-16 units, U+FDFA): no allocation per scalar, which made building
        // this table a tenth of a process's start-up.
        var buffer = [UInt16](repeating: 0, count: 64)
        buffer.withUnsafeMutableBufferPointer { out in
            for v in 0..<0x10000 {
                guard let s = Unicode.Scalar(UInt32(v)) else {
                    entries[v] = (1 << 31) | (2 << 29)  // surrogate code units never occur as scalars
                    continue
                }
                var e: UInt32 = ICU.nfkcCasefoldHasBoundaryBefore(s) ? (1 << 31) : 0
                // The scalars of the normalized form, and how many survive folding (the last kept).
                var scalars = 0, kept = 0
                var last = s
                if let n = ICU.nfkcCasefold(UInt16(v), into: out) {
                    var i = 0
                    while i < n {
                        var c = UInt32(out[i])
                        i += 1
                        if c & 0xFC00 == 0xD800 && i < n && out[i] & 0xFC00 == 0xDC00 {
                            c = 0x10000 + ((c - 0xD800) << 10) + (UInt32(out[i]) - 0xDC00)
                            i += 1
                        }
                        scalars += 1
                        if let f = Unicode.Scalar(c).flatMap(TextNormalizer.fold) { kept += 1; last = f }
                    }
                } else {
                    kept = 2  // not expected from ICU; the full path will handle it
                }
                if kept == 0 {
                    e |= 1 << 29
                } else if kept == 1 && scalars == 1 {
                    e |= last.value
                } else {
                    e |= 2 << 29
                }
                entries[v] = e
            }
        }
        self.entries = entries
    }

    /// Calls `body` with the table: per BMP scalar, bit 31 has-boundary-before, bits 29–30 the kind
    /// (0 maps to the scalar in bits 0–20, 1 removed, 2 needs ICU).
    @inline(__always)
    func withEntries<R>(_ body: (UnsafeBufferPointer<UInt32>) -> R) -> R { entries.withUnsafeBufferPointer(body) }

    @inline(__always)
    func hasBoundaryBefore(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x10000 { return entries[Int(v)] & (1 << 31) != 0 }
        return ICU.nfkcCasefoldHasBoundaryBefore(s)
    }

    /// The normalized form of a scalar that forms a chunk of its own: `.some(nil)` when it is removed,
    /// `nil` when it needs the full (ICU) path.
    @inline(__always)
    func simple(_ s: Unicode.Scalar) -> Unicode.Scalar?? {
        let v = s.value
        guard v < 0x10000 else { return nil }
        let e = entries[Int(v)]
        switch (e >> 29) & 3 {
        case 0: return .some(Unicode.Scalar(e & 0x1F_FFFF))
        case 1: return .some(nil)
        default: return nil
        }
    }

    /// Full normalization of a chunk through ICU.
    func normalizeChunk(_ chunk: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        var units = [UInt16]()
        for s in chunk { units.append(contentsOf: UTF16.encode(s)!) }
        let normalized = ICU.nfkcCasefold(units)
        return String(decoding: normalized, as: UTF16.self).unicodeScalars.compactMap(TextNormalizer.fold)
    }
}
