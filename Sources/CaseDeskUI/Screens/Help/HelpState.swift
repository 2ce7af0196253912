/// The help screen: which screen's keys it shows and how far it is scrolled.
struct HelpState: Sendable, Equatable {
    /// The screen whose keys are listed (the one `?` was pressed on).
    var about: Screen = .cases
    var scroll = 0
    /// The line of the last match of `/`, `n` or `N`; nil before one.
    var match: Int?
}
