import CaseCore

/// Courts, foreign authorities and investigators: where the demo cases are heard and whom
/// their requests go to.
enum DemoPlaces {
    static let westminster = "Westminster Magistrates' Court"

    /// The Crown Courts a unit usually prosecutes in, and its magistrates' court for first appearances.
    static func courts(unit: String) -> (crown: [String], magistrates: String) {
        switch unit {
        case "OCD-LON", "SFU":
            (["Southwark Crown Court", "Woolwich Crown Court", "Central Criminal Court", "Snaresbrook Crown Court",
              "Kingston-upon-Thames Crown Court"], westminster)
        case "OCD-BHM", "CCU-WM":
            (["Birmingham Crown Court", "Wolverhampton Crown Court", "Warwick Crown Court", "Coventry Crown Court"],
             "Birmingham Magistrates' Court")
        case "OCD-NTH", "CCU-NW":
            (["Manchester Crown Court (Minshull Street)", "Manchester Crown Court (Crown Square)",
              "Liverpool Crown Court", "Preston Crown Court", "Bolton Crown Court"],
             "Manchester and Salford Magistrates' Court")
        case "CCU-YH":
            (["Leeds Crown Court", "Sheffield Crown Court", "Bradford Crown Court", "Hull Crown Court"],
             "Leeds Magistrates' Court")
        case "CCU-SE":
            (["Maidstone Crown Court", "Canterbury Crown Court", "Lewes Crown Court"], "Medway Magistrates' Court")
        case "CCU-WALES":
            (["Cardiff Crown Court", "Swansea Crown Court", "Newport Crown Court"], "Cardiff Magistrates' Court")
        default:
            (["Southwark Crown Court", "Isleworth Crown Court"], westminster)
        }
    }

    struct Country: Sendable {
        let code: String
        let authority: String
        let eu: Bool
        let councilOfEurope: Bool
        init(_ code: String, _ authority: String, eu: Bool = false, coe: Bool = false) {
            self.code = code; self.authority = authority; self.eu = eu; self.councilOfEurope = coe || eu
        }
    }

    /// The other states of requests, with the central authority or body that deals with them.
    static let countries: [(Country, Int)] = [
        (Country("ES", "Fiscalía General del Estado, Madrid", eu: true), 8),
        (Country("NL", "Landelijk Parket, Rotterdam", eu: true), 8),
        (Country("AL", "Ministria e Drejtësisë, Tirana", coe: true), 6),
        (Country("CO", "Fiscalía General de la Nación, Bogotá"), 4),
        (Country("PK", "Ministry of Interior, Islamabad"), 4),
        (Country("FR", "Bureau de l'entraide pénale internationale, Paris", eu: true), 4),
        (Country("DE", "Bundesamt für Justiz, Bonn", eu: true), 3),
        (Country("BE", "Parquet fédéral, Bruxelles", eu: true), 3),
        (Country("IE", "Central Authority for Mutual Assistance, Dublin", eu: true), 4),
        (Country("IT", "Ministero della Giustizia, Roma", eu: true), 2),
        (Country("PL", "Prokuratura Krajowa, Warszawa", eu: true), 4),
        (Country("RO", "Parchetul de pe lângă Înalta Curte de Casație și Justiție, București", eu: true), 4),
        (Country("TR", "Ministry of Justice, Ankara", coe: true), 3),
        (Country("JM", "Office of the Director of Public Prosecutions, Kingston"), 2),
        (Country("AE", "Ministry of Justice, Abu Dhabi"), 4),
        (Country("NG", "Federal Ministry of Justice, Abuja"), 2),
        (Country("VN", "Supreme People's Procuracy, Hà Nội"), 2),
        (Country("CN", "Ministry of Justice, Beijing"), 1),
        (Country("US", "Office of International Affairs, Department of Justice, Washington DC"), 3),
    ]

    static func country(_ code: String) -> Country? { countries.first { $0.0.code == code }?.0 }

    /// The liaison prosecutors abroad: (person id, name, post, country).
    static let liaisonPosts: [(id: String, name: String, post: String, country: String)] = [
        ("lp.madrid", "Elena Whitcombe", "Madrid", "ES"),
        ("lp.thehague", "Marcus Adebayo", "The Hague", "NL"),
        ("lp.tirana", "Bethany Rhodes", "Tirana", "AL"),
        ("lp.bogota", "Daniel Ocampo-Reyes", "Bogotá", "CO"),
        ("lp.islamabad", "Ayesha Mirza", "Islamabad", "PK"),
        ("lp.paris", "Hugh Ferrier", "Paris", "FR"),
        ("lp.washington", "Claire Donnelly", "Washington DC", "US"),
    ]

    static let agencies = [
        "the National Crime Agency", "HM Revenue & Customs", "the Metropolitan Police Service",
        "the North West Regional Organised Crime Unit (TITAN)", "the West Midlands ROCU",
        "the South East Regional Organised Crime Unit", "Border Force", "the Gangmasters and Labour Abuse Authority",
        "Merseyside Police", "West Yorkshire Police", "the City of London Police", "the Eastern Region Special Operations Unit",
    ]

    static let operationWords = [
        "Kestrel", "Peregrine", "Merlin", "Osprey", "Heron", "Bittern", "Curlew", "Lapwing", "Nightjar",
        "Skylark", "Wagtail", "Whimbrel", "Avocet", "Dunlin", "Plover", "Sandpiper", "Shrike", "Siskin",
        "Redstart", "Goldcrest", "Fieldfare", "Redwing", "Kittiwake", "Fulmar", "Gannet", "Shearwater",
        "Corncrake", "Dotterel", "Ptarmigan", "Capercaillie", "Hobby", "Goshawk", "Harrier", "Buzzard",
        "Linnet", "Yellowhammer", "Bunting", "Stonechat", "Whinchat", "Wheatear", "Nuthatch", "Treecreeper",
        "Granite", "Basalt", "Obsidian", "Quartz", "Feldspar", "Gneiss", "Jasper", "Onyx", "Cobalt",
        "Tungsten", "Bismuth", "Antimony", "Hawthorn", "Blackthorn", "Rowan", "Alder", "Hornbeam", "Larch",
        "Juniper", "Yew", "Sycamore", "Wych", "Aspen", "Severn", "Trent", "Tamar", "Wye", "Tyne", "Mersey",
        "Ribble", "Avon", "Ouse", "Derwent", "Calder", "Aire", "Nene", "Medway", "Teviot", "Orion",
        "Vega", "Sirius", "Rigel", "Altair", "Deneb", "Castor", "Pollux", "Lyra", "Draco", "Cygnus",
        "Tarn", "Fell", "Scree", "Moraine", "Cairn", "Corrie", "Esker", "Drumlin", "Bracken", "Heather",
        "Sorrel", "Tansy", "Yarrow", "Vervain", "Mallow", "Campion", "Teasel", "Burdock", "Nettle",
    ]

    static let romanPhases = ["", " II", " III", " IV", " V", " VI", " VII", " VIII", " IX", " X"]

    /// Police force codes and station letters for URNs (`01YE1234519`).
    static let forceCodes = ["01", "20", "06", "05", "13", "62", "46", "14", "03", "42"]
    static let stationLetters = ["YE", "MP", "KD", "ZA", "NC", "GB", "TC", "WD", "LV", "BM"]
}
