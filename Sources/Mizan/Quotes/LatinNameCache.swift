/// Latin forms of speaker names (ICU's `Any-Latin; Latin-ASCII`), by name, for one stage (one worker,
/// like the ICU transliterators it fronts), emptied when it reaches ``limit`` names. Keyed by the name's
/// UTF-8 bytes, not by `String` equality, which would merge canonically equivalent spellings that ICU may
/// render differently.
///
/// Names in Arabic script take a cheaper route with the same result: `Any-Latin` hands a name whose
/// letters are all Arabic to ICU's `Arabic-Latin` as one run, so that transliterator is used directly
/// (opening `Any-Latin` costs as much as analysing fifty English articles); and `Latin-ASCII` is a
/// normalization step (``latinASCIIPrepare(_:)``) followed by a map of single characters without
/// context, so each character's mapping is asked of ICU once and remembered (ICU's rule matcher costs
/// about 10,000 instructions per character), and the characters it keeps (``keptByLatinASCII(_:)``)
/// need no ICU at all. `LatinNameTests` compares both routes on random Arabic text.
/// Names with letters of other scripts take ICU's full transliterator, opened on the first such name.
final class LatinNameCache {
    static let limit = 20_000
    static let transliteratorID = "Any-Latin; Latin-ASCII"
    private var names: [[UInt8]: String] = [:]
    /// Each nil until first needed; then the transliterator, or nil when ICU could not open it.
    private var full: Transliterator??
    private var arabicLatin: Transliterator??
    private var latinASCII: Transliterator??
    /// `Latin-ASCII` of single UTF-16 units (not surrogates) at or above U+0080.
    private var characterMap: [UInt16: [UInt16]] = [:]

    /// The Latin form of `name`; nil when no transliterator is available.
    func latin(_ name: String) -> String? {
        let key = Array(name.utf8)
        if let latin = names[key] { return latin }
        var latin: String?
        if Self.arabicRouteApplies(name) { latin = scalarRoute(name) ?? arabicRoute(name) }
        guard let latin = latin ?? fullRoute(name) else { return nil }
        if names.count >= Self.limit { names.removeAll(keepingCapacity: true) }
        names[key] = latin
        return latin
    }

    /// The Arabic route's answer for one scalar, as UTF-8, when the scalar cannot interact with its
    /// neighbours (``isolated``); else the whole name takes ``arabicRoute(_:)``.
    private struct ScalarForm {
        let isolated: Bool
        let utf8: [UInt8]
    }
    private var scalarForms: [UInt32: ScalarForm] = [:]

    /// The Arabic route as the concatenation of each scalar's own answer, asked once per scalar and
    /// remembered: a name's transliteration then costs a few table lookups instead of a pass of ICU's
    /// rule matcher (about 45,000 instructions a name). nil when a scalar is not ``isolated(_:)``.
    ///
    /// Exact because nothing in either transliterator joins two isolated scalars: `Arabic-Latin` maps
    /// single characters except the long vowels (fatha, damma or kasra before alef, waw or yeh) and the
    /// decimal and thousands separators between digits, and its NFKD only reorders adjacent combining
    /// marks; the closing NFC and `Latin-ASCII`'s normalization only join a mark (or the rare
    /// composing starter) to what precedes it, and each scalar's answer starts with neither. Names are
    /// mostly letters without vowel marks, so nearly all take this route. `LatinNameTests` compares it
    /// with ICU's full transliterator on random names.
    func scalarRoute(_ name: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count + 8)
        for scalar in name.unicodeScalars {
            if scalar.value < 0x80 {
                // ASCII (never a letter here, see ``arabicRouteApplies(_:)``) passes both unchanged.
                bytes.append(UInt8(scalar.value))
                continue
            }
            let form: ScalarForm
            if let known = scalarForms[scalar.value] {
                form = known
            } else {
                form = scalarForm(scalar)
                scalarForms[scalar.value] = form
            }
            guard form.isolated else { return nil }
            bytes.append(contentsOf: form.utf8)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func scalarForm(_ scalar: Unicode.Scalar) -> ScalarForm {
        guard Self.isolated(scalar), let answer = arabicRoute(String(scalar)),
              answer.unicodeScalars.first.map(Self.startsCleanly) ?? true
        else { return ScalarForm(isolated: false, utf8: []) }
        return ScalarForm(isolated: true, utf8: Array(answer.utf8))
    }

    /// Whether `scalar` is transliterated the same wherever it stands: its compatibility decomposition
    /// starts with a character that neither reorders nor attaches to what precedes it, and holds no
    /// short vowel that begins a long-vowel rule and no digit separator (whose rules look at digits
    /// around it).
    static func isolated(_ scalar: Unicode.Scalar) -> Bool {
        guard let decomposed = ICU.nfkd(Array(String(scalar).utf16)),
              let first = String(decoding: decomposed, as: UTF16.self).unicodeScalars.first,
              startsCleanly(first)
        else { return false }
        return !decomposed.contains { $0 == 0x064E || $0 == 0x064F || $0 == 0x0650 || $0 == 0x066B || $0 == 0x066C }
    }

    /// A starter that is not a mark: normalization never joins it to the character before it (the
    /// starters that compose with a preceding one are Hangul and a few Indic vowel signs, all marks or
    /// outside the scripts met here).
    private static func startsCleanly(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.properties.canonicalCombiningClass == .notReordered else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return false
        default: return !(0x1100...0x11FF).contains(scalar.value) && !(0xAC00...0xD7A3).contains(scalar.value)
        }
    }

    /// ICU's `Any-Latin; Latin-ASCII` itself.
    func fullRoute(_ name: String) -> String? {
        if full == nil { full = .some(Transliterator(Self.transliteratorID)) }
        return (full ?? nil)?.transliterate(name)
    }

    /// `Arabic-Latin`, then `Latin-ASCII` as normalization plus a remembered map of characters; nil when
    /// a transliterator cannot be opened or the text holds a surrogate (then the full route answers).
    func arabicRoute(_ name: String) -> String? {
        if arabicLatin == nil { arabicLatin = .some(Transliterator("Arabic-Latin")) }
        guard let arabicLatin = arabicLatin ?? nil,
              let prepared = latinASCIIPrepare(Array(arabicLatin.transliterate(name).utf16)) else { return nil }
        var out: [UInt16] = []
        out.reserveCapacity(prepared.count)
        for u in prepared {
            if u < 0x80 || Self.keptByLatinASCII(u) { out.append(u); continue }
            if UTF16.isLeadSurrogate(u) || UTF16.isTrailSurrogate(u) { return nil }
            if let mapped = characterMap[u] { out.append(contentsOf: mapped); continue }
            // Opened on the first character that needs it: parsing its 850 rules costs as much as
            // transliterating a thousand names, and most names never need it.
            if latinASCII == nil { latinASCII = .some(Transliterator("Latin-ASCII")) }
            guard let latinASCII = latinASCII ?? nil else { return nil }
            let mapped = Array(latinASCII.transliterate(String(decoding: [u], as: UTF16.self)).utf16)
            characterMap[u] = mapped
            out.append(contentsOf: mapped)
        }
        return String(decoding: out, as: UTF16.self)
    }

    /// Characters that `Latin-ASCII` leaves as they are and that `Arabic-Latin` writes or leaves behind:
    /// the half rings for hamza and ain (ʾ ʿ), superscript n of tanween, combining marks (after normalization
    /// only those not on a Latin letter remain), and the Arabic script, which the transliterator's filter
    /// excludes. `LatinNameTests` checks each against ICU.
    static func keptByLatinASCII(_ u: UInt16) -> Bool {
        switch u {
        case 0x02BE, 0x02BF, 0x207F, 0x0300...0x036F, 0x0610...0x061A, 0x0620...0x063F, 0x0641...0x064A,
             0x0656...0x065F, 0x066E...0x06D3, 0x06D6...0x06DC, 0x06DF...0x06E8, 0x06EA...0x06FF:
            return true
        default:
            return false
        }
    }

    /// Whether `name` has a letter in an Arabic block and every other scalar is in an Arabic block or is
    /// an ASCII non-letter, a no-break space, a guillemet, a format control (U+200B–U+200F) or general
    /// punctuation: then `Any-Latin` sees one Arabic run (common characters join it) and applies
    /// `Arabic-Latin` to all of it. (Without an Arabic letter the run may be of no script, and
    /// `Any-Latin` leaves it as it is.)
    static func arabicRouteApplies(_ name: String) -> Bool {
        var letter = false
        for s in name.unicodeScalars {
            switch s.value {
            case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
                if !letter, case .otherLetter = s.properties.generalCategory { letter = true }
            case 0x20...0x40, 0x5B...0x60, 0x7B...0x7E, 0xA0, 0xAB, 0xBB, 0x200B...0x200F, 0x2010...0x2027, 0x2030...0x205E:
                continue
            default:
                return false
            }
        }
        return letter
    }
}
