import CaseCore

/// Case id → position in the catalog's summaries: an open-addressing table of positions,
/// probed from the id's hash and confirmed against the id the summary holds, so no id is held
/// twice. A `[String: Int]` kept a copy of every id and a whole word per position: 6.3 MB at
/// 100,000 cases, against 1 MB here (issue 16.4: the UI's memory). Hand-written because the
/// standard library has no dictionary whose keys live elsewhere.
///
/// Invariant: every position of the summaries it was built from is in exactly one slot, found
/// by probing linearly from its id's hash before any empty slot; built again whenever
/// positions move (the catalog's `rebuild`), unchanged by a save in place (ids do not change).
struct CaseIDTable: Sendable {
    /// A position, or -1 for an empty slot. At most half full, so a probe ends soon.
    private var slots: [Int32] = []
    private var mask = 0

    init() {}

    init(_ summaries: [CaseSummary]) {
        var size = 16
        while size < summaries.count * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        summaries.withUnsafeBufferPointer { b in
            for i in b.indices {
                var h = b[i].id.hashValue & mask
                while slots[h] >= 0 {
                    if b[Int(slots[h])].id == b[i].id { break }    // an id given twice: the first is found
                    h = (h + 1) & mask
                }
                if slots[h] < 0 { slots[h] = Int32(i) }
            }
        }
    }

    /// The position of `id` in `summaries` (the summaries the table was built from, or changed
    /// in place since), the first if it is there twice.
    func index(of id: String, in summaries: [CaseSummary]) -> Int? {
        guard !slots.isEmpty else { return nil }
        var h = id.hashValue & mask
        while true {
            let s = Int(slots[h])
            if s < 0 { return nil }
            if s < summaries.count, summaries[s].id == id { return s }
            h = (h + 1) & mask
        }
    }
}
