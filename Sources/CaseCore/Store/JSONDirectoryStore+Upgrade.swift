/// Version 1 stores open unchanged; the first write into one sets `schemaVersion` to the
/// current version in `store.json`, with one audit line, so that an older program refuses
/// the store instead of misreading the keys of version 2 (domain.md, "Schema version 2").
extension JSONDirectoryStore {
    /// Call under the store's exclusive lock, before the write it precedes.
    func upgradeSchemaIfNeeded(user: String) throws {
        let meta = try readMeta()
        guard meta.schemaVersion < StoreMeta.currentSchemaVersion else { return }
        var upgraded = meta
        upgraded.schemaVersion = StoreMeta.currentSchemaVersion
        let entry = AuditEntry(at: clock(), user: user, action: "upgrade", case: "",
                               detail: "store.json schemaVersion \(meta.schemaVersion) -> \(upgraded.schemaVersion)")
        try journaled([entry]) {
            try files.writeAtomically("store.json", JSONWriter.pretty(upgraded.toJSON(), order: ModelKeys.storeMeta))
        }
    }
}
