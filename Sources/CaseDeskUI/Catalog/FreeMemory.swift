#if canImport(Glibc)
import Glibc
#endif

/// Gives the memory a large build freed back to the system (issue 16.4). Installing 100,000
/// summaries, and the sort ranks and measures built after it on other threads, free their
/// temporaries in the middle of malloc's per-thread arenas, where glibc keeps them: the UI's
/// resident memory stayed ~40 MB above what it used (272 MB peak, 231 MB in use after the
/// Dashboard). `malloc_trim` returns those pages; it costs a few milliseconds, so only after
/// builds over a store this large.
enum FreeMemory {
    static let fromCases = 10_000

    static func giveBack(after cases: Int) {
        #if canImport(Glibc)
        guard cases >= fromCases else { return }
        // Looked up at run time: Swift's Glibc module does not include malloc.h.
        typealias Trim = @convention(c) (Int) -> Int32
        if let f = trim { _ = unsafeBitCast(f, to: Trim.self)(0) }
        #endif
    }

    #if canImport(Glibc)
    nonisolated(unsafe) private static let trim = dlsym(nil, "malloc_trim")
    #endif
}
