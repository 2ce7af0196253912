import Synchronization

/// The names that repeat from case to case in the summaries — courts, units, people,
/// countries, foreign authorities — held once for the whole process as 32-bit codes (issue
/// 16.4): a summary stores the code (4 bytes) where it held a `String` (16), and its public
/// property reads the name back. 440,000 hearings at 100,000 cases name a few hundred courts.
///
/// One code per distinct name (`String` equality), so two summaries' codes are equal exactly
/// when their names are, and a summary's synthesised `==` still compares names.
///
/// Reading a name takes no lock: names live in fixed chunks that are never moved or freed,
/// and an entry is written (under the lock) before its code is handed out; a thread holding
/// a code got it, through whatever passed it the summary, after that write. Making a code
/// takes the lock (as `StringPool.intern` did per name). Unlike `StringPool` every distinct
/// name is kept: the summary must give its name back.
enum NameTable {
    /// A name's absence (a nil `String?`).
    static let none: UInt32 = .max
    /// Codes fit in 24 bits, so a hearing packs its court's code with its type in 4 bytes
    /// (`HearingSummary`). 16 million distinct names would need far more cases than fit in memory.
    static let capacity = 1 << 24
    private static let chunkBits = 12
    private static let chunkSize = 1 << chunkBits

    /// The chunks, each `chunkSize` names, allocated as needed; the slots for every chunk are
    /// allocated once. `nonisolated(unsafe)`: written only under `codes`' lock, each slot
    /// and entry once, before any code reaching it is returned (see the type's comment).
    private nonisolated(unsafe) static let chunks: UnsafeMutablePointer<UnsafeMutablePointer<String>?> = {
        let p = UnsafeMutablePointer<UnsafeMutablePointer<String>?>.allocate(capacity: capacity >> chunkBits)
        p.initialize(repeating: nil, count: capacity >> chunkBits)
        return p
    }()

    private static let codes = Mutex<[String: UInt32]>([:])

    /// The code of `name`, given it a new one the first time it is seen.
    static func code(_ name: String) -> UInt32 {
        codes.withLock { codes in
            if let code = codes[name] { return code }
            let code = codes.count
            precondition(code < capacity, "more than \(capacity) distinct names in summaries")
            let chunk = code >> chunkBits
            if chunks[chunk] == nil { chunks[chunk] = .allocate(capacity: chunkSize) }
            (chunks[chunk].unsafelyUnwrapped + (code & (chunkSize - 1))).initialize(to: name)
            codes[name] = UInt32(code)
            return UInt32(code)
        }
    }

    static func code(_ name: String?) -> UInt32 { name.map { code($0) } ?? none }

    /// The name of a code `code(_:)` gave: two loads, no lock.
    @inline(__always)
    static func name(_ code: UInt32) -> String {
        chunks[Int(code) >> chunkBits].unsafelyUnwrapped[Int(code) & (chunkSize - 1)]
    }

    @inline(__always)
    static func name(orNil code: UInt32) -> String? { code == none ? nil : name(code) }
}
