#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of the summary cache, mapped from the file (so a warm open touches only the
/// pages it reads: `list` reads the table and the strings, never the summaries) or copied
/// from an array (tests, a file that cannot be mapped). Read-only; alive as long as a
/// reader holds this object.
final class CacheBytes: @unchecked Sendable {
    let raw: UnsafeRawBufferPointer
    private let mapped: Bool

    init(copying bytes: [UInt8]) {
        let p = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
        bytes.withUnsafeBytes { b in if let base = b.baseAddress { p.baseAddress!.copyMemory(from: base, byteCount: b.count) } }
        raw = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(p)[0..<bytes.count])
        mapped = false
    }

    private init(mapping base: UnsafeMutableRawPointer, count: Int) {
        raw = UnsafeRawBufferPointer(start: base, count: count)
        mapped = true
    }

    /// Gives back the pages wholly inside `range` that a reader is done with (the warm open,
    /// once a part is decoded): they leave the resident set, and are read again from the file
    /// should anything touch them. Mapped bytes only: copied bytes are the only copy, kept.
    func release(_ range: Range<Int>) {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        guard mapped, let base = raw.baseAddress, page > 0 else { return }
        let addr = Int(bitPattern: base)
        let lo = (addr + max(0, range.lowerBound) + page - 1) / page * page
        let hi = (addr + min(raw.count, range.upperBound)) / page * page
        guard hi > lo else { return }
        _ = madvise(UnsafeMutableRawPointer(bitPattern: lo), hi - lo, Int32(MADV_DONTNEED))
    }

    deinit {
        if mapped { munmap(UnsafeMutableRawPointer(mutating: raw.baseAddress), raw.count) } else {
            UnsafeMutableRawPointer(mutating: raw.baseAddress)?.deallocate()
        }
    }

    /// The file `rel` of the store mapped read-only (reached without following a link, a
    /// regular file at most `limit` bytes); nil when absent or unreadable. The cache is only
    /// ever replaced by a rename, never rewritten in place, so the mapped file does not change
    /// under the reader.
    static func map(_ rel: String, in files: StoreFiles, limit: Int) -> CacheBytes? {
        let found: CacheBytes?? = try? files.at(rel) { dir, name throws(StoreError) -> CacheBytes? in
            guard let (fd, size) = try PosixFile.openFile(dir, name, path: files.path(rel), flags: O_RDONLY) else { return nil }
            defer { close(fd) }
            guard size <= limit else { return nil }
            guard size > 0 else { return CacheBytes(copying: []) }
            guard let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else {
                var b: [UInt8] = []
                return try PosixFile.read(dir, name, path: files.path(rel), limit: limit, into: &b) ? CacheBytes(copying: b) : nil
            }
            return CacheBytes(mapping: p, count: size)
        }
        return found ?? nil
    }
}

extension UnsafeRawBufferPointer {
    /// A little-endian number at `at`, any alignment (the caller has checked the bounds).
    @inline(__always) func u32(_ at: Int) -> UInt32 { UInt32(littleEndian: loadUnaligned(fromByteOffset: at, as: UInt32.self)) }
    @inline(__always) func u64(_ at: Int) -> UInt64 { UInt64(littleEndian: loadUnaligned(fromByteOffset: at, as: UInt64.self)) }
    @inline(__always) func i32(_ at: Int) -> Int32 { Int32(bitPattern: u32(at)) }
    @inline(__always) func i64(_ at: Int) -> Int64 { Int64(bitPattern: u64(at)) }
}
