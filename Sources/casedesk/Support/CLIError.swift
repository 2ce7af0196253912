/// A failure of a batch command, said in one sentence: what went wrong and where.
struct CLIError: Error, CustomStringConvertible {
    let what: String
    let place: String?

    init(_ what: String, at place: String? = nil) { self.what = what; self.place = place }

    var description: String { place.map { "\(what) (\($0))" } ?? what }
}
