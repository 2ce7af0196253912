/// The one rule of revisions (docs/store.md, "Revisions only grow"): a case's revision only
/// grows, across saves, delete, restore, import and undo. The trash keeps the revision a case
/// was deleted at, so a case saved again under that id continues from it; a save whose base
/// is not the current revision is refused. Every writer of case files (save, restore, bulk
/// writes, import) asks this rule for the revision it writes, so none can disagree.
public enum RevisionRule {
    /// The revision a save writes, or why it is refused. `live` is the revision of the case
    /// file, `trashed` the highest revision of the id in the trash, `base` the revision the
    /// change was made on (nil: a new case, which must not exist).
    public static func next(id: String, base: Int?, live: Int?, trashed: Int?) throws(StoreError) -> Int {
        guard base == live else { throw .staleRevision(id: id, base: base, onDisk: live) }
        return try within(id: id, max(live ?? 0, trashed ?? 0) + 1)
    }

    /// `revision`, or a refusal when it is past the last a reader accepts (`ValueRanges`):
    /// a save must never write a file that no command could read back.
    static func within(id: String, _ revision: Int) throws(StoreError) -> Int {
        guard revision > ValueRanges.maxRevision else { return revision }
        throw .invalidCase(id: id, problems: [Problem(path: "$.revision",
            message: "revision \(revision - 1) is the last a case can have (\(ValueRanges.maxRevision)); it cannot be saved again")])
    }

    /// The revision of a new case under an id whose older cases may be in the trash.
    public static func firstRevision(trashed: Int?) -> Int { (trashed ?? 0) + 1 }

    /// The revision a restore of a case deleted at `deletedRevision` writes: refused when the
    /// id is in use again, or when the trash holds a later revision (someone made and deleted
    /// a case under the id since: bringing back the older one would hide their history).
    public static func restored(id: String, deletedRevision: Int, live: Int?, trashed: Int?) throws(StoreError) -> Int {
        guard live == nil else { throw .alreadyExists(id: id) }
        guard trashed == deletedRevision else { throw .staleRevision(id: id, base: deletedRevision, onDisk: nil) }
        return try within(id: id, deletedRevision + 1)
    }
}
