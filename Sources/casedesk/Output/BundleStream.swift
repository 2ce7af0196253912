import CaseCore
import Dispatch
import Foundation

/// Writes the export bundle of a large store without holding it in memory: the envelope
/// comes from `CaseBundle.encode()` (so the format stays the store's), and the cases are
/// loaded, encoded with `CaseCodec` and written in order, a few hundred at a time, in
/// parallel. `CaseBundle.exportBundle` builds the whole bundle as one value, which for a
/// 100,000-case store needs about 2 GB; this needs a few MB. The cases are indented one
/// level less than in `CaseBundle.encode()`; the document is the same JSON.
struct BundleStream {
    let store: JSONDirectoryStore

    /// The envelope before and after the cases, or nil if the encoder's layout is not the one
    /// expected (then the caller falls back to the in-memory bundle).
    static func envelope(exported: Timestamp) -> (head: [UInt8], tail: [UInt8])? {
        let empty = Array(CaseBundle(exported: exported, cases: []).encode())
        let marker = Array("\"cases\": []".utf8)
        guard let at = Self.lastRange(of: marker, in: empty) else { return nil }
        let head = Array(empty[..<(at + marker.count - 1)])       // up to and including "["
        let tail = Array("\n".utf8) + Array(empty[(at + marker.count - 1)...])  // "]\n}\n"
        return (head, tail)
    }

    static func lastRange(of needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard hay.count >= needle.count else { return nil }
        for start in stride(from: hay.count - needle.count, through: 0, by: -1)
        where hay[start..<(start + needle.count)].elementsEqual(needle) {
            return start
        }
        return nil
    }

    /// Writes the bundle of `ids` (in that order) through `write`, returning the case files
    /// that could not be read (left out).
    func write(ids: [String], exported: Timestamp, envelope: (head: [UInt8], tail: [UInt8]),
               _ write: ([UInt8]) throws -> Void) throws -> [DamagedCase] {
        try write(envelope.head)
        var damaged: [DamagedCase] = []
        var first = true
        let batch = 512
        for start in stride(from: 0, to: ids.count, by: batch) {
            let slice = Array(ids[start..<min(ids.count, start + batch)])
            let encoded = Self.encode(slice, store: store)
            for (n, result) in encoded.enumerated() {
                switch result {
                case .success(let bytes):
                    try write(Array((first ? "\n" : ",\n").utf8))
                    first = false
                    // CaseCodec ends a document with a newline; inside the array it is dropped.
                    try write(bytes.last == 0x0A ? Array(bytes.dropLast()) : bytes)
                case .failure(StoreError.unreadable(let path, let problems)):
                    damaged.append(DamagedCase(id: slice[n], path: path, problems: problems))
                case .failure(StoreError.cannotRead(let path, let reason)):
                    damaged.append(DamagedCase(id: slice[n], path: path, problems: [Problem(file: path, message: reason)]))
                case .failure(let error):
                    throw error
                }
            }
        }
        try write(first ? Array(envelope.tail.dropFirst()) : envelope.tail)
        return damaged
    }

    /// Loads and encodes `ids` on every core; results in the order of `ids`.
    static func encode(_ ids: [String], store: JSONDirectoryStore) -> [Result<[UInt8], StoreError>] {
        let results = Results(count: ids.count)
        DispatchQueue.concurrentPerform(iterations: ids.count) { n in
            do {
                results.set(n, .success(CaseCodec.encodeBytes(try store.load(id: ids[n]))))
            } catch let e as StoreError {
                results.set(n, .failure(e))
            } catch {
                results.set(n, .failure(.io(path: ids[n], reason: "\(error)")))
            }
        }
        return results.values.map { $0! }
    }

    /// One slot per case, each written by exactly one worker.
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [Result<[UInt8], StoreError>?]
        init(count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ n: Int, _ r: Result<[UInt8], StoreError>) { lock.lock(); values[n] = r; lock.unlock() }
    }
}
