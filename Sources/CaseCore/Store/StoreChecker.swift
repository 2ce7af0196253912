import Foundation

/// `casedesk check`: every problem of every file of a store, read-only. store.json, each
/// case (syntax, types, rules, references to units, people and defendants), request ids
/// used by more than one case (they are unique in the store), and unreadable audit lines.
/// Warnings are included (`Problem.isWarning`); the command fails when any problem is not a
/// warning.
public enum StoreChecker {
    public static func check(directory: URL) -> [Problem] {
        let store = JSONDirectoryStore(directory: directory)
        let meta: StoreMeta
        do {
            meta = try store.readMeta()
        } catch StoreError.unreadable(_, let problems) {
            return problems
        } catch {
            return [Problem(file: store.metaPath, message: "\(error)")]
        }
        let files: [(name: String, size: Int, mtime: Int64)]
        do {
            files = try PosixFile.list(store.casesDir).filter { $0.name.hasSuffix(".json") && !$0.name.hasPrefix(".") }
                .sorted { $0.name < $1.name }
        } catch {
            return [Problem(file: store.casesDir, message: error.description)]
        }
        var results = [FileCheck?](repeating: nil, count: files.count)
        let casesDir = store.casesDir
        results.withUnsafeMutableBufferPointer { buf in
            let slots = ResultSlots(base: buf.baseAddress!)
            let chunk = 128
            DispatchQueue.concurrentPerform(iterations: (files.count + chunk - 1) / chunk) { k in
                var buffer: [UInt8] = []
                for n in (k * chunk)..<min(files.count, (k + 1) * chunk) {
                    slots.base[n] = checkFile(casesDir + "/" + files[n].name, name: files[n].name, meta: meta, buffer: &buffer)
                }
            }
        }
        var out: [Problem] = []
        var requestOwner: [String: String] = [:]
        for case let r? in results {
            out += r.problems
            for (id, path) in r.requestIDs {
                if let owner = requestOwner[id] {
                    out.append(Problem(file: r.file, path: path, message: "duplicate request id \"\(id)\" (also in \(owner))"))
                } else {
                    requestOwner[id] = r.file
                }
            }
        }
        if let log = try? AuditTrail.read(store.auditPath, caseID: nil) { out += log.skipped }
        return out
    }

    struct FileCheck: Sendable {
        var file: String
        var problems: [Problem]
        /// Request ids and their JSON paths, for the store-wide uniqueness check.
        var requestIDs: [(String, String)]
    }

    static func checkFile(_ path: String, name: String, meta: StoreMeta, buffer: inout [UInt8]) -> FileCheck {
        let id = String(name.dropLast(5))
        do throws(StoreError) {
            guard try PosixFile.read(path, into: &buffer) else { return FileCheck(file: path, problems: [], requestIDs: []) }
        } catch {
            return FileCheck(file: path, problems: [Problem(file: path, message: error.description)], requestIDs: [])
        }
        do throws(CaseFileError) {
            let (c, warnings) = try buffer.withUnsafeBufferPointer { b throws(CaseFileError) in
                try CaseCodec.decode(bytes: b, fileName: id, file: path)
            }
            var problems = warnings
            for var p in CaseValidator.problems(of: c, meta: meta) {
                p.file = path
                if !problems.contains(p) { problems.append(p) }
            }
            let ids = c.requests.enumerated().map { (n, r) in (r.id, "$.requests[\(n)].id") }
            return FileCheck(file: path, problems: problems, requestIDs: ids)
        } catch {
            return FileCheck(file: path, problems: error.problems, requestIDs: [])
        }
    }
}
