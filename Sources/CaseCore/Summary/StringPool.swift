import Synchronization

/// The strings that repeat from case to case in the summaries and are kept as `String`s —
/// the case's unit and people — held once for the whole process (issue 16.4). A summary's
/// setter passes such a field through `intern`, so every way of making a summary (from a
/// case, the summary cache, a server's rows) shares them without knowing it. Courts,
/// countries and authorities are smaller still, as `NameTable` codes.
public enum StringPool {
    /// Strings are kept while the process lives; past this many distinct ones (not a
    /// vocabulary any more: free text in a field that should be one) new ones are not kept.
    static let limit = 50_000

    private static let table = Mutex<Set<String>>([])

    /// `s`, or an equal string already held (which shares its storage).
    public static func intern(_ s: String) -> String {
        // Up to 15 UTF-8 bytes a String holds its bytes inline: there is nothing to share.
        guard s.utf8.count > 15 else { return s }
        return table.withLock { set in
            if let held = set.firstIndex(of: s) { return set[held] }
            if set.count < limit { set.insert(s) }
            return s
        }
    }

    public static func intern(_ s: String?) -> String? { s.map { intern($0) } }
}

/// A case's crime types, held once per distinct list (issue 16.4): 100,000 cases name a few
/// dozen lists of one to three types, and each case held an array of its own (4.6 MB of
/// tiny arrays at 100,000 cases). The list keeps its type, `[CrimeType]`, so its readers
/// (filters, measures, the columns) pay nothing; copies share one buffer, copy on write.
enum CrimeTypesPool {
    private static let table = Mutex<Set<[CrimeType]>>([])

    static func intern(_ types: [CrimeType]) -> [CrimeType] {
        guard !types.isEmpty else { return types }   // an empty array holds no storage of its own
        return table.withLock { set in
            if let held = set.firstIndex(of: types) { return set[held] }
            if set.count < StringPool.limit { set.insert(types) }
            return types
        }
    }
}
