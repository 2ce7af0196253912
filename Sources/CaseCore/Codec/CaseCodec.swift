import Foundation

/// Why a file could not be read: every problem found, each with its JSON path (and line and
/// column for a syntax error). Never just the first one.
public struct CaseFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var problems: [Problem]
    public init(problems: [Problem]) { self.problems = problems }
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// Model ⇄ JSON for the files of a store. Output is deterministic (see `JSONWriter`), and
/// keys this program does not know are kept in `extra` and written back.
public enum CaseCodec {
    // MARK: Cases

    /// Decodes a case file. `fileName` is the file's name without `.json`; the id must
    /// equal it. `file` names the file in problems. Warnings do not make decoding fail.
    public static func decode(data: Data, fileName: String?, file: String? = nil) throws(CaseFileError) -> Case {
        try decodeWithWarnings(data: data, fileName: fileName, file: file).case
    }

    public static func decodeWithWarnings(data: Data, fileName: String?, file: String? = nil)
        throws(CaseFileError) -> (case: Case, warnings: [Problem]) {
        let r: Result<(case: Case, warnings: [Problem]), CaseFileError> = data.withUnsafeBytes { raw in
            do throws(CaseFileError) {
                return .success(try decode(bytes: raw.bindMemory(to: UInt8.self), fileName: fileName, file: file))
            } catch { return .failure(error) }
        }
        return try r.get()
    }

    public static func decode(bytes: UnsafeBufferPointer<UInt8>, fileName: String?, file: String?)
        throws(CaseFileError) -> (case: Case, warnings: [Problem]) {
        let doc = try parse(bytes: bytes, file: file)
        return try decode(document: doc, fileName: fileName, file: file)
    }

    public static func decode(document doc: JSONDocument, fileName: String?, file: String?)
        throws(CaseFileError) -> (case: Case, warnings: [Problem]) {
        let cx = DecodeContext(file: file)
        cx.add(doc.duplicateKeys)
        let c = Case.decode(doc.value, cx, fileName: fileName)
        guard let c, !cx.hasErrors else { throw CaseFileError(problems: cx.problems) }
        // A file is damaged exactly when its case could not be saved: every rule of
        // `CaseValidator` on the value holds for a file too, even one the decoder does not
        // apply as it reads (the loader fuzz test found files that loaded but could not be
        // saved). Problems the decoder already reported are not repeated.
        let seen = Set(cx.problems.map { "\($0.path) \($0.message)" })
        cx.add(CaseValidator.valueProblems(of: c).filter { !seen.contains("\($0.path) \($0.message)") })
        guard !cx.hasErrors else { throw CaseFileError(problems: cx.problems) }
        return (c, cx.problems)
    }

    /// The pretty, deterministic file text of a case, ending in a newline.
    public static func encode(_ c: Case) -> Data { Data(encodeBytes(c)) }
    public static func encodeBytes(_ c: Case) -> [UInt8] { JSONWriter.pretty(c.toJSON(), order: ModelKeys.case) }

    /// The key order of a case document, for writing a `JSONValue` that holds one.
    public static var caseKeyOrder: KeyOrder { ModelKeys.case }

    // MARK: store.json

    public static func decodeMeta(data: Data, file: String? = nil) throws(CaseFileError) -> StoreMeta {
        try decodeDocument(data: data, file: file, StoreMeta.decode)
    }

    public static func encode(_ m: StoreMeta) -> Data { Data(JSONWriter.pretty(m.toJSON(), order: ModelKeys.storeMeta)) }

    // MARK: audit.jsonl

    /// `casedesk show --format json`: the protective marking, the case as stored and its audit
    /// trail, in one document.
    public static func encodeSheet(_ c: Case, audit: [AuditEntry]) -> Data {
        let order = KeyOrder(["marking", "case", "history"], children: ["case": ModelKeys.case, "history": ModelKeys.auditEntry])
        let doc: JSONValue = .object(["marking": .string(c.sensitivity.label), "case": c.toJSON(),
                                      "history": .array(audit.map { $0.toJSON() })])
        return Data(JSONWriter.pretty(doc, order: order))
    }

    /// One compact line, without the newline.
    public static func encodeLine(_ e: AuditEntry) -> Data { Data(JSONWriter.compact(e.toJSON(), order: ModelKeys.auditEntry)) }

    public static func decodeAuditLine(_ data: Data, file: String? = nil) throws(CaseFileError) -> AuditEntry {
        try decodeDocument(data: data, file: file, AuditEntry.decode)
    }

    // MARK: Parsing

    /// store.json and an audit line: parsed, decoded, and refused with every problem found
    /// (duplicate keys among them) when there is any.
    static func decodeDocument<T>(data: Data, file: String?, _ decode: (JSONValue, DecodeContext) -> T?) throws(CaseFileError) -> T {
        let doc = try parse(data: data, file: file)
        let cx = DecodeContext(file: file)
        cx.add(doc.duplicateKeys)
        guard let value = decode(doc.value, cx), !cx.hasErrors else { throw CaseFileError(problems: cx.problems) }
        return value
    }

    static func parse(data: Data, file: String?) throws(CaseFileError) -> JSONDocument {
        do throws(JSONSyntaxError) { return try JSONParser.parseDocument(data) } catch {
            throw CaseFileError(problems: [syntaxProblem(error, file: file)])
        }
    }

    static func parse(bytes: UnsafeBufferPointer<UInt8>, file: String?) throws(CaseFileError) -> JSONDocument {
        do throws(JSONSyntaxError) { return try JSONParser.parseDocument(bytes: bytes) } catch {
            throw CaseFileError(problems: [syntaxProblem(error, file: file)])
        }
    }

    static func syntaxProblem(_ e: JSONSyntaxError, file: String?) -> Problem {
        Problem(file: file, path: "$", line: e.line, column: e.column, message: e.message)
    }
}
