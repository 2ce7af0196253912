import Foundation

/// A file of whole cases for `casedesk export` and `import`:
/// `{"format": "casedesk-bundle", "schemaVersion": 1, "exported": timestamp, "cases": [Case],
/// "leftOut": [{"id", "problem"}]}`; `leftOut` names the case files the export could not read
/// (absent when there were none), so a bundle never passes for the whole store when it is not.
/// Decoding reports every problem of every case, at paths such as `$.cases[3].defendants[0].id`.
/// `BundleWriter` streams the same document from a store.
public struct CaseBundle: Sendable, Equatable {
    public static let format = "casedesk-bundle"
    public static let currentSchemaVersion = 1

    /// A case the export had to leave out, and why.
    public struct LeftOut: Sendable, Equatable {
        public var id: String
        public var problem: String
        public init(id: String, problem: String) { self.id = id; self.problem = problem }

        public func toJSON() -> JSONValue { .object(["id": .string(id), "problem": .string(problem)]) }
    }

    public var exported: Timestamp
    public var cases: [Case]
    public var leftOut: [LeftOut]
    public var extra: UnknownKeys

    public init(exported: Timestamp, cases: [Case], leftOut: [LeftOut] = [], extra: UnknownKeys = [:]) {
        self.exported = exported; self.cases = cases; self.leftOut = leftOut; self.extra = extra
    }

    public func toJSON() -> JSONValue {
        var o = extra
        o.put("format", CaseBundle.format)
        o.put("schemaVersion", CaseBundle.currentSchemaVersion)
        o.put("exported", exported)
        o["cases"] = .array(cases.map { $0.toJSON() })
        if !leftOut.isEmpty { o["leftOut"] = .array(leftOut.map { $0.toJSON() }) }
        return .object(o)
    }

    public func encode() -> Data { Data(JSONWriter.pretty(toJSON(), order: ModelKeys.bundle)) }

    public static func decode(data: Data, file: String? = nil) throws(CaseFileError) -> CaseBundle {
        let doc = try CaseCodec.parse(data: data, file: file)
        let cx = DecodeContext(file: file)
        cx.add(doc.duplicateKeys)
        guard let o = cx.object(doc.value, what: "a case bundle") else { throw CaseFileError(problems: cx.problems) }
        if let f = cx.string(o, "format"), f != format {
            cx.problem("expected \"\(format)\", found \"\(f)\"", key: "format")
        }
        if let v = cx.int(o, "schemaVersion", minimum: 1), v > currentSchemaVersion {
            cx.problem("schemaVersion \(v) is newer than this program knows (\(currentSchemaVersion)); use a newer casedesk",
                       key: "schemaVersion")
            throw CaseFileError(problems: cx.problems)
        }
        let exported = cx.timestamp(o, "exported")
        let cases = cx.array(o, "cases", required: true) { Case.decode($0, cx, fileName: nil) }
        cx.add(CaseChecks.duplicates(Case.rawIDs(o["cases"]), what: "case id", path: cx.pathString("cases")))
        let leftOut = cx.array(o, "leftOut", required: false) { v -> LeftOut? in
            guard let e = cx.object(v, what: "a case left out"), let id = cx.string(e, "id"),
                  let problem = cx.string(e, "problem") else { return nil }
            return LeftOut(id: id, problem: problem)
        }
        guard let exported, let cases, !cx.hasErrors else { throw CaseFileError(problems: cx.problems) }
        return CaseBundle(exported: exported, cases: cases, leftOut: leftOut ?? [],
                          extra: cx.extra(o, known: ModelKeys.bundle))
    }
}
