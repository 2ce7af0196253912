/// What a change to the people or units did, said in one sentence for the user: the same words
/// wherever a change is made (the People screen; `casedesk people`/`units` can say it too).
extension MetaChange {
    /// `meta` is the store's description after the change (a retired person's name is read from it).
    public func said(after meta: StoreMeta) -> String {
        switch self {
        case .addPerson(let p): "Added \(p.id), \(p.name) (\(p.role.label))."
        case .renamePerson(let id, let name), .renameUnit(let id, let name): "Renamed \(id) to \(name)."
        case .retirePerson(let id, let day): "Retired \(id), \(meta.person(id)?.name ?? id), on \(day.iso)."
        case .addUnit(let u): "Added \(u.id), \(u.name) (\(u.kind.label))."
        case .retireUnit(let id, let day): "Retired \(id), \(meta.unit(id)?.name ?? id), on \(day.iso)."
        }
    }
}
