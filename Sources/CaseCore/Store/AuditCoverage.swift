/// Proof that the audit trail covers every revision of every case: each revision from 1 to
/// the one on disk has exactly one audit line (lines carry the revision they wrote). Lines
/// written before revisions were recorded carry none; they stand for the revisions that
/// have no numbered line, one each, so an old store is not reported for its history.
enum AuditCoverage {
    static func gaps(_ entries: [AuditEntry], revisions: [String: Int], file: String) -> [Problem] {
        var numbered: [String: [Int: Int]] = [:]
        var unnumbered: [String: Int] = [:]
        for e in entries where !e.case.isEmpty && e.action != "delete" {
            if let r = e.revision { numbered[e.case, default: [:]][r, default: 0] += 1 } else { unnumbered[e.case, default: 0] += 1 }
        }
        var out: [Problem] = []
        for (id, revision) in revisions.sorted(by: { $0.key < $1.key }) {
            let lines = numbered[id] ?? [:]
            for (r, n) in lines.sorted(by: { $0.key < $1.key }) where n > 1 && r <= revision {
                out.append(Problem(file: file, message: "case \(id): revision \(r) has \(n) audit lines, not one"))
            }
            let missing = (1...max(1, revision)).filter { lines[$0] == nil }
            if missing.count > (unnumbered[id] ?? 0) {
                let shown = missing.prefix(5).map(String.init).joined(separator: ", ") + (missing.count > 5 ? ", …" : "")
                out.append(Problem(file: file, message: "case \(id): revision\(missing.count == 1 ? "" : "s") \(shown) of \(revision) "
                                   + "\(missing.count == 1 ? "has" : "have") no audit line"))
            }
        }
        return out
    }
}
