/// Collects every problem of a document while it is decoded, each with its JSON path, so a
/// person fixing a file by hand sees all of them at once instead of one per attempt.
///
/// Readers return nil (and record a problem) when a value is missing or wrong; a type's
/// decoder reads all its fields first and only then gives up, so one bad field never hides
/// the next.
final class DecodeContext {
    let file: String?
    private(set) var problems: [Problem] = []
    private var path: [String] = []

    init(file: String?) { self.file = file }

    var hasErrors: Bool { problems.contains { !$0.isWarning } }

    /// `$.defendants[2].outcome` for the current position, plus an optional key.
    func pathString(_ key: String? = nil) -> String {
        var s = "$"
        for p in path { s += p }
        if let key { s += "." + key }
        return s
    }

    func problem(_ message: String, key: String? = nil, warning: Bool = false) {
        problems.append(Problem(file: file, path: pathString(key), message: message, isWarning: warning))
    }

    /// Problems found elsewhere (the parser's duplicate keys, a validator's checks), given
    /// this context's file.
    func add(_ more: [Problem]) {
        for var p in more {
            p.file = p.file ?? file
            problems.append(p)
        }
    }

    func at<T>(key: String, _ body: () -> T) -> T {
        path.append("." + key)
        defer { path.removeLast() }
        return body()
    }

    func at<T>(index: Int, _ body: () -> T) -> T {
        path.append("[\(index)]")
        defer { path.removeLast() }
        return body()
    }

    // MARK: Objects

    /// The object at the current path, or nil with a problem.
    func object(_ v: JSONValue, what: String) -> JSONObject? {
        if case .object(let o) = v { return o }
        problem("expected \(what) (an object), found \(v.typeName)")
        return nil
    }

    /// The keys of `o` this program does not know: kept and written back.
    func extra(_ o: JSONObject, known: KeyOrder) -> UnknownKeys {
        var e: UnknownKeys = [:]
        for (k, v) in o where known.rank[k] == nil { e[k] = v }
        return e
    }

    /// The value at `key`, treating `null` as absent; a problem if required and absent.
    func value(_ o: JSONObject, _ key: String, required: Bool) -> JSONValue? {
        switch o[key] {
        case nil, .null?:
            if required { problem("missing required key \"\(key)\"", key: key) }
            return nil
        case let v?: return v
        }
    }

    // MARK: Scalars

    func string(_ o: JSONObject, _ key: String, required: Bool = true) -> String? {
        guard let v = value(o, key, required: required) else { return nil }
        if case .string(let s) = v { return s }
        problem("expected a string, found \(v.typeName)", key: key)
        return nil
    }

    /// A string that must not be empty (ids, names).
    func nonEmptyString(_ o: JSONObject, _ key: String, required: Bool = true) -> String? {
        guard let s = string(o, key, required: required) else { return nil }
        if s.isEmpty { problem("must not be empty", key: key); return nil }
        return s
    }

    func bool(_ o: JSONObject, _ key: String, required: Bool = true) -> Bool? {
        guard let v = value(o, key, required: required) else { return nil }
        if case .bool(let b) = v { return b }
        problem("expected true or false, found \(v.typeName)", key: key)
        return nil
    }

    /// A whole number; with `minimum`, smaller values are problems, and so are values over
    /// `maximum` (a count's, unless the caller says: see `ValueRanges`).
    func int(_ o: JSONObject, _ key: String, required: Bool = true, minimum: Int? = nil,
             maximum: Int = ValueRanges.maxCount, what: String = "a whole number") -> Int? {
        guard let v = value(o, key, required: required) else { return nil }
        guard case .number(let text) = v else {
            problem("expected \(what), found \(v.typeName)", key: key)
            return nil
        }
        guard let n = Int(text) else {
            let message = switch NumberText(text).kind {
            case .fraction: "expected \(what), found the fraction \(text)"
            case .wholeInDecimalForm: "expected \(what) written in digits only, found \(text)"
            case .tooLarge: ValueRanges.tooLarge(text, maximum: maximum)
            }
            problem(message, key: key)
            return nil
        }
        if let minimum, n < minimum {
            problem(minimum == 0 ? "must not be negative, found \(text)" : "must be at least \(minimum), found \(text)", key: key)
            return nil
        }
        if n > maximum {
            problem(ValueRanges.tooLarge(text, maximum: maximum), key: key)
            return nil
        }
        return n
    }

    /// Money: a whole, non-negative number of pence.
    func pence(_ o: JSONObject, _ key: String) -> Int? {
        int(o, key, required: false, minimum: 0, maximum: ValueRanges.maxPence, what: "a whole number of pence")
    }

    func day(_ o: JSONObject, _ key: String, required: Bool = true) -> Day? {
        guard let v = value(o, key, required: required) else { return nil }
        guard case .string(let s) = v else {
            problem("expected a date \"YYYY-MM-DD\", found \(v.typeName)", key: key)
            return nil
        }
        if let d = DecodeContext.parseDay(s) {
            if let m = ValueRanges.dayProblem(d) { problem(m, key: key); return nil }
            return d
        }
        problem(DecodeContext.looksLikeDay(s) ? "\(s) is not a real date"
                                              : "expected a date written YYYY-MM-DD, found \"\(s)\"", key: key)
        return nil
    }

    /// `Day(iso:)` without its temporary array: a case has a few dozen dates, and opening a
    /// store decodes every one of them.
    static func parseDay(_ text: String) -> Day? {
        var text = text
        return text.withUTF8 { u -> Day? in
            guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return nil }
            var parts = (0, 0, 0)
            for (n, range) in [(0, 0..<4), (1, 5..<7), (2, 8..<10)] {
                var v = 0
                for k in range {
                    let c = u[k]
                    guard c >= 48, c <= 57 else { return nil }
                    v = v * 10 + Int(c - 48)
                }
                if n == 0 { parts.0 = v } else if n == 1 { parts.1 = v } else { parts.2 = v }
            }
            return Day(year: parts.0, month: parts.1, day: parts.2)
        }
    }

    /// Right shape (`dddd-dd-dd`) but impossible (2013-02-30), as opposed to a wrong format.
    static func looksLikeDay(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard u.count == 10 else { return false }
        for (n, c) in u.enumerated() {
            if n == 4 || n == 7 { if c != UInt8(ascii: "-") { return false } } else if !(48...57).contains(c) { return false }
        }
        return true
    }

    func timestamp(_ o: JSONObject, _ key: String, required: Bool = true) -> Timestamp? {
        guard let v = value(o, key, required: required) else { return nil }
        guard case .string(let s) = v else {
            problem("expected a timestamp such as \"2026-11-24T10:15:00Z\", found \(v.typeName)", key: key)
            return nil
        }
        if let t = Timestamp(iso: s) {
            if let m = ValueRanges.timestampProblem(t) { problem(m, key: key); return nil }
            return t
        }
        problem("expected an ISO 8601 UTC timestamp such as \"2026-11-24T10:15:00Z\", found \"\(s)\"", key: key)
        return nil
    }

    /// One of a vocabulary's spellings; the message lists the allowed ones.
    func enumValue<E: Vocabulary>(_ o: JSONObject, _ key: String, _ type: E.Type,
                                  name: String, required: Bool = true) -> E? {
        guard let v = value(o, key, required: required) else { return nil }
        return enumValue(v, type, name: name, key: key)
    }

    func enumValue<E: Vocabulary>(_ v: JSONValue, _ type: E.Type, name: String, key: String? = nil) -> E? {
        guard case .string(let s) = v else {
            problem("expected a \(name) (a string), found \(v.typeName)", key: key)
            return nil
        }
        if let e = E(rawValue: s) { return e }
        problem("unknown \(name) '\(s)'; expected one of: \(E.spellings.joined(separator: ", "))", key: key)
        return nil
    }

    /// ISO 3166-1 alpha-2: two upper-case letters that name a known country.
    func country(_ o: JSONObject, _ key: String, required: Bool) -> String? {
        guard let s = string(o, key, required: required) else { return nil }
        if let message = CaseChecks.countryProblem(s) { problem(message, key: key); return nil }
        return s
    }

    // MARK: Arrays

    /// Decodes each element with `element`; nil (with problems) if the value is not an array
    /// or any element failed. Absent arrays are `[]` unless required.
    func array<T>(_ o: JSONObject, _ key: String, required: Bool = false,
                  _ element: (JSONValue) -> T?) -> [T]? {
        guard let v = value(o, key, required: required) else { return required ? nil : [] }
        guard case .array(let items) = v else {
            problem("expected an array, found \(v.typeName)", key: key)
            return nil
        }
        return at(key: key) {
            var out: [T] = []
            out.reserveCapacity(items.count)
            var failed = false
            for (n, item) in items.enumerated() {
                if let t = at(index: n, { element(item) }) { out.append(t) } else { failed = true }
            }
            return failed ? nil : out
        }
    }

    /// Decodes the object at `key` with `body`; nil when absent (a problem only if required).
    func nested<T>(_ o: JSONObject, _ key: String, required: Bool = false,
                   _ body: (JSONValue) -> T?) -> T? {
        guard let v = value(o, key, required: required) else { return nil }
        return at(key: key) { body(v) }
    }
}
