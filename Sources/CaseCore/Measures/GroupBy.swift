/// How the rows of a report are broken down.
public enum GroupBy: String, Sendable, CaseIterable, Hashable {
    /// One row: the whole period.
    case none
    /// One row per financial year.
    case year
    /// One row per quarter of a financial year.
    case quarter
    /// One row per crime type; a case with several crime types is in several rows.
    case crimeType
    /// One row per owning unit.
    case unit
    /// One row per case lawyer (cases with no lawyer in an `unassigned` row).
    case lawyer
    /// One row per country: requests by their country, defendants by nationality, cases by
    /// the countries of their requests (see docs/measures.md).
    case country

    /// Accepts the raw value and the spellings of `casedesk report --by`: `crime`,
    /// `crime-type`, `crimetype`, `fy`, `all`, any case.
    public init?(parsing text: String) {
        switch text.lowercased() {
        case "none", "all", "total": self = .none
        case "year", "years", "fy": self = .year
        case "quarter", "quarters", "q": self = .quarter
        case "crime", "crimetype", "crime-type", "crime_type", "crimes": self = .crimeType
        case "unit", "units": self = .unit
        case "lawyer", "lawyers": self = .lawyer
        case "country", "countries": self = .country
        default: return nil
        }
    }

    public static let expectedSpelling = "year, quarter, crime, unit, lawyer, country or none"

    /// Rows cut by time: each row has its own "as of" day for the open-state figures.
    public var isByTime: Bool { self == .year || self == .quarter }

    /// A column heading for the row key.
    public var heading: String {
        switch self {
        case .none: "Period"
        case .year: "Year"
        case .quarter: "Quarter"
        case .crimeType: "Crime type"
        case .unit: "Unit"
        case .lawyer: "Lawyer"
        case .country: "Country"
        }
    }
}
