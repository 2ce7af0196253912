/// A form over one part of a case: its fields, and the edit they make once every field is
/// valid. Pure: the UI keeps one of these in its state, changes `fields[i].text` as keys
/// arrive, and asks for `edit` on Enter; nothing is saved while any problem remains.
public struct EditForm: Sendable, Equatable {
    public var title: String
    public var part: CasePart
    public var operation: CaseEdit.Operation
    public var fields: [EditField]
    public var anchor: PartAnchor?
    /// Ids the new part must not take (other defendants, other requests, other cases).
    public var takenIDs: Set<String>

    public init(title: String, part: CasePart, operation: CaseEdit.Operation, fields: [EditField],
                anchor: PartAnchor? = nil, takenIDs: Set<String> = []) {
        self.title = title; self.part = part; self.operation = operation; self.fields = fields
        self.anchor = anchor; self.takenIDs = takenIDs
    }

    public func index(of key: String) -> Int? { fields.firstIndex { $0.key == key } }
    public subscript(key: String) -> String? { index(of: key).map { fields[$0].text } }

    /// Every field's value, or every problem: each field's own, then the rules across fields.
    public func read(today: Day) -> Result<[String: FieldValue], FormProblems> {
        var values: [String: FieldValue] = [:], problems: [FieldProblem] = []
        for f in fields {
            switch f.read(today: today) {
            case .success(let v): values[f.key] = v
            case .failure(let p): problems.append(p)
            }
        }
        problems += FormRules.problems(part: part, operation: operation, values: values, fields: self, today: today)
        return problems.isEmpty ? .success(values) : .failure(FormProblems(problems))
    }

    /// The edit this form makes: all fields for a new part, the changed ones for an update.
    public func edit(today: Day) -> Result<CaseEdit, FormProblems> {
        if operation == .delete { return .success(CaseEdit(part: part, operation: .delete, anchor: anchor)) }
        switch read(today: today) {
        case .failure(let p): return .failure(p)
        case .success(let all):
            var values: [String: FieldValue] = [:]
            for f in fields where operation == .add || f.valueChanged(today: today) {
                values[f.key] = all[f.key] ?? FieldValue.none
            }
            // A status date or note means nothing without a change of status.
            if operation == .update, values["status"] == nil {
                values["statusDate"] = nil; values["statusNote"] = nil
            } else if operation == .update, values["status"] != nil {
                for k in ["statusDate", "statusNote"] { if let v = all[k] { values[k] = v } }
            }
            return .success(CaseEdit(part: part, operation: operation, values: values, anchor: anchor))
        }
    }

    /// The problems of the case an edit produced (from `CaseValidator` or a save), placed on
    /// the fields they concern when their JSON path falls inside this form's part.
    public func place(_ problems: [Problem], in c: Case) -> [FieldProblem] {
        let base = part.jsonPath(in: c)
        return problems.map { p in
            if let base, p.path.hasPrefix(base) {
                let rest = p.path.dropFirst(base.count).drop { $0 == "." }
                if let f = fields.first(where: { rest == $0.key || rest.hasPrefix($0.key + ".") || rest.hasPrefix($0.key + "[") }) {
                    return FieldProblem(key: f.key, message: "\(f.label) \(p.message)")
                }
            }
            return FieldProblem(key: nil, message: "\(p.path): \(p.message)")
        }
    }
}

/// Why a form cannot be saved yet: every problem, each at its field where it has one.
public struct FormProblems: Error, Sendable, Equatable {
    public var problems: [FieldProblem]
    public init(_ problems: [FieldProblem]) { self.problems = problems }
    /// The message shown at `key`, if any.
    public func message(for key: String) -> String? { problems.first { $0.key == key }?.message }
}
