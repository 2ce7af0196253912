/// Money as the user types it (pounds) and as it is stored (an integer number of pence).
///
/// Accepted: `1234`, `1,234.56`, `£1,234.5`, `2.5m`, `250k`, `£0.99`. Refused with a reason:
/// negatives, more than two decimals (pence are the smallest unit), misplaced commas, and
/// amounts beyond a trillion pounds (certainly a typing mistake, and safe from overflow).
public enum MoneyInput {
    public static let hint = "pounds, e.g. 1,250,000 or 2.5m or 250k"
    static let maxPence = 100_000_000_000_000   // £1 trillion

    public enum ParseError: Error, Equatable, CustomStringConvertible {
        case empty, negative, tooManyDecimals, notANumber(String), tooLarge
        public var description: String {
            switch self {
            case .empty: "an amount is needed"
            case .negative: "cannot be negative"
            case .tooManyDecimals: "at most two decimal places (pence)"
            case .notANumber(let t): "\"\(t)\" is not an amount: use \(MoneyInput.hint)"
            case .tooLarge: "is more than £1 trillion: check the figure"
            }
        }
    }

    /// Pence from the user's text in pounds.
    public static func pence(from text: String) -> Result<Int, ParseError> {
        var t = text.trimmingWhitespace.lowercased()
        guard !t.isEmpty else { return .failure(.empty) }
        if t.hasPrefix("-") { return .failure(.negative) }
        if t.hasPrefix("£") { t.removeFirst() }
        if t.hasPrefix("gbp") { t.removeFirst(3) }
        t = t.trimmingWhitespace
        var multiplier = 1
        if t.hasSuffix("k") { multiplier = 1_000; t.removeLast() } else if t.hasSuffix("m") { multiplier = 1_000_000; t.removeLast() }
        if t.hasPrefix("-") { return .failure(.negative) }
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !t.isEmpty else { return .failure(.notANumber(text)) }
        let whole = String(parts[0]), fraction = parts.count == 2 ? String(parts[1]) : ""
        guard validGrouping(whole), fraction.allSatisfy(\.isASCIIDigit), !(whole.isEmpty && fraction.isEmpty) else {
            return .failure(.notANumber(text))
        }
        let digits = whole.filter { $0 != "," }
        guard digits.count <= 15 else { return .failure(.tooLarge) }
        // Pence are exact: with a k/m suffix the decimals scale up, so "2.125m" is fine.
        let scale = multiplier * 100
        var fracDigits = fraction
        let allowed = String(scale).count - 1
        guard fracDigits.count <= allowed else { return .failure(.tooManyDecimals) }
        fracDigits += String(repeating: "0", count: allowed - fracDigits.count)
        let w = Int(digits.isEmpty ? "0" : digits) ?? 0
        let f = Int(fracDigits.isEmpty ? "0" : fracDigits) ?? 0
        let (p, overflow) = w.multipliedReportingOverflow(by: scale)
        guard !overflow, p + f <= maxPence else { return .failure(.tooLarge) }
        return .success(p + f)
    }

    /// Digits, optionally grouped by commas in threes (`1,234,567`); a lone comma is a mistake.
    static func validGrouping(_ s: String) -> Bool {
        guard s.contains(",") else { return s.allSatisfy(\.isASCIIDigit) }
        let groups = s.split(separator: ",", omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.allSatisfy { $0.allSatisfy(\.isASCIIDigit) } && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// `1,234.56` for a form field (no currency sign: the label says £); whole pounds drop `.00`.
    public static func editText(pence: Int) -> String {
        let pounds = Grouping.thousands(abs(pence) / 100), p = abs(pence) % 100
        let sign = pence < 0 ? "-" : ""
        return p == 0 ? sign + pounds : sign + pounds + "." + (p < 10 ? "0\(p)" : "\(p)")
    }

    /// `£1,234.56` for display.
    public static func display(pence: Int) -> String {
        pence < 0 ? "-£" + editText(pence: -pence) : "£" + editText(pence: pence)
    }
}
