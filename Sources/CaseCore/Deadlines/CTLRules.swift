/// Custody time limits as pure functions of the record and `today` (docs/deadlines.md has
/// the counting rule and its source).
///
/// Counting: the day of the first remand (`from`) is not counted; the limit's last day is
/// `from` + the limit's days, and the CTL has expired on the day after that.
extension CustodyTimeLimit {
    /// `from` + the limit's days; nil for `other`.
    public var computedExpiry: Day? { limit.days.map { from.adding(days: $0) } }

    /// The newest granted extension with a new expiry, if any.
    public var grantedExtension: CTLExtension? {
        extensions.last { $0.granted == true && $0.newExpiry != nil }
    }

    /// The expiry in force: a granted extension's new expiry, else the court's date, else
    /// the computed one.
    public var expiry: Day? { grantedExtension?.newExpiry ?? expires ?? computedExpiry }

    public var expirySource: ExpirySource {
        if grantedExtension != nil { return .extension }
        if expires != nil { return .court }
        return computedExpiry == nil ? .unknown : .computed
    }

    /// The court's date when it differs from the program's computation (shown, never hidden).
    public var courtDifference: (court: Day, computed: Day)? {
        guard let court = expires, let computed = computedExpiry, court != computed else { return nil }
        return (court, computed)
    }

    /// An application for an extension not yet decided.
    public var extensionPending: Bool { extensions.contains { $0.granted == nil } }

    /// Running until it ends; on the day of `ended` it no longer runs (trial started, bail...).
    public func isRunning(on today: Day) -> Bool {
        guard let ended else { return true }
        return today < ended.date
    }

    /// Days from today to the expiry (negative once passed); nil when there is no expiry.
    public func daysLeft(on today: Day) -> Int? { expiry.map { today.days(to: $0) } }

    public func state(on today: Day) -> CTLState {
        guard isRunning(on: today) else { return .ended }
        guard let left = daysLeft(on: today) else { return .noExpiry }
        if left < 0 { return .expired }
        if left <= DeadlineRules.atRiskWithinDays && !extensionPending { return .atRisk }
        return .running
    }

    /// The first 28-day review on or after `today` while the CTL runs and before it expires.
    public func nextReview(onOrAfter today: Day) -> Day? {
        guard isRunning(on: today) else { return nil }
        let step = DeadlineRules.ctlReviewEveryDays
        let elapsed = from.days(to: today)
        let k = max(1, (elapsed + step - 1) / step)
        let review = from.adding(days: k * step)
        if let e = expiry, review > e { return nil }
        if let end = ended?.date, review >= end { return nil }
        return review
    }

    /// A failure: the CTL ran past its expiry (up to `today`, or to when it ended).
    public func failed(asOf today: Day) -> Bool {
        guard let e = expiry else { return false }
        let stopped = ended.map { min($0.date, today) } ?? today
        return stopped > e
    }

    public enum ExpirySource: Sendable, Equatable { case computed, court, `extension`, unknown }
}

/// The CTL marks, most serious first.
public enum CTLState: Sendable, Equatable, Comparable {
    case expired, atRisk, running, noExpiry, ended
    public var word: String {
        switch self {
        case .expired: "EXPIRED"
        case .atRisk: "AT RISK"
        case .running: "running"
        case .noExpiry: "no expiry"
        case .ended: "ended"
        }
    }
}

public enum CTLRules {
    /// 182 days from sending to the Crown Court, less the days already spent in custody at
    /// the magistrates' court for that charge. With `from` the first remand, this equals
    /// `from` + 182 when custody was continuous.
    public static func crownCourtExpiry(sentOn: Day, daysAlreadyInCustody: Int) -> Day {
        sentOn.adding(days: 182 - daysAlreadyInCustody)
    }
}

extension Defendant {
    /// The running CTL that expires first (the one to watch), with its index.
    public func earliestRunningCTL(on today: Day) -> (index: Int, ctl: CustodyTimeLimit)? {
        Defendant.earliestRunning(custodyTimeLimits, on: today)
    }

    static func earliestRunning(_ ctls: [CustodyTimeLimit], on today: Day) -> (index: Int, ctl: CustodyTimeLimit)? {
        var best: (Int, CustodyTimeLimit)?
        for (n, c) in ctls.enumerated() where c.isRunning(on: today) {
            guard let e = c.expiry else { if best == nil { best = (n, c) }; continue }
            if let b = best, let be = b.1.expiry, be <= e { continue }
            best = (n, c)
        }
        return best.map { (index: $0.0, ctl: $0.1) }
    }
}
