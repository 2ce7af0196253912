/// The screens of ux.md. `detail` is reached with Enter; the others with 1-6.
public enum Screen: Sendable, Equatable {
    case cases, detail, board, dashboard, help, agenda, people
}

/// The panes of the Cases screen, in Tab order.
enum CasesPane: Int, Sendable, Equatable, CaseIterable {
    case list, detail, requests

    var title: String {
        switch self {
        case .list: "Cases"
        case .detail: "Detail"
        case .requests: "Requests"
        }
    }
}
