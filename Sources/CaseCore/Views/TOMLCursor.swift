/// The values of the views file's TOML subset.
enum TOMLValue: Equatable {
    case string(String)
    case bool(Bool)
    case strings([String])
}

/// Reads one line of the views file's TOML subset, character by character.
struct TOMLCursor {
    struct Failure: Error { var message: String }

    private let chars: [Character]
    private var i = 0

    init(_ line: String) { chars = Array(line) }

    var peek: Character? { i < chars.count ? chars[i] : nil }
    var atEndOrComment: Bool { peek == nil || peek == "#" }
    mutating func advance() { i += 1 }
    mutating func skipSpaces() { while peek == " " || peek == "\t" || peek == "\r" { i += 1 } }

    static func isBareKeyCharacter(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || c == "-" || c == "_")
    }

    static func isBare(_ s: String) -> Bool { !s.isEmpty && s.allSatisfy(isBareKeyCharacter) }

    /// A bare key or a "quoted" one.
    mutating func key() throws(Failure) -> String {
        if peek == "\"" { return try string() }
        var out = ""
        while let c = peek, Self.isBareKeyCharacter(c) { out.append(c); i += 1 }
        guard !out.isEmpty else { throw Failure(message: peek.map { "unexpected \"\($0)\"" } ?? "a name is missing") }
        return out
    }

    mutating func value() throws(Failure) -> TOMLValue {
        switch peek {
        case "\"": return .string(try string())
        case "[":
            i += 1
            var items: [String] = []
            skipSpaces()
            while peek != "]" {
                guard peek == "\"" else { throw Failure(message: peek == nil ? "a list must end with \"]\" on the same line" : "a list holds only \"strings\"") }
                items.append(try string())
                skipSpaces()
                if peek == "," { i += 1; skipSpaces() } else if peek != "]" {
                    throw Failure(message: "expected \",\" or \"]\" in the list")
                }
            }
            i += 1
            return .strings(items)
        default:
            var word = ""
            while let c = peek, c.isLetter { word.append(c); i += 1 }
            if word == "true" { return .bool(true) }
            if word == "false" { return .bool(false) }
            throw Failure(message: "expected a \"string\", true, false or a [list]")
        }
    }

    /// A basic string; escapes \" \\ \n \t.
    mutating func string() throws(Failure) -> String {
        i += 1
        var out = ""
        while let c = peek {
            i += 1
            switch c {
            case "\"": return out
            case "\\":
                switch peek {
                case "\"": out.append("\"")
                case "\\": out.append("\\")
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "u":
                    let hex = String(chars[min(i + 1, chars.count)..<min(i + 5, chars.count)])
                    guard hex.count == 4, let v = UInt32(hex, radix: 16), let u = Unicode.Scalar(v) else {
                        throw Failure(message: "\\u must be followed by four hex digits of a character")
                    }
                    out.unicodeScalars.append(u)
                    i += 4
                default: throw Failure(message: "unknown escape \"\\\(peek.map(String.init) ?? "")\" (known: \\\" \\\\ \\n \\t \\uXXXX)")
                }
                i += 1
            default:
                guard c.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) || c == "\t" else {
                    throw Failure(message: "a control character inside a string (write \\n or \\t)")
                }
                out.append(c)
            }
        }
        throw Failure(message: "a string must end with \" on the same line")
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for c in s {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if c.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                    for u in c.unicodeScalars {
                        out += u.value < 0x20 || u.value == 0x7F ? "\\u" + String(repeating: "0", count: 4 - String(u.value, radix: 16).count) + String(u.value, radix: 16).uppercased() : String(u)
                    }
                } else { out.append(c) }
            }
        }
        return out + "\""
    }
}
