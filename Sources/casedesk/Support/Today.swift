import ArgumentParser
import CaseCore
import Foundation

/// "Today" for overdue, to-chase and next-hearing: the local calendar date (CaseCore's
/// `LocalClock`, as in the UI), or `--today` so a script or a test gets the same answer on any day.
enum Today {
    static func resolve(_ override: String?, clock: LocalClock = .system) -> Day {
        if let override, let day = Day(iso: override) { return day }
        return clock.today
    }

    static func validate(_ override: String?) throws {
        if let override, Day(iso: override) == nil {
            throw ValidationError("--today must be a date written YYYY-MM-DD, found \"\(override)\".")
        }
    }
}

/// Parses the spellings of a closed vocabulary given to an option, repeated or comma-separated
/// (`--status atTrial,awaitingTrial`), accepting any letter case.
enum VocabularyArgument {
    static func parse<V: Vocabulary>(_ values: [String], option: String, as type: V.Type = V.self) throws -> Set<V> {
        var out = Set<V>()
        for raw in values.flatMap({ $0.split(separator: ",") }) {
            let word = raw.trimmingSpaces
            guard let v = V.allCases.first(where: { $0.rawValue.lowercased() == word.lowercased() }) else {
                throw ValidationError("--\(option) \"\(word)\" is not one of: \(V.spellings.joined(separator: ", ")).")
            }
            out.insert(v)
        }
        return out
    }

    /// One value of a closed list given by its name, any case (`--sort due`).
    static func one<K: CaseIterable & RawRepresentable<String>>(_ text: String, option: String, as type: K.Type = K.self) throws -> K {
        guard let k = K.allCases.first(where: { $0.rawValue.lowercased() == text.lowercased() }) else {
            throw ValidationError("--\(option) \"\(text)\" is not one of: \(K.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        return k
    }

    /// Person ids (`--lawyer`), each one the store knows; a mistyped one is named with where
    /// it was looked for, instead of quietly matching nothing.
    static func people(_ values: [String], option: String, meta: StoreMeta, store: String) throws -> Set<String> {
        let ids = words(values)
        for id in ids.sorted() where meta.person(id) == nil {
            let known = meta.people.map(\.id).sorted()
            throw CLIError("--\(option) \"\(id)\": there is no such person in the store"
                           + (known.isEmpty ? " (it has no people)" : "; people: " + known.prefix(12).joined(separator: ", ")
                              + (known.count > 12 ? ", …" : "")), at: store)
        }
        return ids
    }

    static func words(_ values: [String]) -> Set<String> {
        Set(values.flatMap { $0.split(separator: ",") }.map { $0.trimmingSpaces }.filter { !$0.isEmpty })
    }
}
