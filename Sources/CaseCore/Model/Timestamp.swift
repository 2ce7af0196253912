import Foundation

/// An instant, written on disk as ISO 8601 UTC (`"2026-11-24T10:15:00Z"`).
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Whole seconds since 1970-01-01T00:00:00Z.
    public let seconds: Int64

    public init(seconds: Int64) { self.seconds = seconds }
    public init(_ date: Date) { self.seconds = Int64(date.timeIntervalSince1970.rounded(.down)) }

    public var date: Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }
    /// The UTC calendar day of this instant.
    public var day: Day { Day(ordinal: Int32((seconds >= 0 ? seconds : seconds - 86399) / 86400)) }

    /// Parses `YYYY-MM-DDTHH:MM:SS` followed by optional fractional seconds and `Z` or `±HH:MM`.
    public init?(iso text: String) {
        let u = Array(text.utf8)
        guard u.count >= 20, u[10] == UInt8(ascii: "T") || u[10] == UInt8(ascii: " "),
              let day = Day(iso: String(decoding: u[0..<10], as: UTF8.self)),
              u[13] == UInt8(ascii: ":"), u[16] == UInt8(ascii: ":") else { return nil }
        func num(_ a: Int, _ b: Int) -> Int? {
            var v = 0
            for i in a..<b {
                guard u[i] >= 48, u[i] <= 57 else { return nil }
                v = v * 10 + Int(u[i] - 48)
            }
            return v
        }
        guard let h = num(11, 13), let mi = num(14, 16), let s = num(17, 19),
              h < 24, mi < 60, s < 61 else { return nil }
        var i = 19
        if i < u.count, u[i] == UInt8(ascii: ".") {
            i += 1
            let start = i
            while i < u.count, u[i] >= 48, u[i] <= 57 { i += 1 }
            guard i > start else { return nil }
        }
        var offset = 0
        guard i < u.count else { return nil }
        if u[i] == UInt8(ascii: "Z") {
            i += 1
        } else if u[i] == UInt8(ascii: "+") || u[i] == UInt8(ascii: "-") {
            guard u.count == i + 6, u[i + 3] == UInt8(ascii: ":"),
                  let oh = num(i + 1, i + 3), let om = num(i + 4, i + 6) else { return nil }
            offset = (oh * 3600 + om * 60) * (u[i] == UInt8(ascii: "+") ? 1 : -1)
            i += 6
        } else { return nil }
        guard i == u.count else { return nil }
        seconds = Int64(day.ordinal) * 86400 + Int64(h * 3600 + mi * 60 + s) - Int64(offset)
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`.
    public var iso: String {
        let d = day
        let secs = Int(seconds - Int64(d.ordinal) * 86400)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(d.iso)T\(two(secs / 3600)):\(two(secs / 60 % 60)):\(two(secs % 60))Z"
    }
    public var description: String { iso }
    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.seconds < b.seconds }
    public static func now() -> Timestamp { Timestamp(Date()) }
}
