/// The members of a JSON object, in the order they were read or added.
///
/// Keys are compared by their UTF-8 bytes, as RFC 8259 and every other JSON reader compare
/// them: Swift's `String ==` treats a precomposed "café" (NFC) and a decomposed one (NFD)
/// as equal, so a dictionary keyed by `String` would take two different keys for one and
/// drop a value. The order is kept so that keys this program does not know are written
/// back where they were (see `KeyOrder`); equality ignores order, as a JSON object's does.
public struct JSONObject: Sendable, Hashable, ExpressibleByDictionaryLiteral, Sequence {
    public typealias Element = (key: String, value: JSONValue)

    private var entries: [Element] = []
    /// Position of each key, kept only for large objects (a map of ids, a bundle's index):
    /// below the threshold a scan of the few keys is faster than hashing.
    private var index: [ByteKey: Int]? = nil
    private static let indexThreshold = 24

    public init() {}

    public init(minimumCapacity: Int) { entries.reserveCapacity(minimumCapacity) }

    /// Last value wins for a key given twice, as in a document.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        for (k, v) in elements { self[k] = v }
    }

    public init<S: Sequence>(_ pairs: S) where S.Element == (String, JSONValue) {
        for (k, v) in pairs { self[k] = v }
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }
    public var keys: [String] { entries.map(\.key) }
    public var values: [JSONValue] { entries.map(\.value) }

    public func makeIterator() -> IndexingIterator<[Element]> { entries.makeIterator() }

    public subscript(key: String) -> JSONValue? {
        get { position(of: key).map { entries[$0].value } }
        set {
            if let i = position(of: key) {
                if let newValue { entries[i].value = newValue } else { remove(at: i) }
            } else if let newValue {
                entries.append((key, newValue))
                if index != nil { index![ByteKey(key)] = entries.count - 1 } else if entries.count > Self.indexThreshold { reindex() }
            }
        }
    }

    /// Sets `value` at `key`; returns the value it replaced (for the parser's duplicate check).
    @discardableResult
    public mutating func updateValue(_ value: JSONValue, forKey key: String) -> JSONValue? {
        let old = self[key]
        self[key] = value
        return old
    }

    /// This object with the members of `other` it lacks added after its own (`combine` decides
    /// for a key both have).
    public func merging(_ other: JSONObject, uniquingKeysWith combine: (JSONValue, JSONValue) -> JSONValue) -> JSONObject {
        var out = self
        for (k, v) in other { out[k] = out[k].map { combine($0, v) } ?? v }
        return out
    }

    public func mapValues(_ transform: (JSONValue) throws -> JSONValue) rethrows -> JSONObject {
        var out = self
        for i in out.entries.indices { out.entries[i].value = try transform(out.entries[i].value) }
        return out
    }

    private func position(of key: String) -> Int? {
        if let index { return index[ByteKey(key)] }
        var key = key
        return key.withUTF8 { k in entries.firstIndex { ByteKey.same($0.key, k) } }
    }

    private mutating func remove(at i: Int) {
        entries.remove(at: i)
        if index != nil { reindex() }
    }

    private mutating func reindex() {
        var map = [ByteKey: Int](minimumCapacity: entries.count)
        for (n, e) in entries.enumerated() { map[ByteKey(e.key)] = n }
        index = map
    }

    public static func == (a: JSONObject, b: JSONObject) -> Bool {
        guard a.count == b.count else { return false }
        return a.entries.allSatisfy { b[$0.key] == $0.value }
    }

    /// Independent of order, like `==`.
    public func hash(into hasher: inout Hasher) {
        var sum = 0
        for e in entries {
            var h = Hasher()
            ByteKey(e.key).hash(into: &h)
            h.combine(e.value)
            sum &+= h.finalize()
        }
        hasher.combine(count)
        hasher.combine(sum)
    }
}

/// A key that is equal to another only when their UTF-8 bytes are.
private struct ByteKey: Hashable {
    let text: String
    init(_ text: String) { self.text = text }
    static func == (a: ByteKey, b: ByteKey) -> Bool {
        var b = b.text
        return b.withUTF8 { same(a.text, $0) }
    }
    static func same(_ a: String, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.utf8.count == b.count else { return false }
        return a.utf8.withContiguousStorageIfAvailable { $0.elementsEqual(b) } ?? a.utf8.elementsEqual(b)
    }
    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
