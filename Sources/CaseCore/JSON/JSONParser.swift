import Foundation

/// A JSON syntax error: where (1-based line and column, byte offset) and what, in words a
/// person editing the file by hand can act on.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    /// 1-based, counted in characters (not bytes) of the line.
    public var column: Int
    public var offset: Int
    public var message: String
    public init(line: Int, column: Int, offset: Int, message: String) {
        self.line = line; self.column = column; self.offset = offset; self.message = message
    }
    public var description: String { "line \(line), column \(column): \(message)" }
}

/// A parsed document and the duplicate keys found in it (kept: the last value wins, but a
/// duplicate is a problem the codec reports, since one of the two values would be lost).
public struct JSONDocument: Sendable {
    public var value: JSONValue
    public var duplicateKeys: [Problem]
}

/// A strict RFC 8259 parser working directly on UTF-8 bytes. Numbers keep their text.
/// Invalid UTF-8, unpaired surrogates, control characters in strings, trailing commas and
/// nesting deeper than `maxDepth` are errors.
public enum JSONParser {
    public static let maxDepth = 512

    public static func parse(_ data: Data) throws(JSONSyntaxError) -> JSONValue {
        try parseDocument(data).value
    }

    public static func parseDocument(_ data: Data) throws(JSONSyntaxError) -> JSONDocument {
        let r: Result<JSONDocument, JSONSyntaxError> = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            do throws(JSONSyntaxError) { return .success(try parseDocument(bytes: bytes)) } catch { return .failure(error) }
        }
        return try r.get()
    }

    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try parse(Data(text.utf8))
    }

    public static func parseDocument(bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> JSONDocument {
        var p = ByteParser(bytes)
        let v = try p.document()
        return JSONDocument(value: v, duplicateKeys: p.duplicates)
    }

    /// 1-based line and column (in characters) of a byte offset.
    static func position(of offset: Int, in b: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1, column = 1
        var i = 0
        let end = min(offset, b.count)
        while i < end {
            let c = b[i]
            if c == 10 { line += 1; column = 1 } else if c & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return (line, column)
    }
}

private enum PathStep {
    case key(String)
    case index(Int)
}

private struct ByteParser {
    let b: UnsafeBufferPointer<UInt8>
    var i = 0
    var depth = 0
    var path: [PathStep] = []
    var duplicates: [Problem] = []
    /// Reused for strings with escapes, so that only the rare slow path allocates.
    var scratch: [UInt8] = []

    init(_ b: UnsafeBufferPointer<UInt8>) { self.b = b }

    func fail(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
        let o = offset ?? i
        let (l, c) = JSONParser.position(of: o, in: b)
        return JSONSyntaxError(line: l, column: c, offset: o, message: message)
    }

    func describeHere() -> String {
        guard i < b.count else { return "the end of the file" }
        let c = b[i]
        if c >= 0x21 && c < 0x7F { return "'\(Character(Unicode.Scalar(c)))'" }
        return String(format: "byte 0x%02X", c)
    }

    @inline(__always) mutating func skipSpace() {
        while i < b.count {
            let c = b[i]
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { i += 1 } else { return }
        }
    }

    mutating func document() throws(JSONSyntaxError) -> JSONValue {
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { i = 3 }
        skipSpace()
        guard i < b.count else { throw fail("the file is empty; expected a JSON value") }
        let v = try value()
        skipSpace()
        if i < b.count { throw fail("unexpected \(describeHere()) after the end of the JSON document") }
        return v
    }

    mutating func value() throws(JSONSyntaxError) -> JSONValue {
        guard i < b.count else { throw fail("unexpected end of file; expected a value") }
        switch b[i] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), 0x30...0x39: return .number(try number())
        case UInt8(ascii: "]"), UInt8(ascii: "}"):
            throw fail("unexpected \(describeHere()); expected a value")
        default:
            throw fail("unexpected \(describeHere()); expected a value (object, array, string, number, true, false or null)")
        }
    }

    mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let n = word.utf8CodeUnitCount
        let w = word.utf8Start
        guard i + n <= b.count else { throw fail("unexpected word; expected true, false or null") }
        for k in 0..<n where b[i + k] != w[k] { throw fail("unexpected word; expected true, false or null") }
        i += n
    }

    mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > JSONParser.maxDepth { throw fail("nesting deeper than \(JSONParser.maxDepth) levels") }
    }

    /// Members of the objects being parsed, innermost last. Collecting them first lets each
    /// object be allocated once at its final size instead of growing as it fills.
    var memberKeys: [String] = []
    var memberValues: [JSONValue] = []
    var memberOffsets: [Int] = []

    mutating func object() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        i += 1
        skipSpace()
        if i < b.count, b[i] == UInt8(ascii: "}") { i += 1; depth -= 1; return .object([:]) }
        let base = memberKeys.count
        var first = true
        while true {
            guard i < b.count, b[i] == UInt8(ascii: "\"") else {
                if !first, i < b.count, b[i] == UInt8(ascii: "}") {
                    throw fail("unexpected '}' after ','; JSON does not allow a trailing comma")
                }
                throw fail(first ? "expected a string key or '}' to start an object member, found \(describeHere())"
                                 : "expected a string key after ',', found \(describeHere())")
            }
            first = false
            let keyStart = i
            let key = try string()
            skipSpace()
            guard i < b.count, b[i] == UInt8(ascii: ":") else {
                throw fail("expected ':' after the object key \"\(key)\", found \(describeHere())")
            }
            i += 1
            skipSpace()
            path.append(.key(key))
            let v = try value()
            path.removeLast()
            memberKeys.append(key)
            memberValues.append(v)
            memberOffsets.append(keyStart)
            skipSpace()
            guard i < b.count else { throw fail("unexpected end of file; expected ',' or '}' after an object member") }
            let c = b[i]
            i += 1
            if c == UInt8(ascii: ",") { skipSpace(); continue }
            if c == UInt8(ascii: "}") { break }
            i -= 1
            throw fail("expected ',' or '}' after an object member, found \(describeHere())")
        }
        var dict = JSONObject(minimumCapacity: memberKeys.count - base)
        for k in base..<memberKeys.count where dict.updateValue(memberValues[k], forKey: memberKeys[k]) != nil {
            noteDuplicate(memberKeys[k], at: memberOffsets[k])
        }
        memberKeys.removeSubrange(base...)
        memberValues.removeSubrange(base...)
        memberOffsets.removeSubrange(base...)
        depth -= 1
        return .object(dict)
    }

    mutating func noteDuplicate(_ key: String, at offset: Int) {
        var p = "$"
        for s in path {
            switch s {
            case .key(let k): p += "." + k
            case .index(let n): p += "[\(n)]"
            }
        }
        p += "." + key
        let (l, c) = JSONParser.position(of: offset, in: b)
        duplicates.append(Problem(path: p, line: l, column: c,
                                  message: "duplicate key \"\(key)\"; only the last value would be kept"))
    }

    mutating func array() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        i += 1
        skipSpace()
        var items: [JSONValue] = []
        if i < b.count, b[i] == UInt8(ascii: "]") { i += 1; depth -= 1; return .array(items) }
        var n = 0
        while true {
            if i < b.count, b[i] == UInt8(ascii: "]"), n > 0 {
                throw fail("unexpected ']' after ','; JSON does not allow a trailing comma")
            }
            path.append(.index(n))
            items.append(try value())
            path.removeLast()
            n += 1
            skipSpace()
            guard i < b.count else { throw fail("unexpected end of file; expected ',' or ']' after an array element") }
            let c = b[i]
            i += 1
            if c == UInt8(ascii: ",") { skipSpace(); continue }
            if c == UInt8(ascii: "]") { break }
            i -= 1
            throw fail("expected ',' or ']' after an array element, found \(describeHere())")
        }
        depth -= 1
        return .array(items)
    }

    mutating func number() throws(JSONSyntaxError) -> String {
        let start = i
        if b[i] == UInt8(ascii: "-") {
            i += 1
            guard i < b.count, isDigit(b[i]) else { throw fail("a number needs a digit after '-'") }
        }
        if b[i] == UInt8(ascii: "0") {
            i += 1
            if i < b.count, isDigit(b[i]) { throw fail("a number may not start with a leading zero") }
        } else {
            while i < b.count, isDigit(b[i]) { i += 1 }
        }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            guard i < b.count, isDigit(b[i]) else { throw fail("expected a digit after the decimal point") }
            while i < b.count, isDigit(b[i]) { i += 1 }
        }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            guard i < b.count, isDigit(b[i]) else { throw fail("expected a digit in the exponent of a number") }
            while i < b.count, isDigit(b[i]) { i += 1 }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
    }

    @inline(__always) func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// Parses a string starting at its opening quote. The fast path (no escapes) builds the
    /// String straight from the byte slice.
    mutating func string() throws(JSONSyntaxError) -> String {
        let open = i
        i += 1
        let start = i
        var high: UInt8 = 0
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: b[start..<i])
                i += 1
                if high < 0x80 { return String(decoding: slice, as: UTF8.self) }
                guard let s = String(validating: slice, as: UTF8.self) else {
                    throw fail("invalid UTF-8 in a string", at: firstInvalidUTF8(from: start, to: i - 1))
                }
                return s
            }
            if c == UInt8(ascii: "\\") { return try escapedString(open: open, start: start) }
            if c < 0x20 { throw fail(String(format: "control character U+%04X must be escaped in a string", c)) }
            high |= c
            i += 1
        }
        throw fail("unterminated string (no closing '\"')", at: open)
    }

    mutating func escapedString(open: Int, start: Int) throws(JSONSyntaxError) -> String {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: b[start..<i]))
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                guard let s = String(validating: scratch, as: UTF8.self) else {
                    throw fail("invalid UTF-8 in a string", at: firstInvalidUTF8(from: start, to: i - 1))
                }
                return s
            }
            if c < 0x20 { throw fail(String(format: "control character U+%04X must be escaped in a string", c)) }
            if c != UInt8(ascii: "\\") { scratch.append(c); i += 1; continue }
            let escapeAt = i
            i += 1
            guard i < b.count else { break }
            let e = b[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""): scratch.append(0x22)
            case UInt8(ascii: "\\"): scratch.append(0x5C)
            case UInt8(ascii: "/"): scratch.append(0x2F)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4(escapeAt)
                if (0xD800...0xDBFF).contains(scalar) {
                    guard i + 1 < b.count, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") else {
                        throw fail(String(format: "unpaired surrogate \\u%04X in a string", scalar), at: escapeAt)
                    }
                    i += 2
                    let low = try hex4(escapeAt)
                    guard (0xDC00...0xDFFF).contains(low) else {
                        throw fail(String(format: "unpaired surrogate \\u%04X in a string", scalar), at: escapeAt)
                    }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw fail(String(format: "unpaired surrogate \\u%04X in a string", scalar), at: escapeAt)
                }
                appendUTF8(scalar)
            default:
                throw fail("unknown escape '\\\(Character(Unicode.Scalar(e)))' in a string", at: escapeAt)
            }
        }
        throw fail("unterminated string (no closing '\"')", at: open)
    }

    mutating func hex4(_ escapeAt: Int) throws(JSONSyntaxError) -> UInt32 {
        guard let v = JSONHex.four(b, at: i) else { throw fail("expected four hex digits after \\u", at: escapeAt) }
        i += 4
        return v
    }

    mutating func appendUTF8(_ s: UInt32) {
        switch s {
        case 0..<0x80: scratch.append(UInt8(s))
        case 0x80..<0x800:
            scratch.append(UInt8(0xC0 | s >> 6)); scratch.append(UInt8(0x80 | s & 0x3F))
        case 0x800..<0x10000:
            scratch.append(UInt8(0xE0 | s >> 12)); scratch.append(UInt8(0x80 | s >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | s & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | s >> 18)); scratch.append(UInt8(0x80 | s >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | s >> 6 & 0x3F)); scratch.append(UInt8(0x80 | s & 0x3F))
        }
    }

    /// The offset of the first byte that does not start or continue a valid UTF-8 sequence,
    /// so the error points at the bad byte rather than the start of the string.
    func firstInvalidUTF8(from a: Int, to z: Int) -> Int {
        var k = a
        while k < z {
            let c = b[k]
            let n: Int
            switch c {
            case 0..<0x80: n = 1
            case 0xC2...0xDF: n = 2
            case 0xE0...0xEF: n = 3
            case 0xF0...0xF4: n = 4
            default: return k
            }
            if n > 1 {
                guard k + n <= z,
                      String(validating: UnsafeBufferPointer(rebasing: b[k..<(k + n)]), as: UTF8.self) != nil
                else { return k }
            }
            k += n
        }
        return a
    }
}
