/// One allowed value of a field: what is stored (`value`, e.g. `inCustody`, `ES`, a person id)
/// and what a user reads (`label`, e.g. "In custody", "Spain", "Priya Shah").
public struct Choice: Sendable, Equatable, Hashable {
    public var value: String
    public var label: String
    public init(value: String, label: String) { self.value = value; self.label = label }

    /// `value — label`, or the value alone when they say the same thing.
    public var display: String {
        SearchText.fold(value) == SearchText.fold(label) ? value : "\(value) — \(label)"
    }

    public static func of<V: Vocabulary>(_ type: V.Type) -> [Choice] {
        type.allCases.map { Choice(value: $0.rawValue, label: $0.label) }
    }
    public static func countries() -> [Choice] {
        Countries.codes.map { Choice(value: $0, label: Countries.name(of: $0) ?? $0) }
    }
    /// The people a field may name. A retired person is offered only as `keeping`, the value
    /// the field holds already: no new work goes to them, and a case that names them keeps them.
    public static func people(_ meta: StoreMeta?, roles: Set<PersonRole>? = nil, keeping: String? = nil) -> [Choice] {
        (meta?.people ?? []).filter { (roles?.contains($0.role) ?? true) && ($0.retired == nil || $0.id == keeping) }
            .map { Choice(value: $0.id, label: "\(meta?.personName($0.id) ?? $0.name) (\($0.role.label)\(retiredNote($0.retired)))") }
    }
    /// The units a case may be in; a retired unit only as `keeping`, as for people.
    public static func units(_ meta: StoreMeta?, keeping: String? = nil) -> [Choice] {
        (meta?.units ?? []).filter { $0.retired == nil || $0.id == keeping }
            .map { Choice(value: $0.id, label: $0.name + ($0.retired == nil ? "" : " (\(retiredNote($0.retired).dropFirst(2)))")) }
    }
    private static func retiredNote(_ day: Day?) -> String { day.map { ", retired \($0.iso)" } ?? "" }
}

/// Completion over a list of choices: what a typed prefix may become, and which value a
/// finished text means. Matching ignores case and accents, and looks at the value, the
/// whole label and each word of the label, so "spa", "ES" and "Spain" all find Spain.
public enum Completion {
    /// The choices that `text` could be the start of, best first: exact matches, then
    /// prefixes of the value, then prefixes of the label or of one of its words.
    public static func candidates(_ text: String, in choices: [Choice], limit: Int = 50) -> [Choice] {
        let q = SearchText.fold(text.trimmingWhitespace)
        guard !q.isEmpty else { return Array(choices.prefix(limit)) }
        var exact: [Choice] = [], valuePrefix: [Choice] = [], labelPrefix: [Choice] = []
        for c in choices {
            let v = SearchText.fold(c.value), l = SearchText.fold(c.label)
            if v == q || l == q { exact.append(c) } else if v.hasPrefix(q) { valuePrefix.append(c) } else if l.hasPrefix(q) || l.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains(where: { $0.hasPrefix(q) }) {
                labelPrefix.append(c)
            }
            if exact.count + valuePrefix.count >= limit { break }
        }
        return Array((exact + valuePrefix + labelPrefix).prefix(limit))
    }

    /// The value a finished text names: an exact value or label (ignoring case and accents),
    /// else the only candidate. Nil when nothing or more than one choice fits.
    public static func resolve(_ text: String, in choices: [Choice]) -> String? {
        let q = SearchText.fold(text.trimmingWhitespace)
        guard !q.isEmpty else { return nil }
        if let c = choices.first(where: { SearchText.fold($0.value) == q || SearchText.fold($0.label) == q }) { return c.value }
        let cs = candidates(text, in: choices, limit: 2)
        return cs.count == 1 ? cs[0].value : nil
    }
}
