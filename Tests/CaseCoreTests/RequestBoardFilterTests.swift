import Testing
@testable import CaseCore

/// `casedesk requests` filters as the MLA board does (issue 18.3, board views): the board's
/// quick filters (`RequestFilter`) and text filter (`RequestSummary.searchText`) over
/// `RequestBoard`, one rule for the board, a board view and the CLI.
@Suite struct RequestBoardFilterTests {
    typealias R = RequestFilterTests
    static let names = ["lbianchi": "Lucia Bianchi"]

    func ids(_ filter: RequestFilter = RequestFilter(), text: String = "", sort: RequestSortKey = .due) -> [String] {
        RequestBoard([R.summary], context: R.context, sortBy: sort, filter: filter, text: TextQuery(text), names: Self.names)
            .rows.map(\.id)
    }

    @Test func theBoardsQuickFiltersKeepTheirRequests() {
        #expect(ids().count == 5)
        var f = RequestFilter()
        f.countries = ["DE", "FR"]
        #expect(ids(f) == ["R-2", "R-3"])
        f = RequestFilter(); f.kinds = [.europeanArrestWarrant]; f.directions = [.incoming]
        #expect(ids(f) == ["R-4"])
        f = RequestFilter(); f.mine = "lbianchi"
        #expect(ids(f) == ["R-4"])
        f = RequestFilter(); f.overdueOnly = true; f.toChaseOnly = true
        #expect(ids(f) == ["R-4"])
        // The counts follow the rows kept.
        let board = RequestBoard([R.summary], context: R.context, filter: f)
        #expect(board.count == 1 && board.overdueCount == 1 && board.toChaseCount == 1)
    }

    @Test func theTextFilterSearchesWhatTheBoardsSlashDoes() {
        // The country's name, the liaison's name, the case id, the authority; every word must occur.
        #expect(ids(text: "germany") == ["R-2"])
        #expect(ids(text: "bianchi") == ["R-4"])
        #expect(ids(text: "lucía") == ["R-4"], "folded as the case list's text: no accents, any case")
        #expect(ids(text: "c-1 fiscal").count == 5)
        #expect(ids(text: "r-3 france") == ["R-3"])
        #expect(ids(text: "r-3 germany").isEmpty)
        let r = R.summary.requests[3]
        #expect(String(decoding: r.searchText(of: R.summary, names: Self.names), as: UTF8.self)
            == "r-4\nc-1\nes\nspain\nfiscalia\nlbianchi\nlucia bianchi")
    }

    @Test func aBoardViewGivesTheSameFilterAsTheBoard() {
        var v = SavedBoardView(name: "spain")
        v.countries = ["ES"]; v.kinds = [.mla]; v.mine = true; v.urgentOnly = true
        let f = v.requestFilter(me: "shughes")
        #expect(f.countries == ["ES"] && f.kinds == [.mla] && f.mine == "shughes" && f.urgentOnly)
        #expect(!f.overdueOnly && !f.toChaseOnly && f.directions.isEmpty)
    }
}
