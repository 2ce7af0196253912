/// How a form field's text is read, and what it offers for completion.
public enum FieldKind: Sendable, Equatable {
    /// One line of free text.
    case text(required: Bool)
    /// Free text that may be long (a summary, a note): shown wrapped.
    case longText(required: Bool)
    /// A date in any `DateExpression` spelling.
    case date(required: Bool)
    /// Pounds typed, pence stored.
    case money
    case integer(required: Bool, range: ClosedRange<Int>)
    /// yes / no.
    case flag
    /// One of `choices` (enums, units, people, countries).
    case choice([Choice], required: Bool)
    /// Comma-separated choices; `open` lets a value outside the list through (assistance types
    /// beyond the usual ones), `minimum` is how many are needed.
    case choices([Choice], minimum: Int, open: Bool)

    /// The values completion offers, if any.
    public var choiceList: [Choice] {
        switch self {
        case .choice(let c, _), .choices(let c, _, _): c
        case .flag: [Choice(value: "yes", label: "yes"), Choice(value: "no", label: "no")]
        default: []
        }
    }

    /// The spellings accepted, shown under the focused field.
    public var hint: String? {
        switch self {
        case .date: DateExpression.hint
        case .money: MoneyInput.hint
        case .integer(_, let r): "a whole number \(r.lowerBound)–\(r.upperBound)"
        case .flag: "yes or no"
        case .choice: "Tab completes"
        case .choices(_, _, let open): open ? "comma-separated; Tab completes; other values allowed" : "comma-separated; Tab completes"
        case .text, .longText: nil
        }
    }
}

/// A field's value once its text has been read.
public enum FieldValue: Sendable, Equatable {
    case none
    case text(String)
    case date(Day)
    case pence(Int)
    case integer(Int)
    case flag(Bool)
    case choice(String)
    case choices([String])

    var string: String? { if case .text(let s) = self { s } else if case .choice(let s) = self { s } else { nil } }
    var day: Day? { if case .date(let d) = self { d } else { nil } }
    var int: Int? {
        switch self {
        case .integer(let n), .pence(let n): n
        default: nil
        }
    }
    var bool: Bool? { if case .flag(let b) = self { b } else { nil } }
    var list: [String] { if case .choices(let l) = self { l } else { [] } }
}

/// One field of a form: its key (the JSON key in the part, `outcome.category` for a nested
/// one), what the user has typed, and what was there when the form opened. Only fields whose
/// value differs from the original go into the edit, so a re-applied edit touches nothing else.
public struct EditField: Sendable, Equatable {
    public var key: String
    public var label: String
    public var kind: FieldKind
    public var text: String
    public var original: String

    public init(_ key: String, _ label: String, _ kind: FieldKind, text: String = "") {
        self.key = key; self.label = label; self.kind = kind; self.text = text; self.original = text
    }

    public var isChanged: Bool { text != original }

    /// Whether the value differs from the one the form opened with ("today" typed over
    /// today's date is no change, so it is not written into the edit).
    public func valueChanged(today: Day) -> Bool {
        guard isChanged else { return false }
        var before = self
        before.text = original
        return (try? read(today: today).get()) != (try? before.read(today: today).get())
    }

    /// The value of `text`, or a message saying what is wrong with it (shown at the field).
    public func read(today: Day) -> Result<FieldValue, FieldProblem> {
        let t = text.trimmingWhitespace
        func fail(_ m: String) -> Result<FieldValue, FieldProblem> { .failure(FieldProblem(key: key, message: m)) }
        switch kind {
        case .text(let required), .longText(let required):
            if t.isEmpty { return required ? fail("\(label) is required") : .success(.none) }
            // Long text keeps its inner line breaks; one-line text has none to keep.
            return .success(.text(t))
        case .date(let required):
            if t.isEmpty { return required ? fail("\(label) is required: \(DateExpression.hint)") : .success(.none) }
            guard let d = DateExpression.parse(t, today: today) else { return fail("\"\(t)\" is not a date: use \(DateExpression.hint)") }
            return .success(.date(d))
        case .money:
            if t.isEmpty { return .success(.none) }
            switch MoneyInput.pence(from: t) {
            case .success(let p): return .success(.pence(p))
            case .failure(let e): return fail("\(label): \(e)")
            }
        case .integer(let required, let range):
            if t.isEmpty { return required ? fail("\(label) is required") : .success(.none) }
            guard let n = Int(t.filter { $0 != "," }) else { return fail("\"\(t)\" is not a whole number") }
            guard range.contains(n) else { return fail("\(label) must be \(range.lowerBound)–\(range.upperBound), not \(n)") }
            return .success(.integer(n))
        case .flag:
            switch t.lowercased() {
            case "": return .success(.none)
            case "y", "yes", "true", "1": return .success(.flag(true))
            case "n", "no", "false", "0": return .success(.flag(false))
            default: return fail("\"\(t)\" is not yes or no")
            }
        case .choice(let choices, let required):
            if t.isEmpty { return required ? fail("\(label) is required: \(Self.some(choices))") : .success(.none) }
            guard let v = Completion.resolve(t, in: choices) else { return fail(Self.notOne(t, choices)) }
            return .success(.choice(v))
        case .choices(let choices, let minimum, let open):
            let items = t.split(separator: ",").map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
            var values: [String] = []
            for item in items {
                if let v = Completion.resolve(item, in: choices) {
                    if !values.contains(v) { values.append(v) }
                } else if open, item.allSatisfy({ $0.isLetter || $0.isNumber }) {
                    if !values.contains(item) { values.append(item) }
                } else {
                    return fail(Self.notOne(item, choices))
                }
            }
            if values.count < minimum { return fail("\(label): choose at least \(minimum): \(Self.some(choices))") }
            return .success(.choices(values))
        }
    }

    static func some(_ choices: [Choice]) -> String {
        let shown = choices.prefix(4).map(\.value).joined(separator: ", ")
        return choices.count > 4 ? shown + ", … (Tab lists them)" : shown
    }

    static func notOne(_ t: String, _ choices: [Choice]) -> String {
        let c = Completion.candidates(t, in: choices, limit: 4)
        if c.count > 1 { return "\"\(t)\" could be \(c.map(\.value).joined(separator: ", ")): type more" }
        return "\"\(t)\" is not one of \(some(choices))"
    }
}

/// What is wrong with one field (`key`), or with the whole form (`key` nil).
public struct FieldProblem: Error, Sendable, Equatable {
    public var key: String?
    public var message: String
    public init(key: String?, message: String) { self.key = key; self.message = message }
}
