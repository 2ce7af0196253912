/// One column's integer sort keys, one per summary, in 32 bits each while every key fits (at
/// 100,000 cases each column is 0.4 MB instead of 0.8: eight columns are kept, issue 16.4), in
/// 64 when one does not (a case's `updated` seconds after 2038). `Int.max`, "no value",
/// is kept as `Int32.max`, which no narrow key is.
struct SortKeyColumn: Sendable, Equatable {
    private var narrow: [Int32]?
    private var wide: [Int]?

    init(_ keys: [Int]) {
        if keys.allSatisfy(Self.fits) {
            narrow = keys.map(Self.narrowed)
        } else {
            wide = keys
        }
    }

    private static func fits(_ k: Int) -> Bool { k == Int.max || (k >= Int(Int32.min) && k < Int(Int32.max)) }
    private static func narrowed(_ k: Int) -> Int32 { k == Int.max ? Int32.max : Int32(k) }

    var count: Int { narrow?.count ?? wide?.count ?? 0 }

    subscript(i: Int) -> Int {
        get {
            if let narrow { let k = narrow[i]; return k == Int32.max ? Int.max : Int(k) }
            return wide![i]
        }
        set {
            if narrow != nil, Self.fits(newValue) { narrow![i] = Self.narrowed(newValue); return }
            if let narrow {   // a key that needs 64 bits: the whole column widens, once
                wide = narrow.map { $0 == Int32.max ? Int.max : Int($0) }
                self.narrow = nil
            }
            wide![i] = newValue
        }
    }

    /// The keys as `Int`s (a sort reads them all).
    var all: [Int] { wide ?? narrow!.map { $0 == Int32.max ? Int.max : Int($0) } }

    static func == (a: SortKeyColumn, b: SortKeyColumn) -> Bool {
        a.count == b.count && (0..<a.count).allSatisfy { a[$0] == b[$0] }
    }
}
