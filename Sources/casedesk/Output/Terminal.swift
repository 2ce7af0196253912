#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the batch commands need to know about where their output goes.
enum Terminal {
    static var stdoutIsTerminal: Bool { isatty(1) == 1 }
    static var stderrIsTerminal: Bool { isatty(2) == 1 }
    static var stdinIsTerminal: Bool { isatty(0) == 1 }

    /// The width tables are fitted to: the columns of the terminal on stdout (TIOCGWINSZ),
    /// else `$COLUMNS`; nil when stdout is not a terminal, so a pipe gets every column whole.
    static var stdoutColumns: Int? {
        guard stdoutIsTerminal else { return nil }
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let text = getenv("COLUMNS"), let n = Int(String(cString: text)), n > 0 { return n }
        return nil
    }
}

/// Buffered writing to a file descriptor: printing 100,000 rows must not cost a system call each.
/// `@unchecked Sendable`: the batch commands write from the main thread only.
final class ByteOutput: @unchecked Sendable {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private let limit: Int

    /// `buffered: false` writes each line at once (stderr: warnings and progress must not wait).
    init(fd: Int32, buffered: Bool = true) {
        self.fd = fd
        limit = buffered ? 1 << 16 : 1
        buffer.reserveCapacity(limit)
    }

    static let standardOutput = ByteOutput(fd: 1)
    static let standardError = ByteOutput(fd: 2, buffered: false)

    func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= limit { flush() }
    }

    func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= limit { flush() }
    }

    func line(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        buffer.append(0x0A)
        if buffer.count >= limit { flush() }
    }

    func flush() {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { raw in
                #if canImport(Glibc)
                Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                #else
                Darwin.write(fd, raw.baseAddress! + offset, raw.count - offset)
                #endif
            }
            if n < 0 {
                if errno == EINTR { continue }
                // The reader went away (`casedesk list | head`): stop quietly, as other tools do.
                buffer.removeAll(keepingCapacity: true)
                exit(errno == EPIPE ? 0 : 1)
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}
