import Foundation

/// The names a decoder of stored summaries meets again and again — units, people, courts,
/// countries, authorities, crime-type lists — remembered by their bytes for the one worker
/// that decodes a run of entries (issue 16.2, the UI's warm open). A repeated name is not made
/// into a `String` again, nor hashed and looked up under the process-wide lock of
/// `StringPool`, `NameTable` or `CrimeTypesPool`: with two workers on those locks that was a
/// fifth of decoding 100,000 summaries. What it hands out is what those tables would have
/// (the pooled string, the name's code, the pooled list), so summaries are the same
/// whichever way they were made.
///
/// Hand-written open addressing over the raw bytes rather than a `Dictionary<String, …>`:
/// the point is to look a name up without making its `String` first.
struct DecodeNames {
    private struct Entry {
        var hash: UInt64
        var start: Int
        var count: Int
        var string: String
        /// `string` is `StringPool`'s (asked for once, when first needed).
        var pooled = false
        /// The name's `NameTable` code, or `DecodeNames.unasked`.
        var code = DecodeNames.unasked
    }

    /// No `NameTable` code yet: codes fit in 24 bits (`NameTable.capacity`), `none` is `.max`.
    private static let unasked: UInt32 = .max - 1
    /// Past this many distinct names a run holds free text rather than a vocabulary: new
    /// names are then made without being remembered, so memory stays bounded.
    private static let limit = 4096

    private var keys: [UInt8] = []
    private var entries: [Entry] = []
    /// Index of an entry + 1, 0 for an empty slot; a power of two long.
    private var slots: [Int32]
    private var crimeTypeLists: [UInt64: [CrimeType]] = [:]

    /// `expected`: about how many distinct names the run will meet.
    init(expected: Int = 64) {
        var n = 16
        while n < expected * 2 { n <<= 1 }
        slots = [Int32](repeating: 0, count: n)
    }

    /// Remembers nothing: every name goes to the shared tables, as each summary decoded on
    /// its own (a server's row, one cache entry) did before. A table made for one summary
    /// would only be allocated, filled and dropped.
    static func passThrough() -> DecodeNames {
        var names = DecodeNames(expected: 0)
        names.slots = []
        return names
    }

    private var remembers: Bool { !slots.isEmpty }

    /// A unit or person (`StringPool`'s string), read from `r`.
    mutating func pooled(_ r: inout BinaryReader) -> String {
        guard let bytes = r.stringBytes() else { return "" }
        guard let e = entry(bytes) else { return StringPool.intern(String(decoding: bytes, as: UTF8.self)) }
        if !entries[e].pooled {
            entries[e].string = StringPool.intern(entries[e].string)
            entries[e].pooled = true
        }
        return entries[e].string
    }

    mutating func optPooled(_ r: inout BinaryReader) -> String? { r.bool() ? pooled(&r) : nil }

    /// The `NameTable` code of a court, country or authority read from `r`.
    mutating func code(_ r: inout BinaryReader) -> UInt32 {
        guard let bytes = r.stringBytes() else { return NameTable.none }
        guard let e = entry(bytes) else { return NameTable.code(String(decoding: bytes, as: UTF8.self)) }
        if entries[e].code == Self.unasked { entries[e].code = NameTable.code(entries[e].string) }
        return entries[e].code
    }

    /// `NameTable.none` for an absent name.
    mutating func optCode(_ r: inout BinaryReader) -> UInt32 { r.bool() ? code(&r) : NameTable.none }

    /// A case's crime types (`CrimeTypesPool`'s list), read from `r`. A list of up to seven
    /// types is remembered by a key of their positions; a longer one goes to the pool.
    mutating func crimeTypes(_ r: inout BinaryReader) -> [CrimeType] {
        let n = r.count()
        guard n <= 7 else { return CrimeTypesPool.intern((0..<n).map { _ in r.vocab(CrimeType.self) }) }
        var key = UInt64(n)
        for k in 0..<n {
            let v = r.uint()
            guard v < UInt64(CrimeType.allCases.count), v < 255 else { r.failed = true; return [] }
            key |= (v + 1) << (8 * UInt64(k + 1))
        }
        if let held = crimeTypeLists[key] { return held }
        let list = CrimeTypesPool.intern((0..<n).map { k in CrimeType.allCases[Int((key >> (8 * UInt64(k + 1))) & 0xFF) - 1] })
        if remembers { crimeTypeLists[key] = list }
        return list
    }

    /// The entry of `bytes`, added when new; nil past `limit` for a name not seen, and always
    /// nil when passing through.
    private mutating func entry(_ bytes: UnsafeRawBufferPointer) -> Int? {
        guard remembers else { return nil }
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        while slots[i] != 0 {
            let e = Int(slots[i]) - 1
            if entries[e].hash == hash && same(e, bytes) { return e }
            i = (i + 1) & mask
        }
        guard entries.count < Self.limit else { return nil }
        entries.append(Entry(hash: hash, start: keys.count, count: bytes.count, string: String(decoding: bytes, as: UTF8.self)))
        keys.append(contentsOf: bytes)
        slots[i] = Int32(entries.count)
        if entries.count * 2 > slots.count { grow() }
        return entries.count - 1
    }

    private func same(_ e: Int, _ bytes: UnsafeRawBufferPointer) -> Bool {
        guard entries[e].count == bytes.count else { return false }
        return keys.withUnsafeBytes { k in
            bytes.count == 0 || memcmp(k.baseAddress! + entries[e].start, bytes.baseAddress!, bytes.count) == 0
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (e, entry) in entries.enumerated() {
            var i = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = Int32(e + 1)
        }
    }

    /// FNV-1a: names are short, and a table of one worker's names needs no defence against
    /// chosen collisions (a worse spread costs time, never a wrong name: bytes are compared).
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h ^ (h >> 29)
    }
}
