/// One `key = value` line of the views file, read as the type its key wants. The case list's
/// views and the board's read their settings through it, so a value of the wrong type or a
/// word outside its vocabulary is refused with the same message in both.
struct TOMLSetting {
    let key: String
    let value: TOMLValue

    func string() throws(TOMLCursor.Failure) -> String {
        guard case .string(let s) = value else { throw .init(message: "\"\(key)\" must be a \"string\"") }
        return s
    }

    func strings() throws(TOMLCursor.Failure) -> [String] {
        guard case .strings(let a) = value else { throw .init(message: "\"\(key)\" must be a list of \"strings\" in [ ]") }
        return a
    }

    func bool() throws(TOMLCursor.Failure) -> Bool {
        guard case .bool(let b) = value else { throw .init(message: "\"\(key)\" must be true or false") }
        return b
    }

    /// The list's words of a vocabulary, each once, in the order written.
    func words<V: Vocabulary>(_ type: V.Type) throws(TOMLCursor.Failure) -> [V] {
        var out: [V] = []
        for s in try strings() {
            guard let w = V(rawValue: s) else {
                throw .init(message: "\"\(s)\" is not a \(key) (one of: \(V.spellings.joined(separator: ", ")))")
            }
            if !out.contains(w) { out.append(w) }
        }
        return out
    }
}
