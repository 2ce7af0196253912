#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// `audit.jsonl`: one compact JSON line per change, appended with O_APPEND and fsynced.
/// A crash in the middle of an append can leave a torn last line; the reader skips it with
/// a warning and the next append starts on a fresh line, so one torn line never spoils
/// another.
enum AuditTrail {
    /// The audit trail opened for appending: a regular file reached without following a
    /// link (created 0600 if missing), held open so that a save can check it before
    /// writing its case and append after.
    final class Writer {
        let fd: Int32
        let path: String

        init(_ files: StoreFiles) throws(StoreError) {
            path = files.path("audit.jsonl")
            let p = path
            guard let opened = try files.at("audit.jsonl", { dir, name throws(StoreError) in
                try PosixFile.openFile(dir, name, path: p, flags: O_RDWR | O_APPEND | O_CREAT)
            }), let opened else { throw StoreError.io(path: path, reason: "cannot open the audit trail") }
            fd = opened.fd
            fchmod(fd, 0o600)
        }

        deinit { close(fd) }

        func append(_ entries: [AuditEntry]) throws(StoreError) {
            try appendLines(entries.map(AuditJournal.line))
        }

        /// Appends whole lines (each ending in a newline); a torn last line left by a crash
        /// gets its newline first, so it spoils nothing after it.
        func appendLines(_ lines: [[UInt8]]) throws(StoreError) {
            guard !lines.isEmpty else { return }
            var bytes: [UInt8] = []
            var st = stat()
            if fstat(fd, &st) == 0, st.st_size > 0 {
                var last: UInt8 = 0
                if pread(fd, &last, 1, off_t(st.st_size - 1)) == 1, last != 0x0A { bytes.append(0x0A) }
            }
            for l in lines { bytes += l }
            guard PosixFile.writeAll(fd, bytes), fsync(fd) == 0 else { throw PosixFile.ioError(path, "cannot append") }
        }

        /// Appends those of `lines` not already at the end of the trail: a write killed
        /// after (part of) its append has its first lines there already. A torn fragment
        /// after them is not counted.
        func appendMissing(_ lines: [[UInt8]]) throws(StoreError) {
            guard !lines.isEmpty else { return }
            var st = stat()
            guard fstat(fd, &st) == 0 else { throw PosixFile.readError(path, "cannot stat") }
            let want = min(Int(st.st_size), lines.reduce(0) { $0 + $1.count } + StoreLimits.auditLine)
            var tail = [UInt8](repeating: 0, count: want)
            let got = tail.withUnsafeMutableBytes { pread(fd, $0.baseAddress, want, off_t(Int(st.st_size) - want)) }
            guard got == want else { throw PosixFile.readError(path, "cannot read") }
            // Only complete lines count.
            if let nl = tail.lastIndex(of: 0x0A) { tail.removeSubrange((nl + 1)...) } else { tail = [] }
            var start = tail.endIndex
            if let prev = tail.dropLast().lastIndex(of: 0x0A) { start = prev + 1 } else if !tail.isEmpty { start = 0 }
            let lastLine = Array(tail[start...])
            var done = 0
            if let k = lines.lastIndex(of: lastLine) {
                let prefix = lines[...k].flatMap { $0 }
                if tail.count >= prefix.count, Array(tail[(tail.count - prefix.count)...]) == prefix { done = k + 1 }
            }
            try appendLines(Array(lines[done...]))
        }
    }

    /// Every readable entry, oldest first (optionally only those of `caseID`), and a
    /// warning for each line that could not be read, with its line number.
    static func read(_ files: StoreFiles, caseID: String?) throws(StoreError) -> AuditLog {
        let path = files.path("audit.jsonl")
        var buffer: [UInt8] = []
        guard try files.read("audit.jsonl", limit: Int.max - 1, into: &buffer) else { return AuditLog(entries: [], skipped: []) }
        var entries: [AuditEntry] = []
        var skipped: [Problem] = []
        buffer.withUnsafeBufferPointer { b in
            var start = 0
            var line = 1
            while start < b.count {
                var end = start
                while end < b.count, b[end] != 0x0A { end += 1 }
                let slice = UnsafeBufferPointer(rebasing: b[start..<end])
                if slice.count > StoreLimits.auditLine {
                    skipped.append(Problem(file: path, path: "$", line: line,
                                           message: "skipped a line longer than the limit of \(StoreLimits.describe(StoreLimits.auditLine))",
                                           isWarning: true))
                } else if !slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                    let torn = end == b.count
                    do throws(CaseFileError) {
                        let doc = try CaseCodec.parse(bytes: slice, file: path)
                        let cx = DecodeContext(file: path)
                        if let e = AuditEntry.decode(doc.value, cx), !cx.hasErrors {
                            if caseID == nil || e.case == caseID { entries.append(e) }
                        } else {
                            skipped.append(Problem(file: path, path: "$", line: line,
                                                   message: "skipped an unreadable audit entry: " + cx.problems.map(\.description).joined(separator: "; "),
                                                   isWarning: true))
                        }
                    } catch {
                        skipped.append(Problem(file: path, path: "$", line: line, column: error.problems.first?.column,
                                               message: torn ? "skipped a torn last line (an append was cut short)"
                                                             : "skipped an unreadable line: \(error.problems.first?.message ?? "")",
                                               isWarning: true))
                    }
                }
                start = end + 1
                line += 1
            }
        }
        return AuditLog(entries: entries, skipped: skipped)
    }
}
