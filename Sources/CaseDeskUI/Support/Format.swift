import CaseCore

/// How figures are written on screen: one place, so every screen agrees.
enum Format {
    /// Pence as pounds with thousands separators: 123456789 → "£1,234,567.89"; whole pounds
    /// drop the pence.
    static func pounds(_ pence: Int?) -> String { pence.map { MoneyInput.display(pence: $0) } ?? "–" }

    static func grouped(_ n: Int) -> String { Grouping.thousands(n) }

    /// "1 note", "3 notes".
    static func count(_ n: Int, _ noun: String) -> String { "\(grouped(n)) \(noun)\(n == 1 ? "" : "s")" }

    static func day(_ d: Day?) -> String { d?.iso ?? "–" }

    static func months(_ m: Int) -> String {
        if m >= 12, m % 12 == 0 { return m == 12 ? "1 year" : "\(m / 12) years" }
        return m == 1 ? "1 month" : "\(m) months"
    }
}
