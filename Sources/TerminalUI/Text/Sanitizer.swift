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
/// - Invisible marks that could hide or reorder text (ids, names) become "<U+200B>" too: zero
///   width space, word joiner and the invisible operators (U+200B, U+2060–U+2064), the direction
///   marks (LRM U+200E, RLM U+200F, ALM U+061C), the byte order mark U+FEFF, the Mongolian vowel
///   separator U+180E and the soft hyphen U+00AD. The joiners ZWJ (U+200D) and ZWNJ (U+200C)
///   are kept only where writing needs them: ZWJ between two emoji (👨‍👩‍👧), ZWNJ between two
///   letters of a script that uses it (Arabic, Persian, Indic: U+0600 and above); anywhere else
///   they are shown. (Decision in docs/decisions.md.)
public enum Sanitizer {
    /// True when UTF-8 text has no byte that could start something `visible` replaces, so it
    /// is shown as it is (a writer of bytes can then copy it without making a `String`).
    @inlinable public static func isVisibleAsItIs<C: Collection<UInt8>>(_ utf8: C) -> Bool {
        for b in utf8 where b < 0x20 || b == 0x7F || b == 0xC2 || b == 0xD8 || b == 0xE1 || b == 0xE2 || b == 0xEF {
            // 0xC2 starts U+0080–U+00BF (C1, soft hyphen); 0xD8 U+0600–U+063F (ALM); 0xE1
            // U+1000–U+1FFF (U+180E); 0xE2 U+2000–U+2FFF (bidi, zero width); 0xEF U+F000–U+FFFF (BOM).
            return false
        }
        return true
    }

    /// The visible, terminal-safe form of `s`. Returns `s` itself when nothing needs changing.
    public static func visible(_ s: String) -> String {
        if isVisibleAsItIs(s.utf8) { return s }
        // Most text with a dash or an accent needs nothing: find out without an array, which
        // only a joiner (judged by its neighbours) needs.
        var needs = false, joiner = false
        for u in s.unicodeScalars {
            if u.value == 0x200C || u.value == 0x200D { joiner = true } else if replacement(for: u) != nil { needs = true; break }
        }
        if !needs && !joiner { return s }
        let scalars = Array(s.unicodeScalars)
        if !needs, !scalars.indices.contains(where: { replacement(in: scalars, at: $0) != nil }) { return s }
        var out = String.UnicodeScalarView()
        for i in scalars.indices {
            if let r = replacement(in: scalars, at: i) { out.append(contentsOf: r.unicodeScalars) } else { out.append(scalars[i]) }
        }
        return String(out)
    }

    /// True when no scalar of `c` needs replacing. A joiner is judged within the cluster: an
    /// emoji ZWJ sequence is one cluster; a ZWNJ between letters ends its first letter's
    /// cluster, so there it is judged by `visible` on the whole text.
    public static func isSafe(_ c: Character) -> Bool {
        var joiner = false
        for u in c.unicodeScalars {
            if u.value == 0x200C || u.value == 0x200D { joiner = true } else if replacement(for: u) != nil { return false }
        }
        if !joiner { return true }
        let scalars = Array(c.unicodeScalars)
        for i in scalars.indices where replacement(in: scalars, at: i) != nil { return false }
        return true
    }

    /// The visible replacement for `scalars[i]` given its neighbours, or nil when it is safe.
    static func replacement(in scalars: [Unicode.Scalar], at i: Int) -> String? {
        let u = scalars[i]
        switch u.value {
        case 0x200C, 0x200D:
            let before = i > 0 ? scalars[i - 1] : nil, after = i + 1 < scalars.count ? scalars[i + 1] : nil
            if let before, let after, joinerIsWriting(u, before, after) { return nil }
            return "<U+\(hex4(u.value))>"
        default:
            return replacement(for: u)
        }
    }

    /// ZWJ between emoji (a skin tone or VS16 may come before it), ZWNJ between letters of a
    /// script that writes with it.
    static func joinerIsWriting(_ joiner: Unicode.Scalar, _ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        if joiner.value == 0x200D {
            func emoji(_ s: Unicode.Scalar) -> Bool {
                s.value >= 0x2000 && (s.properties.isEmoji || s.value == 0xFE0F || (0x1F3FB...0x1F3FF).contains(s.value))
            }
            return emoji(before) && emoji(after)
        }
        func letter(_ s: Unicode.Scalar) -> Bool { s.value >= 0x0600 && (s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark) }
        return letter(before) && letter(after)
    }

    /// The visible replacement for one scalar, or nil when it is safe as it is. The joiners
    /// (U+200C, U+200D) are shown here; `replacement(in:at:)` keeps them where writing needs them.
    static func replacement(for u: Unicode.Scalar) -> String? {
        let v = u.value
        switch v {
        case 0x09: return " "
        case 0x00..<0x20: return String(Character(Unicode.Scalar(0x2400 + v)!))
        case 0x7F: return "\u{2421}"
        case 0x80...0x9F, 0xAD, 0x061C, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069,
             0x2028, 0x2029, 0xFEFF:
            return "<U+\(hex4(v))>"
        default: return nil
        }
    }

    static func hex4(_ v: UInt32) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }
}
