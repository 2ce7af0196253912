import CaseCore

extension AppState {
    /// A change another machine made (or the server going away and coming back): the one
    /// summary that changed is read again and replaced in place, as after a save here; a
    /// revision already shown (this machine's own save) is not read again.
    mutating func storeChanged(_ change: StoreChange) -> [Effect] {
        switch change {
        case .saved(let id, let revision):
            if let i = summaryIndex(id: id), summaries[i].revision >= revision { return [] }
            if case .loading = load { return [] }   // the reading under way will have it
            return [.loadCase(id: id, purpose: .refresh)]
        case .deleted(let id):
            guard summaryIndex(id: id) != nil else { return [] }
            removeCase(id: id)
            message = Message(text: "Case \(id) was deleted on another machine.", kind: .info)
            if screen == .detail, detail.caseID == id { screen = .cases }
            return []
        case .connectionLost(let reason):
            if storeUnreachable == nil {
                message = Message(text: "Lost the connection to the server: \(reason). Retrying; saves wait until it is back.",
                                  kind: .error)
            }
            storeUnreachable = reason
            return []
        case .connectionRestored:
            storeUnreachable = nil
            // Changes made while away were not announced: read the store again.
            message = Message(text: "Connected to the server again; reading \(storeName)…", kind: .info)
            return [.openStore]
        }
    }
}
