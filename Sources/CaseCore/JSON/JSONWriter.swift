/// Deterministic JSON output. Pretty: two-space indent, one key or element per line, a
/// newline at the end. Compact: no spaces, for one-line records such as audit entries.
/// Strings are written as UTF-8 with `"`, `\` and control characters escaped.
public enum JSONWriter {
    public static func pretty(_ v: JSONValue, order: KeyOrder? = nil) -> [UInt8] {
        var e = Emitter(pretty: true)
        e.value(v, order, 0)
        e.out.append(0x0A)
        return e.out
    }

    /// Pretty, as a value nested `indent` levels deep in a larger document (the lines after
    /// the first are indented to match), without a newline at the end: for writers that
    /// stream a document one element at a time (`BundleWriter`).
    public static func pretty(_ v: JSONValue, order: KeyOrder?, indent: Int) -> [UInt8] {
        var e = Emitter(pretty: true)
        e.value(v, order, indent)
        return e.out
    }

    public static func compact(_ v: JSONValue, order: KeyOrder? = nil) -> [UInt8] {
        var e = Emitter(pretty: false)
        e.value(v, order, 0)
        return e.out
    }

    public static func prettyString(_ v: JSONValue, order: KeyOrder? = nil) -> String {
        String(decoding: pretty(v, order: order), as: UTF8.self)
    }

    public static func compactString(_ v: JSONValue, order: KeyOrder? = nil) -> String {
        String(decoding: compact(v, order: order), as: UTF8.self)
    }
}

private struct Emitter {
    let pretty: Bool
    var out: [UInt8] = []

    init(pretty: Bool) {
        self.pretty = pretty
        out.reserveCapacity(4096)
    }

    mutating func newline(_ indent: Int) {
        guard pretty else { return }
        out.append(0x0A)
        for _ in 0..<indent { out.append(0x20); out.append(0x20) }
    }

    mutating func value(_ v: JSONValue, _ order: KeyOrder?, _ indent: Int) {
        switch v {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let n): out.append(contentsOf: n.utf8)
        case .string(let s): string(s)
        case .array(let a):
            if a.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            for (n, item) in a.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                newline(indent + 1)
                value(item, order, indent + 1)
            }
            newline(indent)
            out.append(UInt8(ascii: "]"))
        case .object(let o):
            if o.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(UInt8(ascii: "{"))
            let keys = order?.sorted(o) ?? o.keys.sorted()
            for (n, k) in keys.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                newline(indent + 1)
                string(k)
                out.append(UInt8(ascii: ":"))
                if pretty { out.append(0x20) }
                value(o[k]!, order?.child(k), indent + 1)
            }
            newline(indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    mutating func string(_ s: String) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { u in
            var runStart = 0
            for k in 0..<u.count {
                let c = u[k]
                guard c < 0x20 || c == 0x22 || c == 0x5C else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<k]))
                runStart = k + 1
                switch c {
                case 0x22: out.append(contentsOf: "\\\"".utf8)
                case 0x5C: out.append(contentsOf: "\\\\".utf8)
                case 0x0A: out.append(contentsOf: "\\n".utf8)
                case 0x0D: out.append(contentsOf: "\\r".utf8)
                case 0x09: out.append(contentsOf: "\\t".utf8)
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: "\\u00".utf8)
                    out.append(hex[Int(c >> 4)])
                    out.append(hex[Int(c & 0xF)])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<u.count]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
