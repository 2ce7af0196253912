/// One difference between two versions of a case, down to a value: `defendants[1].custody:
/// onBail → inCustody`. Used to show "the other change" when someone else saved first.
public struct FieldChange: Sendable, Equatable, CustomStringConvertible {
    /// `title`, `defendants[1].custody`, `hearings[3]` (a whole element added or removed).
    public var path: String
    /// The value before, compact JSON; nil when the field or element was added.
    public var old: String?
    /// The value after; nil when it was removed.
    public var new: String?

    public init(path: String, old: String?, new: String?) { self.path = path; self.old = old; self.new = new }

    public var description: String {
        switch (old, new) {
        case (nil, let n?): "\(path): added \(n)"
        case (let o?, nil): "\(path): removed (was \(o))"
        default: "\(path): \(old ?? "") → \(new ?? "")"
        }
    }

    /// The differences from `old` to `new`, in key order; `revision` and `updated`, which
    /// change on every save, are left out at the top level. Arrays are compared element by
    /// element: a longer or shorter array shows its extra elements as added or removed.
    public static func between(_ old: JSONValue, _ new: JSONValue, ignoring: Set<String> = ["revision", "updated"]) -> [FieldChange] {
        var out: [FieldChange] = []
        diff(old, new, path: "", ignoring: ignoring, into: &out)
        return out
    }

    static func diff(_ a: JSONValue, _ b: JSONValue, path: String, ignoring: Set<String>, into out: inout [FieldChange]) {
        guard a != b else { return }
        switch (a, b) {
        case (.object(let x), .object(let y)):
            for key in Set(x.keys).union(y.keys).sorted() where !(path.isEmpty && ignoring.contains(key)) {
                let p = path.isEmpty ? key : "\(path).\(key)"
                switch (x[key], y[key]) {
                case (let u?, let v?): diff(u, v, path: p, ignoring: ignoring, into: &out)
                case (let u?, nil): out.append(FieldChange(path: p, old: compact(u), new: nil))
                case (nil, let v?): out.append(FieldChange(path: p, old: nil, new: compact(v)))
                case (nil, nil): break
                }
            }
        case (.array(let x), .array(let y)):
            for i in 0..<max(x.count, y.count) {
                let p = "\(path)[\(i)]"
                if i < x.count, i < y.count {
                    diff(x[i], y[i], path: p, ignoring: ignoring, into: &out)
                } else if i < x.count {
                    out.append(FieldChange(path: p, old: compact(x[i]), new: nil))
                } else {
                    out.append(FieldChange(path: p, old: nil, new: compact(y[i])))
                }
            }
        default:
            out.append(FieldChange(path: path.isEmpty ? "$" : path, old: compact(a), new: compact(b)))
        }
    }

    /// One-line JSON with sorted keys; strings are quoted so that "" and null differ.
    public static func compact(_ v: JSONValue) -> String {
        switch v {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n
        case .string(let s): return quote(s)
        case .array(let a): return "[" + a.map(compact).joined(separator: ", ") + "]"
        case .object(let o):
            return "{" + o.keys.sorted().map { "\($0): \(compact(o[$0]!))" }.joined(separator: ", ") + "}"
        }
    }

    /// A string as JSON writes it (JSONWriter's one escaping rule: a CR or a control character
    /// in a note is escaped, so the change stays one line).
    static func quote(_ s: String) -> String { JSONWriter.compactString(.string(s)) }
}
