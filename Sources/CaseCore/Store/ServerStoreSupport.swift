import Foundation

/// What a store kept outside this module (the PostgreSQL store) needs of the JSON store's
/// own rules, so both follow one home for each: the summary's binary form (the summary
/// cache's), the audit detail of a change, and where a restored case's revision resumes.
public enum ServerStoreSupport {
    /// Changes whenever the binary form of a summary or the way summaries are derived
    /// changes: a stored summary of another format is derived again from its document. The
    /// fingerprint is a hash of a probe case's summary in that binary form, so it changes with
    /// either. `SummaryCache.version` is left out: it numbers the cache file's layout around
    /// the summaries, which a row never holds, and when it moved (3 to 4, a table of offsets)
    /// every summary stored on a server became "another format", so every open of 100,000
    /// cases decoded 100,000 documents until each case was saved again.
    public static var summaryFormat: Int64 { Int64(bitPattern: SummaryCache.fingerprint) }

    public static func encodeSummary(_ s: CaseSummary) -> [UInt8] {
        var w = BinaryWriter()
        SummaryCache.encode(s, &w)
        return w.out
    }

    /// Nil when the bytes are not one whole summary.
    public static func decodeSummary(_ bytes: [UInt8]) -> CaseSummary? {
        bytes.withUnsafeBytes { decodeSummary($0) }
    }

    /// The same, read in place from the bytes a row arrived in (no copy of them first).
    public static func decodeSummary(_ raw: UnsafeRawBufferPointer) -> CaseSummary? {
        var r = BinaryReader(raw)
        let s = SummaryCache.decodeSummary(&r)
        return r.failed || !r.atEnd ? nil : s
    }

    /// The audit detail of saving `new` over the document `old` (nil for a new case): the
    /// changed fields, as the JSON store writes them.
    public static func auditDetail(from old: Data?, to new: Case) -> String {
        guard let old, let before = try? JSONParser.parse(old) else { return "new case" }
        return CaseDiff.detail(from: before, to: new.toJSON())
    }
}
