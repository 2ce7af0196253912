import Foundation

/// The fixed-width part of the summary cache (version 5): where the parts of the file start,
/// the record of each entry and the arena of strings its references point into. Every
/// reference is checked against the part it must lie in before it is followed, so a garbled
/// or truncated file is refused, never read out of bounds.
extension SummaryCache {
    struct Layout: @unchecked Sendable {
        static let headerSize = 10 + 24
        static let trailerSize = 40
        /// One record: the entry's name (a reference), size, time, where its result lies in
        /// the file, whether it is a summary, then a list row's fields (see `TableWriter.add`).
        static let recordSize = 128
        static let name = 0, size = 8, mtime = 16, result = 24, resultLength = 32
        static let isSummary = 36, status = 37, sensitivity = 38, crimeCount = 39
        static let id = 40, title = 48, unit = 56, lawyer = 64, caseworker = 72, urn = 80
        static let crimes = 88, defendants = 92, opened = 96, finalised = 100, updated = 104
        static let overdueAfter = 112, chaseFrom = 116, hearings = 120, hearingCount = 124
        /// A hearing in the arena: its date, type and a reference to its court.
        static let hearingSize = 13
        /// The length of a reference that stands for nothing (an optional string that is nil).
        static let none = UInt32.max
        /// A day that is not there (`finalised` of an open case, no due date, no chase).
        static let noDay = Int32.min

        let raw: UnsafeRawBufferPointer
        let arenaAt: Int, tableAt: Int, orderAt: Int, count: Int

        /// The parts of the file, nil when it is not a whole cache of this version and
        /// fingerprint (a truncated file, another version, a garbled trailer).
        init?(_ raw: UnsafeRawBufferPointer) {
            let n = raw.count
            guard n >= Self.headerSize + Self.trailerSize,
                  magic.withUnsafeBytes({ m in memcmp(raw.baseAddress!, m.baseAddress!, m.count) == 0 }),
                  raw.u64(10) == version, raw.u64(18) == fingerprint else { return nil }
            let t = n - Self.trailerSize
            let (results, arena, table, order, count) = (raw.u64(t), raw.u64(t + 8), raw.u64(t + 16), raw.u64(t + 24), raw.u64(t + 32))
            guard raw.u64(26) == count, results == UInt64(Self.headerSize), count < UInt64(n),
                  results <= arena, arena <= table, table <= UInt64(n),
                  table + count * UInt64(Self.recordSize) == order, order + count * 4 == UInt64(t) else { return nil }
            self.raw = raw
            (arenaAt, tableAt, orderAt, self.count) = (Int(arena), Int(table), Int(order), Int(count))
        }

        /// Where the record of entry `n` (directory order) starts.
        @inline(__always) func record(_ n: Int) -> Int { tableAt + n * Self.recordSize }

        /// The entry at position `k` of the id order; nil when out of range.
        func ordered(_ k: Int) -> Int? {
            let n = Int(raw.u32(orderAt + 4 * k))
            return n < count ? n : nil
        }

        /// The bytes a reference at `field` of a record points to; nil when it points outside
        /// the arena, or is `none`.
        @inline(__always) func string(_ field: Int) -> UnsafeRawBufferPointer? {
            let off = Int(raw.u32(field)), len = raw.u32(field + 4)
            guard len != Self.none, off + Int(len) <= tableAt - arenaAt else { return nil }
            return UnsafeRawBufferPointer(rebasing: raw[(arenaAt + off)..<(arenaAt + off + Int(len))])
        }

        func name(_ at: Int) -> UnsafeRawBufferPointer? { string(at + Self.name) }

        /// Where the record's result lies, checked to be within the results.
        func result(_ at: Int) -> (start: Int, end: Int)? {
            let start = raw.u64(at + Self.result), length = UInt64(raw.u32(at + Self.resultLength))
            guard start >= UInt64(Self.headerSize), start + length <= UInt64(arenaAt), length > 0 else { return nil }
            return (Int(start), Int(start + length))
        }

        func isSummary(_ at: Int) -> Bool { raw[at + Self.isSummary] == 1 }

        /// Whether every field of a summary's row can be read: each reference within the
        /// arena (and present where the row needs it), each vocabulary value one this program
        /// knows. The result itself is not looked at (that would touch every page of the
        /// file): whoever decodes it checks that it is of the kind the record says.
        func rowIsSound(_ at: Int) -> Bool {
            let flag = raw[at + Self.isSummary]
            guard flag <= 1, result(at) != nil else { return false }
            guard flag == 1 else { return true }
            guard Int(raw[at + Self.status]) < CaseStatus.allCases.count,
                  Int(raw[at + Self.sensitivity]) < Sensitivity.allCases.count,
                  string(at + Self.id) != nil, string(at + Self.title) != nil, string(at + Self.unit) != nil else { return false }
            for f in [Self.lawyer, Self.caseworker, Self.urn] where raw.u32(at + f + 4) != Self.none {
                guard string(at + f) != nil else { return false }
            }
            let arena = tableAt - arenaAt
            let crimes = Int(raw.u32(at + Self.crimes)), crimeCount = Int(raw[at + Self.crimeCount])
            guard crimes + crimeCount <= arena else { return false }
            for k in 0..<crimeCount where Int(raw[arenaAt + crimes + k]) >= CrimeType.allCases.count { return false }
            let hearings = Int(raw.u32(at + Self.hearings)), hearingCount = Int(raw.u32(at + Self.hearingCount))
            guard hearingCount <= arena / Self.hearingSize, hearings + hearingCount * Self.hearingSize <= arena else { return false }
            for k in 0..<hearingCount {
                let h = arenaAt + hearings + k * Self.hearingSize
                guard Int(raw[h + 4]) < HearingType.allCases.count, string(h + 5) != nil else { return false }
            }
            return true
        }

        /// Builds the records and the arena while the results are written.
        struct TableWriter {
            var records = BinaryWriter()
            var arena = BinaryWriter()

            init(count: Int) { records.out.reserveCapacity(count * Layout.recordSize) }

            mutating func string(_ s: String?) {
                guard var s else { records.fixed(0, bytes: 4); records.fixed(UInt64(Layout.none), bytes: 4); return }
                records.fixed(UInt64(arena.out.count), bytes: 4)
                s.withUTF8 { u in records.fixed(UInt64(u.count), bytes: 4); arena.out.append(contentsOf: u) }
            }

            static func day(_ d: Day?) -> UInt64 { UInt64(UInt32(bitPattern: d?.ordinal ?? Layout.noDay)) }

            mutating func add(_ e: Entry, result at: Int, length: Int) {
                let start = records.out.count
                string(e.name)
                records.fixed(UInt64(e.size), bytes: 8)
                records.fixed(UInt64(bitPattern: e.mtime), bytes: 8)
                records.fixed(UInt64(at), bytes: 8)
                records.fixed(UInt64(length), bytes: 4)
                guard case .summary(let s) = e.result else {
                    records.out.append(contentsOf: repeatElement(0, count: Layout.recordSize - (records.out.count - start)))
                    return
                }
                records.out += [1, UInt8(s.status.position), UInt8(s.sensitivity.position), UInt8(min(s.crimeTypes.count, 255))]
                string(s.id); string(s.title); string(s.unit); string(s.lawyer); string(s.caseworker); string(s.urn)
                records.fixed(UInt64(arena.out.count), bytes: 4)
                for t in s.crimeTypes.prefix(255) { arena.out.append(UInt8(t.position)) }
                records.fixed(UInt64(s.defendants.count), bytes: 4)
                records.fixed(Self.day(s.opened), bytes: 4)
                records.fixed(Self.day(s.finalised), bytes: 4)
                records.fixed(UInt64(bitPattern: s.updated.seconds), bytes: 8)
                records.fixed(Self.day(s.overdueAfter), bytes: 4)
                records.fixed(Self.day(s.chaseCountedFrom), bytes: 4)
                records.fixed(UInt64(arena.out.count), bytes: 4)
                records.fixed(UInt64(s.hearings.count), bytes: 4)
                // The hearings after the record's own strings: a hearing's court goes into the
                // arena after the hearing list, so the list stays one run of fixed-size items.
                let listAt = arena.out.count
                arena.out.append(contentsOf: repeatElement(0, count: s.hearings.count * Layout.hearingSize))
                for (k, h) in s.hearings.enumerated() {
                    var item = BinaryWriter()
                    item.fixed(UInt64(UInt32(bitPattern: h.date.ordinal)), bytes: 4)
                    item.out.append(UInt8(h.type.position))
                    var court = h.court
                    court.withUTF8 { u in
                        item.fixed(UInt64(arena.out.count), bytes: 4); item.fixed(UInt64(u.count), bytes: 4)
                        arena.out.append(contentsOf: u)
                    }
                    let p = listAt + k * Layout.hearingSize
                    arena.out.replaceSubrange(p..<(p + Layout.hearingSize), with: item.out)
                }
            }
        }
    }
}
