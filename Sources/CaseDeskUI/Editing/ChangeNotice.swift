import CaseCore

/// Noticing that another process saved a case: when a case is opened (its file is newer than
/// its summary on screen) and on `r` (which cases' revisions moved). Called from AppState's
/// store answers; the words are Editing's because the same notice guards every edit.
enum ChangeNotice {
    /// "OCD-1 changed on disk (revision 4 → 6)." when `c` is newer than what was shown.
    static func onOpen(_ state: AppState, _ c: Case) -> String? {
        guard let i = state.summaryIndex(id: c.id), state.summaries[i].revision != c.revision else { return nil }
        return "\(c.id) changed on disk since the list was read (revision \(state.summaries[i].revision) → \(c.revision))."
    }

    /// The cases whose revision differs between two readings of the store, and those that
    /// appeared or went: " · changed on disk: A, B, and 3 more".
    static func onReload(before: [CaseSummary], after: [CaseSummary]) -> String {
        guard !before.isEmpty else { return "" }
        var old: [String: Int] = [:]
        old.reserveCapacity(before.count)
        for s in before { old[s.id] = s.revision }
        var changed: [String] = []
        for s in after where old.removeValue(forKey: s.id) != s.revision { changed.append(s.id) }
        let gone = old.count
        var parts: [String] = []
        if !changed.isEmpty {
            let shown = changed.prefix(3).joined(separator: ", ")
            parts.append("changed on disk: " + shown + (changed.count > 3 ? " and \(changed.count - 3) more" : ""))
        }
        if gone > 0 { parts.append("\(gone) removed") }
        return parts.isEmpty ? "" : " · " + parts.joined(separator: "; ")
    }
}
