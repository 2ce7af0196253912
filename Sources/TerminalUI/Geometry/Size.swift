/// A size in terminal cells. Invariant: callers may build negative sizes, but every consumer
/// (Buffer, Rect) clamps them to zero.
public struct Size: Sendable, Hashable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    public static let zero = Size(width: 0, height: 0)

    /// True when both dimensions reach `minimum` (used for "terminal too small" checks).
    public func fits(_ minimum: Size) -> Bool {
        width >= minimum.width && height >= minimum.height
    }

    public var description: String { "\(width)x\(height)" }
}
