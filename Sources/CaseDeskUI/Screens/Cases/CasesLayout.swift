import TerminalUI

/// Where the three panes of the Cases screen go for a terminal size. The reducer uses it for
/// paging and the view for drawing, so a page is exactly what is on screen.
struct CasesLayout: Equatable {
    var list: Rect
    var detail: Rect
    var requests: Rect

    /// Very wide terminals (180+) put the list on the left and detail over requests on the right; narrow
    /// ones put the list on top and detail beside requests below.
    init(size: Size) {
        let body = AppLayout(size: size).body
        if body.width >= 180 {
            let listW = body.width * 3 / 5
            list = Rect(x: body.x, y: body.y, width: listW, height: body.height)
            let rightW = body.width - listW
            let detailH = body.height * 11 / 20
            detail = Rect(x: body.x + listW, y: body.y, width: rightW, height: detailH)
            requests = Rect(x: body.x + listW, y: body.y + detailH, width: rightW, height: body.height - detailH)
        } else {
            let listH = max(5, body.height / 2)
            list = Rect(x: body.x, y: body.y, width: body.width, height: listH)
            let detailW = body.width / 2
            let lowerH = body.height - listH
            detail = Rect(x: body.x, y: body.y + listH, width: detailW, height: lowerH)
            requests = Rect(x: body.x + detailW, y: body.y + listH, width: body.width - detailW, height: lowerH)
        }
    }

    /// Data rows of the list: inside the border, below the column titles.
    var listRows: Int { FramedTable.dataRows(in: list) }
    var requestRows: Int { FramedTable.dataRows(in: requests) }
    var detailRows: Int { max(1, detail.height - 2) }
}

/// The rows every screen shares: a header, a context line, the body and the footer.
struct AppLayout: Equatable {
    static let minimum = Size(width: 60, height: 16)

    var header: Rect
    var context: Rect
    var body: Rect
    var footer: Rect

    init(size: Size) {
        header = Rect(x: 0, y: 0, width: size.width, height: 1)
        context = Rect(x: 0, y: 1, width: size.width, height: 1)
        body = Rect(x: 0, y: 2, width: size.width, height: max(0, size.height - 3))
        footer = Rect(x: 0, y: max(0, size.height - 1), width: size.width, height: 1)
    }

    static func fits(_ size: Size) -> Bool { size.width >= minimum.width && size.height >= minimum.height }
}
