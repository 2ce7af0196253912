import Synchronization

/// The strings that repeat from case to case in the summaries — courts, units, people,
/// countries, foreign authorities — held once for the whole process (issue 16.4): 100,000
/// summaries name a few hundred courts, and each hearing held its own copy of the name (19 MB
/// of court names at 100,000 generated cases). A summary's setter passes such a field through
/// `intern`, so every way of making a summary (from a case, the summary cache, a server's
/// rows) shares them without knowing it.
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
