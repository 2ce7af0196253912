/// The form of each part of a case, filled from the case (or empty for a new part). Field
/// keys are the JSON keys of `domain.md`; the values offered come from the vocabularies, the
/// store's units and people, and the ISO country list.
public enum CaseForms {
    /// The form for adding or editing `part`; nil when the part is not in the case.
    /// `takenIDs` are the ids a new case or request must not reuse.
    public static func form(for part: CasePart, in c: Case?, meta: StoreMeta?, takenIDs: Set<String> = []) -> EditForm? {
        switch part {
        case .case:
            return caseForm(c, meta: meta, takenIDs: takenIDs)
        case .defendant(let id):
            guard let c else { return nil }
            if id == nil { return defendantForm(nil, part: part) }
            guard let d = c.defendants.first(where: { $0.id == id }) else { return nil }
            return defendantForm(d, part: part)
        case .charge(let dID, let i):
            guard let d = c?.defendants.first(where: { $0.id == dID }) else { return nil }
            let x = i.flatMap { d.charges.indices.contains($0) ? d.charges[$0] : nil }
            if i != nil, x == nil { return nil }
            return EditForm(title: title(part, x == nil), part: part, operation: x == nil ? .add : .update, fields: [
                EditField("offence", "Offence", .text(required: true), text: x?.offence ?? ""),
                EditField("legislation", "Legislation", .text(required: false), text: x?.legislation ?? ""),
                EditField("count", "Count", .integer(required: false, range: 1...999), text: x?.count.map(String.init) ?? ""),
            ], anchor: x.map(PartAnchor.charge))
        case .ancillaryOrder(let dID, let i):
            guard let d = c?.defendants.first(where: { $0.id == dID }) else { return nil }
            let x = i.flatMap { d.ancillaryOrders.indices.contains($0) ? d.ancillaryOrders[$0] : nil }
            if i != nil, x == nil { return nil }
            return EditForm(title: title(part, x == nil), part: part, operation: x == nil ? .add : .update, fields: [
                EditField("type", "Type", .choice(Choice.of(AncillaryOrderType.self), required: true), text: x?.type.rawValue ?? ""),
                EditField("made", "Made", .date(required: true), text: x?.made.iso ?? ""),
                EditField("expires", "Expires", .date(required: false), text: x?.expires?.iso ?? ""),
            ], anchor: x.map(PartAnchor.order))
        case .confiscation(let dID):
            guard let d = c?.defendants.first(where: { $0.id == dID }) else { return nil }
            let x = d.confiscation
            func money(_ p: Int?) -> String { p.map(MoneyInput.editText(pence:)) ?? "" }
            return EditForm(title: title(part, x == nil), part: part, operation: x == nil ? .add : .update, fields: [
                EditField("stage", "Stage", .choice(Choice.of(ConfiscationStage.self), required: true), text: x?.stage.rawValue ?? ""),
                EditField("restraintDate", "Restraint date", .date(required: false), text: x?.restraintDate?.iso ?? ""),
                EditField("benefitPence", "Benefit (£)", .money, text: money(x?.benefitPence)),
                EditField("availablePence", "Available (£)", .money, text: money(x?.availablePence)),
                EditField("orderPence", "Order (£)", .money, text: money(x?.orderPence)),
                EditField("orderDate", "Order date", .date(required: false), text: x?.orderDate?.iso ?? ""),
                EditField("recoveredPence", "Recovered (£)", .money, text: money(x?.recoveredPence)),
                EditField("paymentDue", "Payment due", .date(required: false), text: x?.paymentDue?.iso ?? ""),
            ])
        case .hearing(let i):
            guard let c else { return nil }
            let x = i.flatMap { c.hearings.indices.contains($0) ? c.hearings[$0] : nil }
            if i != nil, x == nil { return nil }
            return EditForm(title: title(part, x == nil), part: part, operation: x == nil ? .add : .update, fields: [
                EditField("date", "Date", .date(required: true), text: x?.date.iso ?? ""),
                EditField("court", "Court", .text(required: true), text: x?.court ?? ""),
                EditField("type", "Type", .choice(Choice.of(HearingType.self), required: true), text: x?.type.rawValue ?? ""),
                EditField("note", "Note", .text(required: false), text: x?.note ?? ""),
            ], anchor: x.map(PartAnchor.hearing))
        case .request(let id):
            guard let c else { return nil }
            if id == nil { return requestForm(nil, in: c, meta: meta, takenIDs: takenIDs) }
            guard let r = c.requests.first(where: { $0.id == id }) else { return nil }
            return requestForm(r, in: c, meta: meta, takenIDs: takenIDs)
        case .chase(let rID, let i):
            guard let r = c?.requests.first(where: { $0.id == rID }) else { return nil }
            let chases = r.chases ?? []
            let x = i.flatMap { chases.indices.contains($0) ? chases[$0] : nil }
            if i != nil, x == nil { return nil }
            return EditForm(title: title(part, x == nil), part: part, operation: x == nil ? .add : .update, fields: [
                EditField("date", "Date", .date(required: true), text: x?.date.iso ?? "today"),
                EditField("by", "By", .choice(Choice.people(meta, keeping: x?.by), required: false), text: x?.by ?? ""),
                EditField("note", "Note", .text(required: false), text: x?.note ?? ""),
            ], anchor: x.map(PartAnchor.chase))
        case .note(let i):
            guard let c else { return nil }
            let x = i.flatMap { c.notes.indices.contains($0) ? c.notes[$0] : nil }
            if i != nil, x == nil { return nil }
            return EditForm(title: title(part, x == nil), part: part, operation: x == nil ? .add : .update, fields: [
                EditField("text", "Text", .longText(required: true), text: x?.text ?? ""),
            ], anchor: x.map(PartAnchor.note))
        case .custodyTimeLimit, .ctlExtension, .task:
            return deadlineForm(for: part, in: c, meta: meta)
        }
    }

    /// The confirmation-free edit that deletes `part` (the UI asks first).
    public static func deletion(of part: CasePart, in c: Case) -> CaseEdit? {
        guard let form = form(for: part, in: c, meta: nil), form.operation == .update else { return nil }
        return CaseEdit(part: part, operation: .delete, anchor: form.anchor)
    }

    static func title(_ part: CasePart, _ isNew: Bool) -> String {
        let n = part.name
        return isNew ? "Add " + (n.hasPrefix("new ") ? String(n.dropFirst(4)) : n) : "Edit " + n
    }

    static func caseForm(_ c: Case?, meta: StoreMeta?, takenIDs: Set<String>) -> EditForm {
        var fields: [EditField] = []
        if c == nil { fields.append(EditField("id", "Id", .text(required: true))) }
        fields += [
            EditField("title", "Title", .text(required: true), text: c?.title ?? ""),
            EditField("urn", "URN", .text(required: false), text: c?.urn ?? ""),
            EditField("unit", "Unit", .choice(Choice.units(meta, keeping: c?.unit), required: true), text: c?.unit ?? ""),
            EditField("lawyer", "Lawyer", .choice(Choice.people(meta, keeping: c?.lawyer), required: false), text: c?.lawyer ?? ""),
            EditField("caseworker", "Caseworker", .choice(Choice.people(meta, keeping: c?.caseworker), required: false), text: c?.caseworker ?? ""),
            EditField("crimeTypes", "Crime types", .choices(Choice.of(CrimeType.self), minimum: 1, open: false),
                      text: c?.crimeTypes.map(\.rawValue).joined(separator: ", ") ?? ""),
            EditField("status", "Status", .choice(Choice.of(CaseStatus.self), required: true), text: c?.status.rawValue ?? "preCharge"),
            EditField("sensitivity", "Marking", .choice(Choice.of(Sensitivity.self), required: true),
                      text: c?.sensitivity.rawValue ?? Sensitivity.official.rawValue),
            EditField("opened", "Opened", .date(required: true), text: c?.opened.iso ?? "today"),
            EditField("finalised", "Finalised", .date(required: false), text: c?.finalised?.iso ?? ""),
            EditField("summary", "Summary", .longText(required: false), text: c?.summary ?? ""),
        ]
        return EditForm(title: c.map { "Edit case \($0.id)" } ?? "Add case", part: .case,
                        operation: c == nil ? .add : .update, fields: fields, takenIDs: takenIDs)
    }

    static func defendantForm(_ d: Defendant?, part: CasePart) -> EditForm {
        EditForm(title: title(part, d == nil), part: part, operation: d == nil ? .add : .update, fields: [
            EditField("name", "Name", .text(required: true), text: d?.name ?? ""),
            EditField("dateOfBirth", "Date of birth", .date(required: false), text: d?.dateOfBirth?.iso ?? ""),
            EditField("nationality", "Nationality", .choice(Choice.countries(), required: false), text: d?.nationality ?? ""),
            EditField("custody", "Custody", .choice(Choice.of(Custody.self), required: true), text: d?.custody.rawValue ?? ""),
            EditField("remand", "Remand", .choice(Choice.of(Remand.self), required: false), text: d?.remand?.rawValue ?? ""),
            EditField("outcome.category", "Outcome", .choice(Choice.of(OutcomeCategory.self), required: false),
                      text: d?.outcome?.category.rawValue ?? ""),
            EditField("outcome.date", "Outcome date", .date(required: false), text: d?.outcome?.date.iso ?? ""),
            EditField("sentence.custodialMonths", "Custody (months)", .integer(required: false, range: 0...1200),
                      text: d?.sentence?.custodialMonths.map(String.init) ?? ""),
            EditField("sentence.suspended", "Suspended", .flag, text: d?.sentence?.suspended.map { $0 ? "yes" : "no" } ?? ""),
            EditField("sentence.description", "Sentence", .text(required: false), text: d?.sentence?.description ?? ""),
        ])
    }

    static func requestForm(_ r: InternationalRequest?, in c: Case, meta: StoreMeta?, takenIDs: Set<String>) -> EditForm {
        var fields: [EditField] = []
        if r == nil {
            let taken = Set(c.requests.map(\.id)).union(takenIDs)
            fields.append(EditField("id", "Id", .text(required: true), text: CaseEdit.nextID(prefix: "\(c.id)-R", taken: taken, from: c.requests.count + 1)))
        }
        let defendants = c.defendants.map { Choice(value: $0.id, label: $0.name) }
        let assistance = ["witnessStatement", "bankRecords", "searchAndSeizure", "restraint", "serviceOfDocuments",
                          "videoLink", "prisonerTransfer", "productionOrder", "other"].map { Choice(value: $0, label: $0) }
        let bases = ["bilateralTreaty", "untoc2000", "coe1959", "eu2000", "budapest2001", "strasbourg1990", "comity"]
            .map { Choice(value: $0, label: $0) }
        fields += [
            EditField("kind", "Kind", .choice(Choice.of(RequestKind.self), required: true), text: r?.kind.rawValue ?? "mla"),
            EditField("direction", "Direction", .choice(Choice.of(RequestDirection.self), required: true),
                      text: r?.direction.rawValue ?? "outgoing"),
            EditField("country", "Country", .choice(Choice.countries(), required: true), text: r?.country ?? ""),
            EditField("authority", "Authority", .text(required: false), text: r?.authority ?? ""),
            EditField("legalBasis", "Legal basis", .choice(bases, required: true), text: r?.legalBasis ?? ""),
            EditField("assistance", "Assistance", .choices(assistance, minimum: 0, open: true),
                      text: r?.assistance.joined(separator: ", ") ?? ""),
            EditField("urgent", "Urgent", .flag, text: (r?.urgent ?? false) ? "yes" : "no"),
            EditField("status", "Status", .choice(Choice.of(RequestStatus.self), required: true), text: r?.status.rawValue ?? "draft"),
            EditField("statusDate", "Status date", .date(required: false), text: "today"),
            EditField("statusNote", "Status note", .text(required: false)),
            EditField("sent", "Sent", .date(required: false), text: r?.sent?.iso ?? ""),
            EditField("due", "Due", .date(required: false), text: r?.due?.iso ?? ""),
        ]
        // With chases recorded, the last chase is theirs to say; without, it may be typed.
        if (r?.chases ?? []).isEmpty, r != nil {
            fields.append(EditField("lastChased", "Last chased", .date(required: false), text: r?.lastChased?.iso ?? ""))
        }
        fields += [
            EditField("liaison", "Liaison", .choice(Choice.people(meta, keeping: r?.liaison), required: false), text: r?.liaison ?? ""),
            EditField("defendant", "Defendant", .choice(defendants, required: false), text: r?.defendant ?? ""),
            EditField("note", "Note", .text(required: false), text: r?.note ?? ""),
        ]
        return EditForm(title: r.map { "Edit request \($0.id)" } ?? "Add request", part: .request(id: r?.id),
                        operation: r == nil ? .add : .update, fields: fields, takenIDs: takenIDs.union(c.requests.map(\.id)))
    }
}
