import CaseCore
import Foundation
import TerminalUI

/// Performs the effects that touch the store and the file system, and answers each with
/// actions. The same code serves the real program (on a background queue) and tests (inline).
/// Terminal effects (`redraw`, `quit`, `runEditor`) belong to the run loop, not here.
struct EffectRunner: Sendable {
    let store: any CaseStore
    let user: String
    let themeDirectories: [URL]
    /// views.toml and the history file (UIFiles.swift); none in tests unless given.
    var files = UIFiles()

    func perform(_ effect: Effect, post: @escaping @Sendable (Action) -> Void) {
        switch effect {
        case .openStore:
            do {
                // Report each whole percent, not each file: 100,000 reports would flood the loop.
                let last = LockedValue(-1)
                // The text apart: the catalog keeps it once, in its search index.
                let snapshot = try store.openTextApart { done, total in
                    let pct = total > 0 ? done * 100 / total : 0
                    if last.exchange(pct) != pct || done == total { post(.loadProgress(done: done, total: total)) }
                }
                post(.storeOpened(snapshot))
            } catch {
                post(.storeFailed(message: Self.describe(error)))
            }
        case .loadCase(let id, let purpose):
            do { post(.caseLoaded(try store.load(id: id), purpose: purpose)) } catch {
                post(.caseLoadFailed(id: id, message: Self.describe(error), purpose: purpose))
            }
        case .save(let c, let base, let action, let purpose):
            do { post(.saved(try store.save(c, baseRevision: base, user: user, action: action), purpose: purpose)) } catch {
                post(.saveFailed(id: c.id, message: Self.describe(error), stale: Self.isStale(error), purpose: purpose))
            }
        case .delete(let id, let base, let purpose):
            do {
                try store.delete(id: id, baseRevision: base, user: user)
                post(.deleted(id: id, purpose: purpose))
            } catch {
                post(.saveFailed(id: id, message: Self.describe(error), stale: Self.isStale(error), purpose: purpose))
            }
        case .saveKeeping(let c, let base, let action, let purpose):
            do {
                post(.saved(try store.save(c, baseRevision: base, user: user, action: action, keepOverwritten: true), purpose: purpose))
            } catch {
                post(.saveFailed(id: c.id, message: Self.describe(error), stale: Self.isStale(error), purpose: purpose))
            }
        case .restore(let c, let deleted, let action, let purpose):
            do { post(.saved(try store.restore(c, deletedRevision: deleted, user: user, action: action), purpose: purpose)) } catch {
                post(.saveFailed(id: c.id, message: Self.describe(error), stale: Self.isStale(error), purpose: purpose))
            }
        case .checkUndo(let probes, let redoing):
            post(.undoChecked(probes.map(check), redoing: redoing))
        case .loadAudit(let id):
            do { post(.auditLoaded(caseID: id, try store.audit(caseID: id))) } catch {
                post(.failed(message: Self.describe(error)))
            }
        case .export(let path, let ids, let overwrite):
            post(CaseExport.write(ids: ids, from: store, to: path, overwrite: overwrite, now: Timestamp.now()))
        case .writeFile(let path, let contents, let what, let overwrite):
            do {
                try ExportFile.write(to: CaseExport.expanded(path), overwrite: overwrite) { try $0(Array(contents.utf8)) }
                post(.fileWritten(path: path, what: what))
            } catch let e as ExportFile.Exists {
                post(.failed(message: CaseExport.exists(e)))
            } catch {
                post(.failed(message: "Cannot write \(what) to \(path): " + Self.describe(error)))
            }
        case .exportSheet(let path, let id, let meta, let today, let overwrite):
            do {
                let c = try store.load(id: id)
                let sheet = CaseSheet.markdown(CaseSheet.Source(case: c, meta: meta, audit: try? store.audit(caseID: id), today: today))
                try ExportFile.write(to: CaseExport.expanded(path), overwrite: overwrite) { try $0(Array(sheet.utf8)) }
                post(.fileWritten(path: path, what: "\(id) (\(c.sensitivity.label)) as markdown"))
            } catch let e as ExportFile.Exists {
                post(.failed(message: CaseExport.exists(e)))
            } catch {
                post(.failed(message: "Cannot export \(id) to \(path): " + Self.describe(error)))
            }
        case .loadTheme(let name):
            let (theme, problems) = Theme.load(named: name, searchPaths: themeDirectories, builtins: BuiltinThemes.all)
            post(.themeLoaded(theme, problems: problems.map(\.description)))
        case .buildMeasures(let request):
            post(.measuresBuilt(request.build()))
        case .buildSortIndex(let request):
            post(.sortIndexBuilt(request.build(), generation: request.generation))
        case .buildDeferred(let request):
            post(.deferredBuilt(request.build()))
        case .changeMeta(let change):
            do {
                let (meta, entry) = try store.change(change, user: user)
                post(.metaChanged(change, meta: meta, entry: entry))
            } catch let refusal as MetaChange.Refusal {
                post(.metaChangeFailed(change, message: refusal.description))
            } catch {
                post(.metaChangeFailed(change, message: Self.describe(error)))
            }
        case .loadHistory, .saveHistory, .readViewNames, .loadView, .saveView, .saveBoardView:
            performFiles(effect, post: post)
        case .runEditor, .redraw, .quit, .showInPager, .copyToClipboard, .waitForCount:
            break
        }
    }

    /// The whole case as text for the pager (`o`), or why it cannot be read.
    func sheet(caseID: String, meta: StoreMeta?, today: Day, width: Int, styled: Bool) -> Result<String, StoreError> {
        do {
            let c = try store.load(id: caseID)
            let audit = try? store.audit(caseID: caseID)
            return .success(CaseSheet.text(CaseSheet.Source(case: c, meta: meta, audit: audit, today: today),
                                           width: min(100, width), pageLines: 0, formFeeds: false, styled: styled))
        } catch let e as StoreError {
            return .failure(e)
        } catch {
            return .failure(.io(path: caseID, reason: String(describing: error)))
        }
    }

    static func isStale(_ error: any Error) -> Bool {
        switch error {
        case StoreError.staleRevision, StoreError.alreadyExists: return true
        default: return false
        }
    }

    /// Where a case of the undo stack is now, and who changed it when it moved.
    func check(_ probe: UndoProbe) -> UndoProbe {
        var p = probe
        do {
            p.found = try store.revisionOnDisk(id: p.caseID)
            if !p.unchanged { p.lastChange = try store.audit(caseID: p.caseID).entries.last }
        } catch {
            p.problem = Self.describe(error)
        }
        return p
    }

    static func describe(_ error: any Error) -> String {
        if let e = error as? StoreError { return e.description }
        return String(describing: error)
    }
}

/// A value shared between threads under a lock.
final class LockedValue<T: Sendable>: @unchecked Sendable {
    // @unchecked: `value` is only touched while `lock` is held.
    private let lock = NSLock()
    private var value: T
    init(_ value: T) { self.value = value }
    /// Stores `new` and returns what was there.
    func exchange(_ new: T) -> T {
        lock.lock(); defer { lock.unlock() }
        let old = value
        value = new
        return old
    }
}
