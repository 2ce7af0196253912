import CNcurses

/// Turns what `wget_wch` returns into `InputEvent`s: Esc-prefixed Alt keys, CSI sequences
/// ncurses did not recognise (modified arrows), and bracketed paste. Pure and testable:
/// the backend feeds raw input and calls `flush()` when no more input arrives in time, which
/// is how a lone Esc is told from the start of a sequence.
struct KeyDecoder {
    /// One unit of raw input: a character, or an ncurses KEY_* code.
    enum Raw: Equatable {
        case char(UInt32)
        case keyCode(Int32)
    }

    private enum State: Equatable {
        case idle
        case afterEscape
        case csi(String)
        case paste(String)
    }

    private var state = State.idle
    static let pasteStart = "200~"
    static let pasteEnd = "\u{1B}[201~"

    /// True while a sequence is incomplete: the backend should read more (briefly) before
    /// calling `flush()`.
    var isPending: Bool { state != .idle }
    /// True while inside a bracketed paste, where input may come in slower chunks.
    var isInPaste: Bool { if case .paste = state { return true } else { return false } }

    /// Feeds one raw input; returns the events it completes.
    mutating func feed(_ raw: Raw) -> [InputEvent] {
        switch state {
        case .idle:
            return idle(raw)
        case .afterEscape:
            guard case .char(let c) = raw else {
                state = .idle
                return [.key(.escape)] + idle(raw)
            }
            if c == 0x5B { state = .csi(""); return [] }
            if c == 0x1B { return [.key(.escape)] }
            state = .idle
            if c >= 0x20, c != 0x7F, let s = Unicode.Scalar(c), !(0x80...0x9F).contains(c) {
                return [.key(.alt(Character(s)))]
            }
            return [.key(.escape)] + idle(raw)
        case .csi(let body):
            guard case .char(let c) = raw, let s = Unicode.Scalar(c) else {
                state = .idle
                return [.key(.alt("["))] + replay(body) + idle(raw)
            }
            let next = body + String(Character(s))
            if next == KeyDecoder.pasteStart { state = .paste(""); return [] }
            if (0x40...0x7E).contains(c) {
                state = .idle
                return KeyDecoder.csiKey(next).map { [.key($0)] } ?? []
            }
            if (0x20...0x3F).contains(c) { state = .csi(next); return [] }
            state = .idle
            return [.key(.alt("["))] + replay(next)
        case .paste(var text):
            guard case .char(let c) = raw, let s = Unicode.Scalar(c) else { return [] }
            text.unicodeScalars.append(s)
            if text.hasSuffix(KeyDecoder.pasteEnd) {
                state = .idle
                return [.paste(KeyDecoder.normalisePaste(String(text.dropLast(KeyDecoder.pasteEnd.count))))]
            }
            state = .paste(text)
            return []
        }
    }

    /// No more input came: finish whatever is pending (a lone Esc, an unfinished sequence,
    /// a paste whose end marker never came).
    mutating func flush() -> [InputEvent] {
        let s = state
        state = .idle
        switch s {
        case .idle: return []
        case .afterEscape: return [.key(.escape)]
        case .csi(let body): return [.key(.alt("["))] + replay(body)
        case .paste(let text): return text.isEmpty ? [] : [.paste(KeyDecoder.normalisePaste(text))]
        }
    }

    private mutating func replay(_ text: String) -> [InputEvent] {
        text.unicodeScalars.flatMap { idle(.char($0.value)) }
    }

    private mutating func idle(_ raw: Raw) -> [InputEvent] {
        switch raw {
        case .keyCode(let code): return KeyDecoder.key(forCode: code).map { [.key($0)] } ?? []
        case .char(let c):
            if c == 0x1B { state = .afterEscape; return [] }
            return KeyDecoder.key(forChar: c).map { [.key($0)] } ?? []
        }
    }

    /// The key for a character from `wget_wch` (not a KEY_* code).
    static func key(forChar c: UInt32) -> Key? {
        switch c {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x7F, 0x08: return .backspace
        case 0x1B: return .escape
        case 0x01...0x1A: return .ctrl(Character(Unicode.Scalar(0x60 + c)!))
        case 0x00, 0x1C...0x1F, 0x80...0x9F: return nil
        default:
            guard let s = Unicode.Scalar(c) else { return nil }
            return .char(Character(s))
        }
    }

    /// The key for an ncurses KEY_* code; shifted and keypad variants map to the plain key.
    static func key(forCode code: Int32) -> Key? {
        let f0 = cd_key_f0()
        if code > f0, code <= f0 + 24 { return .function(Int(code - f0)) }
        switch code {
        case KEY_UP, KEY_SR, KEY_A1: return .up
        case KEY_DOWN, KEY_SF, KEY_C1: return .down
        case KEY_LEFT, KEY_SLEFT: return .left
        case KEY_RIGHT, KEY_SRIGHT: return .right
        case KEY_HOME, KEY_SHOME: return .home
        case KEY_END, KEY_SEND, KEY_LL: return .end
        case KEY_PPAGE, KEY_SPREVIOUS, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_SNEXT, KEY_C3: return .pageDown
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC, KEY_SDC: return .delete
        case KEY_IC, KEY_SIC: return .insert
        default: return nil
        }
    }

    /// Keys for CSI sequences (after "ESC [") that terminfo did not describe, such as the
    /// modified arrows "1;5A". Unknown sequences give nil and are dropped, never typed.
    static func csiKey(_ body: String) -> Key? {
        guard let final = body.last else { return nil }
        let params = body.dropLast().split(separator: ";").map { Int($0) }
        switch final {
        case "A": return .up
        case "B": return .down
        case "C": return .right
        case "D": return .left
        case "H": return .home
        case "F": return .end
        case "Z": return .backTab
        case "~":
            guard let first = params.first, let n = first else { return nil }
            switch n {
            case 1, 7: return .home
            case 4, 8: return .end
            case 2: return .insert
            case 3: return .delete
            case 5: return .pageUp
            case 6: return .pageDown
            case 11...15: return .function(n - 10)
            case 17...21: return .function(n - 11)
            case 23, 24: return .function(n - 12)
            default: return nil
            }
        default: return nil
        }
    }

    /// Pasted line ends become "\n" (terminals send "\r").
    static func normalisePaste(_ s: String) -> String {
        String(s.map { $0 == "\r\n" || $0 == "\r" ? "\n" : $0 })
    }
}
