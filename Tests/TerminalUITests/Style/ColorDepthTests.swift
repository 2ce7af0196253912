import Testing
@testable import TerminalUI

@Suite struct ColorDepthTests {
    @Test func depthFromTerminal() {
        #expect(ColorDepth(colors: 256) == .indexed256)
        #expect(ColorDepth(colors: 88) == .ansi16)
        #expect(ColorDepth(colors: 16) == .ansi16)
        #expect(ColorDepth(colors: 8) == .ansi8)
        #expect(ColorDepth(colors: 2) == .monochrome)
        #expect(ColorDepth(colors: 256, noColor: true) == .monochrome)
        #expect(ColorDepth.noColorRequested("1"))
        #expect(!ColorDepth.noColorRequested(""))
        #expect(!ColorDepth.noColorRequested(nil))
    }

    @Test func rgbDegradesStepByStep() {
        let orange = Color.rgb(255, 135, 0)
        #expect(ColorDepth.indexed256.degrade(orange) == .indexed(208))
        #expect(ColorDepth.indexed256.degrade(.rgb(128, 128, 128)) == .indexed(244))
        #expect(ColorDepth.ansi16.degrade(.rgb(250, 10, 10)) == .ansi(9))
        #expect(ColorDepth.ansi8.degrade(.rgb(250, 10, 10)) == .ansi(1))
        #expect(ColorDepth.ansi8.degrade(.indexed(21)) == .ansi(4))
        #expect(ColorDepth.ansi8.degrade(.brightGreen) == .green)
        #expect(ColorDepth.ansi16.degrade(.brightGreen) == .brightGreen)
        #expect(ColorDepth.ansi16.degrade(.default) == .default)
    }

    @Test func monochromeKeepsAttributesAndReversesBackgrounds() {
        let selection = Style(fg: .black, bg: .cyan, attributes: .bold)
        #expect(ColorDepth.monochrome.degrade(selection) == Style(attributes: [.bold, .reverse]))
        #expect(ColorDepth.monochrome.degrade(Style(fg: .red, attributes: .underline)) == Style(attributes: .underline))
    }

    @Test func colorNamesParse() {
        #expect(Color(parsing: "red") == .red)
        #expect(Color(parsing: "bright-blue") == .brightBlue)
        #expect(Color(parsing: "bright_blue") == .brightBlue)
        #expect(Color(parsing: "grey") == .brightBlack)
        #expect(Color(parsing: "7") == .ansi(7))
        #expect(Color(parsing: "208") == .indexed(208))
        #expect(Color(parsing: "#FF8700") == .rgb(255, 135, 0))
        #expect(Color(parsing: "default") == .default)
        #expect(Color(parsing: "256") == nil)
        #expect(Color(parsing: "#12345") == nil)
        #expect(Color(parsing: "purple") == nil)
    }

    @Test func stylePatchOverlaysNonDefaultParts() {
        let base = Style(fg: .red, bg: .blue, attributes: .underline)
        #expect(base.patched(with: Style(bg: .cyan, attributes: .bold)) == Style(fg: .red, bg: .cyan, attributes: [.underline, .bold]))
        #expect(base.patched(with: .plain) == base)
        #expect(Style(fg: .indexed(208), attributes: .bold).description == "fg=208 bold")
    }
}
