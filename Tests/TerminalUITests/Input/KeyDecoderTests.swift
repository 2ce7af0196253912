import Testing
import CNcurses
@testable import TerminalUI

@Suite struct KeyDecoderTests {
    func decode(_ raws: [KeyDecoder.Raw], flush: Bool = true) -> [InputEvent] {
        var d = KeyDecoder()
        var out = raws.flatMap { d.feed($0) }
        if flush { out += d.flush() }
        return out
    }

    func chars(_ s: String) -> [KeyDecoder.Raw] { s.unicodeScalars.map { .char($0.value) } }

    @Test func plainCharactersAndControls() {
        #expect(decode(chars("aé中 ")) == [.key(.char("a")), .key(.char("é")), .key(.char("中")), .key(.char(" "))])
        #expect(decode([.char(0x0D), .char(0x0A), .char(0x09), .char(0x7F), .char(0x08), .char(0x01), .char(0x12)])
                == [.key(.enter), .key(.enter), .key(.tab), .key(.backspace), .key(.backspace), .key(.ctrl("a")), .key(.ctrl("r"))])
    }

    @Test func ncursesKeyCodes() {
        #expect(decode([.keyCode(KEY_UP), .keyCode(KEY_NPAGE), .keyCode(KEY_BTAB), .keyCode(KEY_DC), .keyCode(cd_key_f0() + 5)])
                == [.key(.up), .key(.pageDown), .key(.backTab), .key(.delete), .key(.function(5))])
    }

    @Test func loneEscapeIsEscapeAfterFlush() {
        var d = KeyDecoder()
        #expect(d.feed(.char(0x1B)).isEmpty)
        #expect(d.isPending)
        #expect(d.flush() == [.key(.escape)])
    }

    @Test func escapePrefixMakesAltKeys() {
        #expect(decode([.char(0x1B), .char(0x78)]) == [.key(.alt("x"))])
        #expect(decode([.char(0x1B), .char(0x1B)]) == [.key(.escape), .key(.escape)])
        #expect(decode([.char(0x1B), .keyCode(KEY_UP)]) == [.key(.escape), .key(.up)])
    }

    @Test func unknownCSISequencesBecomeKeysOrNothing() {
        #expect(decode(chars("\u{1B}[1;5A")) == [.key(.up)])
        #expect(decode(chars("\u{1B}[6~")) == [.key(.pageDown)])
        #expect(decode(chars("\u{1B}[Z")) == [.key(.backTab)])
        #expect(decode(chars("\u{1B}[99~")) == [])
        #expect(decode(chars("\u{1B}[")) == [.key(.alt("["))])
    }

    @Test func bracketedPasteArrivesWhole() {
        let events = decode(chars("\u{1B}[200~line one\rq\u{1B}x\u{1B}[201~j"))
        #expect(events == [.paste("line one\nq\u{1B}x"), .key(.char("j"))])
    }

    @Test func unfinishedPasteIsDeliveredOnFlush() {
        #expect(decode(chars("\u{1B}[200~abc")) == [.paste("abc")])
    }
}
