/// RFC 4180, the one CSV writer: a field holding a comma, a quote, CR or LF is quoted (inner
/// quotes doubled), and every line ends in CRLF.
public enum CSV {
    public static func field(_ s: String) -> String {
        // By bytes, not Characters: Swift counts "\r\n" as one Character, equal to neither
        // "\r" nor "\n", so a Character test misses a field holding a Windows line break.
        guard s.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D })
        else { return s }
        // Quoted by bytes, as `appendField` does (a quote a combining mark follows is one
        // Character with it, which `replacing` would leave single: the field would end there).
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 8)
        appendField(Array(s.utf8), to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `field` of bytes, appended: `casedesk list` writes CSV straight from the summary
    /// cache's bytes, a row at a time, without a String for a cell that needs no quotes.
    /// (An array, not any collection: a generic from another module is not specialised, and
    /// went through a witness table for every byte.)
    public static func appendField(_ bytes: [UInt8], to out: inout [UInt8]) {
        guard bytes.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else {
            out.append(contentsOf: bytes)
            return
        }
        out.append(UInt8(ascii: "\""))
        for b in bytes {
            out.append(b)
            if b == UInt8(ascii: "\"") { out.append(b) }
        }
        out.append(UInt8(ascii: "\""))
    }

    public static func line(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") + "\r\n" }

    /// A header line and one line per row.
    public static func document(header: [String], rows: [[String]]) -> String {
        var out = line(header)
        for row in rows { out += line(row) }
        return out
    }
}

/// Tab-separated lines for programs (`cut`, `awk`); a cell must not hold a tab or a line break,
/// which the caller has made visible first.
public enum TSV {
    public static func line(_ fields: [String]) -> String { fields.joined(separator: "\t") }
}
