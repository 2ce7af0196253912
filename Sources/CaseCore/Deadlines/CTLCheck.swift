/// `casedesk check --deadlines`: every running custody time limit that needs someone today,
/// for a daily cron or CI job. An expired CTL, or one at risk (expiring within 28 days with no
/// extension applied for), fails the check; a running CTL whose expiry is not known (limit
/// `other` and no court date) is a warning, since nothing can be counted from it.
public struct CTLFinding: Sendable, Equatable {
    public var caseID: String
    public var defendantID: String
    public var defendantName: String
    /// The CTL's place in the defendant's `custodyTimeLimits` (its JSON path).
    public var index: Int
    public var charge: String?
    public var state: CTLState
    public var expiry: Day?
    public var daysLeft: Int?
    public var source: CustodyTimeLimit.ExpirySource
    public var refusedExtensions: Int

    /// Expired and at risk fail the check; no expiry only warns.
    public var fails: Bool { state == .expired || state == .atRisk }

    public var path: String { "defendants[\(defendantID)].custodyTimeLimits[\(index)]" }

    /// One line that says why: what, whose, when and what is missing.
    public var line: String {
        let who = "\(caseID) \(defendantName) (\(defendantID))" + (charge.map { ", \($0)" } ?? "")
        let since: String
        switch source {
        case .computed: since = "computed from the limit"
        case .court: since = "the court's date"
        case .extension: since = "as extended"
        case .unknown: since = ""
        }
        switch state {
        case .expired:
            let ago = -(daysLeft ?? 0)
            return "\(who): CTL EXPIRED on \(expiry?.iso ?? "?") (\(since)), \(ago) day\(ago == 1 ? "" : "s") ago, still running: record its end or an extension"
        case .atRisk:
            let left = daysLeft ?? 0
            let refused = refusedExtensions > 0 ? " (\(refusedExtensions) refused)" : ""
            let when = left == 0 ? "today" : "in \(left) day\(left == 1 ? "" : "s")"
            return "\(who): CTL AT RISK, expires \(expiry?.iso ?? "?") (\(since)) \(when), no extension applied for\(refused)"
        default:
            return "\(who): CTL running with no expiry known (limit other, no court date): warning"
        }
    }
}

public enum CTLCheck {
    /// The findings of every case, most serious first (expired, at risk, no expiry), then by
    /// expiry and case.
    public static func findings(_ summaries: [CaseSummary], today: Day) -> [CTLFinding] {
        var out: [CTLFinding] = []
        for s in summaries {
            for d in s.defendants {
                for (n, c) in d.custodyTimeLimits.enumerated() {
                    let state = c.state(on: today)
                    guard state == .expired || state == .atRisk || state == .noExpiry else { continue }
                    out.append(CTLFinding(caseID: s.id, defendantID: d.id, defendantName: d.name, index: n, charge: c.charge,
                                          state: state, expiry: c.expiry, daysLeft: c.daysLeft(on: today),
                                          source: c.expirySource,
                                          refusedExtensions: c.extensions.filter { $0.granted == false }.count))
                }
            }
        }
        return out.sorted { a, b in
            if a.state != b.state { return a.state < b.state }
            if a.expiry != b.expiry { return (a.expiry ?? Day(ordinal: Int32.max)) < (b.expiry ?? Day(ordinal: Int32.max)) }
            if a.caseID != b.caseID { return a.caseID < b.caseID }
            return (a.defendantID, a.index) < (b.defendantID, b.index)
        }
    }
}
