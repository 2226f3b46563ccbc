import Foundation

/// Opens a written report with the platform's opener (`xdg-open` on Linux, `open` on macOS) without
/// waiting for it: the opener is started and left to run.
public enum ReportOpener {
    public enum Outcome: Sendable, Equatable {
        /// The opener was started (its full path).
        case launched(opener: String)
        /// No opener was found; the message says how to open the file by hand.
        case noOpener(message: String)
        /// The opener exists but could not be started.
        case failed(reason: String)
    }

    /// The opener's name on this platform.
    public static var openerName: String {
        #if os(macOS)
        return "open"
        #else
        return "xdg-open"
        #endif
    }

    /// Finds the opener on `PATH` (from `environment`).
    public static func findOpener(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = String(dir) + "/" + openerName
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Starts the opener on `path` and returns at once.
    public static func open(_ path: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> Outcome {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL
        guard let opener = findOpener(environment: environment) else {
            return .noOpener(message: "no \(openerName) found to open the report; open \(absolute.absoluteString) in a web browser (or: firefox \(absolute.path))")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: opener)
        process.arguments = [absolute.path]
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        // Detached from mizan's output too: a browser started by the opener would otherwise hold a pipe
        // mizan's caller reads (`mizan … --open 2>&1 | less` would wait for the browser to exit).
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()  // not waited for: the opener (and the browser it starts) runs on its own
        } catch {
            return .failed(reason: "\(opener): \(error.localizedDescription); open \(absolute.absoluteString) in a web browser")
        }
        return .launched(opener: opener)
    }
}
