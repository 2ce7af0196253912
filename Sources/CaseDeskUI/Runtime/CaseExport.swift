import CaseCore
import Foundation

/// `:export FILE`: the cases now listed, read whole from their files, as one CaseBundle (the
/// format `casedesk import` reads), written atomically so a failed export leaves no half file.
enum CaseExport {
    static func write(ids: [String], from store: any CaseStore, to path: String, now: Timestamp) throws -> Int {
        let cases = try ids.map { try store.load(id: $0) }
        let data = CaseBundle(exported: now, cases: cases).encode()
        let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
        do { try data.write(to: url, options: .atomic) } catch {
            throw StoreError.io(path: url.path, reason: error.localizedDescription)
        }
        return cases.count
    }
}
