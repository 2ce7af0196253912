import Foundation
@testable import CaseDeskUI

extension DashboardFixture {
    /// Runs `:export NAME` into a fresh temporary directory (removed after) and returns what
    /// was written, or nil when nothing was.
    static func export(_ d: inout TestDriver, _ name: String) throws -> String? {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dashboard-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent(name).path
        d.press(GlobalCommand.commandLine)
        d.type("export " + path)
        d.press(.enter)
        return try? String(contentsOfFile: path, encoding: .utf8)
    }
}
