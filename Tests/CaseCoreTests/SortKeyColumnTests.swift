import Testing
@testable import CaseCore

/// A sort index's column of keys keeps every key as given, in 32 bits while they fit and in
/// 64 once one does not; "no value" (`Int.max`) stays itself either way.
@Suite struct SortKeyColumnTests {
    @Test func keysReadBackAsWrittenThroughWidening() {
        let keys = [0, -5, Int.max, Int(Int32.max) - 1, Int(Int32.min), 42]
        var column = SortKeyColumn(keys)
        #expect((0..<keys.count).map { column[$0] } == keys)
        #expect(column.all == keys)
        // A key past 32 bits (seconds after 2038; Int32.max itself is not "no value").
        column[1] = Int(Int32.max)
        column[2] = 4_102_444_800
        var expected = keys
        expected[1] = Int(Int32.max); expected[2] = 4_102_444_800
        #expect(column.all == expected)
        column[3] = Int.max
        expected[3] = Int.max
        #expect(column.all == expected)
        #expect(column == SortKeyColumn(expected))
        #expect(SortKeyColumn([1, Int.max]) == SortKeyColumn([1, Int.max]))
        #expect(SortKeyColumn([1, 2]) != SortKeyColumn([1, 3]))
        #expect(SortKeyColumn([Int(Int32.max)]).all == [Int(Int32.max)])
    }
}
