public struct Hearing: Sendable, Equatable {
    public var date: Day
    public var court: String
    public var type: HearingType
    public var note: String?
    public var extra: UnknownKeys
    public init(date: Day, court: String, type: HearingType, note: String? = nil, extra: UnknownKeys = [:]) {
        self.date = date; self.court = court; self.type = type; self.note = note; self.extra = extra
    }
}

public struct Note: Sendable, Equatable {
    public var at: Timestamp
    public var author: String
    public var text: String
    public var extra: UnknownKeys
    public init(at: Timestamp, author: String, text: String, extra: UnknownKeys = [:]) {
        self.at = at; self.author = author; self.text = text; self.extra = extra
    }
}
