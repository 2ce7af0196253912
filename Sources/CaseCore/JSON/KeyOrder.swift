/// The order in which the writer puts the keys of an object: the keys a type knows, in the
/// order of `domain.md`, then any other keys sorted, so output is deterministic and diffs of
/// a case file stay small. `children[key]` is the order of the value at `key` (or of each
/// element, when that value is an array).
public final class KeyOrder: Sendable {
    public let keys: [String]
    let rank: [String: Int]
    let children: [String: KeyOrder]

    public init(_ keys: [String], children: [String: KeyOrder] = [:]) {
        self.keys = keys
        var r: [String: Int] = [:]
        for (n, k) in keys.enumerated() { r[k] = n }
        self.rank = r
        self.children = children
    }

    /// The keys of `object` in writing order.
    func sorted(_ object: [String: JSONValue]) -> [String] {
        var known: [(Int, String)] = []
        var unknown: [String] = []
        known.reserveCapacity(object.count)
        for k in object.keys {
            if let n = rank[k] { known.append((n, k)) } else { unknown.append(k) }
        }
        known.sort { $0.0 < $1.0 }
        unknown.sort()
        return known.map(\.1) + unknown
    }
}
