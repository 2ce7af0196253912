import Foundation

/// The cubes built for one `MeasureIndex`, by grouping and "today", shared by every copy of the
/// index (it is a value; this is the one thing its copies share). Thread-safe: the Dashboard
/// reads it on the main actor while a report may be built elsewhere.
final class CubeCache: @unchecked Sendable {
    private struct Key: Hashable { var groupBy: GroupBy; var today: Int32 }
    /// An index is asked about one "today" at a time in the app; tests ask about several.
    static let limit = 12
    private let lock = NSLock()
    // Guarded by `lock`. A nil entry remembers that no cube can be built (too many years).
    private var cubes: [Key: MeasureCube?] = [:]

    /// The cube already built, if any (nil: none yet, or none can be).
    func cached(_ groupBy: GroupBy, today: Day) -> MeasureCube? {
        lock.lock()
        defer { lock.unlock() }
        return cubes[Key(groupBy: groupBy, today: today.ordinal)] ?? nil
    }

    /// Puts a cube made another way (`MeasureIndex.replacing`) where `cube` would build it.
    func insert(_ cube: MeasureCube, _ groupBy: GroupBy, today: Day) {
        lock.lock()
        defer { lock.unlock() }
        if cubes.count >= Self.limit { cubes.removeAll() }
        cubes[Key(groupBy: groupBy, today: today.ordinal)] = .some(cube)
    }

    func cube(_ groupBy: GroupBy, today: Day, build: () -> MeasureCube?) -> MeasureCube? {
        let key = Key(groupBy: groupBy, today: today.ordinal)
        lock.lock()
        defer { lock.unlock() }
        if let known = cubes[key] { return known }
        let cube = build()
        if cubes.count >= Self.limit { cubes.removeAll() }
        cubes[key] = .some(cube)
        return cube
    }
}

extension MeasureIndex {
    /// The groupings a cube is built for; breakdowns by year and quarter use `.none`'s.
    static let cubeGroupings: [GroupBy] = [.none, .crimeType, .unit, .lawyer, .country]

    /// The cube of `groupBy` as of `today`, built on first use.
    func cube(_ groupBy: GroupBy, today: Day) -> MeasureCube? {
        let g = groupBy.isByTime ? GroupBy.none : groupBy
        return cubes.cube(g, today: today) { MeasureCube.build(self, groupBy: g, today: today) }
    }

    /// Builds every grouping's cube now (about one walk of the index each), so that the first
    /// report of any period and breakdown is a lookup. The Dashboard calls it when a store opens.
    public func prepareReports(today: Day) {
        for g in MeasureIndex.cubeGroupings { _ = cube(g, today: today) }
    }
}
