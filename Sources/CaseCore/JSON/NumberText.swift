/// What a JSON number that is not a plain `Int` is, for a clear message: `1.5` is a fraction,
/// `1e400` a whole number too large (not "the fraction 1e400"), `1e3` a whole number written
/// with an exponent. Worked out from the digits, never through a `Double`, which would round.
struct NumberText {
    enum Kind: Equatable { case fraction, wholeInDecimalForm, tooLarge }

    let kind: Kind

    /// `text` as the parser accepted it (RFC 8259 grammar); anything else counts as too large.
    init(_ text: String) {
        let bytes = Array(text.utf8)
        var i = 0
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
        var digits: [UInt8] = []
        var fractionDigits = 0
        while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { digits.append(bytes[i]); i += 1 }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { digits.append(bytes[i]); fractionDigits += 1; i += 1 }
        }
        var exponent = 0
        if i < bytes.count, bytes[i] | 0x20 == UInt8(ascii: "e") {
            i += 1
            var negative = false
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
                negative = bytes[i] == UInt8(ascii: "-"); i += 1
            }
            // Capped: past a million digits every answer is the same.
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                exponent = min(exponent * 10 + Int(bytes[i] - 0x30), 1_000_000); i += 1
            }
            if negative { exponent = -exponent }
        }
        // The value is digits × 10^scale, with the digits' trailing zeros moved into the scale.
        while digits.count > 1, digits.last == 0x30 { digits.removeLast(); exponent += 1 }
        while digits.count > 1, digits.first == 0x30 { digits.removeFirst() }
        let scale = exponent - fractionDigits
        if digits == [0x30] || scale >= 0 {
            // Whole: too large when it has more digits than any Int (19), else only its form is wrong.
            let wholeDigits = digits == [0x30] ? 1 : digits.count + scale
            let sign = text.hasPrefix("-") ? "-" : ""
            let fits = wholeDigits < 19
                || (wholeDigits == 19 && Int(sign + String(decoding: digits, as: UTF8.self) + String(repeating: "0", count: scale)) != nil)
            kind = fits ? .wholeInDecimalForm : .tooLarge
        } else {
            kind = .fraction
        }
    }
}
