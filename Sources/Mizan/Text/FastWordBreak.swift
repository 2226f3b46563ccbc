/// Word boundaries without ICU for the text most news is made of: Arabic, Persian and Latin letters,
/// digits, spaces, Arabic harakat and common punctuation. For those characters it follows ICU's root
/// word-break rules (UAX #29 as ICU states them, with ICU's rule statuses: 100 numbers, 200 letters,
/// 0 anything else); a paragraph with any other character is left to ICU (`segments` returns false).
/// `FastWordBreakPropertyTests` checks the boundaries and statuses against ICU on random strings.
enum FastWordBreak {
    /// Word_Break classes of the characters handled here.
    enum WB: UInt8 {
        case unsupported, aLetter, numeric, midNumLet, midNum, extendNumLet, space, extend, other
    }

    /// ``wordBreak(_:)`` of U+0000–U+06FF, as raw values.
    private static let rawTable: [UInt8] = (0..<0x700).map { classify(UInt32($0)).rawValue }

    /// The Word_Break class of `v`, or `.unsupported` when the fast path does not know the character.
    static func wordBreak(_ v: UInt32) -> WB { classify(v) }

    @inline(__always)
    private static func classify(_ v: UInt32) -> WB {
        switch v {
        case 0x61...0x7A, 0x41...0x5A: return .aLetter
        case 0x20: return .space
        case 0x30...0x39: return .numeric
        case 0x2E, 0x27: return .midNumLet           // . '  (Single_Quote behaves as MidNumLet here)
        case 0x2C, 0x3B: return .midNum              // , ;
        case 0x5F: return .extendNumLet              // _
        case 0x40: return .unsupported               // @ (ICU gives it a letter status)
        case 0x09, 0x21...0x2F, 0x3A...0x3F, 0x5B...0x60, 0x7B...0x7E: return .other
        case 0xAA, 0xB5, 0xBA, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x17F: return .aLetter
        case 0xAD: return .extend                    // soft hyphen (Format)
        case 0xB7: return .unsupported               // middle dot (MidLetter)
        case 0xA0...0xBF, 0xD7, 0xF7: return .other
        case 0x060C: return .midNum                  // ،
        case 0x061B, 0x061F, 0x066A, 0x066D, 0x06D4: return .other  // ؛ ؟ ٪ ٭ ۔
        case 0x0620...0x064A, 0x066E, 0x066F, 0x0671...0x06D3, 0x06D5: return .aLetter
        case 0x064B...0x065F, 0x0670: return .extend  // harakat, superscript alef
        case 0x0660...0x0669, 0x06F0...0x06F9: return .numeric
        case 0x2010...0x2017, 0x201A...0x2023, 0x2025, 0x2026, 0x2030...0x203A: return .other
        case 0x2018, 0x2019: return .midNumLet       // ‘ ’
        case 0x200C, 0x200E, 0x200F: return .extend  // ZWNJ (Extend), LRM, RLM (Format)
        default: return .unsupported
        }
    }

    /// Calls `segment(start, end, status, first)` for every segment of `s[range]` (scalar offsets), as
    /// ICU's word break iterator would report them, with the class of the segment's first character,
    /// and returns true. Returns false on meeting a character the fast path does not handle, possibly
    /// after some calls: the caller discards what they produced.
    @inline(__always)
    static func segments(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>,
                         _ segment: (Int, Int, Int32, WB) -> Void) -> Bool {
        let lo = range.lowerBound, hi = range.upperBound
        guard lo < hi else { return true }
        // Classes are compared as raw bytes: the hot loop then makes no `Equatable` calls.
        let unsupported = WB.unsupported.rawValue, aLetter = WB.aLetter.rawValue, numeric = WB.numeric.rawValue
        let midNumLet = WB.midNumLet.rawValue, midNum = WB.midNum.rawValue, extendNumLet = WB.extendNumLet.rawValue
        let space = WB.space.rawValue, extend = WB.extend.rawValue
        return rawTable.withUnsafeBufferPointer { table in
            let n = hi - lo
            let base = s.baseAddress! + lo
            let tableBase = table.baseAddress!
            @inline(__always) func cls(_ k: Int) -> UInt8 {
                let v = base[k].value
                return v < 0x700 ? table[Int(v)] : classify(v).rawValue
            }
            @inline(__always) func skipExtend(_ i: inout Int) {
                while i < n && cls(i) == extend { i += 1 }
            }
            var i = 0
            while i < n {
                let start = i
                var status: Int32 = 0
                let first = cls(i)
                if first == aLetter || first == numeric || first == extendNumLet {
                    var last = first
                    var previous = unsupported  // the class before `last` in this word, if any
                    i += 1
                    var end = i  // just after `last`, before its marks
                    while i < n {
                        if last != extendNumLet {
                            // The common case in a tight loop: more letters of a word, digits of a number.
                            var j = i
                            while j < n {
                                let v = base[j].value
                                guard v < 0x700, tableBase[Int(v)] == last else { break }
                                j += 1
                            }
                            if j > i {
                                previous = last
                                i = j
                                end = j
                                guard i < n else { break }
                            }
                        }
                        let next = cls(i)
                        if next == last && next != extendNumLet {
                            // The common case: another letter of a word, another digit of a number.
                            previous = last
                            i += 1
                            end = i
                            continue
                        }
                        if next == extend {
                            // Marks stay with the character before them.
                            i += 1
                            continue
                        }
                        if next == aLetter || next == numeric || next == extendNumLet {
                            // Letters, digits and connectors in any order (WB8–WB13b).
                            previous = last
                            last = next
                            i += 1
                            end = i
                            continue
                        }
                        if (next == midNumLet && last != extendNumLet) || (next == midNum && last == numeric) {
                            // Letter (. ' ’) letter, digit (. , ; ’ ') digit.
                            var j = i + 1
                            skipExtend(&j)
                            if j < n && cls(j) == last {
                                previous = next
                                i = j + 1
                                end = i
                                continue
                            }
                        }
                        break
                    }
                    if last == aLetter {
                        status = 200
                    } else if last == numeric {
                        status = 100
                    } else if end < i {
                        // ICU's statuses for a word ending in a connector: none when marks follow it.
                        status = 0
                    } else {
                        status = previous == aLetter || previous == extendNumLet ? 200 : previous == numeric ? 100 : 0
                    }
                } else if first == unsupported {
                    return false
                } else if first == extend {
                    // Only at the paragraph's start: a run of marks is a segment of its own.
                    skipExtend(&i)
                } else if first == space {
                    while i < n && cls(i) == space { i += 1 }
                    skipExtend(&i)
                } else {
                    i += 1
                    skipExtend(&i)
                }
                segment(lo + start, lo + i, status, WB(rawValue: first)!)
            }
            return true
        }
    }
}
