/// The rules that keep a request's history true when it is edited: a change of status adds
/// an entry to the history (never rewrites one), only moves the lifecycle allows are made,
/// and `lastChased` follows the newest chase.
public enum RequestLifecycle {
    /// Moves `r` to `status` on `date`, adding a history entry. No change when the status is
    /// the same. Sets `sent` the first time a request leaves draft, if it is not set.
    public static func change(_ r: inout InternationalRequest, to status: RequestStatus, on date: Day,
                              note: String?) throws(FieldProblem) {
        guard status != r.status else { return }
        guard r.status.mayPrecede(status) else {
            let why = r.status.isOpen
                ? "a request moves forward (draft → sent → acknowledged → in execution → partially executed → executed) or ends refused or withdrawn"
                : "a \(r.status.label.lowercased()) request is closed"
            throw FieldProblem(key: "status", message: "Cannot go from \(r.status.label.lowercased()) to \(status.label.lowercased()): \(why). Use E to correct the history itself.")
        }
        if let last = r.history.last?.date, date < last {
            throw FieldProblem(key: "statusDate", message: "\(date.iso) is before the last change of status (\(last.iso))")
        }
        r.history.append(StatusChange(status: status, date: date, note: note))
        r.status = status
        if r.sent == nil, status != .withdrawn, status != .refused { r.sent = date }
    }

    /// Replaces the chases, keeping them oldest first and `lastChased` on the newest.
    public static func setChases(_ r: inout InternationalRequest, _ chases: [Chase]) {
        let sorted = chases.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        r.chases = sorted.isEmpty ? nil : sorted
        r.lastChased = sorted.last?.date
    }
}
