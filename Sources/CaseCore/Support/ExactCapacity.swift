extension Array {
    /// The same elements in storage of exactly their number. An array grown by appending has
    /// up to twice the room it uses, and the room is memory held for as long as the array is:
    /// for an index built once and kept (the board's orders, the board's search text) this
    /// gives the excess back, at the cost of one copy.
    public func exactCapacity() -> [Element] {
        capacity - count <= count / 16 ? self : withUnsafeBufferPointer { Array($0) }
    }
}
