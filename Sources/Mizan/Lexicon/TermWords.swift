import CICU

/// Word tokens of a normalized text as the lexicon matcher sees them: maximal runs of letters, digits,
/// combining marks and apostrophes, with apostrophes trimmed from both ends (`'thugs'` → `thugs`).
///
/// Offsets are into the normalized scalars. Two neighbouring tokens are *linked* — a multiword term may
/// continue across the gap — when the gap holds only spaces and hyphens or dashes (no line break, no
/// other punctuation): `الصهيو ـ أميركية` (tatweel is gone from the normalized view), `Zionist-American`.
struct TermWords {
    /// One token.
    struct Item {
        /// Normalized start offset.
        var start: Int32
        /// Normalized end offset (exclusive).
        var end: Int32
        /// The word packed into 128 bits, for memoizing repeated words (see ``code``).
        var key0: UInt64
        var key1: UInt64
        /// A 32-bit hash of the packed word (``hash32(_:_:_:)``; 0 when the word is not packed): it picks the
        /// word's memo set. 32 bits keep the item at 32 bytes, so fewer bytes are written and read per
        /// token; the memo compares the key itself, so the hash need not identify the word.
        var hash: UInt32
        /// How the word is packed: its length for a byte per scalar (ASCII as is, U+0600–U+067F as
        /// 0x80–0xFF; up to 16 scalars), its length with 0x80 set for 16 bits per BMP scalar (up to 8),
        /// ``unpacked`` otherwise. Equal codes and keys mean the same word.
        var code: UInt8
        /// The next token may continue a term that this token is part of.
        var linked: Bool
    }

    /// The ``Item/code`` of a word that does not fit in 128 bits.
    static var unpacked: UInt8 { 255 }

    var items: [Item] = []

    var count: Int { items.count }

    init() {}

    /// Tokenizes normalized scalars.
    /// - Parameter byMasks: which tokenizer to use (for tests; both give the same tokens), nil for the usual choice.
    init(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, byMasks: Bool? = nil) {
        let n = scalars.count
        guard n > 0 else { return }
        // Tokens are separated by at least one scalar: at most (n + 1) / 2 of them.
        items = [Item](unsafeUninitializedCapacity: n / 2 + 1) { buffer, initialized in
            let out = buffer.baseAddress!
            var sink = Store(out: out)
            switch byMasks {
            case nil: Self.scan(scalars, into: &sink)
            case true?: Self.scanByMasks(scalars.baseAddress!, n, &sink)
            case false?: Self.scanByScalars(scalars.baseAddress!, n, &sink)
            }
            initialized = sink.count
        }
    }

    /// Stores every token, with its link.
    private struct Store: TermWordSink {
        let out: UnsafeMutablePointer<Item>
        var count = 0

        @inline(__always)
        mutating func add(_ item: Item, joined: Bool) {
            if count > 0 { out[count &- 1].linked = joined }
            (out + count).initialize(to: item)
            count &+= 1
        }
    }

    /// Gives `sink` every token of normalized scalars, in order (``TermWordSink``). The matcher probes its
    /// word memo right there, so that a token without candidates (most of them) is never stored;
    /// ``init(_:byMasks:)`` stores them all.
    ///
    /// Two tokenizers give the same tokens: ``scanByMasks(_:_:_:)`` classifies sixteen ASCII scalars at
    /// once, which suits English; ``scanByScalars(_:_:_:)`` takes one table load per scalar, which suits
    /// Arabic. A text whose first 64 scalars are at least three quarters ASCII goes to the first.
    @inline(__always)
    static func scan<Sink: TermWordSink>(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, into sink: inout Sink) {
        let n = scalars.count
        guard n > 0, let text = scalars.baseAddress else { return }
        // Offsets are kept in 32 bits (and the arithmetic below cannot overflow).
        precondition(n < Int(Int32.max), "text too long for the term matcher")
        let sample = min(n, 64)
        var high = 0
        for k in 0..<sample { high &+= text[k].value >= 0x80 ? 1 : 0 }
        if high &* 4 <= sample {
            scanByMasks(text, n, &sink)
        } else {
            scanByScalars(text, n, &sink)
        }
    }

    /// ``scan(_:into:)`` by bit masks. Two passes: the first (``classify(_:_:_:_:_:)``) turns the text
    /// into bit masks, 64 scalars per word of each mask, and writes the byte each scalar packs to
    /// (``KindTable``). The second finds each word as a run of word bits — a count of trailing zeros to
    /// its start and another to its end, with no test per scalar, so the end of a word costs no
    /// mispredicted branch — reads one bit for its link and one for its packing, and takes a packed
    /// word's key from the bytes with two loads masked to its length.
    @inline(__always)
    static func scanByMasks<Sink: TermWordSink>(_ text: UnsafePointer<Unicode.Scalar>, _ n: Int, _ sink: inout Sink) {
        // One bit past the text (where the last word ends at the latest).
        let chunks = (n >> 6) + 1
        // 16 bytes past the text, so that a key's two loads stay inside.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n + 16) { byteBuffer in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Masks.count * chunks) { maskBuffer in
                let masks = Masks(maskBuffer.baseAddress!, chunks)
                let bytes = byteBuffer.baseAddress!
                classify(text, n, chunks, masks, bytes)
                walk(text, chunks, masks, bytes, &sink)
            }
        }
    }

    /// Bit masks over a text, bit `k & 63` of word `k >> 6` for position `k` (up to the text's length).
    struct Masks {
        static var count: Int { 5 }
        /// Word scalars (`.` and `,` between two digits included, once classified); clear past the text.
        let word: UnsafeMutablePointer<UInt64>
        /// Joiners while classifying; then the word scalars that start a run after a gap holding a scalar
        /// that is neither a word scalar nor a joiner (the gap does not link the words around it).
        let unlinked: UnsafeMutablePointer<UInt64>
        /// Word scalars that do not pack to a byte while classifying; then the positions where a run of
        /// word scalars holding one ends.
        let unpacked: UnsafeMutablePointer<UInt64>
        /// ASCII digits, and `.` and `,` (needed only while classifying).
        let digit: UnsafeMutablePointer<UInt64>
        let dot: UnsafeMutablePointer<UInt64>

        init(_ base: UnsafeMutablePointer<UInt64>, _ chunks: Int) {
            word = base
            unlinked = base + chunks
            unpacked = base + 2 * chunks
            digit = base + 3 * chunks
            dot = base + 4 * chunks
        }

        /// Bit `k` of `mask`.
        @inline(__always)
        static func bit(_ mask: UnsafeMutablePointer<UInt64>, _ k: Int) -> Bool {
            (mask[k &>> 6] &>> UInt64(truncatingIfNeeded: k & 63)) & 1 != 0
        }
    }

    /// Fills the masks and bytes of `text[0..<n]` (`chunks` words per mask). Sixty-four scalars are
    /// classified at once (`mizan_classify64`, which knows ASCII); those at or above U+0080 then one by
    /// one through the table, and so are the text's last scalars.
    @inline(__always)
    private static func classify(_ text: UnsafePointer<Unicode.Scalar>, _ n: Int, _ chunks: Int, _ masks: Masks,
                                 _ bytes: UnsafeMutablePointer<UInt8>) {
        let table = KindTable.shared.entries
        /// Sets the bits of scalar `k` (lane `lane` of its 64) from its table entry.
        @inline(__always) func one(_ k: Int, _ word: inout UInt64, _ joiner: inout UInt64, _ unpacked: inout UInt64) {
            let c = text[k]
            let e = c.value < 0x10000 ? table[Int(truncatingIfNeeded: c.value)] : KindTable.entry(c)
            bytes[k] = UInt8(truncatingIfNeeded: e)
            let lane = UInt64(truncatingIfNeeded: k & 63)
            let isWord = UInt64(truncatingIfNeeded: e &>> 9) & 1  // KindTable.word
            let packs = UInt64(truncatingIfNeeded: e &>> 8) & 1  // KindTable.packedWord
            word |= isWord &<< lane
            unpacked |= (isWord & ~packs) &<< lane
            joiner |= (UInt64(truncatingIfNeeded: e &>> 10) & 1) &<< lane  // KindTable.joiner
        }
        for c in 0..<chunks {
            var word: UInt64 = 0, joiner: UInt64 = 0, unpacked: UInt64 = 0, digit: UInt64 = 0, dot: UInt64 = 0
            var start = c &<< 6
            let end = min(start &+ 64, n)
            if end &- start == 64 {
                var high = mizan_classify64(UnsafeRawPointer(text + start), bytes + start, &word, &joiner, &digit, &dot)
                while high != 0 {
                    one(start &+ high.trailingZeroBitCount, &word, &joiner, &unpacked)
                    high &= high &- 1
                }
                start = end
            }
            // The text's last scalars (fewer than 64), one by one.
            while start < end {
                one(start, &word, &joiner, &unpacked)
                let lane = UInt64(truncatingIfNeeded: start & 63)
                let v = text[start]
                if isDigit(v) { digit |= 1 &<< lane }
                if v == "." || v == "," { dot |= 1 &<< lane }
                start &+= 1
            }
            masks.word[c] = word
            masks.unlinked[c] = joiner
            masks.unpacked[c] = unpacked
            masks.digit[c] = digit
            masks.dot[c] = dot
        }
        // `.` and `,` between two digits belong to the number's word. Then two additions, carried from
        // word to word, mark runs by what they hold: adding a gap's separators (scalars that are neither
        // word scalars nor joiners, all inside gaps) to the gaps carries out of each gap holding one into
        // the word scalar after it; adding a word's unpacked scalars to the words carries out of each such
        // word into the position after it.
        var gapCarry = false, wordCarry = false
        for c in 0..<chunks {
            let d = masks.digit[c]
            let before = (d &<< 1) | (c > 0 ? masks.digit[c &- 1] &>> 63 : 0)
            let after = (d &>> 1) | (c &+ 1 < chunks ? masks.digit[c &+ 1] &<< 63 : 0)
            let word = masks.word[c] | (masks.dot[c] & before & after)
            masks.word[c] = word
            let live = n &- (c &<< 6)
            let valid: UInt64 = live >= 64 ? ~0 : (1 &<< UInt64(truncatingIfNeeded: live)) &- 1
            let separators = ~(word | masks.unlinked[c]) & valid
            var (sum, o1) = (~word).addingReportingOverflow(separators)
            var o2 = false
            if gapCarry { (sum, o2) = sum.addingReportingOverflow(1) }
            gapCarry = o1 || o2
            masks.unlinked[c] = sum & word
            (sum, o1) = word.addingReportingOverflow(masks.unpacked[c])
            o2 = false
            if wordCarry { (sum, o2) = sum.addingReportingOverflow(1) }
            wordCarry = o1 || o2
            masks.unpacked[c] = sum & ~word
        }
    }

    /// The second pass of ``scan(_:into:)``: every run of word bits, apostrophes trimmed from its ends.
    @inline(__always)
    private static func walk<Sink: TermWordSink>(_ text: UnsafePointer<Unicode.Scalar>, _ chunks: Int, _ masks: Masks,
                                                 _ bytes: UnsafeMutablePointer<UInt8>, _ sink: inout Sink) {
        var gapLinkable = false  // whether the gap since the last token only holds joiners
        var position = 0  // where the last word (or the text) ended
        while true {
            // The next word's start…
            var c = position &>> 6
            guard c < chunks else { return }
            var bits = masks.word[c] & (~0 &<< UInt64(truncatingIfNeeded: position & 63))
            while bits == 0 {
                c &+= 1
                guard c < chunks else { return }
                bits = masks.word[c]
            }
            let i = c &<< 6 | bits.trailingZeroBitCount
            if Masks.bit(masks.unlinked, i) { gapLinkable = false }
            // …and its end (at the text's end at the latest: bits past it are clear).
            bits = ~masks.word[c] & (~0 &<< UInt64(truncatingIfNeeded: i & 63))
            while bits == 0 {
                c &+= 1
                bits = ~masks.word[c]
            }
            let j = c &<< 6 | bits.trailingZeroBitCount
            position = j
            let length = j &- i
            // The first and last bytes of a packed word: a byte 0x27 can only be an apostrophe.
            if length <= 16 && bytes[i] != 0x27 && bytes[j &- 1] != 0x27 && !Masks.bit(masks.unpacked, j) {
                let raw = UnsafeRawPointer(bytes + i)
                // The key's bytes past the word cleared: 8 × length bits in all.
                let key0 = raw.loadUnaligned(as: UInt64.self) & (~0 &>> UInt64(truncatingIfNeeded: (64 &- (min(length, 8) &<< 3)) & 63))
                let key1 = length <= 8 ? 0
                    : raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self) & (~0 &>> UInt64(truncatingIfNeeded: 128 &- (length &<< 3)))
                sink.add(packedItem(i, j, key0, key1), joined: gapLinkable)
            } else {
                guard let (a, b) = withoutEndApostrophes(text, i, j) else { continue }
                sink.add(item(text, a, b), joined: gapLinkable)
            }
            gapLinkable = true
        }
    }

    /// ``scan(_:into:)`` scalar by scalar. One table load per scalar (``KindTable``) gives both its kind and the byte it packs to. A word's
    /// bytes are shifted into a 128-bit register (`key1:key0`, newest byte on top) with no test of the
    /// word's length: at the word's end the register is shifted down so that the first scalar is in the
    /// lowest byte, and a word with a scalar outside the packing or over 16 scalars takes the slow path
    /// (``item(_:_:_:)``). The loop over a word's scalars tests one bit per scalar: the entries of word
    /// scalars that pack to a byte have ``KindTable/packedWord``, and anything else (another word scalar,
    /// `.`/`,` between digits, the word's end) leaves the loop.
    @inline(__always)
    static func scanByScalars<Sink: TermWordSink>(_ text: UnsafePointer<Unicode.Scalar>, _ n: Int, _ sink: inout Sink) {
        // Nearly every text is in the BMP, whose scalars index the table directly: checked once for the
        // whole text (16 bytes at a time), so that the loop has no test for astral scalars.
        if isBMP(text, n) {
            scan(text, n, bmp: true, &sink)
        } else {
            scan(text, n, bmp: false, &sink)
        }
    }

    /// ``scan(_:_:)`` of a text known to be in the BMP (`bmp`) or not.
    @inline(__always)
    private static func scan<Sink: TermWordSink>(_ text: UnsafePointer<Unicode.Scalar>, _ n: Int, bmp: Bool, _ sink: inout Sink) {
        let table = KindTable.shared.entries
        @inline(__always) func entry(_ k: Int) -> UInt16 {
            let v = text[k].value
            if bmp { return table[Int(truncatingIfNeeded: v)] }
            return v < 0x10000 ? table[Int(truncatingIfNeeded: v)] : KindTable.entry(text[k])
        }
        /// Whether the scalar at `k` ends any word that reaches it: not a word scalar, and not `.`/`,` between
        /// two digits.
        @inline(__always) func stops(_ k: Int) -> Bool {
            let e = entry(k)
            if e & KindTable.word != 0 { return false }
            return e & KindTable.numberPunctuation == 0 || !continuesNumber(text, k, n)
        }
        // A word that starts before the last scalar that stops words ends at or before it: the loop over
        // its scalars needs no test of the text's end. (Most texts end with such a scalar.)
        var fence = n &- 1
        while fence >= 0 && !stops(fence) { fence &-= 1 }

        var gapLinkable = false  // whether the gap since the last token only holds joiners
        var i = 0
        while i < n {
            let e = entry(i)
            if e & KindTable.word == 0 {
                // `.` and `,` are word characters only between two digits, and then inside a word: in a
                // gap they separate.
                if e & KindTable.joiner == 0 { gapLinkable = false }
                i &+= 1
                continue
            }
            let j: Int, packable: Bool
            var key0: UInt64 = 0, key1: UInt64 = 0
            if i < fence {
                (j, packable) = wordEnd(text, n, i, e, &key0, &key1, bounded: false, entry)
            } else {
                (j, packable) = wordEnd(text, n, i, e, &key0, &key1, bounded: true, entry)
            }
            let length = j &- i
            // The first and last bytes of a packed word: a byte 0x27 can only be an apostrophe.
            if packable && length <= 16 && UInt8(truncatingIfNeeded: e) != 0x27 && key1 &>> 56 != 0x27 {
                // The first scalar to the lowest byte: a 128-bit shift right by 128 − 8 × length (0…120),
                // without branches on the length.
                let s = UInt64(truncatingIfNeeded: 128 &- 8 &* length)
                let low = s & 63
                let shifted0 = (key0 &>> low) | ((key1 &<< 1) &<< (63 &- low))
                let shifted1 = key1 &>> low
                let wide = s >= 64
                key0 = wide ? shifted1 : shifted0
                key1 = wide ? 0 : shifted1
                sink.add(packedItem(i, j, key0, key1), joined: gapLinkable)
            } else {
                guard let (a, b) = withoutEndApostrophes(text, i, j) else { i = j; continue }
                sink.add(item(text, a, b), joined: gapLinkable)
            }
            gapLinkable = true
            i = j
        }
    }

    /// The end of the word that starts at `i` (whose entry is `e`), its bytes shifted into `key1:key0`
    /// (newest on top), and whether every scalar packs to a byte. `bounded`: whether the word may run to
    /// the text's end (else a scalar that stops it lies ahead).
    @inline(__always)
    private static func wordEnd(_ text: UnsafePointer<Unicode.Scalar>, _ n: Int, _ i: Int, _ e0: UInt16,
                                _ key0: inout UInt64, _ key1: inout UInt64, bounded: Bool,
                                _ entry: (Int) -> UInt16) -> (Int, Bool) {
        var e = e0
        var packable = e & KindTable.packedWord != 0
        var j = i
        while true {
            key0 = (key0 &>> 8) | (key1 &<< 56)
            key1 = (key1 &>> 8) | (UInt64(truncatingIfNeeded: e) &<< 56)
            j &+= 1
            if bounded && j == n { break }
            e = entry(j)
            if e & KindTable.packedWord == 0 {
                if e & KindTable.word != 0 {
                    packable = false
                } else if e & KindTable.numberPunctuation == 0 || !continuesNumber(text, j, n) {
                    break
                }
            }
        }
        return (j, packable)
    }

    /// Whether `.` or `,` at `k` is inside a number (a digit on both sides).
    @inline(__always)
    private static func continuesNumber(_ text: UnsafePointer<Unicode.Scalar>, _ k: Int, _ n: Int) -> Bool {
        k > 0 && isDigit(text[k &- 1]) && k &+ 1 < n && isDigit(text[k &+ 1])
    }

    /// Whether every scalar of `text[0..<n]` is in the BMP (sixteen scalars at a time, in four
    /// independent 16-byte lanes, then four, then one by one).
    static func isBMP(_ text: UnsafePointer<Unicode.Scalar>, _ n: Int) -> Bool {
        let raw = UnsafeRawPointer(text)
        var any = SIMD4<UInt32>(), any1 = SIMD4<UInt32>(), any2 = SIMD4<UInt32>(), any3 = SIMD4<UInt32>()
        var k = 0
        while k &+ 16 <= n {
            let offset = k &* 4
            any |= raw.loadUnaligned(fromByteOffset: offset, as: SIMD4<UInt32>.self)
            any1 |= raw.loadUnaligned(fromByteOffset: offset &+ 16, as: SIMD4<UInt32>.self)
            any2 |= raw.loadUnaligned(fromByteOffset: offset &+ 32, as: SIMD4<UInt32>.self)
            any3 |= raw.loadUnaligned(fromByteOffset: offset &+ 48, as: SIMD4<UInt32>.self)
            k &+= 16
        }
        any |= any1 | any2 | any3
        while k &+ 4 <= n {
            any |= raw.loadUnaligned(fromByteOffset: k &* 4, as: SIMD4<UInt32>.self)
            k &+= 4
        }
        var rest: UInt32 = 0
        while k < n {
            rest |= text[k].value
            k &+= 1
        }
        return (any[0] | any[1] | any[2] | any[3] | rest) < 0x10000
    }

    /// The token `text[a..<b]`, packed and hashed (the slow path: apostrophes trimmed, or scalars outside
    /// the byte packing).
    /// The word of scalars `i..<j` packed as `key0`, `key1` (its bytes, the rest cleared).
    @inline(__always)
    static func packedItem(_ i: Int, _ j: Int, _ key0: UInt64, _ key1: UInt64) -> Item {
        let code = UInt8(truncatingIfNeeded: j &- i)
        return Item(start: Int32(truncatingIfNeeded: i), end: Int32(truncatingIfNeeded: j), key0: key0, key1: key1,
                    hash: hash32(key0, key1, code), code: code, linked: false)
    }

    /// `i..<j` without apostrophes at either end, nil when nothing else is left. Apostrophes at the ends
    /// are quote marks or a dropped letter (lyin'): they go to the gap, where they join like a hyphen.
    @inline(__always)
    static func withoutEndApostrophes(_ text: UnsafePointer<Unicode.Scalar>, _ i: Int, _ j: Int) -> (Int, Int)? {
        var a = i, b = j
        while a < b && text[a] == "'" { a += 1 }
        while b > a && text[b - 1] == "'" { b -= 1 }
        return a < b ? (a, b) : nil
    }

    static func item(_ text: UnsafePointer<Unicode.Scalar>, _ a: Int, _ b: Int) -> Item {
        let n = b - a
        var key0: UInt64 = 0, key1: UInt64 = 0
        var code = unpacked
        if n <= 16 {
            var bytes = true
            var k = 0
            while k < n {
                let v = text[a + k].value
                let e: UInt64
                if v < 0x80 { e = UInt64(v) } else if v &- 0x0600 < 0x80 { e = UInt64(v &- 0x0580) } else { bytes = false; break }
                if k < 8 { key0 |= e &<< UInt64(8 * k) } else { key1 |= e &<< UInt64(8 * (k - 8)) }
                k += 1
            }
            if bytes {
                code = UInt8(n)
            } else if n <= 8 {
                key0 = 0
                key1 = 0
                code = UInt8(n) | 0x80
                for k in 0..<n {
                    let v = UInt64(text[a + k].value)
                    if v > 0xFFFF { code = unpacked; break }
                    if k < 4 { key0 |= v &<< UInt64(16 * k) } else { key1 |= v &<< UInt64(16 * (k - 4)) }
                }
            }
        }
        let hash = code == unpacked ? 0 : Self.hash32(key0, key1, code)
        return Item(start: Int32(a), end: Int32(b), key0: key0, key1: key1, hash: hash, code: code, linked: false)
    }

    /// The hash of a packed word.
    @inline(__always)
    static func hash(_ key0: UInt64, _ key1: UInt64, _ code: UInt8) -> UInt64 {
        var h = (key0 &* 0x9E37_79B9_7F4A_7C15) ^ ((key1 &+ UInt64(code)) &* 0xC2B2_AE3D_27D4_EB4F)
        h = (h ^ (h &>> 29)) &* 0xBF58_476D_1CE4_E5B9
        return h ^ (h &>> 32)
    }

    /// The 32-bit hash of a packed word kept in ``Item/hash``: the high halves of two multiplicative products
    /// (high bits of a product depend on every bit of the key), without ``hash(_:_:_:)``'s finalizer — it
    /// only spreads words over memo sets, whose slots compare the whole key.
    @inline(__always)
    static func hash32(_ key0: UInt64, _ key1: UInt64, _ code: UInt8) -> UInt32 {
        UInt32(truncatingIfNeeded: ((key0 &* 0x9E37_79B9_7F4A_7C15) ^ ((key1 &+ UInt64(code)) &* 0xC2B2_AE3D_27D4_EB4F)) &>> 32)
    }

    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    enum Kind { case word, joiner, other }

    /// Letters, digits, marks and the apostrophe make words; spaces (not line breaks), hyphens/dashes,
    /// `@` and `#` join them; anything else separates them.
    static func kind(_ c: Unicode.Scalar) -> Kind {
        let v = c.value
        if v < 0x80 {
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || v == 0x27 { return .word }
            if v == 0x20 || v == 0x2D || v == 0x09 || v == 0x40 || v == 0x23 { return .joiner }
            return .other
        }
        let cls = ScalarClass.of(c)
        if cls.contains(.letter) || cls.contains(.digit) || cls.contains(.mark) { return .word }
        switch v {
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D, 0x0640, 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            return .joiner
        default:
            return .other
        }
    }

    /// The normalized words of a (normalized) string.
    static func words(of normalized: String) -> [String] {
        let scalars = Array(normalized.unicodeScalars)
        let t = scalars.withUnsafeBufferPointer { TermWords($0) }
        return t.items.map { String(scalars: scalars[Int($0.start)..<Int($0.end)]) }
    }

    /// The words of a string as written (not normalized), for case-sensitive checks.
    static func rawWords(of string: String) -> [String] {
        let scalars = Array(string.unicodeScalars)
        let t = scalars.withUnsafeBufferPointer { TermWords($0) }
        return t.items.map { String(scalars: scalars[Int($0.start)..<Int($0.end)]) }
    }
}

/// Receives the tokens of a text from ``TermWords/scan(_:into:)``.
protocol TermWordSink {
    /// The next token, and whether the gap before it holds only joiners (false for the first token). Its
    /// ``TermWords/Item/linked`` is false: a token's link is the next token's `joined`.
    mutating func add(_ item: TermWords.Item, joined: Bool)
}

/// The kind of every BMP scalar for ``TermWords``, and the byte it packs to, in one 16-bit entry: the
/// byte in the low 8 bits (ASCII as is, U+0600–U+067F as 0x80–0xFF, 0 for a scalar outside the byte
/// packing), then one bit per kind: ``word``, ``joiner``, ``numberPunctuation`` (`.` and `,`), and
/// ``packedWord`` for a word scalar that packs to a byte. Allocated once and never written after, hence
/// `@unchecked Sendable`.
final class KindTable: @unchecked Sendable {
    static let shared = KindTable()
    let entries: UnsafePointer<UInt16>

    static var packedWord: UInt16 { 0x100 }
    static var word: UInt16 { 0x200 }
    static var joiner: UInt16 { 0x400 }
    static var numberPunctuation: UInt16 { 0x800 }

    private init() {
        let table = UnsafeMutablePointer<UInt16>.allocate(capacity: 0x10000)
        for v in 0..<0x10000 {
            table[v] = Unicode.Scalar(UInt32(v)).map(Self.entry) ?? 0
        }
        entries = UnsafePointer(table)
    }

    /// The entry of any scalar (the table holds it for the BMP).
    static func entry(_ c: Unicode.Scalar) -> UInt16 {
        if c == "." || c == "," { return numberPunctuation | UInt16(PackedWords.byte(c)!) }
        let byte = PackedWords.byte(c)
        switch TermWords.kind(c) {
        case .word: return byte.map { word | packedWord | UInt16($0) } ?? word
        case .joiner: return joiner
        case .other: return 0
        }
    }
}
