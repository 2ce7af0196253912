/// Expected screens by "scenario-WxH", merged from the per-area files.
enum ExpectedScreens {
    static let all: [String: String] = cases.merging(detail) { a, _ in a }.merging(board) { a, _ in a }
        .merging(filters) { a, _ in a }
}
