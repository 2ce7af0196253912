import CaseCore
import Foundation

/// `:export FILE`: the cases now listed, streamed by CaseCore's `BundleWriter` (the document
/// `casedesk export` writes and `casedesk import` reads) into a private `ExportFile` (0600,
/// put in place whole, an existing file only with `:export!`). A case that cannot be read is
/// named in the document's `leftOut` and in the message.
enum CaseExport {
    static func write(ids: [String], from store: any CaseStore, to path: String, overwrite: Bool, now: Timestamp) -> Action {
        do {
            let written = try ExportFile.write(to: expanded(path), overwrite: overwrite) { emit in
                try BundleWriter(store: store, exported: now).write(ids: ids, to: emit)
            }
            guard !written.leftOut.isEmpty else { return .exported(path: path, count: written.cases) }
            let n = written.leftOut.count
            return .failed(message: "Exported \(written.cases) case\(written.cases == 1 ? "" : "s") to \(path); "
                           + "\(n) could not be read and \(n == 1 ? "was" : "were") left out (named in the file): "
                           + written.leftOut.prefix(3).map(\.id).joined(separator: ", ") + (n > 3 ? ", …" : ""))
        } catch let e as ExportFile.Exists {
            return .failed(message: exists(e))
        } catch {
            return .failed(message: "Cannot export to \(path): " + EffectRunner.describe(error))
        }
    }

    static func exists(_ e: ExportFile.Exists) -> String {
        e.description + ". :export! FILE replaces it."
    }

    static func expanded(_ path: String) -> String { (path as NSString).expandingTildeInPath }
}
