/// The rules shared by the decoder (checking a file) and `CaseValidator` (checking a value
/// built by a form), so a rule is written once and both report it with the same words.
/// Each returns problems at paths under the `path` it is given.
enum CaseChecks {
    /// nil when `code` is two upper-case letters naming a known country.
    static func countryProblem(_ code: String) -> String? {
        let u = code.utf8
        guard u.count == 2, u.allSatisfy({ (65...90).contains($0) }) else {
            return "expected a country code of two upper-case letters (ISO 3166-1, e.g. \"ES\"), found \"\(code)\""
        }
        if !Countries.isKnown(code) { return "unknown country code \"\(code)\"" }
        return nil
    }

    static func caseIDProblem(_ id: String, fileName: String?) -> String? {
        guard Case.isValidID(id) else {
            return "bad case id \"\(id)\": use 1 to 40 letters, digits, '.', '_' or '-', starting with a letter or digit"
        }
        if let fileName, fileName != id {
            return "the id \"\(id)\" does not match the file name \"\(fileName).json\""
        }
        return nil
    }

    /// Every id after its first use is a problem, at `path[n].id`.
    static func duplicates(_ ids: [String?], what: String, path: String) -> [Problem] {
        // Most lists are a few items long and have no repeat: found so without a dictionary
        // (every case file read is checked).
        if ids.count < 16, !ids.indices.contains(where: { n in ids[n] != nil && ids[..<n].contains(ids[n]) }) { return [] }
        var first: [String: Int] = [:]
        var out: [Problem] = []
        for (n, id) in ids.enumerated() {
            guard let id else { continue }
            if let f = first[id] {
                out.append(Problem(path: "\(path)[\(n)].id", message: "duplicate \(what) \"\(id)\" (also at \(path)[\(f)])"))
            } else {
                first[id] = n
            }
        }
        return out
    }

    /// The history follows the lifecycle (`RequestStatus.mayPrecede`), its dates never go
    /// back, and its newest entry is the request's status.
    static func history(_ h: [StatusChange], status: RequestStatus?, path: @autoclosure () -> String) -> [Problem] {
        var out: [Problem] = []
        for k in h.indices.dropFirst() {
            let a = h[k - 1], b = h[k]
            if !a.status.mayPrecede(b.status) {
                out.append(Problem(path: "\(path())[\(k)].status",
                                   message: "'\(b.status.rawValue)' cannot follow '\(a.status.rawValue)' in a request's history (draft → sent → acknowledged → inExecution → partiallyExecuted → executed; refused or withdrawn end an open request)"))
            }
            if b.date < a.date {
                out.append(Problem(path: "\(path())[\(k)].date",
                                   message: "\(b.date.iso) is before the previous entry's date \(a.date.iso); the history must be oldest first"))
            }
        }
        if let status, let last = h.last, last.status != status {
            out.append(Problem(path: "\(path())[\(h.count - 1)].status",
                               message: "the newest history entry is '\(last.status.rawValue)' but the request's status is '\(status.rawValue)'"))
        }
        return out
    }

    /// `lastChased` is the newest chase when chases are recorded.
    static func lastChased(_ last: Day?, chases: [Chase]?, path: @autoclosure () -> String) -> [Problem] {
        guard let newest = chases?.lazy.map(\.date).max() else { return [] }
        guard let last else {
            return [Problem(path: path(), message: "missing although chases are recorded (the newest is \(newest.iso))")]
        }
        if last < newest {
            return [Problem(path: path(), message: "\(last.iso) is older than the newest chase, \(newest.iso)")]
        }
        return []
    }

    /// A warning, not an error: `finalised` is set when every defendant has an outcome.
    static func finalised(_ day: Day, defendants: [Defendant], path: String) -> [Problem] {
        let open = defendants.filter { $0.outcome == nil }.map(\.id)
        guard !open.isEmpty else { return [] }
        return [Problem(path: path,
                        message: "set to \(day.iso) although defendant\(open.count == 1 ? "" : "s") \(open.joined(separator: ", ")) \(open.count == 1 ? "has" : "have") no outcome",
                        isWarning: true)]
    }
}
