/// One field both users changed, where re-applying this user's edit on the other's version
/// would replace their value: both values, for the user to choose between.
public struct FieldConflict: Sendable, Equatable {
    /// A `FieldChange` path: `title`, `defendants[1].custody`.
    public var path: String
    /// Their value and this user's, compact JSON; nil when absent.
    public var theirs: String?
    public var mine: String?
}

/// Merging this user's edit into a version someone else saved first, field by field.
public enum FieldMerge {
    /// The fields changed both from `base` to `theirs` and from `base` to `mine` (this user's
    /// version) whose value in `merged` (the edit re-applied on theirs) is not theirs. A field
    /// both added to (two notes appended) keeps both and is not a conflict.
    public static func conflicts(base: Case, theirs: Case, mine: Case, merged: Case) -> [FieldConflict] {
        let b = base.toJSON(), t = theirs.toJSON(), m = merged.toJSON()
        let mineChanged = Set(FieldChange.between(b, mine.toJSON()).map(\.path))
        return FieldChange.between(b, t).compactMap { change in
            guard mineChanged.contains(change.path) else { return nil }
            let theirValue = value(at: change.path, in: t), mergedValue = value(at: change.path, in: m)
            guard theirValue != mergedValue else { return nil }
            return FieldConflict(path: change.path, theirs: theirValue.map(FieldChange.compact),
                                 mine: mergedValue.map(FieldChange.compact))
        }
    }

    /// `merged` with their value put back at each of `paths` (the fields where the user chose
    /// theirs). Throws the problems when the result is not a case.
    public static func keepingTheirs(_ paths: [String], theirs: Case, in merged: Case) throws(CaseFileError) -> Case {
        let t = theirs.toJSON()
        var m = merged.toJSON()
        for p in paths { set(value(at: p, in: t), at: steps(p), in: &m) }
        let cx = DecodeContext(file: nil)
        guard let c = Case.decode(m, cx, fileName: merged.id), !cx.hasErrors else { throw CaseFileError(problems: cx.problems) }
        return c
    }

    enum Step: Equatable { case key(String), index(Int) }

    /// `defendants[1].custody` → key defendants, index 1, key custody.
    static func steps(_ path: String) -> [Step] {
        var out: [Step] = []
        for part in path.split(separator: ".") {
            var rest = Substring(part)
            if let open = rest.firstIndex(of: "[") {
                if open > rest.startIndex { out.append(.key(String(rest[..<open]))) }
                rest = rest[open...]
                while rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
                    if let i = Int(rest[rest.index(after: rest.startIndex)..<close]) { out.append(.index(i)) }
                    rest = rest[rest.index(after: close)...]
                }
            } else {
                out.append(.key(String(rest)))
            }
        }
        return out
    }

    static func value(at path: String, in v: JSONValue) -> JSONValue? {
        var current: JSONValue? = v
        for step in steps(path) {
            switch (step, current) {
            case (.key(let k), .object(let o)?): current = o[k]
            case (.index(let i), .array(let a)?): current = a.indices.contains(i) ? a[i] : nil
            default: return nil
            }
        }
        return current
    }

    /// Puts `new` at `steps` (removes the key when nil); an array index out of range is left alone.
    static func set(_ new: JSONValue?, at steps: [Step], in v: inout JSONValue) {
        guard let first = steps.first else {
            if let new { v = new }
            return
        }
        let rest = Array(steps.dropFirst())
        switch (first, v) {
        case (.key(let k), .object(var o)):
            if rest.isEmpty {
                o[k] = new
            } else if var child = o[k] {
                set(new, at: rest, in: &child)
                o[k] = child
            }
            v = .object(o)
        case (.index(let i), .array(var a)) where a.indices.contains(i):
            if rest.isEmpty {
                if let new { a[i] = new }
            } else {
                set(new, at: rest, in: &a[i])
            }
            v = .array(a)
        default: break
        }
    }
}
