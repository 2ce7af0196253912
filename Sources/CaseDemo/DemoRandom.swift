import CaseCore

/// SplitMix64: a small, fast, well-mixed generator whose whole state is one `UInt64`, so a
/// stream can be derived from (seed, index) and demo stores are the same on every machine and
/// every run. `SystemRandomNumberGenerator` is never used: demo data must be reproducible.
struct DemoRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// An independent stream for one item (a case) of a seeded run: the seed and the index
    /// are mixed so neighbouring indices do not give correlated streams.
    init(seed: UInt64, stream: UInt64) {
        var mixer = DemoRandom(seed: seed ^ 0x5851_F42D_4C95_7F2D)
        let a = mixer.next()
        state = a ^ (stream &* 0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03
        _ = next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `range` (Lemire's multiply-shift; the tiny bias is irrelevant here).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) + 1
        let high = next().multipliedFullWidth(by: span).high
        return range.lowerBound + Int(high)
    }

    /// True with probability `p` (0...1).
    mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) * 0x1.0p-53 < p
    }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    /// One of `items`, each with the weight beside it.
    mutating func weighted<T>(_ items: [(T, Int)]) -> T {
        let total = items.reduce(0) { $0 + $1.1 }
        var r = int(0...(total - 1))
        for (item, w) in items {
            if r < w { return item }
            r -= w
        }
        return items[items.count - 1].0
    }

    /// `count` distinct elements of `items`, in their original order.
    mutating func sample<T>(_ items: [T], _ count: Int) -> [T] {
        var chosen = Set<Int>()
        let n = min(count, items.count)
        while chosen.count < n { chosen.insert(int(0...(items.count - 1))) }
        return chosen.sorted().map { items[$0] }
    }
}
