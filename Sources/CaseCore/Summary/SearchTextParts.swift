import Foundation

extension SearchText {
    /// One summary's search text made part by part (id, title, names, offences, countries),
    /// each folded, newline-separated, leaving out a part the text already holds: a word is in
    /// a case or not, so a repeat adds only bytes. Co-defendants charged with one conspiracy,
    /// and their shared nationality, repeated a fifth of the demo store's text (6 MB of the
    /// UI's memory at 100,000 cases, issue 16.4).
    ///
    /// The parts' ends are kept inline (no allocation per summary: 100,000 are made on a cold
    /// open) and only a part of the same length is compared.
    struct Parts {
        private var ends = InlineArray<24, UInt32>(repeating: 0)
        private var count = 0
        /// The ends past the 24th (a case with many defendants or charges).
        private var more: [UInt32] = []

        init() {}

        mutating func add(_ part: String, to text: inout [UInt8]) {
            let before = text.count
            if count > 0 { text.append(0x0A) }
            let start = text.count
            SearchText.appendFolded(part, to: &text)
            let end = text.count
            if isThere(start, end, in: text) {
                text.removeSubrange(before...)
                return
            }
            if count < ends.count { ends[count] = UInt32(end) } else { more.append(UInt32(end)) }
            count += 1
        }

        /// Whether `text[start..<end]` equals a part already kept.
        private func isThere(_ start: Int, _ end: Int, in text: [UInt8]) -> Bool {
            let length = end - start
            return text.withUnsafeBufferPointer { t in
                var from = 0
                for k in 0..<count {
                    let to = Int(k < ends.count ? ends[k] : more[k - ends.count])
                    if to - from == length, memcmp(t.baseAddress! + from, t.baseAddress! + start, length) == 0 { return true }
                    from = to + 1
                }
                return false
            }
        }
    }
}
