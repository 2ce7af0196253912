/// Text attributes. These survive NO_COLOR and monochrome terminals, so any meaning that a
/// colour carries should also be carried by an attribute or a glyph.
public struct Attributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Attributes(rawValue: 1 << 0)
    public static let dim = Attributes(rawValue: 1 << 1)
    public static let italic = Attributes(rawValue: 1 << 2)
    public static let underline = Attributes(rawValue: 1 << 3)
    public static let reverse = Attributes(rawValue: 1 << 4)

    /// Names used in theme files and in `TestBackend` style dumps, in a fixed order.
    public static let named: [(String, Attributes)] = [
        ("bold", .bold), ("dim", .dim), ("italic", .italic), ("underline", .underline), ("reverse", .reverse),
    ]

    public var names: [String] { Attributes.named.filter { contains($0.1) }.map(\.0) }
}
