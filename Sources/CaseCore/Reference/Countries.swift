/// ISO 3166-1 alpha-2 codes and their English short names, for display, search and completion.
public enum Countries {
    public static func name(of code: String) -> String? { table[code] }
    public static func isKnown(_ code: String) -> Bool { table[code] != nil }
    public static var codes: [String] { table.keys.sorted() }

    // TODO(core-queries): complete to all 249 codes.
    static let table: [String: String] = [
        "GB": "United Kingdom", "ES": "Spain", "NL": "Netherlands", "FR": "France", "DE": "Germany",
        "BE": "Belgium", "IE": "Ireland", "IT": "Italy", "PL": "Poland", "RO": "Romania",
        "AL": "Albania", "TR": "Turkey", "CO": "Colombia", "JM": "Jamaica", "AE": "United Arab Emirates",
        "PK": "Pakistan", "NG": "Nigeria", "VN": "Viet Nam", "CN": "China", "US": "United States",
    ]
}
