/// ISO 3166-1 alpha-2 codes and their English short names, for display, search and completion.
/// The table holds every officially assigned code (249); names are the ISO English short
/// names, shortened where ISO adds a formal qualifier a prosecutor would not type
/// ("Bolivia", "Iran", "Tanzania").
public enum Countries {
    public static func name(of code: String) -> String? { table[code] }
    public static func isKnown(_ code: String) -> Bool { table[code] != nil }
    public static var codes: [String] { table.keys.sorted() }

    /// A code that is not one of the table's, as typed.
    public struct UnknownCode: Error, Equatable, Sendable {
        public let typed: String
        public var message: String { "\"\(typed)\" is not an ISO country code" }
    }

    /// Codes as a person types them (any case) → upper-cased, each once, in the order given.
    /// The one check of a country code for the board view's `country` and `requests --country`.
    public static func parse(_ typed: [String]) throws(UnknownCode) -> [String] {
        var out: [String] = []
        for word in typed {
            let code = word.uppercased()
            guard isKnown(code) else { throw UnknownCode(typed: word) }
            if !out.contains(code) { out.append(code) }
        }
        return out
    }

    /// Codes for a completion list: the code itself typed in any case first, then countries
    /// whose name starts with `prefix`, then those with a later word starting with it
    /// ("kingdom" finds GB), each alphabetical by name. Case- and accent-insensitive
    /// ("cote" finds CI). An empty prefix gives nothing.
    public static func search(prefix: String, limit: Int = 20) -> [String] {
        let p = SearchText.fold(prefix).trimmingWhitespace
        guard !p.isEmpty else { return [] }
        var exact: [String] = [], starts: [(String, String)] = [], words: [(String, String)] = []
        let upper = p.uppercased()
        for (code, name, folded) in foldedNames {
            if code == upper { exact.append(code); continue }
            if folded.hasPrefix(p) { starts.append((name, code)); continue }
            if folded.split(whereSeparator: { !$0.isLetter }).contains(where: { $0.hasPrefix(p) }) {
                words.append((name, code))
            }
        }
        let ordered = exact + (starts.sorted { $0.0 < $1.0 } + words.sorted { $0.0 < $1.0 }).map(\.1)
        return Array(ordered.prefix(limit))
    }

    /// The code whose name is `name` (case- and accent-insensitive), for input typed as a name.
    public static func code(named name: String) -> String? {
        let f = SearchText.fold(name).trimmingWhitespace
        return foldedNames.first { $0.2 == f }?.0
    }

    static let foldedNames: [(String, String, String)] =
        table.sorted { $0.key < $1.key }.map { ($0.key, $0.value, SearchText.fold($0.value)) }

    static let table: [String: String] = [
        "AD": "Andorra", "AE": "United Arab Emirates", "AF": "Afghanistan", "AG": "Antigua and Barbuda",
        "AI": "Anguilla", "AL": "Albania", "AM": "Armenia", "AO": "Angola", "AQ": "Antarctica",
        "AR": "Argentina", "AS": "American Samoa", "AT": "Austria", "AU": "Australia", "AW": "Aruba",
        "AX": "Åland Islands", "AZ": "Azerbaijan",
        "BA": "Bosnia and Herzegovina", "BB": "Barbados", "BD": "Bangladesh", "BE": "Belgium",
        "BF": "Burkina Faso", "BG": "Bulgaria", "BH": "Bahrain", "BI": "Burundi", "BJ": "Benin",
        "BL": "Saint Barthélemy", "BM": "Bermuda", "BN": "Brunei Darussalam", "BO": "Bolivia",
        "BQ": "Bonaire, Sint Eustatius and Saba", "BR": "Brazil", "BS": "Bahamas", "BT": "Bhutan",
        "BV": "Bouvet Island", "BW": "Botswana", "BY": "Belarus", "BZ": "Belize",
        "CA": "Canada", "CC": "Cocos (Keeling) Islands", "CD": "Congo (Democratic Republic)",
        "CF": "Central African Republic", "CG": "Congo", "CH": "Switzerland", "CI": "Côte d'Ivoire",
        "CK": "Cook Islands", "CL": "Chile", "CM": "Cameroon", "CN": "China", "CO": "Colombia",
        "CR": "Costa Rica", "CU": "Cuba", "CV": "Cabo Verde", "CW": "Curaçao", "CX": "Christmas Island",
        "CY": "Cyprus", "CZ": "Czechia",
        "DE": "Germany", "DJ": "Djibouti", "DK": "Denmark", "DM": "Dominica", "DO": "Dominican Republic",
        "DZ": "Algeria",
        "EC": "Ecuador", "EE": "Estonia", "EG": "Egypt", "EH": "Western Sahara", "ER": "Eritrea",
        "ES": "Spain", "ET": "Ethiopia",
        "FI": "Finland", "FJ": "Fiji", "FK": "Falkland Islands", "FM": "Micronesia",
        "FO": "Faroe Islands", "FR": "France",
        "GA": "Gabon", "GB": "United Kingdom", "GD": "Grenada", "GE": "Georgia", "GF": "French Guiana",
        "GG": "Guernsey", "GH": "Ghana", "GI": "Gibraltar", "GL": "Greenland", "GM": "Gambia",
        "GN": "Guinea", "GP": "Guadeloupe", "GQ": "Equatorial Guinea", "GR": "Greece",
        "GS": "South Georgia and the South Sandwich Islands", "GT": "Guatemala", "GU": "Guam",
        "GW": "Guinea-Bissau", "GY": "Guyana",
        "HK": "Hong Kong", "HM": "Heard Island and McDonald Islands", "HN": "Honduras", "HR": "Croatia",
        "HT": "Haiti", "HU": "Hungary",
        "ID": "Indonesia", "IE": "Ireland", "IL": "Israel", "IM": "Isle of Man", "IN": "India",
        "IO": "British Indian Ocean Territory", "IQ": "Iraq", "IR": "Iran", "IS": "Iceland", "IT": "Italy",
        "JE": "Jersey", "JM": "Jamaica", "JO": "Jordan", "JP": "Japan",
        "KE": "Kenya", "KG": "Kyrgyzstan", "KH": "Cambodia", "KI": "Kiribati", "KM": "Comoros",
        "KN": "Saint Kitts and Nevis", "KP": "North Korea", "KR": "South Korea", "KW": "Kuwait",
        "KY": "Cayman Islands", "KZ": "Kazakhstan",
        "LA": "Lao People's Democratic Republic", "LB": "Lebanon", "LC": "Saint Lucia",
        "LI": "Liechtenstein", "LK": "Sri Lanka", "LR": "Liberia", "LS": "Lesotho", "LT": "Lithuania",
        "LU": "Luxembourg", "LV": "Latvia", "LY": "Libya",
        "MA": "Morocco", "MC": "Monaco", "MD": "Moldova", "ME": "Montenegro",
        "MF": "Saint Martin (French part)", "MG": "Madagascar", "MH": "Marshall Islands",
        "MK": "North Macedonia", "ML": "Mali", "MM": "Myanmar", "MN": "Mongolia", "MO": "Macao",
        "MP": "Northern Mariana Islands", "MQ": "Martinique", "MR": "Mauritania", "MS": "Montserrat",
        "MT": "Malta", "MU": "Mauritius", "MV": "Maldives", "MW": "Malawi", "MX": "Mexico",
        "MY": "Malaysia", "MZ": "Mozambique",
        "NA": "Namibia", "NC": "New Caledonia", "NE": "Niger", "NF": "Norfolk Island", "NG": "Nigeria",
        "NI": "Nicaragua", "NL": "Netherlands", "NO": "Norway", "NP": "Nepal", "NR": "Nauru",
        "NU": "Niue", "NZ": "New Zealand",
        "OM": "Oman",
        "PA": "Panama", "PE": "Peru", "PF": "French Polynesia", "PG": "Papua New Guinea",
        "PH": "Philippines", "PK": "Pakistan", "PL": "Poland", "PM": "Saint Pierre and Miquelon",
        "PN": "Pitcairn", "PR": "Puerto Rico", "PS": "Palestine", "PT": "Portugal", "PW": "Palau",
        "PY": "Paraguay",
        "QA": "Qatar",
        "RE": "Réunion", "RO": "Romania", "RS": "Serbia", "RU": "Russian Federation", "RW": "Rwanda",
        "SA": "Saudi Arabia", "SB": "Solomon Islands", "SC": "Seychelles", "SD": "Sudan", "SE": "Sweden",
        "SG": "Singapore", "SH": "Saint Helena, Ascension and Tristan da Cunha", "SI": "Slovenia",
        "SJ": "Svalbard and Jan Mayen", "SK": "Slovakia", "SL": "Sierra Leone", "SM": "San Marino",
        "SN": "Senegal", "SO": "Somalia", "SR": "Suriname", "SS": "South Sudan",
        "ST": "Sao Tome and Principe", "SV": "El Salvador", "SX": "Sint Maarten (Dutch part)",
        "SY": "Syria", "SZ": "Eswatini",
        "TC": "Turks and Caicos Islands", "TD": "Chad", "TF": "French Southern Territories", "TG": "Togo",
        "TH": "Thailand", "TJ": "Tajikistan", "TK": "Tokelau", "TL": "Timor-Leste", "TM": "Turkmenistan",
        "TN": "Tunisia", "TO": "Tonga", "TR": "Turkey", "TT": "Trinidad and Tobago", "TV": "Tuvalu",
        "TW": "Taiwan", "TZ": "Tanzania",
        "UA": "Ukraine", "UG": "Uganda", "UM": "United States Minor Outlying Islands",
        "US": "United States", "UY": "Uruguay", "UZ": "Uzbekistan",
        "VA": "Holy See", "VC": "Saint Vincent and the Grenadines", "VE": "Venezuela",
        "VG": "Virgin Islands (British)", "VI": "Virgin Islands (U.S.)", "VN": "Viet Nam", "VU": "Vanuatu",
        "WF": "Wallis and Futuna", "WS": "Samoa",
        "YE": "Yemen", "YT": "Mayotte",
        "ZA": "South Africa", "ZM": "Zambia", "ZW": "Zimbabwe",
    ]
}
