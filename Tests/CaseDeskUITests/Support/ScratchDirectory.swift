import Foundation

/// A fresh directory under the system's temporary folder for one test (`prefix-UUID`), given
/// to `body` and removed after it, whatever `body` did.
func withScratchDirectory<T>(_ prefix: String, _ body: (URL) throws -> T) throws -> T {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(prefix + "-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    return try body(dir)
}

extension TestDriver {
    /// `:export NAME` into a fresh scratch directory (removed after): what was written, or nil
    /// when nothing was.
    mutating func exported(_ name: String) throws -> String? {
        try withScratchDirectory("casedesk-export") { dir in
            let path = dir.appendingPathComponent(name).path
            command("export " + path)
            return try? String(contentsOfFile: path, encoding: .utf8)
        }
    }
}
