/// The order in which the writer puts the keys of an object: the keys a type knows, in the
/// order of `domain.md`, then any other keys in the order they were read (keys a newer
/// program wrote come back where they were), so output is deterministic and diffs of a case
/// file stay small. `children[key]` is the order of the value at `key` (or of each element,
/// when that value is an array); the value of a key the type does not know keeps its own
/// order all the way down (`asRead`).
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

    /// No key known: every object keeps the order it was read in.
    static let asRead = KeyOrder([])

    /// The keys of `object` in writing order.
    func sorted(_ object: JSONObject) -> [String] {
        var known: [(Int, String)] = []
        var unknown: [String] = []
        known.reserveCapacity(object.count)
        for (k, _) in object {
            if let n = rank[k] { known.append((n, k)) } else { unknown.append(k) }
        }
        known.sort { $0.0 < $1.0 }
        return known.map(\.1) + unknown
    }

    /// The order of the value at `key`: the one given, none (sorted) for a known key without
    /// one, and the order as read for a key this type does not know.
    func child(_ key: String) -> KeyOrder? {
        children[key] ?? (rank[key] == nil ? KeyOrder.asRead : nil)
    }
}
