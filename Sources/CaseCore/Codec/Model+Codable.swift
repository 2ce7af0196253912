import Foundation

/// `Codable` for the model, routed through the store's own codec so that Foundation's
/// coders and the store agree on every key, every rule and every unknown key kept.
extension JSONValue: Codable {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null; return }
        if let b = try? c.decode(Bool.self) { self = .bool(b); return }
        if let i = try? c.decode(Int64.self) { self = .number(String(i)); return }
        if let d = try? c.decode(Double.self) { self = .number(String(d)); return }
        if let s = try? c.decode(String.self) { self = .string(s); return }
        if let a = try? c.decode([JSONValue].self) { self = .array(a); return }
        self = .object(try c.decode([String: JSONValue].self))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let b): try c.encode(b)
        case .number(let n):
            if let i = Int64(n) { try c.encode(i) } else { try c.encode(Double(n) ?? 0) }
        case .string(let s): try c.encode(s)
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        }
    }
}

/// A type stored as JSON: `toJSON()` and a decoder that reports all problems.
protocol JSONCodableModel: Codable {
    func toJSON() -> JSONValue
    static func decode(_ v: JSONValue, _ cx: DecodeContext) -> Self?
}

extension JSONCodableModel {
    public init(from decoder: any Decoder) throws {
        let v = try JSONValue(from: decoder)
        let cx = DecodeContext(file: nil)
        guard let value = Self.decode(v, cx), !cx.hasErrors else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: CaseFileError(problems: cx.problems).description))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws { try toJSON().encode(to: encoder) }
}

extension Case: JSONCodableModel {
    static func decode(_ v: JSONValue, _ cx: DecodeContext) -> Case? { decode(v, cx, fileName: nil) }
}
extension StoreMeta: JSONCodableModel {}
extension Unit: JSONCodableModel {}
extension Person: JSONCodableModel {}
extension Defendant: JSONCodableModel {}
extension Charge: JSONCodableModel {}
extension Outcome: JSONCodableModel {}
extension Sentence: JSONCodableModel {}
extension AncillaryOrder: JSONCodableModel {}
extension Confiscation: JSONCodableModel {}
extension Hearing: JSONCodableModel {}
extension InternationalRequest: JSONCodableModel {}
extension StatusChange: JSONCodableModel {}
extension Chase: JSONCodableModel {}
extension Note: JSONCodableModel {}
extension AuditEntry: JSONCodableModel {}
