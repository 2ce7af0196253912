import ArgumentParser
import CaseCore
import TerminalUI
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
        let commands = CaseDesk.configuration.subcommands.map { $0._commandName }
        let given: [String]
        let groups = Dictionary(uniqueKeysWithValues: CaseDesk.configuration.subcommands.map { command in
            (command._commandName, command.configuration.subcommands.map { $0._commandName })
        })
        let storeless = ArgumentOrder.storeless(CaseDesk.configuration.subcommands)
        switch ArgumentOrder.normalise(arguments ?? Array(CommandLine.arguments.dropFirst()), commands: commands, groups: groups,
                                       storeless: storeless) {
        case .arguments(let a): given = a
        case .unknownCommand(let word):
            ByteOutput.standardError.line("casedesk: unknown command '\(Sanitizer.visible(word))'")
            ByteOutput.standardError.line("Commands: " + commands.joined(separator: ", ") + ". See 'casedesk --help'.")
            finish(2)
        }
        do {
            command = try CaseDesk.parseAsRoot(given)
        } catch {
            finishWithParserError(error)
        }
        do {
            try command.run()
            finish(0)
        } catch let code as ExitCode {
            finish(code.rawValue)
        } catch let error as CLIError {
            fail(error.description)
        } catch let error as StoreError {
            fail(error.description)
        } catch {
            // Help asked of a command that only lists subcommands, or a validation error
            // raised late: ArgumentParser's own errors keep their usage meaning.
            finishWithParserError(error)
        }
    }

    static func fail(_ message: String) -> Never {
        // Messages quote file names and data: never a raw control character on the terminal.
        ByteOutput.standardError.line("casedesk: " + Sanitizer.visible(sentence(message)))
        finish(1)
    }

    /// `--help` and `--version` print to stdout with status 0; usage errors give one line
    /// and the help hint on stderr with status 2; anything else is a failure (1).
    static func finishWithParserError(_ error: Error) -> Never {
        let code = CaseDesk.exitCode(for: error)
        if code == .success {
            // Help text names no data, but `help SUBCOMMAND` may echo what was typed.
            ByteOutput.standardOutput.line(CaseDesk.fullMessage(for: error).split(separator: "\n", omittingEmptySubsequences: false)
                .map { Sanitizer.visible(String($0)) }.joined(separator: "\n"))
            finish(0)
        }
        guard code == .validationFailure else { fail(describe(error)) }
        // ArgumentParser quotes the arguments it could not take (an unknown option, a bad
        // value): made visible like data, so an escape sequence typed or pasted as an argument
        // never reaches the terminal.
        ByteOutput.standardError.line("casedesk: " + Sanitizer.visible(sentence(CaseDesk.message(for: error))))
        if let hint = CaseDesk.fullMessage(for: error).split(separator: "\n").last(where: { $0.contains("--help") }) {
            ByteOutput.standardError.line(Sanitizer.visible(String(hint).trimmingSpaces))
        }
        finish(2)
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
