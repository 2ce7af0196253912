/// The Agenda as an iCalendar file (RFC 5545), so that CTLs and other deadlines show in the
/// calendar a prosecutor already uses. One all-day VEVENT per item; its UID is built from what
/// the item is about (`DeadlineItem.ref` and the case), not from its date or state, so a
/// calendar that imports the file again updates the event (a CTL extended moves) instead of
/// adding a second one.
public enum AgendaCalendar {
    /// - Parameters:
    ///   - stamp: DTSTAMP, the instant the file is made (RFC 5545 3.8.7.2: with METHOD, the
    ///     time the object was created).
    ///   - name: the calendar's name as calendars show it (X-WR-CALNAME).
    public static func ics(_ items: [DeadlineItem], today: Day, stamp: Timestamp, name: String) -> String {
        var out = ICalendarText.Writer()
        out.property("BEGIN", raw: "VCALENDAR")
        out.property("VERSION", raw: "2.0")
        out.property("PRODID", raw: "-//CaseDesk//casedesk agenda//EN")
        out.property("CALSCALE", raw: "GREGORIAN")
        out.property("METHOD", raw: "PUBLISH")
        out.property("X-WR-CALNAME", text: name)
        let dtstamp = ICalendarText.dateTime(stamp)
        for item in items {
            out.property("BEGIN", raw: "VEVENT")
            out.property("UID", text: uid(item))
            out.property("DTSTAMP", raw: dtstamp)
            // All-day: a DATE start and the day after as the (exclusive) end (RFC 5545 3.6.1).
            out.property("DTSTART;VALUE=DATE", raw: ICalendarText.date(item.date))
            out.property("DTEND;VALUE=DATE", raw: ICalendarText.date(item.date.adding(days: 1)))
            out.property("SUMMARY", text: summary(item))
            out.property("DESCRIPTION", text: description(item, today: today))
            out.property("CATEGORIES", text: item.kind.rawValue)
            if item.isCTLAlarm { out.property("PRIORITY", raw: "1") }
            out.property("TRANSP", raw: "TRANSPARENT")
            out.property("END", raw: "VEVENT")
        }
        out.property("END", raw: "VCALENDAR")
        return out.text
    }

    /// Stable across runs and days: what the item is about, in which case.
    public static func uid(_ item: DeadlineItem) -> String {
        "\(item.ref)/\(item.caseID)@casedesk"
    }

    /// The mark and word of a CTL alarm or an overdue item lead, so they read in any calendar.
    static func summary(_ item: DeadlineItem) -> String {
        let lead: String
        switch (item.ctl, item.state) {
        case (.expired?, _): lead = "‼ EXPIRED "
        case (.atRisk?, _): lead = "! AT RISK "
        case (_, .overdue), (_, .veryOverdue): lead = "* \(item.state.label) "
        default: lead = ""
        }
        return "\(lead)\(item.title) [\(item.caseID)]"
    }

    static func description(_ item: DeadlineItem, today: Day) -> String {
        var lines = ["Case: \(item.caseID)", "Kind: \(item.kind.label)", "State: \(item.state.label)"]
        if let c = item.ctl { lines.append("CTL: \(c.word)") }
        if let d = item.defendant { lines.append("Defendant: \(d)") }
        if let r = item.request { lines.append("Request: \(r)") }
        if let t = item.task { lines.append("Task: \(t)") }
        lines.append("As of \(today.iso)")
        return lines.joined(separator: "\n")
    }
}

/// The content-line rules of RFC 5545 section 3.1 and the TEXT value of 3.3.11.
public enum ICalendarText {
    /// At most this many octets on a line, not counting its CRLF (3.1).
    public static let lineOctets = 75

    /// Escapes a TEXT value: backslash, semicolon and comma get a backslash, a line break
    /// becomes `\n`; other control characters, which TEXT cannot hold, become a space.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var lastWasCR = false
        for u in text.unicodeScalars {
            defer { lastWasCR = u == "\r" }
            switch u {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !lastWasCR { out += "\\n" }
            case "\t": out.unicodeScalars.append(u)
            default:
                if u.value < 0x20 || u.value == 0x7F || (0x80...0x9F).contains(u.value) { out += " " }
                else { out.unicodeScalars.append(u) }
            }
        }
        return out
    }

    /// Folds one content line: CRLF and a space before the octet that would make a line longer
    /// than 75 octets, never inside a UTF-8 sequence; every line ends in CRLF.
    public static func fold(_ line: String) -> String {
        var out: [UInt8] = []
        var count = 0
        for scalar in line.unicodeScalars {
            let bytes = Array(String(scalar).utf8)
            if count + bytes.count > lineOctets {
                out += [13, 10, 32]
                count = 1
            }
            out += bytes
            count += bytes.count
        }
        out += [13, 10]
        return String(decoding: out, as: UTF8.self)
    }

    /// A DATE value: `YYYYMMDD`.
    public static func date(_ d: Day) -> String {
        let (y, m, day) = d.parts
        return pad(y, 4) + pad(m, 2) + pad(day, 2)
    }

    /// A UTC DATE-TIME value: `YYYYMMDDTHHMMSSZ`.
    public static func dateTime(_ t: Timestamp) -> String {
        let secs = Int(((t.seconds % 86400) + 86400) % 86400)
        return date(t.day) + "T" + pad(secs / 3600, 2) + pad(secs / 60 % 60, 2) + pad(secs % 60, 2) + "Z"
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    struct Writer {
        var text = ""
        /// A property whose value is already in its type's form (a date, a keyword).
        mutating func property(_ name: String, raw value: String) { text += ICalendarText.fold("\(name):\(value)") }
        /// A property of type TEXT.
        mutating func property(_ name: String, text value: String) {
            text += ICalendarText.fold("\(name):\(ICalendarText.escape(value))")
        }
    }
}
