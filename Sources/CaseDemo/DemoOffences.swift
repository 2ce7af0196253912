import CaseCore

/// Offences with the legislation a prosecutor writes on the indictment, and the kind of
/// sentence and ancillary order each crime type attracts.
enum DemoOffences {
    struct Offence: Sendable {
        let offence: String
        let legislation: String
        init(_ offence: String, _ legislation: String) { self.offence = offence; self.legislation = legislation }
    }

    static func offences(for crime: CrimeType) -> [Offence] {
        switch crime {
        case .drugTrafficking: [
            Offence("Conspiracy to supply a controlled drug of Class A", "Criminal Law Act 1977 s.1; Misuse of Drugs Act 1971 s.4(3)"),
            Offence("Being concerned in the supply of a controlled drug of Class A", "Misuse of Drugs Act 1971 s.4(3)(b)"),
            Offence("Fraudulent evasion of the prohibition on importation of a controlled drug of Class A", "Customs and Excise Management Act 1979 s.170(2)"),
            Offence("Possession of a controlled drug of Class A with intent to supply", "Misuse of Drugs Act 1971 s.5(3)"),
            Offence("Conspiracy to produce a controlled drug of Class B", "Criminal Law Act 1977 s.1; Misuse of Drugs Act 1971 s.4(2)"),
        ]
        case .firearmsTrafficking: [
            Offence("Possession of a prohibited firearm", "Firearms Act 1968 s.5(1)(aba)"),
            Offence("Possession of a firearm with intent to endanger life", "Firearms Act 1968 s.16"),
            Offence("Conspiracy to sell or transfer prohibited weapons", "Criminal Law Act 1977 s.1; Firearms Act 1968 s.5(2A)"),
            Offence("Possession of ammunition without a certificate", "Firearms Act 1968 s.1(1)(b)"),
            Offence("Fraudulent evasion of the prohibition on importation of firearms", "Customs and Excise Management Act 1979 s.170(2)"),
        ]
        case .organisedImmigrationCrime: [
            Offence("Conspiracy to assist unlawful immigration to a member state", "Criminal Law Act 1977 s.1; Immigration Act 1971 s.25"),
            Offence("Assisting unlawful immigration", "Immigration Act 1971 s.25"),
            Offence("Possession of an identity document with improper intention", "Identity Documents Act 2010 s.4"),
            Offence("Facilitating a breach of immigration law by a non-UK national", "Immigration Act 1971 s.25(1)"),
        ]
        case .humanTrafficking: [
            Offence("Arranging or facilitating the travel of another person with a view to exploitation", "Modern Slavery Act 2015 s.2"),
            Offence("Holding a person in slavery or servitude", "Modern Slavery Act 2015 s.1"),
            Offence("Requiring a person to perform forced or compulsory labour", "Modern Slavery Act 2015 s.1(1)(b)"),
            Offence("Trafficking for sexual exploitation", "Sexual Offences Act 2003 s.59A"),
            Offence("Controlling prostitution for gain", "Sexual Offences Act 2003 s.53"),
        ]
        case .childSexualExploitation: [
            Offence("Arranging or facilitating the commission of a child sex offence", "Sexual Offences Act 2003 s.14"),
            Offence("Causing or inciting child prostitution or pornography", "Sexual Offences Act 2003 s.48"),
            Offence("Making indecent photographs of children", "Protection of Children Act 1978 s.1(1)(a)"),
            Offence("Distributing indecent photographs of children", "Protection of Children Act 1978 s.1(1)(b)"),
        ]
        case .cyberCrime: [
            Offence("Unauthorised access to computer material with intent", "Computer Misuse Act 1990 s.2"),
            Offence("Unauthorised acts with intent to impair the operation of a computer", "Computer Misuse Act 1990 s.3"),
            Offence("Making, supplying or obtaining articles for use in computer misuse", "Computer Misuse Act 1990 s.3A"),
            Offence("Blackmail", "Theft Act 1968 s.21"),
        ]
        case .moneyLaundering: [
            Offence("Concealing, disguising, converting or transferring criminal property", "Proceeds of Crime Act 2002 s.327"),
            Offence("Entering into a money laundering arrangement", "Proceeds of Crime Act 2002 s.328"),
            Offence("Acquisition, use and possession of criminal property", "Proceeds of Crime Act 2002 s.329"),
            Offence("Conspiracy to convert criminal property", "Criminal Law Act 1977 s.1; Proceeds of Crime Act 2002 s.327"),
        ]
        case .organisedAcquisitiveCrime: [
            Offence("Conspiracy to commit burglary", "Criminal Law Act 1977 s.1; Theft Act 1968 s.9"),
            Offence("Conspiracy to rob", "Criminal Law Act 1977 s.1; Theft Act 1968 s.8"),
            Offence("Handling stolen goods", "Theft Act 1968 s.22"),
            Offence("Conspiracy to steal (high-value vehicles for export)", "Criminal Law Act 1977 s.1; Theft Act 1968 s.1"),
        ]
        case .fraud: [
            Offence("Fraud by false representation", "Fraud Act 2006 s.2"),
            Offence("Conspiracy to defraud", "Common law"),
            Offence("Possession of articles for use in fraud", "Fraud Act 2006 s.6"),
            Offence("Fraudulent evasion of VAT", "Value Added Tax Act 1994 s.72"),
            Offence("Cheating the public revenue", "Common law"),
        ]
        case .other: [
            Offence("Conveying a List A article into a prison", "Prison Act 1952 s.40B"),
            Offence("Perverting the course of justice", "Common law"),
            Offence("Participating in the activities of an organised crime group", "Serious Crime Act 2015 s.45"),
        ]
        }
    }

    /// The order a court most often makes on conviction for this kind of crime.
    static func signatureOrder(for crime: CrimeType) -> AncillaryOrderType {
        switch crime {
        case .drugTrafficking: .travelRestrictionOrder
        case .firearmsTrafficking, .organisedImmigrationCrime, .cyberCrime: .seriousCrimePreventionOrder
        case .humanTrafficking: .slaveryAndTraffickingPreventionOrder
        case .childSexualExploitation: .sexualOffencesPreventionOrder
        case .moneyLaundering: .financialReportingOrder
        case .fraud: .directorDisqualification
        case .organisedAcquisitiveCrime, .other: .other
        }
    }

    /// Usual custodial terms on conviction, in months.
    static func custodialRange(for crime: CrimeType) -> ClosedRange<Int> {
        switch crime {
        case .drugTrafficking: 30...240
        case .firearmsTrafficking: 60...216
        case .organisedImmigrationCrime: 18...120
        case .humanTrafficking: 36...240
        case .childSexualExploitation: 24...180
        case .cyberCrime: 12...96
        case .moneyLaundering: 12...120
        case .organisedAcquisitiveCrime: 18...132
        case .fraud: 12...156
        case .other: 6...72
        }
    }

    /// Crime types that often come with another (a drugs conspiracy laundering its cash).
    static func companion(of crime: CrimeType) -> [CrimeType] {
        switch crime {
        case .drugTrafficking: [.moneyLaundering, .firearmsTrafficking]
        case .firearmsTrafficking: [.drugTrafficking]
        case .organisedImmigrationCrime: [.humanTrafficking, .moneyLaundering]
        case .humanTrafficking: [.organisedImmigrationCrime, .moneyLaundering]
        case .childSexualExploitation: [.humanTrafficking, .cyberCrime]
        case .cyberCrime: [.fraud, .moneyLaundering]
        case .moneyLaundering: [.fraud, .drugTrafficking]
        case .organisedAcquisitiveCrime: [.moneyLaundering]
        case .fraud: [.moneyLaundering, .cyberCrime]
        case .other: [.drugTrafficking]
        }
    }

    static let sentenceWords = [
        "Concurrent on all counts", "Consecutive to the sentence for count 2", "Extended determinate sentence",
        "Reduced by one third for the early guilty plea", "Reduced by one quarter for the plea",
        "Total term after totality", "Starting point category 1 leading role",
    ]
    static let suspendedWords = [
        "Suspended for 2 years with 200 hours unpaid work", "Suspended for 18 months with a curfew",
        "Suspended for 2 years with a rehabilitation activity requirement",
    ]
}
