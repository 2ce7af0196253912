/// How much of a split one part takes.
/// Invariant: sizes and minimums are never negative (negative inputs count as 0).
public struct Constraint: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Exactly this many cells (if there is room).
        case length(Int)
        /// This percentage of the whole.
        case percent(Int)
        /// A share of what is left after lengths and percentages, by weight.
        case fill(Int)
    }

    public var kind: Kind
    /// Cells this part gets before any `fill` part grows; the last parts give way first when
    /// even the minimums do not fit.
    public var minimum: Int

    public init(_ kind: Kind, minimum: Int = 0) {
        self.kind = kind
        self.minimum = max(0, minimum)
    }

    public static func length(_ n: Int) -> Constraint { Constraint(.length(max(0, n)), minimum: 0) }
    public static func percent(_ p: Int, min: Int = 0) -> Constraint { Constraint(.percent(max(0, p)), minimum: min) }
    public static func fill(_ weight: Int = 1, min: Int = 0) -> Constraint { Constraint(.fill(max(0, weight)), minimum: min) }
}
