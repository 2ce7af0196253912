import CNcurses
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A program to run at the terminal ($EDITOR, $PAGER): a command line as the user wrote it,
/// split by `/bin/sh` so that `vim -u NONE` or `code --wait` work, given `arguments` as "$1"…
public struct ForegroundCommand: Sendable, Equatable {
    public var commandLine: String
    public var arguments: [String]
    public var environment: [String: String]

    /// The shell's `$0`: the name its error messages start with (the application's).
    public var shellName: String

    public init(commandLine: String, arguments: [String], environment: [String: String], shellName: String = "sh") {
        self.commandLine = commandLine
        self.arguments = arguments
        self.environment = environment
        self.shellName = shellName
    }

    /// `sh -c 'COMMAND "$@"' NAME ARG…`: the shell splits the command, the arguments are
    /// passed as they are (a file name with spaces or quotes is one argument).
    var shellArguments: [String] {
        ["sh", "-c", commandLine + " \"$@\"", shellName] + arguments
    }
}

/// How a foreground program ended.
public enum ForegroundOutcome: Sendable, Equatable {
    case exited(Int32)
    /// Killed by a signal (Ctrl-C in a cooked-mode program: SIGINT).
    case signalled(Int32)
    /// It could not be started: why.
    case failed(String)

    /// The status a shell reports: the exit status, or 128 + the signal.
    public var shellStatus: Int32? {
        switch self {
        case .exited(let s): return s
        case .signalled(let sig): return 128 + sig
        case .failed: return nil
        }
    }
}

/// Runs a program in CaseDesk's own process group, which is the terminal's foreground group,
/// and waits for it. The reason: a child put in a group of its own (as Foundation's `Process`
/// does) is stopped by SIGTTIN/SIGTTOU the moment it reads a key or sets the terminal's modes,
/// so an interactive editor hangs. See `cd_spawn_foreground` for the signals on both sides.
/// Use it through `TerminalHandover`, which gives the terminal up around it.
public enum ForegroundProcess {
    public static func run(_ command: ForegroundCommand) -> ForegroundOutcome {
        let argv = command.shellArguments
        let envp = command.environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        var status: Int32 = 0
        let err = withCStrings(argv) { a in withCStrings(envp) { e in cd_spawn_foreground("/bin/sh", a, e, &status) } }
        if err != 0 { return .failed("cannot run /bin/sh: \(String(cString: strerror(err)))") }
        if cd_signalled(status) != 0 { return .signalled(cd_term_signal(status)) }
        return .exited(cd_exit_status(status))
    }

    /// NULL-terminated C string arrays that live for the call.
    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        let pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        return body(pointers)
    }
}

/// Gives the terminal to another program and takes it back, as shells and lazygit/tig do:
/// leave curses (the terminal's own modes restored, paste and mouse modes off), run `body`
/// (which runs the program with `ForegroundProcess` and cleans up after it), drop whatever was
/// typed for the program and not read by it, take the terminal back and repaint every cell.
/// A SIGTERM or SIGHUP received while the program ran takes effect only then.
public enum TerminalHandover {
    public static func run<T>(on backend: any Backend, _ body: () -> T) -> T {
        backend.suspend()
        let value = body()
        cd_discard_typeahead()
        backend.resume()
        let deferred = cd_take_deferred_signal()
        if deferred != 0 { raise(deferred) }
        return value
    }
}
