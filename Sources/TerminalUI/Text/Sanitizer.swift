/// Makes text from data safe to draw: nothing that a terminal would interpret reaches it.
///
/// - C0 controls become their Control Pictures symbol (U+2400 + code: ESC → "␛", BEL → "␇",
///   LF → "␊"), DEL becomes "␡". An escape sequence therefore shows whole and harmless:
///   "\u{1B}[31m" is drawn as "␛[31m", an OSC title "\u{1B}]0;x\u{07}" as "␛]0;x␇", a DCS as "␛P…".
/// - TAB becomes one space: tab stops have no meaning inside a cell or a wrapped paragraph,
///   and a symbol would clutter pasted text. (Decision recorded in docs/terminalui.md.)
/// - C1 controls (U+0080–U+009F, which some terminals obey as CSI/OSC/ST) become "<U+009B>".
/// - Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the line and
///   paragraph separators (U+2028, U+2029) become "<U+202E>", so text cannot be reordered or
///   broken on screen by data.
public enum Sanitizer {
    /// The visible, terminal-safe form of `s`. Returns `s` itself when nothing needs changing.
    public static func visible(_ s: String) -> String {
        var clean = true
        for b in s.utf8 where b < 0x20 || b == 0x7F || b == 0xC2 || b == 0xE2 {
            // 0xC2 starts U+0080–U+00BF (C1 lives there); 0xE2 starts U+2000–U+2FFF (bidi lives there).
            clean = false
            break
        }
        if clean { return s }
        var needs = false
        for u in s.unicodeScalars where replacement(for: u) != nil {
            needs = true
            break
        }
        if !needs { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if let r = replacement(for: u) { out.append(contentsOf: r.unicodeScalars) } else { out.append(u) }
        }
        return String(out)
    }

    /// True when no scalar of `c` needs replacing.
    public static func isSafe(_ c: Character) -> Bool {
        for u in c.unicodeScalars where replacement(for: u) != nil { return false }
        return true
    }

    /// The visible replacement for one scalar, or nil when it is safe as it is.
    static func replacement(for u: Unicode.Scalar) -> String? {
        let v = u.value
        switch v {
        case 0x09: return " "
        case 0x00..<0x20: return String(Character(Unicode.Scalar(0x2400 + v)!))
        case 0x7F: return "\u{2421}"
        case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: return "<U+\(hex4(v))>"
        default: return nil
        }
    }

    static func hex4(_ v: UInt32) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }
}
