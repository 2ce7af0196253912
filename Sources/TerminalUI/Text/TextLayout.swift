/// Truncation, wrapping and padding by display width. All results are in visible form
/// (sanitised, see `Sanitizer`), so their widths are exactly what `Buffer.put` draws.
public enum TextLayout {
    /// `s` cut to at most `width` columns, ending in `ellipsis` when anything was cut.
    /// A wide character that would straddle the limit is dropped whole, so the result may be
    /// one column narrower than `width`; it is never wider.
    public static func truncate(_ s: String, to width: Int, ellipsis: String = "…") -> String {
        fit(s, width: width, ellipsis: ellipsis).text
    }

    /// `truncate` and the width of its result, in one pass over the text (the hot path of
    /// every table cell).
    static func fit(_ s: String, width: Int, ellipsis: String = "…") -> (text: String, width: Int) {
        guard width > 0 else { return ("", 0) }
        if let n = TextWidth.asciiPrintableCount(s) {
            if n <= width { return (s, n) }
            let ew = TextWidth.of(ellipsis)
            if ew > width { return (String(s.utf8.prefix(width))!, width) }
            return (String(s.utf8.prefix(width - ew))! + ellipsis, width)
        }
        let visible = Sanitizer.visible(s)
        let ew = TextWidth.of(ellipsis)
        let room = ew <= width ? width - ew : width
        // Walk once: remember where the text must be cut to leave room for the ellipsis, and
        // stop as soon as the whole text is known not to fit.
        var used = 0
        var cut = visible.startIndex
        var cutWidth = 0
        var index = visible.startIndex
        while index < visible.endIndex {
            let next = visible.index(after: index)
            let w = TextWidth.cluster(visible[index])
            if used + w <= room { cut = next; cutWidth = used + w }
            used += w
            if used > width {
                let head = String(visible[..<cut])
                return ew <= width ? (head + ellipsis, cutWidth + ew) : (head, cutWidth)
            }
            index = next
        }
        return (visible, used)
    }

    /// `s` laid out in lines of at most `width` columns. Line breaks in `s` ("\n", "\r\n") are
    /// kept; lines break at spaces; a word longer than a line is broken between characters.
    /// Runs of spaces at a break are dropped; indentation at the start of a paragraph is kept.
    public static func wrap(_ s: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        let normalised = s.replacingCRLF()
        for paragraph in normalised.split(separator: "\n", omittingEmptySubsequences: false) {
            wrapParagraph(Sanitizer.visible(String(paragraph)), width: width, into: &result)
        }
        return result
    }

    /// `s` fitted to exactly `width` columns: truncated with an ellipsis when too wide, padded
    /// with spaces on the side(s) `align` leaves free.
    public static func pad(_ s: String, to width: Int, align: Alignment = .left) -> String {
        guard width > 0 else { return "" }
        let (t, w) = fit(s, width: width)
        let gap = width - w
        guard gap > 0 else { return t }
        switch align {
        case .left: return t + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + t
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + t + String(repeating: " ", count: gap - left)
        }
    }

    /// The columns `from ..< from + width` of `s` (visible form); a wide character cut by
    /// either edge becomes a space. Used for horizontal scrolling.
    public static func slice(_ s: String, fromColumn from: Int, width: Int) -> String {
        guard width > 0 else { return "" }
        var out = "", col = 0
        let end = from + width
        for ch in Sanitizer.visible(s) {
            let w = TextWidth.cluster(ch)
            if col >= end { break }
            if col >= from, col + w <= end {
                out.append(ch)
            } else if col + w > from {
                out += String(repeating: " ", count: min(col + w, end) - max(col, from))
            }
            col += w
        }
        return out
    }

    private static func wrapParagraph(_ p: String, width: Int, into result: inout [String]) {
        var indent = ""
        var rest = Substring(p)
        while rest.first == " " { indent.append(" "); rest.removeFirst() }
        if TextWidth.of(indent) >= width { indent = "" }
        let words = rest.split(separator: " ", omittingEmptySubsequences: true)
        if words.isEmpty { result.append(""); return }
        var line = indent
        var lineWidth = TextWidth.of(indent)
        var lineHasWord = false
        for word in words {
            let ww = TextWidth.of(String(word))
            let needed = lineHasWord ? ww + 1 : ww
            if lineWidth + needed <= width {
                if lineHasWord { line.append(" ") }
                line += word
                lineWidth += needed
                lineHasWord = true
                continue
            }
            if lineHasWord {
                result.append(line)
                line = ""
                lineWidth = 0
                lineHasWord = false
            }
            if ww <= width - lineWidth {
                line += word
                lineWidth += ww
                lineHasWord = true
                continue
            }
            // A word longer than the line: break it between characters.
            for ch in word {
                let w = TextWidth.cluster(ch)
                if lineWidth + w > width, lineWidth > 0 {
                    result.append(line)
                    line = ""
                    lineWidth = 0
                }
                line.append(ch)
                lineWidth += w
            }
            lineHasWord = true
        }
        result.append(line)
    }
}

extension String {
    func replacingCRLF() -> String {
        // "\r\n" is a single Character in Swift; a lone "\r" stays (and shows as "␍").
        String(map { $0 == "\r\n" ? "\n" : $0 })
    }
}
