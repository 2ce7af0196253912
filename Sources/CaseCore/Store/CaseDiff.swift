/// The fields that differ between two versions of a case, as short JSON paths for the
/// audit trail: `status, defendants[1].outcome, requests[0].history`. Deep enough to say
/// what changed, shallow enough to read: top-level keys, and inside arrays of the same
/// length, the element and its key. `revision` and `updated` change on every save and are
/// left out.
enum CaseDiff {
    static let ignored: Set<String> = ["revision", "updated"]

    static func changes(from old: JSONValue, to new: JSONValue) -> [String] {
        guard case .object(let a) = old, case .object(let b) = new else { return ["$"] }
        var out: [String] = []
        for key in ModelKeys.case.sorted(a.merging(b) { x, _ in x }) where !ignored.contains(key) {
            let x = a[key], y = b[key]
            if x == y { continue }
            if case .array(let xs)? = x, case .array(let ys)? = y, xs.count == ys.count {
                for n in xs.indices where xs[n] != ys[n] {
                    if case .object(let xo) = xs[n], case .object(let yo) = ys[n] {
                        let order = ModelKeys.case.children[key]
                        let keys = order?.sorted(xo.merging(yo) { p, _ in p }) ?? Array(Set(xo.keys).union(yo.keys)).sorted()
                        for k in keys where xo[k] != yo[k] { out.append("\(key)[\(n)].\(k)") }
                    } else {
                        out.append("\(key)[\(n)]")
                    }
                }
            } else {
                out.append(key)
            }
        }
        return out
    }

    static func detail(from old: JSONValue, to new: JSONValue) -> String {
        let c = changes(from: old, to: new)
        return c.isEmpty ? "no change" : c.joined(separator: ", ")
    }
}
