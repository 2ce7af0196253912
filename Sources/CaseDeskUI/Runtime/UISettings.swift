import Foundation
import TerminalUI

/// Settings in the config file besides keys, in their own section:
/// `options.clipboard = auto|on|off` (`y`, OSC 52), `options.mouse = on|off`,
/// `options.counttimeout = MILLISECONDS` (CountPrefix). The other sections are the key tables'
/// (`KeyConfig`), which leave this one alone; both read the file through `ConfigLines`. A bad
/// line is reported as `FILE:LINE: what`.
struct UISettings: Sendable, Equatable {
    static let section = "options"
    static let names = ["clipboard", "mouse", "counttimeout"]

    var clipboard: ClipboardMode?
    /// `options.mouse = on|off`: off leaves the mouse to the terminal, for selecting text.
    var mouse: Bool?
    /// `options.counttimeout = MS`: how long a digit that switches screens waits for a second
    /// key that makes it a count (`25j`); 0: those digits switch at once and start no count.
    var countTimeout: Int?
    var problems: [String] = []

    init() {}

    init(text: String, file: String) {
        for entry in ConfigLines(text: text, file: file).entries where entry.section == Self.section {
            let (at, value) = (entry.at, entry.value)
            switch entry.item ?? "" {
            case "clipboard":
                if let mode = ClipboardMode(rawValue: value.lowercased()) { clipboard = mode } else {
                    problems.append("\(at): options.clipboard is auto, on or off, not \"\(value)\"")
                }
            case "mouse":
                switch value.lowercased() {
                case "on": mouse = true
                case "off": mouse = false
                default: problems.append("\(at): options.mouse is on or off, not \"\(value)\"")
                }
            case "counttimeout":
                if let ms = Int(value), CountPrefix.waitRange.contains(ms) { countTimeout = ms } else {
                    problems.append("\(at): options.counttimeout is a number of milliseconds from \(CountPrefix.waitRange.lowerBound) to \(CountPrefix.waitRange.upperBound), not \"\(value)\"")
                }
            case let key:
                problems.append("\(at): there is no option \"\(key)\" (options: \(Self.names.joined(separator: ", ")))")
            }
        }
    }

    static func load(from url: URL?) -> UISettings {
        guard let url, let text = try? String(contentsOf: url, encoding: .utf8) else { return UISettings() }
        return UISettings(text: text, file: url.path)
    }
}
