import Foundation

/// Writes files so that readers never see half of one: content goes to a temporary file in the same
/// folder, which is renamed over the target when complete.
public final class AtomicFileWriter {
    public let path: String
    private let temporaryPath: String
    private let handle: FileHandle
    private var committed = false

    /// Opens a temporary file next to `path`.
    public init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw MizanError.writeFailed(path: path, reason: "the folder \(dir) does not exist")
        }
        temporaryPath = dir + "/." + url.lastPathComponent + ".mizan-\(UUID().uuidString.prefix(8)).tmp"
        guard FileManager.default.createFile(atPath: temporaryPath, contents: nil),
              let h = FileHandle(forWritingAtPath: temporaryPath) else {
            throw MizanError.writeFailed(path: path, reason: "cannot create a file in \(dir)")
        }
        handle = h
    }

    deinit {
        if !committed {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: temporaryPath)
        }
    }

    public func write(_ string: String) throws {
        do { try handle.write(contentsOf: Data(string.utf8)) } catch {
            throw MizanError.writeFailed(path: path, reason: error.localizedDescription)
        }
    }

    public func write(_ bytes: [UInt8]) throws {
        do { try handle.write(contentsOf: Data(bytes)) } catch {
            throw MizanError.writeFailed(path: path, reason: error.localizedDescription)
        }
    }

    /// Flushes, closes and renames the temporary file over the target.
    public func commit() throws {
        guard !committed else { return }
        do {
            try handle.synchronize()
            try handle.close()
            if rename(temporaryPath, path) != 0 {
                throw MizanError.writeFailed(path: path, reason: String(cString: strerror(errno)))
            }
            committed = true
        } catch let e as MizanError {
            throw e
        } catch {
            throw MizanError.writeFailed(path: path, reason: error.localizedDescription)
        }
    }

    /// Writes `string` to `path` atomically.
    public static func write(_ string: String, to path: String) throws {
        let w = try AtomicFileWriter(path: path)
        try w.write(string)
        try w.commit()
    }

    public static func write(_ bytes: [UInt8], to path: String) throws {
        let w = try AtomicFileWriter(path: path)
        try w.write(bytes)
        try w.commit()
    }
}
