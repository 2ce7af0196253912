import CaseCore
import Foundation

/// The files of the user's own the UI reads and writes besides the store: the saved views
/// (views.toml, shared with `casedesk list --view`) and the history of `:` and `/`. nil turns
/// one off (tests, unless they give a temp path).
public struct UIFiles: Sendable, Equatable {
    public var viewsPath: String?
    public var historyPath: String?

    public init(viewsPath: String? = nil, historyPath: String? = nil) {
        self.viewsPath = viewsPath
        self.historyPath = historyPath
    }

    /// `$XDG_CONFIG_HOME/casedesk/views.toml` and `$XDG_STATE_HOME/casedesk/history` (with
    /// their `~/.config` and `~/.local/state` defaults).
    public static func standard(_ env: [String: String] = ProcessInfo.processInfo.environment) -> UIFiles {
        UIFiles(viewsPath: ViewsFile.defaultPath(environment: env), historyPath: HistoryFile.defaultPath(environment: env))
    }
}

extension EffectRunner {
    /// The history and views effects. Reading or writing either file never waits on a FIFO or
    /// follows the history out through a link (CaseCore's HistoryFile, ViewsFile).
    func performFiles(_ effect: Effect, post: @escaping @Sendable (Action) -> Void) {
        switch effect {
        case .loadHistory:
            guard let path = files.historyPath else { return }
            switch HistoryFile.load(path: path) {
            case .success(let h): post(.historyLoaded(h))
            case .failure(let f): post(.historyFailed(f.description))
            }
        case .saveHistory(let text, let kind):
            guard let path = files.historyPath else { return }
            var entry = InputHistory()
            entry.add(text, kind)
            if case .failure(let f) = HistoryFile.save(entry, path: path) { post(.historyFailed(f.description)) }
        case .readViewNames:
            // A broken file is said when a view is asked for, not on every `:`.
            guard let path = files.viewsPath, let file = try? ViewsFile.load(path: path) else { return }
            post(.viewNamesRead(file.names))
        case .loadView(let name):
            guard let path = files.viewsPath else { return post(.failed(message: "Saved views are off in this session.")) }
            do {
                let file = try ViewsFile.load(path: path)
                let names = file.names
                if let board = file.boardView(named: name) { return post(.boardViewLoaded(board, names: names)) }
                guard let view = file.view(named: name) else {
                    return post(.failed(message: "There is no view \"\(name)\" in \(path)"
                        + (names.isEmpty ? "; save one with :view save NAME." : "; views: " + names.joined(separator: ", ") + ".")))
                }
                post(.viewLoaded(view, names: names))
            } catch {
                post(.failed(message: "Cannot read the views: \(error.description)"))
            }
        case .saveView(let view):
            guard let path = files.viewsPath else { return post(.failed(message: "Saved views are off in this session.")) }
            do {
                let file = try ViewsFile.save(view, path: path)
                post(.viewSaved(view, path: path, names: file.names))
            } catch {
                post(.failed(message: "The view \"\(view.name)\" was not saved: \(error.description)"))
            }
        case .saveBoardView(let view):
            guard let path = files.viewsPath else { return post(.failed(message: "Saved views are off in this session.")) }
            do {
                let file = try ViewsFile.save(view, path: path)
                post(.boardViewSaved(name: view.name, path: path, names: file.names))
            } catch {
                post(.failed(message: "The board's view \"\(view.name)\" was not saved: \(error.description)"))
            }
        default:
            break
        }
    }
}
