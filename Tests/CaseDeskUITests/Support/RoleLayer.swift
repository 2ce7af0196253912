import Testing
import TerminalUI
@testable import CaseDeskUI

/// The role of every cell of a screen, as a layer of letters under its text (ratatui's
/// `Buffer::with_lines` with styled assertions): the screen is rendered with a probe theme that
/// gives each role a colour of its own, so a cell's colour names its role whatever the user's
/// theme would make of it (in the default theme `toChase` and `warning` look alike).
///
/// A row reads as its text, then a line with a letter under each cell whose role carries
/// meaning (`RoleLayer.letters`) and a space under the rest.
struct RoleLayer {
    /// The marks whose meaning a test checks; every other role shows as a space.
    static let letters: [Role: Character] = [
        .overdue: "o", .toChase: "c", .marking: "m", .markingSensitive: "M", .error: "e",
        .selection: "s", .tabActive: "t",
    ]

    static let probedRoles: [Role] = Role.all + AppRoles.all

    /// Each role in its own palette colour (16 onwards), nothing else.
    static let probe: Theme = {
        var styles: [Role: Style] = [:]
        for (i, role) in probedRoles.enumerated() { styles[role] = Style(fg: .indexed(UInt8(16 + i))) }
        return AppRoles.register(Theme(name: "role-probe", styles: styles))
    }()

    /// The role whose probe colour a cell's foreground is (a role's style patched with bold
    /// or a background keeps its foreground).
    static func role(of cell: Cell) -> Role? {
        guard case .indexed(let i) = cell.style.fg, Int(i) >= 16, Int(i) - 16 < probedRoles.count else { return nil }
        return probedRoles[Int(i) - 16]
    }

    let buffer: Buffer

    /// The driver's screen as it stands, drawn with the probe theme.
    init(_ driver: TestDriver) {
        var state = driver.state
        state.theme = Self.probe
        buffer = CaseDeskApp.render(state, size: state.size)
    }

    var text: [String] { buffer.lines() }

    /// The letters of row `y` (trailing spaces dropped).
    func roles(_ y: Int) -> String {
        var out = ""
        for x in 0..<buffer.size.width {
            let cell = buffer[x, y]
            if cell.isContinuation { continue }
            let letter = Self.role(of: cell).flatMap { Self.letters[$0] } ?? " "
            out += String(repeating: letter, count: cell.width)
        }
        while out.last == " " { out.removeLast() }
        return out
    }

    /// The first row whose text contains `needle`.
    func row(containing needle: String) -> Int? { text.firstIndex { $0.contains(needle) } }

    /// Rows `range` as text and role lines, alternating: what `expectRoles` compares.
    func styled(_ range: ClosedRange<Int>) -> String {
        range.flatMap { y in [text[y].replacing(/\s+$/, with: ""), roles(y)] }.joined(separator: "\n")
    }
}

/// Compares rows of a screen, each text line followed by its role line, with the expected ones;
/// the rows are found by the first line's text, so a test names what it looks at.
func expectRoles(_ driver: TestDriver, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let layer = RoleLayer(driver)
    var want = expected.split(separator: "\n", omittingEmptySubsequences: false).map { $0.replacing(/\s+$/, with: "") }
    // A last row written without its role line has no marks.
    if want.count % 2 == 1 { want.append("") }
    guard let first = want.first, let y = layer.text.firstIndex(where: { $0.replacing(/\s+$/, with: "") == first }) else {
        Issue.record("no row reads \"\(want.first ?? "")\" on the screen:\n\(layer.text.joined(separator: "\n"))",
                     sourceLocation: sourceLocation)
        return
    }
    let rows = want.count / 2
    guard y + rows <= layer.text.count else {
        Issue.record("the screen ends before \(rows) rows from \"\(first)\"", sourceLocation: sourceLocation)
        return
    }
    let actual = layer.styled(y...(y + rows - 1))
    #expect(actual == want.joined(separator: "\n"),
            "roles differ.\n--- expected\n\(want.joined(separator: "\n"))\n--- actual\n\(actual)", sourceLocation: sourceLocation)
}
