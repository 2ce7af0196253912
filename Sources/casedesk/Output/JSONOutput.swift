import CaseCore
import TerminalUI

/// JSON for programs: deterministic key order (`keys` first, as listed), pretty-printed.
/// The writer escapes C0 controls; when the output goes to a terminal every string is also
/// made visible, so C1 controls and bidi overrides in data cannot act on the terminal either.
enum JSONOutput {
    static func bytes(_ v: JSONValue, keys: [String] = [], children: [String: KeyOrder] = [:],
                      terminal: Bool = Terminal.stdoutIsTerminal) -> [UInt8] {
        let value = terminal ? visible(v) : v
        return JSONWriter.pretty(value, order: KeyOrder(keys, children: children))
    }

    static func visible(_ v: JSONValue) -> JSONValue {
        switch v {
        case .string(let s): .string(Sanitizer.visible(s))
        case .array(let a): .array(a.map(visible))
        case .object(let o): .object(JSONObject(o.map { (Sanitizer.visible($0.key), visible($0.value)) }))
        default: v
        }
    }
}
