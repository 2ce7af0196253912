import ArgumentParser
import CaseCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the command line with the exit statuses of `ux.md`: 0 on success (and for `--help`),
/// 1 when a command fails (one sentence on stderr naming what and where), 2 for a usage
/// error. ArgumentParser's own default for usage errors is 64; people and scripts expect 2.
enum Entry {
    static func run(_ arguments: [String]? = nil) -> Never {
        // A closed pipe (`casedesk list | head`) is an ordinary end of output, not a crash.
        signal(SIGPIPE, SIG_IGN)
        var command: ParsableCommand
        do {
            command = try CaseDesk.parseAsRoot(arguments)
        } catch {
            if CaseDesk.exitCode(for: error) == .success {
                ByteOutput.standardOutput.line(CaseDesk.fullMessage(for: error))
                finish(0)
            }
            ByteOutput.standardError.line("casedesk: " + sentence(CaseDesk.message(for: error)))
            if let hint = CaseDesk.fullMessage(for: error).split(separator: "\n").last(where: { $0.contains("--help") }) {
                ByteOutput.standardError.line(String(hint).trimmingSpaces)
            }
            finish(2)
        }
        do {
            try command.run()
            finish(0)
        } catch let code as ExitCode {
            finish(code.rawValue)
        } catch {
            ByteOutput.standardError.line("casedesk: " + sentence(describe(error)))
            finish(1)
        }
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case let e as CLIError: e.description
        case let e as StoreError: e.description
        case let e as CustomStringConvertible: e.description
        default: "\(error)"
        }
    }

    /// One line, ending in a full stop, without the "Error: " ArgumentParser puts first.
    static func sentence(_ text: String) -> String {
        var s = text.trimmingSpaces
        if s.hasPrefix("Error: ") { s.removeFirst(7) }
        s = s.split(separator: "\n").joined(separator: " ")
        if let last = s.last, !".!?".contains(last) { s += "." }
        return s
    }

    static func finish(_ status: Int32) -> Never {
        ByteOutput.standardOutput.flush()
        ByteOutput.standardError.flush()
        exit(status)
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\n" }.reversed().drop { $0 == " " || $0 == "\n" }.reversed())
    }
}
