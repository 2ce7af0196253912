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
    static func append(_ entries: [AuditEntry], to path: String) throws(StoreError) {
        guard !entries.isEmpty else { return }
        let fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw PosixFile.ioError(path, "cannot open the audit trail") }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var st = stat()
        if fstat(fd, &st) == 0, st.st_size > 0 {
            var last: UInt8 = 0
            if pread(fd, &last, 1, off_t(st.st_size - 1)) == 1, last != 0x0A { bytes.append(0x0A) }
        }
        for e in entries {
            bytes += JSONWriter.compact(e.toJSON(), order: ModelKeys.auditEntry)
            bytes.append(0x0A)
        }
        guard PosixFile.writeAll(fd, bytes), fsync(fd) == 0 else { throw PosixFile.ioError(path, "cannot append") }
    }

    /// Every readable entry, oldest first (optionally only those of `caseID`), and a
    /// warning for each line that could not be read, with its line number.
    static func read(_ path: String, caseID: String?) throws(StoreError) -> AuditLog {
        var buffer: [UInt8] = []
        guard try PosixFile.read(path, into: &buffer) else { return AuditLog(entries: [], skipped: []) }
        var entries: [AuditEntry] = []
        var skipped: [Problem] = []
        buffer.withUnsafeBufferPointer { b in
            var start = 0
            var line = 1
            while start < b.count {
                var end = start
                while end < b.count, b[end] != 0x0A { end += 1 }
                let slice = UnsafeBufferPointer(rebasing: b[start..<end])
                if !slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
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
