/// An array kept in pages of `pageSize` elements, so that changing one element of a copy that
/// shares its storage copies one page and the list of pages, not every element: the Agenda's
/// rows keep a copy of the agenda index while a save changes one case of it (issue 15.8), and
/// a flat array of 100,000 cases would be copied whole, one retain per case, on every save.
struct Paged<Element: Sendable>: RandomAccessCollection, Sendable {
    let pageSize: Int
    private var pages: [[Element]] = []
    private(set) var count = 0

    init<S: Sequence>(_ elements: S, pageSize: Int = 1_024) where S.Element == Element {
        self.pageSize = pageSize
        var page: [Element] = []
        page.reserveCapacity(pageSize)
        for e in elements {
            page.append(e)
            if page.count == pageSize { pages.append(page); page.removeAll(keepingCapacity: true) }
        }
        if !page.isEmpty { pages.append(page) }
        count = pages.reduce(0) { $0 + $1.count }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(i: Int) -> Element {
        get { pages[i / pageSize][i % pageSize] }
        set { pages[i / pageSize][i % pageSize] = newValue }
    }
}
