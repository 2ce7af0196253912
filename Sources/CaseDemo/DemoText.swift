import CaseCore

/// The free text of demo cases: summaries, notes and request notes, in the words of the
/// CPS and FCO pages in `seeds/` (organised crime groups, pro-active MLA, restraint).
enum DemoText {
    static func summary(crime: CrimeType, agency: String, country: String, defendants: Int,
                        rng: inout DemoRandom) -> String {
        let group = "an organised crime group of \(defendants) or more"
        let lead: String
        switch crime {
        case .drugTrafficking:
            let kg = rng.int(4...180)
            let route = rng.pick(["concealed in banana shipments through the Port of Felixstowe",
                                  "in refrigerated lorries through Dover", "in a yacht landing on the Cornish coast",
                                  "in container loads of timber through Tilbury", "by courier flights into Heathrow"])
            lead = "Investigation by \(agency) into \(group) importing \(kg) kg of cocaine \(route) and distributing it to county lines networks. The drugs were sourced through contacts in \(country)."
        case .firearmsTrafficking:
            let n = rng.int(3...40)
            lead = "Investigation by \(agency) into the importation and conversion of \(n) blank-firing pistols bought in \(country) and sold to street gangs; a criminal armourer converted them in a lock-up garage."
        case .organisedImmigrationCrime:
            let n = rng.int(12...300)
            lead = "Investigation by \(agency) into \(group) that moved at least \(n) migrants into the UK in lorries and small boats, with safe houses in \(country) and false identity documents."
        case .humanTrafficking:
            let n = rng.int(4...60)
            lead = "Investigation by \(agency) into the trafficking of \(n) victims recruited in \(country) with promises of work, then held in debt bondage in car washes and nail bars. Victims were referred through the National Referral Mechanism."
        case .childSexualExploitation:
            lead = "Investigation by \(agency) into the online sexual exploitation of children, with live-streamed abuse paid for from the UK and organised from \(country). Victims are safeguarded; special measures applications are made."
        case .cyberCrime:
            let n = rng.int(2...90) * 1000
            lead = "Investigation by \(agency) into a ransomware and phishing operation that compromised \(n) accounts; servers were hosted in \(country) and preserved under the Budapest Convention."
        case .moneyLaundering:
            let m = rng.int(2...95)
            lead = "Investigation by \(agency) into a money-laundering network that moved £\(m) million of criminal cash through money service bureaux and shell companies, with accounts in \(country)."
        case .organisedAcquisitiveCrime:
            let n = rng.int(20...160)
            lead = "Investigation by \(agency) into \(group) that stole \(n) high-value cars by keyless relay theft and shipped them in containers to \(country)."
        case .fraud:
            let m = rng.int(1...60)
            lead = "Investigation by \(agency) into a boiler-room investment fraud of £\(m) million against elderly victims, with the proceeds moved to \(country)."
        case .other:
            lead = "Investigation by \(agency) into the corruption of prison officers to convey phones and drugs into prison for \(group), with payments routed through \(country)."
        }
        let tail = rng.pick([
            " EncroChat material is relied on; admissibility is challenged.",
            " The evidence is largely telephone attribution and cell-site analysis.",
            " Restraint was sought at the outset to preserve assets for confiscation.",
            " Witnesses are anonymous under the Coroners and Justice Act 2009.",
            " Evidence from abroad is sought by letter of request; the liaison prosecutor is assisting.",
            " Surveillance and ANPR evidence link the defendants to the main address.",
        ])
        return lead + tail
    }

    static let caseNotes = [
        "Counsel instructed; advice on evidence requested before the PTPH.",
        "Disclosure: MG6C updated after review of the phone downloads; unused material served.",
        "Defence served a defence statement raising duress; reasonable lines of enquiry sent to the OIC.",
        "Case conference with the NCA and counsel: indictment to be amended to add a conspiracy count.",
        "Restraint order served on two banks; a property in Salford and three vehicles restrained.",
        "Victim personal statements obtained; special measures granted for two witnesses.",
        "Liaison prosecutor reports the requested state has the letter of request and has allocated a judge.",
        "Prosecution team to consider an SCPO application at sentence; draft terms prepared.",
        "Confiscation timetable set: section 16 statement due in eight weeks.",
        "Defendant's solicitors indicate a basis of plea; not accepted as drafted.",
        "Custody time limits reviewed; extension application to be made before expiry.",
        "Interpreter booked for the trial (Albanian, Vietnamese and Polish).",
    ]

    static let chaseNotes = [
        "Called the central authority; they confirm receipt and will allocate it this week.",
        "Email to the liaison prosecutor asking for an update on execution.",
        "Liaison prosecutor visited the prosecutor's office; bank records expected within a month.",
        "Chased by letter; partial material promised by the end of the month.",
        "Video call with the executing judge; witness hearing fixed.",
        "Reminder sent: trial date is approaching and the evidence is needed for service.",
    ]

    static let requestNotes = [
        "Letter of request drafted with counsel; translation into the official language requested.",
        "Urgent: custody time limits run in three months.",
        "Requested state asks for dual criminality to be explained for the money-laundering count.",
        "Execution split between two regional prosecutors' offices.",
        "Material received in part; the remaining bank records are under a separate order.",
    ]

    static let statusNotes: [RequestStatus: [String]] = [
        .sent: ["Sent through the UK Central Authority", "Sent direct to the executing authority"],
        .acknowledged: ["Receipt acknowledged; reference number given", "Acknowledged by the central authority"],
        .inExecution: ["Allocated to an investigating judge", "Execution begun; witnesses summonsed"],
        .partiallyExecuted: ["First tranche of material received", "Statements received; bank records outstanding"],
        .executed: ["All material received", "Executed in full; evidence served"],
        .refused: ["Refused: dual criminality not met", "Refused on grounds of national interest"],
        .withdrawn: ["Withdrawn: evidence no longer needed after guilty pleas", "Withdrawn and replaced by an EIO"],
    ]
}
