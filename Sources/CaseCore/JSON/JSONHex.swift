/// The four hex digits after `\u` in a JSON string: the one reading shared by the full parser
/// (`JSONParser`) and the summary scanner (`JSONCursor`), so they cannot disagree on an escape.
enum JSONHex {
    /// The value of the four hex digits at `b[at...]`, nil when there are not four.
    @inline(__always)
    static func four(_ b: UnsafeBufferPointer<UInt8>, at start: Int) -> UInt32? {
        guard start + 4 <= b.count else { return nil }
        var v: UInt32 = 0
        for c in b[start..<start + 4] {
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: return nil
            }
            v = v << 4 | d
        }
        return v
    }
}
