import Foundation

/// A forward-only reader over the UTF-8 bytes of a JSON document, for `SummaryScanner`.
///
/// It accepts a subset of what `JSONParser` accepts and reads every value it accepts to what
/// the parser and `DecodeContext` would make of it. Anything outside that subset — `null`,
/// an escape in a key, date or vocabulary word, a fraction, an unknown or repeated key, a
/// timestamp with an offset — sets `failed`, and the caller reads the file again with the full parser,
/// whose messages say exactly what is wrong and where. Readers return a placeholder once
/// `failed` is set, so callers check it once at the end rather than after every value.
struct JSONCursor {
    let b: UnsafeBufferPointer<UInt8>
    var i = 0
    var failed = false

    init(_ b: UnsafeBufferPointer<UInt8>) {
        self.b = b
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { i = 3 }
    }

    var atEnd: Bool { mutating get { ws(); return i == b.count } }

    @inline(__always) mutating func ws() {
        while i < b.count {
            let c = b[i]
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { i += 1 } else { return }
        }
    }

    @inline(__always) mutating func fail() { failed = true; i = b.count }

    /// Consumes `c` (after white space) when it is next.
    @inline(__always) mutating func take(_ c: UInt8) -> Bool {
        ws()
        guard i < b.count, b[i] == c else { return false }
        i += 1
        return true
    }

    // MARK: Containers

    /// Reads an object whose keys are all in `keys`, each at most once, calling `member` with
    /// the key's index to read its value; fails unless every key of `required` was seen.
    mutating func object(_ keys: KeyTable, required: UInt64 = 0, _ member: (inout JSONCursor, Int) -> Void) {
        guard !failed, take(0x7B) else { return fail() }
        var seen: UInt64 = 0
        // CaseDesk writes an object's keys in one order: the key after the last one found is
        // tried first.
        var next = 0
        if !take(0x7D) {
            while true {
                guard let k = rawString(), let n = keys.index(of: k, trying: next), seen & (1 << n) == 0, take(0x3A)
                else { return fail() }
                seen |= 1 << n
                next = n + 1
                member(&self, n)
                if failed { return }
                if take(0x2C) { continue }
                if take(0x7D) { break }
                return fail()
            }
        }
        if seen & required != required { fail() }
    }

    /// Reads an array, calling `element` for each element.
    mutating func array(_ element: (inout JSONCursor) -> Void) {
        guard !failed, take(0x5B) else { return fail() }
        if take(0x5D) { return }
        while true {
            element(&self)
            if failed { return }
            if take(0x2C) { continue }
            if take(0x5D) { return }
            return fail()
        }
    }

    // MARK: Strings

    /// The bytes between the quotes of a string without escapes; nil (not failing) otherwise.
    /// The whole document was checked to be UTF-8 before reading began.
    @inline(__always) mutating func rawString() -> UnsafeBufferPointer<UInt8>? {
        guard take(0x22) else { return nil }
        let start = i
        while i < b.count {
            let c = b[i]
            if c == 0x22 {
                defer { i += 1 }
                return UnsafeBufferPointer(rebasing: b[start..<i])
            }
            if c == 0x5C || c < 0x20 { return nil }
            i += 1
        }
        return nil
    }

    mutating func string() -> String {
        guard !failed else { return "" }
        ws()
        let open = i
        if let s = rawString() { return String(decoding: s, as: UTF8.self) }
        guard open < b.count, b[open] == 0x22 else { fail(); return "" }
        i = open + 1
        return escapedString()
    }

    /// The rest of a string with escapes (a quote in a task's title, a tab in a name),
    /// decoded as `JSONParser` decodes it.
    private mutating func escapedString() -> String {
        var out: [UInt8] = []
        while i < b.count {
            let c = b[i]
            i += 1
            if c == 0x22 { return String(decoding: out, as: UTF8.self) }
            if c < 0x20 { break }
            guard c == 0x5C else { out.append(c); continue }
            guard i < b.count else { break }
            let e = b[i]
            i += 1
            switch e {
            case 0x22, 0x5C, 0x2F: out.append(e)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                var u = hex4()
                if u > 0xFFFF || (0xDC00...0xDFFF).contains(u) { fail(); return "" }
                if (0xD800...0xDBFF).contains(u) {
                    guard i + 1 < b.count, b[i] == 0x5C, b[i + 1] == 0x75 else { fail(); return "" }
                    i += 2
                    let low = hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { fail(); return "" }
                    u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
                }
                Self.appendUTF8(u, to: &out)
            default: fail(); return ""
            }
        }
        fail()
        return ""
    }

    private static func appendUTF8(_ s: UInt32, to out: inout [UInt8]) {
        switch s {
        case 0..<0x80: out.append(UInt8(s))
        case 0x80..<0x800: out += [UInt8(0xC0 | s >> 6), UInt8(0x80 | s & 0x3F)]
        case 0x800..<0x10000: out += [UInt8(0xE0 | s >> 12), UInt8(0x80 | s >> 6 & 0x3F), UInt8(0x80 | s & 0x3F)]
        default: out += [UInt8(0xF0 | s >> 18), UInt8(0x80 | s >> 12 & 0x3F), UInt8(0x80 | s >> 6 & 0x3F), UInt8(0x80 | s & 0x3F)]
        }
    }

    mutating func nonEmptyString() -> String {
        let s = string()
        if s.isEmpty { fail() }
        return s
    }

    /// Steps over a string the summary does not need, checking it as the parser would:
    /// escapes known, surrogates paired, no control characters.
    mutating func skipString() {
        guard !failed, take(0x22) else { return fail() }
        while i < b.count {
            let c = b[i]
            i += 1
            if c == 0x22 { return }
            if c < 0x20 { return fail() }
            guard c == 0x5C else { continue }
            guard i < b.count else { return fail() }
            let e = b[i]
            i += 1
            switch e {
            case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: continue
            case 0x75:
                let u = hex4()
                if u > 0xFFFF { return fail() }
                if (0xD800...0xDBFF).contains(u) {
                    guard i + 1 < b.count, b[i] == 0x5C, b[i + 1] == 0x75 else { return fail() }
                    i += 2
                    guard (0xDC00...0xDFFF).contains(hex4()) else { return fail() }
                } else if (0xDC00...0xDFFF).contains(u) {
                    return fail()
                }
            default: return fail()
            }
        }
        fail()
    }

    /// Four hex digits; an impossible value (over 0xFFFF) when they are not.
    private mutating func hex4() -> UInt32 {
        guard let v = JSONHex.four(b, at: i) else { return 0x10000 }
        i += 4
        return v
    }

    /// An array of strings the summary does not need.
    mutating func skipStrings() { array { $0.skipString() } }

    // MARK: Scalars

    /// A whole number from 0 to `maximum`, written as the parser accepts it (no leading zero).
    /// Negative numbers fail: no count, amount or revision may be one.
    mutating func int(maximum: Int) -> Int {
        ws()
        guard !failed else { return 0 }
        let start = i
        var v = 0
        while i < b.count, b[i] >= 0x30, b[i] <= 0x39, i - start < 18 {
            v = v * 10 + Int(b[i] - 0x30)
            i += 1
        }
        let n = i - start
        if n == 0 || (n > 1 && b[start] == 0x30) || v > maximum { fail(); return 0 }
        if i < b.count, b[i] == 0x2E || b[i] == 0x65 || b[i] == 0x45 || (b[i] >= 0x30 && b[i] <= 0x39) { fail(); return 0 }
        return v
    }

    mutating func bool() -> Bool {
        ws()
        if i + 4 <= b.count, b[i] == 0x74, b[i + 1] == 0x72, b[i + 2] == 0x75, b[i + 3] == 0x65 { i += 4; return true }
        if i + 5 <= b.count, b[i] == 0x66, b[i + 1] == 0x61, b[i + 2] == 0x6C, b[i + 3] == 0x73, b[i + 4] == 0x65 {
            i += 5
            return false
        }
        fail()
        return false
    }

    /// `YYYY-MM-DD` naming a real day in `ValueRanges.days`, as `DecodeContext.day` reads it.
    mutating func day() -> Day {
        guard !failed, let s = rawString(), s.count == 10, let d = Self.day(s, 0) else { fail(); return Day(ordinal: 0) }
        return d
    }

    private static func day(_ s: UnsafeBufferPointer<UInt8>, _ at: Int) -> Day? {
        guard s[at + 4] == 0x2D, s[at + 7] == 0x2D, let y = digits(s, at, 4), let m = digits(s, at + 5, 2),
              let dd = digits(s, at + 8, 2), let d = Day(year: y, month: m, day: dd), ValueRanges.days.contains(d)
        else { return nil }
        return d
    }

    private static func digits(_ s: UnsafeBufferPointer<UInt8>, _ at: Int, _ n: Int) -> Int? {
        var v = 0
        for k in at..<(at + n) {
            let c = s[k]
            guard c >= 0x30, c <= 0x39 else { return nil }
            v = v * 10 + Int(c - 0x30)
        }
        return v
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`, the form CaseDesk writes (other forms `Timestamp(iso:)`
    /// accepts fail here and go to the full parser), inside `ValueRanges.days`.
    mutating func timestamp() -> Timestamp {
        guard !failed, let s = rawString(), s.count == 20, s[10] == 0x54, s[13] == 0x3A, s[16] == 0x3A, s[19] == 0x5A,
              let d = Self.day(s, 0), let h = Self.digits(s, 11, 2), let mi = Self.digits(s, 14, 2),
              let sec = Self.digits(s, 17, 2), h < 24, mi < 60, sec < 61
        else { fail(); return Timestamp(seconds: 0) }
        let t = Timestamp(seconds: Int64(d.ordinal) * 86400 + Int64(h * 3600 + mi * 60 + sec))
        if !ValueRanges.days.contains(t.day) { fail() }
        return t
    }

    mutating func vocab<E: Vocabulary>(_ table: VocabTable<E>) -> E {
        guard !failed, let s = rawString(), let e = table.value(of: s) else { fail(); return table.values[0] }
        return e
    }

    /// A country code `CaseChecks.countryProblem` accepts.
    mutating func country() -> String {
        let s = string()
        if !failed, CaseChecks.countryProblem(s) != nil { fail() }
        return s
    }
}

/// Words looked up by their bytes, all held in one buffer (no array per word to retain
/// on every comparison: this runs for every key and vocabulary value of every file).
struct ByteWords: Sendable {
    private let flat: [UInt8]
    /// Where word n starts in `flat`; the last entry is `flat.count`.
    private let starts: [Int]

    init(_ words: [String]) {
        flat = words.flatMap { Array($0.utf8) }
        starts = words.reduce(into: [0]) { $0.append($0.last! + $1.utf8.count) }
    }

    /// The index of the word equal to `key`, word `trying` compared first.
    @inline(__always) func index(of key: UnsafeBufferPointer<UInt8>, trying: Int = 0) -> Int? {
        flat.withUnsafeBufferPointer { f in
            starts.withUnsafeBufferPointer { s in
                let count = s.count - 1
                @inline(__always) func matches(_ n: Int) -> Bool {
                    let lo = s[n], len = s[n + 1] - lo
                    return len == key.count && (len == 0 || memcmp(f.baseAddress! + lo, key.baseAddress!, len) == 0)
                }
                if trying < count, matches(trying) { return trying }
                for n in 0..<count where matches(n) { return n }
                return nil
            }
        }
    }
}

/// The keys of one object type, looked up by their bytes.
struct KeyTable: Sendable {
    let names: [String]
    private let words: ByteWords

    init(_ names: [String]) {
        precondition(names.count <= 64, "a key table holds at most 64 keys (one bit each)")
        self.names = names
        words = ByteWords(names)
    }

    func index(of key: UnsafeBufferPointer<UInt8>, trying: Int = 0) -> Int? { words.index(of: key, trying: trying) }

    func bits(_ required: [String]) -> UInt64 {
        required.reduce(UInt64(0)) { $0 | 1 << names.firstIndex(of: $1)! }
    }
}

/// The spellings of a vocabulary, matched against bytes without making a string.
struct VocabTable<E: Vocabulary>: Sendable {
    let values: [E]
    private let spellings: ByteWords

    init(_: E.Type) {
        values = E.allCases
        spellings = ByteWords(values.map(\.rawValue))
    }

    func value(of s: UnsafeBufferPointer<UInt8>) -> E? { spellings.index(of: s).map { values[$0] } }
}

/// Whether bytes are valid UTF-8 as Swift's `String(validating:)` judges it (no overlong
/// forms, no surrogates, nothing above U+10FFFF), without making a string.
enum UTF8Check {
    static func isValid(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress else { return true }
        var i = 0
        let n = b.count
        while i < n {
            // Eight ASCII bytes at a time: most of a case file is ASCII.
            while i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
            guard i < n else { return true }
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            func cont(_ k: Int) -> Bool { k < n && b[k] & 0xC0 == 0x80 }
            switch c {
            case 0xC2...0xDF:
                guard cont(i + 1) else { return false }
                i += 2
            case 0xE0...0xEF:
                guard cont(i + 1), cont(i + 2) else { return false }
                let c1 = b[i + 1]
                if c == 0xE0, c1 < 0xA0 { return false }
                if c == 0xED, c1 > 0x9F { return false }
                i += 3
            case 0xF0...0xF4:
                guard cont(i + 1), cont(i + 2), cont(i + 3) else { return false }
                let c1 = b[i + 1]
                if c == 0xF0, c1 < 0x90 { return false }
                if c == 0xF4, c1 > 0x8F { return false }
                i += 4
            default: return false
            }
        }
        return true
    }
}
