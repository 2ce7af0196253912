/// Reads the theme format of Themes/README.md, a small subset of TOML:
///
///     name = "default"              # optional, defaults to the file name
///     [palette]                     # optional: named colours for this file
///     accent = "#5fafd7"
///     [roles]
///     selection = { fg = "black", bg = "accent", bold = true }
///
/// Values are "strings", integers, true/false and one-line { inline tables }. Colours are
/// names ("red", "bright-blue", "default"), 0-255 or "#rrggbb", or a palette name.
/// Attributes are booleans: bold, dim, italic, underline, reverse. Every problem is reported
/// with its line; parsing goes on so that all problems are listed at once.
enum ThemeParser {
    enum Value: Equatable {
        case string(String)
        case integer(Int)
        case bool(Bool)
        case table([(String, Value)])

        static func == (a: Value, b: Value) -> Bool {
            switch (a, b) {
            case (.string(let x), .string(let y)): return x == y
            case (.integer(let x), .integer(let y)): return x == y
            case (.bool(let x), .bool(let y)): return x == y
            case (.table(let x), .table(let y)): return x.map(\.0) == y.map(\.0) && zip(x, y).allSatisfy { $0.1 == $1.1 }
            default: return false
            }
        }
    }

    /// Parses `text`; `file` names it in errors. Returns the theme and the problems found.
    static func parse(_ text: String, name defaultName: String, file: String) -> (Theme, [ThemeError]) {
        var errors: [ThemeError] = []
        var section = ""
        var name = defaultName
        var palette: [String: Color] = [:]
        var pendingRoles: [(line: Int, role: String, value: Value)] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, raw) in lines.enumerated() {
            let lineNumber = index + 1
            func fail(_ message: String) { errors.append(ThemeError(file: file, line: lineNumber, message: message)) }
            let line = stripComment(String(raw)).trimmingSpaces()
            if line.isEmpty { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]") else { fail("a section header must end with \"]\""); continue }
                section = String(line.dropFirst().dropLast()).trimmingSpaces()
                if section != "palette" && section != "roles" {
                    fail("unknown section [\(section)] (expected [palette] or [roles])")
                }
                continue
            }
            guard let eq = line.firstIndex(of: "=") else { fail("expected `key = value`"); continue }
            let key = String(line[..<eq]).trimmingSpaces().unquoted
            guard !key.isEmpty else { fail("missing key before \"=\""); continue }
            var rest = Substring(line[line.index(after: eq)...])
            let value: Value
            do {
                value = try parseValue(&rest)
                skipSpaces(&rest)
                if !rest.isEmpty { throw ParseError("unexpected text after the value: \(rest)") }
            } catch let e as ParseError {
                fail(e.message)
                continue
            } catch {
                continue
            }
            switch section {
            case "":
                if key == "name", case .string(let s) = value { name = s } else if key == "description" {
                    // Free text for people; nothing to check.
                } else { fail("unknown setting \"\(key)\" before any section (expected name or description)") }
            case "palette":
                guard case .string(let s) = value else { fail("palette colour \"\(key)\" must be a string such as \"#5fafd7\""); continue }
                if let c = Color(parsing: s) { palette[key] = c } else { fail(badColour(s)) }
            case "roles":
                pendingRoles.append((lineNumber, key, value))
            default:
                break // already reported as an unknown section
            }
        }
        // Roles are resolved after the whole file is read, so a palette may come last.
        var styles: [Role: Style] = [:]
        for entry in pendingRoles {
            func fail(_ message: String) { errors.append(ThemeError(file: file, line: entry.line, message: message)) }
            guard case .table(let fields) = entry.value else {
                fail("role \"\(entry.role)\" must be an inline table such as { fg = \"red\", bold = true }")
                continue
            }
            var style = Style()
            for (field, v) in fields {
                switch field {
                case "fg", "bg":
                    let colour: Color?
                    switch v {
                    case .string(let s): colour = palette[s] ?? Color(parsing: s)
                    case .integer(let n): colour = Color(parsing: String(n))
                    default: colour = nil
                    }
                    guard let c = colour else {
                        if case .string(let s) = v { fail(badColour(s)) } else { fail("\(field) of \"\(entry.role)\" must be a colour") }
                        continue
                    }
                    if field == "fg" { style.fg = c } else { style.bg = c }
                default:
                    guard let attr = Attributes.named.first(where: { $0.0 == field })?.1 else {
                        fail("unknown field \"\(field)\" in role \"\(entry.role)\" (expected fg, bg, bold, dim, italic, underline, reverse)")
                        continue
                    }
                    guard case .bool(let on) = v else { fail("\(field) of \"\(entry.role)\" must be true or false"); continue }
                    if on { style.attributes.insert(attr) } else { style.attributes.remove(attr) }
                }
            }
            styles[Role(entry.role)] = style
        }
        return (Theme(name: name, styles: styles), errors)
    }

    static func badColour(_ s: String) -> String {
        "\"\(s)\" is not a colour (use a name such as red or bright-blue, 0-255, \"#rrggbb\", default, or a [palette] name)"
    }

    struct ParseError: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }

    static func parseValue(_ s: inout Substring) throws -> Value {
        skipSpaces(&s)
        guard let first = s.first else { throw ParseError("missing value after \"=\"") }
        if first == "\"" {
            s.removeFirst()
            var out = ""
            while let c = s.first {
                s.removeFirst()
                if c == "\"" { return .string(out) }
                if c == "\\" {
                    guard let e = s.first else { break }
                    s.removeFirst()
                    switch e {
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    case "\"", "\\": out.append(e)
                    default: throw ParseError("unknown escape \\\(e) in a string")
                    }
                    continue
                }
                out.append(c)
            }
            throw ParseError("unterminated string (a string must end with \" on the same line)")
        }
        if first == "{" {
            s.removeFirst()
            var fields: [(String, Value)] = []
            while true {
                skipSpaces(&s)
                if s.first == "}" { s.removeFirst(); return .table(fields) }
                var key = ""
                while let c = s.first, c != "=", c != "}", c != "," { key.append(c); s.removeFirst() }
                key = key.trimmingSpaces().unquoted
                guard s.first == "=", !key.isEmpty else { throw ParseError("expected `key = value` inside { }") }
                s.removeFirst()
                fields.append((key, try parseValue(&s)))
                skipSpaces(&s)
                if s.first == "," { s.removeFirst(); continue }
                if s.first == "}" { s.removeFirst(); return .table(fields) }
                throw ParseError("expected \",\" or \"}\" in an inline table (it must close on the same line)")
            }
        }
        var word = ""
        while let c = s.first, c != ",", c != "}", c != " ", c != "\t" { word.append(c); s.removeFirst() }
        if word == "true" { return .bool(true) }
        if word == "false" { return .bool(false) }
        if let n = Int(word) { return .integer(n) }
        throw ParseError("\"\(word)\" is not a value (strings need double quotes)")
    }

    static func skipSpaces(_ s: inout Substring) {
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
    }

    /// The line without a trailing # comment (a # inside a string stays).
    static func stripComment(_ line: String) -> String {
        var inString = false, escaped = false
        var out = ""
        for c in line {
            if inString {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
            } else if c == "\"" {
                inString = true
            } else if c == "#" {
                break
            }
            out.append(c)
        }
        return out
    }
}

extension String {
    /// The text between double quotes when it is quoted ("a-key" keys are allowed).
    var unquoted: String {
        count >= 2 && hasPrefix("\"") && hasSuffix("\"") ? String(dropFirst().dropLast()) : self
    }
}
