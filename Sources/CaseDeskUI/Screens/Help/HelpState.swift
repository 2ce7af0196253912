/// The help screen: which screen's keys it shows and how far it is scrolled.
struct HelpState: Sendable, Equatable {
    /// The screen whose keys are listed (the one `?` was pressed on).
    var about: Screen = .cases
    var scroll = 0
}
