import Foundation

/// Finds mizan's language data (the `Lexicons` folder) and report assets (the `Reports` folder) wherever
/// the binary runs from.
///
/// Looked up in order: an explicit folder (`--data-dir`), `$MIZAN_DATA_DIR`, `<prefix>/share/mizan/Lexicons`
/// next to an installed binary (`<prefix>/bin/mizan`, see `scripts/install.sh`), a `Lexicons` folder
/// beside the binary, and finally the source checkout the binary was built from.
public enum DataDirectory {
    /// The `Lexicons` folder to use.
    /// - Throws: ``MizanError/usage(_:)`` naming every place that was tried.
    public static func locate(explicit: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> URL {
        var tried: [String] = []
        func check(_ url: URL) -> URL? {
            tried.append(url.path)
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("README.md").path) ||
                (FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) && isDir.boolValue &&
                 FileManager.default.fileExists(atPath: url.appendingPathComponent("ar").path)) {
                return url
            }
            return nil
        }
        if let explicit {
            let url = URL(fileURLWithPath: explicit)
            // Accept either the Lexicons folder itself or a folder that contains it.
            if let found = check(url) ?? check(url.appendingPathComponent("Lexicons")) { return found }
            throw MizanError.usage("--data-dir \(explicit): no mizan language data there (expected a Lexicons folder with ar/, en/)")
        }
        if let env = environment["MIZAN_DATA_DIR"], !env.isEmpty {
            let url = URL(fileURLWithPath: env)
            if let found = check(url) ?? check(url.appendingPathComponent("Lexicons")) { return found }
        }
        if let exe = executableDirectory() {
            if let found = check(exe.deletingLastPathComponent().appendingPathComponent("share/mizan/Lexicons")) { return found }
            if let found = check(exe.appendingPathComponent("Lexicons")) { return found }
        }
        // The checkout this file was compiled from: Sources/Mizan/Data/DataDirectory.swift → <root>/Lexicons.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        if let found = check(root.appendingPathComponent("Lexicons")) { return found }
        throw MizanError.usage("mizan's language data was not found (tried: \(tried.joined(separator: ", "))); pass --data-dir or set MIZAN_DATA_DIR")
    }

    /// The `Reports` folder (the report stylesheet and script), found like the `Lexicons` folder: beside
    /// the `Lexicons` folder in use (`lexicons`, when given), under `$MIZAN_DATA_DIR`, at
    /// `<prefix>/share/mizan/Reports` next to an installed binary, a `Reports` folder beside the binary, and
    /// the source checkout the binary was built from.
    /// - Throws: ``MizanError/usage(_:)`` naming every place that was tried.
    public static func locateReports(near lexicons: URL? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> URL {
        var candidates: [URL] = []
        if let lexicons { candidates.append(lexicons.deletingLastPathComponent().appendingPathComponent("Reports")) }
        if let env = environment["MIZAN_DATA_DIR"], !env.isEmpty {
            let url = URL(fileURLWithPath: env)
            candidates.append(url.appendingPathComponent("Reports"))
            candidates.append(url.deletingLastPathComponent().appendingPathComponent("Reports"))
        }
        if let exe = executableDirectory() {
            candidates.append(exe.deletingLastPathComponent().appendingPathComponent("share/mizan/Reports"))
            candidates.append(exe.appendingPathComponent("Reports"))
        }
        candidates.append(checkoutRoot.appendingPathComponent("Reports"))
        for url in candidates where FileManager.default.fileExists(atPath: url.appendingPathComponent("report.css").path) {
            return url
        }
        throw MizanError.usage("mizan's report stylesheet was not found (tried: \(candidates.map(\.path).joined(separator: ", "))); install mizan with scripts/install.sh, or put the Reports folder beside the Lexicons folder")
    }

    /// The source checkout this file was compiled from: Sources/Mizan/Data/DataDirectory.swift → <root>.
    static var checkoutRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    private static func executableDirectory() -> URL? {
        let path = CommandLine.arguments.first.flatMap { arg -> String? in
            if arg.contains("/") { return arg }
            return nil
        } ?? Bundle.main.executablePath
        guard let path else { return nil }
        return URL(fileURLWithPath: path).resolvingSymlinksInPath().deletingLastPathComponent()
    }
}
