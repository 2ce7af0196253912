/// Errors of the terminal layer, each with a message a user can act on.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// Standard input or output is not a terminal (piped, redirected).
    case notATerminal
    /// ncurses could not start on this terminal (unknown TERM, no terminfo entry).
    case cannotStart(term: String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "a full-screen program needs a terminal: standard input and output must not be redirected"
        case .cannotStart(let term):
            return "cannot start the terminal interface for TERM=\(term.isEmpty ? "(unset)" : term): check that TERM names a terminal with a terminfo entry (e.g. xterm-256color)"
        }
    }
}
