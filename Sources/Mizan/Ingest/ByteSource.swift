#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CZlib

/// A stream of bytes read in chunks: a file, standard input, or gzip data from either.
protocol ByteSource: AnyObject {
    /// Reads up to `buffer.count` bytes; 0 at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

/// A POSIX file descriptor.
final class FileSource: ByteSource {
    private let fd: Int32
    private let owned: Bool
    let path: String

    init(path: String) throws {
        let fd = open(path, O_RDONLY)
        if fd < 0 { throw FileSource.error(path: path) }
        self.fd = fd
        self.owned = true
        self.path = path
    }

    /// Standard input (not closed at the end).
    init(standardInput: ()) {
        fd = 0
        owned = false
        path = "-"
    }

    deinit { if owned { close(fd) } }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            #if canImport(Glibc)
            let n = Glibc.read(fd, buffer.baseAddress, buffer.count)
            #else
            let n = Darwin.read(fd, buffer.baseAddress, buffer.count)
            #endif
            if n >= 0 { return n }
            if errno == EINTR { continue }
            throw MizanError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
    }

    static func error(path: String) -> MizanError {
        let e = errno
        if e == ENOENT { return .fileNotFound(path: path) }
        return .unreadable(path: path, reason: String(cString: strerror(e)))
    }
}

/// gzip-compressed data from a file (or standard input), decompressed as it is read.
final class GzipSource: ByteSource {
    private let file: gzFile
    let path: String

    init(path: String) throws {
        let handle: gzFile?
        if path == "-" {
            handle = gzdopen(dup(0), "rb")
        } else {
            handle = gzopen(path, "rb")
        }
        guard let handle else { throw FileSource.error(path: path) }
        gzbuffer(handle, 1 << 17)
        file = handle
        self.path = path
    }

    deinit { gzclose(file) }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = gzread(file, buffer.baseAddress, UInt32(min(buffer.count, Int(Int32.max))))
        if n < 0 {
            var code: Int32 = 0
            let message = gzerror(file, &code).map { String(cString: $0) } ?? "corrupt gzip data"
            throw MizanError.unreadable(path: path, reason: "gzip: \(message)")
        }
        return Int(n)
    }
}

extension ByteSource {
    /// Reads everything, up to `limit` bytes.
    /// - Throws: ``MizanError/tooLarge(path:bytes:limit:)`` when there is more.
    func readAll(limit: Int, path: String) throws -> [UInt8] {
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = try chunk.withUnsafeMutableBytes { try read(into: $0) }
            if n == 0 { return out }
            if out.count + n > limit { throw MizanError.tooLarge(path: path, bytes: out.count + n, limit: limit) }
            out.append(contentsOf: chunk[0..<n])
        }
    }
}

/// Splits a byte stream into lines (`\n`, with a trailing `\r` removed) without holding more than one
/// line and one chunk in memory.
final class LineReader {
    private let source: ByteSource
    private var buffer: [UInt8] = []
    private var position = 0
    private var finished = false
    private var chunk = [UInt8](repeating: 0, count: 1 << 20)
    private let maxLine: Int
    /// Number of the line last returned (1-based).
    private(set) var lineNumber = 0

    enum Line {
        case line([UInt8])
        /// The line was longer than the limit; its bytes were skipped.
        case tooLong(bytes: Int)
    }

    init(source: ByteSource, maxLine: Int) {
        self.source = source
        self.maxLine = maxLine
    }

    /// The offset of the first line feed in `buffer[from...]` (memchr: this scan touches every byte).
    private static func newline(in buffer: [UInt8], from: Int) -> Int? {
        buffer.withUnsafeBufferPointer { b -> Int? in
            guard from < b.count, let base = b.baseAddress, let hit = memchr(base + from, 0x0A, b.count - from) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }

    func next() throws -> Line? {
        var skipped = 0
        while true {
            if let nl = Self.newline(in: buffer, from: position) {
                var end = nl
                if end > position && buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[position..<end])
                position = nl + 1
                lineNumber += 1
                if skipped > 0 { return .tooLong(bytes: skipped + line.count) }
                return .line(line)
            }
            if finished {
                if position < buffer.count || skipped > 0 {
                    let line = Array(buffer[position...])
                    position = buffer.count
                    lineNumber += 1
                    if skipped > 0 { return .tooLong(bytes: skipped + line.count) }
                    return .line(line)
                }
                return nil
            }
            // Compact, guard the line length, then read more.
            if position > 0 {
                buffer.removeSubrange(0..<position)
                position = 0
            }
            if buffer.count > maxLine {
                skipped += buffer.count
                buffer.removeAll(keepingCapacity: true)
            }
            let n = try chunk.withUnsafeMutableBytes { try source.read(into: $0) }
            if n == 0 { finished = true } else { buffer.append(contentsOf: chunk[0..<n]) }
        }
    }
}
