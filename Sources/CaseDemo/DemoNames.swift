import CaseCore

/// Defendant names by nationality, as a prosecutor would see them on an indictment: accents,
/// diacritics and non-Latin scripts kept exactly as written, so the UI's width and search code
/// meet real text.
enum DemoNames {
    /// How a full name is written in the person's own convention.
    enum NameOrder: Sendable { case givenFamily, familyGiven, familyGivenJoined }

    struct Nationality: Sendable {
        let code: String
        let given: [String]
        let family: [String]
        let order: NameOrder
        init(_ code: String, _ given: [String], _ family: [String], order: NameOrder = .givenFamily) {
            self.code = code; self.given = given; self.family = family; self.order = order
        }
        func name(given g: String, family f: String) -> String {
            switch order {
            case .givenFamily: g + " " + f
            case .familyGiven: f + " " + g
            case .familyGivenJoined: f + g
            }
        }
    }

    static let british = Nationality("GB",
        ["Jamie", "Kyle", "Aaron", "Connor", "Liam", "Danielle", "Reece", "Callum", "Jordan", "Kelly",
         "Marcus", "Tyrone", "Priya", "Imran", "Siobhán", "Dean", "Lewis", "Rhys", "Chantelle", "Nathan"],
        ["Walsh", "Robinson", "Mitchell", "Clarke", "Doherty", "Okafor", "Sharma", "Hussain", "Evans",
         "McAllister", "Brennan", "O'Neill", "Campbell", "Ahmed", "Hughes", "Fletcher", "Barnes", "Pryce"])
    static let polish = Nationality("PL",
        ["Łukasz", "Paweł", "Michał", "Krzysztof", "Tomasz", "Agnieszka", "Grzegorz", "Małgorzata"],
        ["Wiśniewski", "Kowalczyk", "Wójcik", "Zieliński", "Dąbrowski", "Szymański", "Woźniak", "Kamińska"])
    static let albanian = Nationality("AL",
        ["Ardit", "Erion", "Besnik", "Gëzim", "Klodian", "Arbër", "Dritan", "Elira"],
        ["Hoxha", "Krasniqi", "Berisha", "Shehu", "Gashi", "Dervishi", "Çela", "Leka"])
    static let spanish = Nationality("ES",
        ["José", "Álvaro", "Íñigo", "Joaquín", "María José", "Sergio", "Begoña", "Ramón"],
        ["Álvarez", "Muñoz", "Fernández", "Gutiérrez", "Sánchez", "Peña", "Ibáñez", "Martín"])
    static let colombian = Nationality("CO",
        ["Andrés", "Julián", "Camilo", "Yesenia", "Hernán", "Édgar", "Luz Dary", "Wilmer"],
        ["Muñoz", "Restrepo", "Gómez", "Valencia", "Quiñones", "Córdoba", "Zapata", "Ospina"])
    static let vietnamese = Nationality("VN",
        ["Văn Minh", "Thị Lan", "Đức Anh", "Quốc Huy", "Thị Hương", "Văn Hùng", "Minh Tuấn"],
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng"], order: .familyGiven)
    static let greek = Nationality("GR",
        ["Αλέξανδρος", "Γιώργος", "Δημήτρης", "Νίκος", "Ελένη", "Κώστας"],
        ["Παπαδόπουλος", "Νικολάου", "Γεωργίου", "Οικονόμου", "Μαυρίδης", "Κωνσταντίνου"])
    static let ukrainian = Nationality("UA",
        ["Олег", "Андрій", "Сергій", "Наталія", "Дмитро", "Юлія"],
        ["Петренко", "Коваленко", "Шевченко", "Бондаренко", "Ткаченко", "Мельник"])
    static let chinese = Nationality("CN",
        ["伟", "芳", "强", "磊", "静", "军", "洋", "明"],
        ["王", "李", "张", "刘", "陈", "杨", "黄", "赵"], order: .familyGivenJoined)
    static let arabic = Nationality("AE",
        ["محمد", "أحمد", "خالد", "عمر", "يوسف", "فاطمة"],
        ["الحسن", "المنصوري", "الزعابي", "الكعبي", "الشامسي", "النعيمي"])
    static let romanian = Nationality("RO",
        ["Ionuț", "Ștefan", "Mădălina", "Răzvan", "Florin", "Andreea"],
        ["Popescu", "Ionescu", "Stănescu", "Dumitrașcu", "Munteanu", "Țurcanu"])
    static let turkish = Nationality("TR",
        ["Emre", "Şükrü", "Gökhan", "Ayşe", "Özgür", "İbrahim"],
        ["Yılmaz", "Öztürk", "Çelik", "Şahin", "Doğan", "Aydın"])
    static let nigerian = Nationality("NG",
        ["Chinedu", "Oluwaseun", "Emeka", "Ngozi", "Babatunde", "Ifeanyi"],
        ["Okonkwo", "Adeyemi", "Nwosu", "Balogun", "Eze", "Okafor"])
    static let jamaican = Nationality("JM",
        ["Delroy", "Andre", "Kemar", "Shanice", "Leroy", "Damion"],
        ["Campbell", "Brown", "Williams", "Thompson", "Reid", "Gayle"])
    static let dutch = Nationality("NL",
        ["Jeroen", "Sander", "Bram", "Joost", "Mirjam", "Ruud"],
        ["de Vries", "van Dijk", "Bakker", "Jansen", "van der Berg", "Smit"])
    static let irish = Nationality("IE",
        ["Seán", "Pádraig", "Ciarán", "Aoife", "Éamon", "Declan"],
        ["Ó Briain", "Mac Giolla", "Byrne", "Kinahan", "Ó Súilleabháin", "Murphy"])
    static let pakistani = Nationality("PK",
        ["Imran", "Asif", "Tariq", "Nadia", "Zubair", "Faisal"],
        ["Qureshi", "Chaudhry", "Malik", "Butt", "Rana", "Siddiqui"])
    static let lithuanian = Nationality("LT",
        ["Mindaugas", "Tomas", "Žydrūnas", "Rūta", "Darius", "Šarūnas"],
        ["Kazlauskas", "Jankauskas", "Petrauskas", "Žukauskas", "Vasiliauskas", "Šimkus"])
    static let german = Nationality("DE",
        ["Jürgen", "Björn", "Jörg", "Uwe", "Sören", "Käthe"],
        ["Müller", "Schäfer", "Groß", "Köhler", "Weiß", "Bäcker"])

    /// With weights roughly as often as each appears in organised-crime prosecutions.
    static let nationalities: [(Nationality, Int)] = [
        (british, 34), (albanian, 8), (polish, 5), (romanian, 5), (lithuanian, 4), (spanish, 3),
        (colombian, 3), (vietnamese, 5), (chinese, 3), (greek, 2), (ukrainian, 3), (arabic, 3),
        (turkish, 4), (nigerian, 4), (jamaican, 3), (dutch, 3), (irish, 3), (pakistani, 4), (german, 1),
    ]

    /// People of the store: staff names are British and Irish, as in a CPS unit.
    static let staffGiven = ["Sarah", "James", "Rachel", "David", "Helen", "Andrew", "Catherine", "Owen",
                             "Fiona", "Gareth", "Nisha", "Tom", "Bethan", "Kwame", "Joanna", "Raj",
                             "Siân", "Patrick", "Louise", "Chidi", "Eleanor", "Martin", "Aisling", "Hamza"]
    static let staffFamily = ["Hughes", "Whitfield", "Carter", "Osei", "Llewellyn", "Patel", "Doyle",
                              "Ferguson", "Kaur", "Nwachukwu", "Thornton", "Reilly", "Ashworth", "Bello",
                              "Pemberton", "Davies", "Rahman", "McKenna", "Gill", "Morgan", "Fitzgerald",
                              "Blackwood", "Iqbal", "Stewart"]
}
