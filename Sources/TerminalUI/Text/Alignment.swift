/// Horizontal alignment of text inside a width.
public enum Alignment: Sendable, Hashable {
    case left, right, center
}
