/// The most the store reads of one file (documented in docs/store.md): a file over its
/// limit is refused with an error naming the file and the limit, instead of being read
/// whole (a link to /dev/zero or a runaway file would exhaust memory).
public enum StoreLimits {
    /// A case file. Far above any real case (the demo's are ~4 KB; a 50 MB summary still fits).
    public static let caseFile = 64 << 20
    /// `store.json`: units and people of the store.
    public static let storeFile = 16 << 20
    /// One line of `audit.jsonl`; a longer line is skipped with a warning.
    public static let auditLine = 1 << 20
    /// The derived summary cache (71 MB for 100,000 cases); over it, the cache is rebuilt.
    public static let summaryCache = 2 << 30

    public static func describe(_ bytes: Int) -> String {
        bytes >= 1 << 30 ? "\(bytes >> 30) GB" : bytes >= 1 << 20 ? "\(bytes >> 20) MB" : "\(bytes >> 10) KB"
    }
}
