/// Which pane has focus, and the order Tab and Shift-Tab move through.
/// Invariant: `current` is nil only when `items` is empty, otherwise one of `items`.
public struct FocusRing<ID: Hashable & Sendable>: Sendable, Equatable {
    public private(set) var items: [ID]
    public private(set) var current: ID?

    public init(_ items: [ID], focused: ID? = nil) {
        self.items = items
        self.current = focused.flatMap { items.contains($0) ? $0 : nil } ?? items.first
    }

    public func isFocused(_ id: ID) -> Bool { current == id }

    /// Moves to the next item, wrapping round (Tab).
    public mutating func next() { step(1) }
    /// Moves to the previous item, wrapping round (Shift-Tab).
    public mutating func previous() { step(-1) }

    /// Focuses `id` if it is in the ring.
    public mutating func focus(_ id: ID) { if items.contains(id) { current = id } }

    /// Replaces the items (panes come and go with the terminal width), keeping focus if possible.
    public mutating func setItems(_ newItems: [ID]) {
        items = newItems
        if let c = current, newItems.contains(c) { return }
        current = newItems.first
    }

    private mutating func step(_ delta: Int) {
        guard !items.isEmpty else { return }
        let i = current.flatMap { items.firstIndex(of: $0) } ?? 0
        current = items[(i + delta + items.count) % items.count]
    }
}
