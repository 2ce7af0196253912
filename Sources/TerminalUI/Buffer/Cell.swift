/// One terminal cell: a grapheme cluster, the columns it takes, and its style.
///
/// Invariants: `grapheme` is safe to send to a terminal (the initialiser sanitises it);
/// a blank cell holds " " with width 1; a wide (width 2) cell is followed in its row by a
/// continuation cell holding "" with width 0, which the backend never draws.
public struct Cell: Sendable, Hashable {
    public var grapheme: String
    public var width: Int
    public var style: Style

    /// A cell showing `grapheme` (its first visible cluster), sanitised, width computed.
    public init(_ grapheme: String = " ", style: Style = .plain) {
        let visible = Sanitizer.visible(grapheme)
        if let first = visible.first {
            let w = TextWidth.cluster(first)
            self.grapheme = w == 0 ? " " : String(first)
            self.width = max(1, w)
        } else {
            self.grapheme = " "
            self.width = 1
        }
        self.style = style
    }

    /// Trusted initialiser for code in this module that has already sanitised and measured.
    init(trusted grapheme: String, width: Int, style: Style) {
        self.grapheme = grapheme
        self.width = width
        self.style = style
    }

    public static let blank = Cell(trusted: " ", width: 1, style: .plain)

    public static func blank(_ style: Style) -> Cell { Cell(trusted: " ", width: 1, style: style) }

    /// The second column of a wide character.
    static func continuation(_ style: Style) -> Cell { Cell(trusted: "", width: 0, style: style) }

    public var isContinuation: Bool { width == 0 }
}
