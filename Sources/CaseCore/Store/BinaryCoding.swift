import Foundation

/// A tiny binary format for derived data (the summary cache): varints, length-prefixed
/// UTF-8, enums by position. A reader that runs off the end or meets a bad value sets
/// `failed`, and the caller throws the whole cache away.
struct BinaryWriter {
    var out: [UInt8] = []

    mutating func uint(_ v: UInt64) {
        var v = v
        while v >= 0x80 { out.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
        out.append(UInt8(v))
    }
    mutating func int(_ v: Int) { let x = Int64(v); uint(UInt64(bitPattern: (x << 1) ^ (x >> 63))) }
    mutating func int64(_ x: Int64) { uint(UInt64(bitPattern: (x << 1) ^ (x >> 63))) }
    mutating func bool(_ b: Bool) { out.append(b ? 1 : 0) }
    mutating func bytes(_ b: [UInt8]) { uint(UInt64(b.count)); out += b }
    mutating func string(_ s: String) { var s = s; s.withUTF8 { uint(UInt64($0.count)); out.append(contentsOf: $0) } }
    mutating func string(_ s: String?) { bool(s != nil); if let s { string(s) } }
    mutating func int(_ v: Int?) { bool(v != nil); if let v { int(v) } }
    mutating func day(_ d: Day) { int(Int(d.ordinal)) }
    mutating func day(_ d: Day?) { bool(d != nil); if let d { day(d) } }
    mutating func vocab<E: Vocabulary>(_ e: E) { uint(UInt64(e.position)) }
    mutating func vocab<E: Vocabulary>(_ e: E?) { bool(e != nil); if let e { vocab(e) } }
    /// A fixed-width little-endian number, for tables read by position.
    mutating func fixed(_ v: UInt64, bytes n: Int) { for k in 0..<n { out.append(UInt8(truncatingIfNeeded: v >> (8 * k))) } }
}

/// Reads from bytes the caller keeps alive (a `CacheBytes`, or an array inside
/// `withUnsafeBytes`), never past `end`: one entry of the cache is read within its own bounds.
struct BinaryReader {
    let b: UnsafeRawBufferPointer
    var i: Int
    let end: Int
    var failed = false

    init(_ b: UnsafeRawBufferPointer, at i: Int = 0, end: Int? = nil) {
        self.b = b
        self.i = i
        self.end = min(end ?? b.count, b.count)
    }

    var atEnd: Bool { i >= end }

    mutating func uint() -> UInt64 {
        var v: UInt64 = 0, shift: UInt64 = 0
        while i < end, shift < 64 {
            let c = b[i]; i += 1
            v |= UInt64(c & 0x7F) << shift
            if c < 0x80 { return v }
            shift += 7
        }
        failed = true
        return 0
    }
    mutating func int64() -> Int64 { let u = uint(); return Int64(bitPattern: u >> 1) ^ -Int64(bitPattern: u & 1) }
    mutating func int() -> Int { Int(int64()) }
    mutating func bool() -> Bool {
        guard i < end, b[i] <= 1 else { failed = true; return false }
        i += 1
        return b[i - 1] == 1
    }
    mutating func count() -> Int {
        let n = uint()
        guard i <= end, n <= UInt64(end - i) else { failed = true; return 0 }
        return Int(n)
    }
    mutating func bytes() -> [UInt8] {
        let n = count()
        guard !failed else { return [] }
        i += n
        return Array(b[(i - n)..<i])
    }
    mutating func string() -> String {
        guard let bytes = stringBytes() else { return "" }
        return String(decoding: bytes, as: UTF8.self)
    }
    /// A string's or bytes' own bytes, in place (nil, `failed` set, when they run past the end).
    mutating func stringBytes() -> UnsafeRawBufferPointer? {
        let n = count()
        guard !failed else { return nil }
        i += n
        return UnsafeRawBufferPointer(rebasing: b[(i - n)..<i])
    }
    mutating func optString() -> String? { bool() ? string() : nil }
    /// Steps over a string or bytes without making anything of them (a reader that needs
    /// only some fields of an entry, such as the report's).
    mutating func skip() { let n = count(); if !failed { i += n } }
    mutating func skipOptional() { if bool() { skip() } }
    mutating func optInt() -> Int? { bool() ? int() : nil }
    mutating func day() -> Day { Day(ordinal: Int32(truncatingIfNeeded: int())) }
    mutating func optDay() -> Day? { bool() ? day() : nil }
    mutating func vocab<E: Vocabulary>(_: E.Type) -> E {
        let n = Int(uint())
        guard n < E.allCases.count else { failed = true; return E.allCases[0] }
        return E.allCases[n]
    }
    mutating func optVocab<E: Vocabulary>(_ t: E.Type) -> E? { bool() ? vocab(t) : nil }
}
