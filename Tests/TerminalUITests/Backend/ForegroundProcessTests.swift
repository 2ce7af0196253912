import Foundation
import Testing
@testable import TerminalUI
#if canImport(Glibc)
import Glibc
#endif

/// The program handed the terminal ($EDITOR) runs in our own process group (the terminal's
/// foreground group: a child in another group is stopped by SIGTTIN as soon as it reads a key),
/// with default signal actions and nothing blocked, and its command line is split by the shell.
@Suite(.serialized) struct ForegroundProcessTests {
    /// Runs `script` (as the command line, its output file as "$1") and returns what it wrote.
    static func output(of commandLine: String, arguments: [String] = []) throws -> (ForegroundOutcome, String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fg-test-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out").path
        let env = ["PATH": "/usr/bin:/bin", "OUT": out]
        let outcome = ForegroundProcess.run(ForegroundCommand(commandLine: commandLine, arguments: arguments, environment: env))
        return (outcome, (try? String(contentsOfFile: out, encoding: .utf8)) ?? "")
    }

    @Test func theProgramRunsInOurProcessGroup() throws {
        // Field 5 of /proc/PID/stat is the process group.
        let (outcome, text) = try Self.output(of: "cut -d' ' -f5 /proc/self/stat > \"$OUT\"; true")
        #expect(outcome == .exited(0))
        #expect(Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) == getpgrp())
    }

    @Test func signalsAreAtTheirDefaultsAndNoneIsBlockedInTheChild() throws {
        // Ignored here (as nohup would leave it): the editor must still get Ctrl-C's default.
        let previous = signal(SIGINT, SIG_IGN)
        defer { signal(SIGINT, previous) }
        var blocked = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGTERM)
        var old = sigset_t()
        pthread_sigmask(SIG_BLOCK, &blocked, &old)
        defer { pthread_sigmask(SIG_SETMASK, &old, nil) }
        let (outcome, text) = try Self.output(of: "grep -E '^Sig(Blk|Ign)' /proc/self/status > \"$OUT\"; true")
        #expect(outcome == .exited(0))
        let fields = Dictionary(uniqueKeysWithValues: text.split(separator: "\n").map { line -> (String, UInt64) in
            let parts = line.split(separator: ":").map { $0.trimmingCharacters(in: .whitespaces) }
            return (parts[0], UInt64(parts[1], radix: 16) ?? .max)
        })
        #expect(fields["SigBlk"] == 0)
        let ignored = fields["SigIgn"] ?? .max
        for sig in [SIGINT, SIGQUIT, SIGTSTP, SIGTERM, SIGHUP] {
            #expect(ignored & (1 << UInt64(sig - 1)) == 0, "signal \(sig) is ignored in the child")
        }
    }

    @Test func theCommandLineIsSplitByTheShellAndArgumentsStayWhole() throws {
        // A setting such as "vim -u NONE" carries its own arguments; a file name with a space
        // and a quote is passed as one argument.
        let (o2, t2) = try Self.output(of: "sh -c 'printf \"[%s]\" \"$@\" > \"$OUT\"' sh -x", arguments: ["a b'c", "d"])
        #expect(o2 == .exited(0))
        #expect(t2 == "[-x][a b'c][d]")
    }

    @Test func exitStatusAndSignalAreReportedAsAShellWould() throws {
        let (exited, _) = try Self.output(of: "exit 3; :")
        #expect(exited == .exited(3))
        #expect(exited.shellStatus == 3)
        let (killed, _) = try Self.output(of: "kill -INT $$; :")
        #expect(killed == .signalled(SIGINT))
        #expect(killed.shellStatus == 130)
    }

    @Test func aSIGINTWhileTheProgramRunsDoesNotReachUs() throws {
        // Ctrl-C in a cooked-mode editor is a SIGINT to the whole foreground group: to the
        // editor and to us. Here the program sends it to us, then ends: we are still here.
        let (outcome, _) = try Self.output(of: "kill -INT $PPID; exit 4; :")
        #expect(outcome == .exited(4))
    }

    @Test func theHandoverSuspendsTheTerminalAroundTheProgramAndTakesItBack() {
        let backend = TestBackend(size: Size(width: 10, height: 2))
        var frame = Buffer(size: backend.size)
        frame.put("x", x: 0, y: 0)
        backend.draw(frame)
        let seen = TerminalHandover.run(on: backend) { backend.isSuspended }
        #expect(seen)
        #expect(!backend.isSuspended)
        // Everything is repainted after the hand-over.
        backend.draw(frame)
        #expect(backend.lastDiff.map(\.width).reduce(0, +) == 20)
    }
}
