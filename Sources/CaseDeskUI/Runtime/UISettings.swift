import Foundation
import TerminalUI

/// Settings in the config file besides keys, in their own section:
/// `options.clipboard = auto|on|off` (`y`, OSC 52). The other sections are the key tables'
/// (`KeyConfig`), which leave this one alone. A bad line is reported as `FILE:LINE: what`.
struct UISettings: Sendable, Equatable {
    static let section = "options"
    static let names = ["clipboard"]

    var clipboard: ClipboardMode?
    var problems: [String] = []

    init() {}

    init(text: String, file: String) {
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(raw)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            guard let eq = line.firstIndex(of: "=") else { continue }
            let name = line[..<eq].trimmingCharacters(in: .whitespaces)
            guard name.hasPrefix(Self.section + ".") else { continue }
            let key = String(name.dropFirst(Self.section.count + 1))
            let value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            let at = "\(file):\(n + 1)"
            switch key {
            case "clipboard":
                if let mode = ClipboardMode(rawValue: value.lowercased()) { clipboard = mode } else {
                    problems.append("\(at): options.clipboard is auto, on or off, not \"\(value)\"")
                }
            default:
                problems.append("\(at): there is no option \"\(key)\" (options: \(Self.names.joined(separator: ", ")))")
            }
        }
    }

    static func load(from url: URL?) -> UISettings {
        guard let url, let text = try? String(contentsOf: url, encoding: .utf8) else { return UISettings() }
        return UISettings(text: text, file: url.path)
    }
}
