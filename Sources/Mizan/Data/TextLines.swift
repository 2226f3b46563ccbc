/// Lines and fields of data files, split at the level of UTF-8 bytes.
///
/// `String.split(separator: "\n")` works on `Character`s, and `"\r\n"` is a single `Character`: a file
/// saved with Windows line ends (as spreadsheets on Windows save tab-separated text) came out as one
/// line. Splitting bytes treats CR LF like LF, and is much faster than segmenting graphemes. LF, CR and
/// TAB are control characters, which Unicode never joins with a neighbour into one grapheme, so
/// splitting at them yields the same pieces as splitting `Character`s otherwise would.
enum TextLines {
    /// The lines of `text` (split at LF, a CR before it removed), empty ones included, so that the
    /// *n*th element is line *n* − 1.
    static func lines<S: StringProtocol>(_ text: S) -> [Substring] where S.SubSequence == Substring {
        split(text, at: UInt8(ascii: "\n")).map { line in
            line.utf8.last == UInt8(ascii: "\r") ? line.dropLast() : line
        }
    }

    /// `text` split at every `separator` byte (an ASCII character), empty pieces included.
    static func split<S: StringProtocol>(_ text: S, at separator: UInt8) -> [Substring] where S.SubSequence == Substring {
        var out: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var i = start
        while i != bytes.endIndex {
            if bytes[i] == separator {
                out.append(text[start..<i])
                start = bytes.index(after: i)
            }
            i = bytes.index(after: i)
        }
        out.append(text[start..<bytes.endIndex])
        return out
    }
}
