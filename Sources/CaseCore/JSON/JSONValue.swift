/// A JSON document as a value. Numbers keep their text so that integers of any size and
/// the exact spelling written by another program survive a round trip.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    public var objectValue: JSONObject? { if case .object(let o) = self { o } else { nil } }
    public var arrayValue: [JSONValue]? { if case .array(let a) = self { a } else { nil } }
    public var stringValue: String? { if case .string(let s) = self { s } else { nil } }
    /// The number as an exact integer, or nil when it is not a number or has a fraction/exponent.
    public var intValue: Int? { if case .number(let n) = self { Int(n) } else { nil } }

    /// A short name of the JSON type, for error messages ("expected a string, found an array").
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// Keys a newer program wrote that this one does not know. They are kept and written back.
public typealias UnknownKeys = JSONObject
