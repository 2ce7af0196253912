import CaseCore

/// How answers from the store change the state.
extension AppState {
    mutating func install(_ snapshot: StoreSnapshot) -> [Effect] {
        let wasLoaded = load == .loaded
        meta = snapshot.meta
        if !snapshot.meta.name.isEmpty { storeName = snapshot.meta.name }
        summaries = snapshot.summaries
        damaged = snapshot.damaged
        load = .loaded
        indexesChanged()
        if !damaged.isEmpty {
            let text = "\(damaged.count) case file\(damaged.count == 1 ? "" : "s") could not be read: listed as ✗ damaged at the end of the list."
            // A problem already on the line (the key config at start) is kept, not replaced.
            message = Message(text: message.map { $0.text + "; " + text } ?? text, kind: .error)
        } else if wasLoaded {
            message = Message(text: "Reloaded: \(Format.grouped(summaries.count)) cases.", kind: .success)
        }
        if screen == .detail, let id = detail.caseID {
            return [.loadCase(id: id, purpose: .detail), .loadAudit(caseID: id)]
        }
        return []
    }

    /// After summaries were added, removed or reordered: every index into them is rebuilt.
    mutating func indexesChanged() {
        idWidth = max(summaries.reduce(4) { max($0, $1.id.count) }, damaged.reduce(4) { max($0, $1.id.count) })
        resortCases()
        rebuildBoard()
        // The Dashboard's measure index, at once: opening a store is when this may take time.
        DashboardScreen.summariesChanged(&self, now: true)
    }

    /// Puts a freshly read or saved case's summary in place, without re-sorting: the row
    /// stays where the user is looking until the next sort.
    mutating func replaceSummary(_ c: Case) {
        guard let i = summaryIndex(id: c.id) else {
            summaries.append(CaseSummary(c))
            indexesChanged()
            return
        }
        guard summaries[i].revision != c.revision || summaries[i] != CaseSummary(c) else { return }
        summaries[i] = CaseSummary(c)
        // A previous filter result may not narrow over a changed summary.
        cases.lastFilter = nil
        refilterCases()
        rebuildBoard()
        // A save: the Dashboard rebuilds its index when next shown, not on every save.
        DashboardScreen.summariesChanged(&self, now: false)
    }

    mutating func caseLoaded(_ c: Case, _ purpose: LoadPurpose) -> [Effect] {
        switch purpose {
        case .detail:
            replaceSummary(c)
            if detail.caseID == c.id {
                detail.loaded = c
                detail.error = nil
                detail.request = min(detail.request, max(0, c.requests.count - 1))
            }
            return []
        case .refresh:
            replaceSummary(c)
            if detail.caseID == c.id { detail.loaded = c }
            return detail.caseID == c.id ? [.loadAudit(caseID: c.id)] : []
        case .chase(let requestID, let note):
            guard let changed = RequestChange.chase(c, requestID: requestID, today: today, by: user, note: note) else {
                message = Message(text: "Request \(requestID) of \(c.id) is no longer open; nothing was saved.", kind: .error)
                replaceSummary(c)
                return []
            }
            return [.save(changed, baseRevision: c.revision, action: "chase", purpose: .chase(requestID: requestID))]
        case .advance(let requestID):
            guard let (changed, next) = RequestChange.advance(c, requestID: requestID, today: today) else {
                message = Message(text: "Request \(requestID) of \(c.id) has no next status; nothing was saved.", kind: .error)
                replaceSummary(c)
                return []
            }
            return [.save(changed, baseRevision: c.revision, action: "advance", purpose: .advance(requestID: requestID, to: next))]
        case .edit(let tag):
            return Editing.caseLoaded(&self, c, tag: tag)
        }
    }

    mutating func saved(_ c: Case, _ purpose: SavePurpose) -> [Effect] {
        replaceSummary(c)
        var effects: [Effect] = []
        if detail.caseID == c.id {
            detail.loaded = c
            effects.append(.loadAudit(caseID: c.id))
        }
        switch purpose {
        case .chase(let requestID):
            message = Message(text: "Chase of \(requestID) recorded (\(today.iso)).", kind: .success)
        case .advance(let requestID, let to):
            message = Message(text: "\(requestID) is now \(to.label.lowercased()) (\(today.iso)).", kind: .success)
        case .edit(let tag):
            effects += Editing.saved(&self, c, tag: tag)
        }
        return effects
    }
}
