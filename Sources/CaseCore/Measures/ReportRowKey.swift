/// What a row of a report is a row of. Typed, so that nothing reads a row's meaning back out
/// of its JSON spelling (`text`), which is only for output and for naming a row from outside.
public enum ReportRowKey: Hashable, Sendable {
    /// The whole period of a breakdown.
    case total
    /// The one row of a report without a breakdown.
    case period(ReportPeriod)
    case year(FinancialYear)
    case quarter(FinancialYear, Quarter)
    case crimeType(CrimeType)
    /// A unit id.
    case unit(String)
    /// A person id.
    case lawyer(String)
    case unassignedLawyer
    /// An ISO country code.
    case country(String)
    case noCountry

    /// The row's key in JSON and CSV: the period, crime type, unit id, person id or country code.
    public var text: String {
        switch self {
        case .total: "total"
        case .period(let p): p.text
        case .year(let y): y.text
        case .quarter(let y, let q): "\(y.text) \(q.text)"
        case .crimeType(let c): c.rawValue
        case .unit(let id), .lawyer(let id), .country(let id): id
        case .unassignedLawyer: MeasureIndex.unassignedKey
        case .noCountry: MeasureIndex.unknownCountryKey
        }
    }

    /// The row as a person reads it: a unit or lawyer name, a crime type or country's name.
    func label(meta: StoreMeta?) -> String {
        switch self {
        case .total: "Total"
        case .period(let p): p.label
        case .year, .quarter: text
        case .crimeType(let c): c.label
        case .unit(let id): meta?.unit(id)?.name ?? id
        case .lawyer(let id): meta?.personName(id) ?? id
        case .unassignedLawyer: "Unassigned"
        case .country(let code): Countries.name(of: code) ?? code
        case .noCountry: "No country"
        }
    }

    /// Rows that are not names ("Unassigned", "No country") come after the names.
    var isCatchAll: Bool { self == .unassignedLawyer || self == .noCountry }
}
