import Dispatch
import Foundation

/// Streams the export bundle of a store (the `CaseBundle` document, byte for byte what
/// `CaseBundle.encode()` writes) without holding it in memory: the cases are loaded and
/// encoded a few hundred at a time (in parallel for the directory store) and handed to a sink
/// in order. For a 100,000-case store a bundle value needs about 2 GB; this needs a few MB.
/// `casedesk export` and the UI's `:export` both write through it.
///
/// A case that cannot be loaded (a damaged file, a FIFO, a case deleted meanwhile) is left out
/// and named in the document's `leftOut`, so the document is always whole and valid and never
/// passes for the whole store when it is not. Only the sink's own errors stop the stream.
public struct BundleWriter: Sendable {
    public let store: any CaseStore
    public let exported: Timestamp
    /// Applied to each case's JSON and each left-out entry before it is written (the CLI makes
    /// strings visible when the document goes to a terminal).
    public var transform: (@Sendable (JSONValue) -> JSONValue)?

    public init(store: any CaseStore, exported: Timestamp, transform: (@Sendable (JSONValue) -> JSONValue)? = nil) {
        self.store = store; self.exported = exported; self.transform = transform
    }

    /// What was written: the number of cases, and those left out with why.
    public struct Written: Sendable, Equatable {
        public var cases: Int
        public var leftOut: [DamagedCase]
    }

    /// Writes the bundle of `ids`, in that order, through `sink`.
    public func write(ids: [String], to sink: ([UInt8]) throws -> Void) throws -> Written {
        let t = transform ?? { $0 }
        var head = "{\n  \"format\": " + string(CaseBundle.format) + ",\n  \"schemaVersion\": \(CaseBundle.currentSchemaVersion),\n"
        head += "  \"exported\": " + string(exported.iso) + ",\n  \"cases\": ["
        try sink(Array(head.utf8))
        var leftOut: [DamagedCase] = []
        var count = 0
        let batch = 512
        for start in stride(from: 0, to: ids.count, by: batch) {
            let slice = Array(ids[start..<min(ids.count, start + batch)])
            for loaded in load(slice) {
                switch loaded {
                case .loaded(let c):
                    try sink(Array((count == 0 ? "\n    " : ",\n    ").utf8)
                             + JSONWriter.pretty(t(c.toJSON()), order: ModelKeys.case, indent: 2))
                    count += 1
                case .leftOut(let d):
                    leftOut.append(d)
                }
            }
        }
        var tail = count == 0 ? "]" : "\n  ]"
        if !leftOut.isEmpty {
            let entries = leftOut.map { t(Self.leftOutEntry($0).toJSON()) }
            tail += ",\n  \"leftOut\": " + String(decoding: JSONWriter.pretty(.array(entries), order: ModelKeys.leftOut, indent: 1),
                                                  as: UTF8.self)
        }
        try sink(Array((tail + "\n}\n").utf8))
        return Written(cases: count, leftOut: leftOut)
    }

    /// How a case left out is named in the document.
    public static func leftOutEntry(_ d: DamagedCase) -> CaseBundle.LeftOut {
        CaseBundle.LeftOut(id: d.id, problem: d.problems.map(\.description).joined(separator: "; "))
    }

    private func string(_ s: String) -> String {
        String(decoding: JSONWriter.compact(transform?(.string(s)) ?? .string(s)), as: UTF8.self)
    }

    /// Loads `ids` (on every core for the directory store, whose reads are independent; in
    /// one request for a store that loads many at once); results in the order of `ids`.
    func load(_ ids: [String]) -> [Loaded] {
        let store = self.store
        if let many = store as? any ManyCaseLoading {
            return zip(ids, many.load(ids: ids)).map { id, r in
                switch r {
                case .success(let c): .loaded(c)
                case .failure(let e): .leftOut(Self.damaged(id: id, error: e.error, store: store))
                }
            }
        }
        let one: @Sendable (String) -> Loaded = { id in
            do { return .loaded(try store.load(id: id)) } catch {
                return .leftOut(Self.damaged(id: id, error: error, store: store))
            }
        }
        guard store is JSONDirectoryStore, ids.count > 1 else { return ids.map(one) }
        let results = Slots(count: ids.count)
        DispatchQueue.concurrentPerform(iterations: ids.count) { n in results.set(n, one(ids[n])) }
        return results.values.map { $0! }
    }

    static func damaged(id: String, error: any Error, store: any CaseStore) -> DamagedCase {
        switch error {
        case StoreError.unreadable(let path, let problems):
            return DamagedCase(id: id, path: path, problems: problems)
        case StoreError.cannotRead(let path, let reason):
            return DamagedCase(id: id, path: path, problems: [Problem(file: path, message: reason)])
        case StoreError.notFound:
            return DamagedCase(id: id, path: id, problems: [Problem(message: "deleted while the export was written")])
        default:
            let path = (store as? JSONDirectoryStore)?.casePath(id) ?? id
            return DamagedCase(id: id, path: path, problems: [Problem(file: path, message: "\(error)")])
        }
    }

    enum Loaded: Sendable {
        case loaded(Case)
        case leftOut(DamagedCase)
    }

    /// One slot per case, each written by exactly one worker.
    final class Slots: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [Loaded?]
        init(count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ n: Int, _ r: Loaded) { lock.lock(); values[n] = r; lock.unlock() }
    }
}

/// A store that reads many whole cases in one request (a server: one query rather than one
/// round trip per case), for the export.
public protocol ManyCaseLoading: CaseStore {
    /// The cases of `ids`, in that order; each failure is what `load(id:)` would throw.
    func load(ids: [String]) -> [Result<Case, LoadFailure>]
}

/// Why one case of many could not be loaded: the error `load(id:)` would throw.
public struct LoadFailure: Error, Sendable {
    public var error: any Error
    public init(_ error: any Error) { self.error = error }
}
