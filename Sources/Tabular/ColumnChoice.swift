/// The columns a user names (`--columns id,title`, a saved view): matched to a table's column
/// keys ignoring case, in the order given, each once.
public enum ColumnChoice {
    /// An unknown or missing column name; the message names it and lists the known keys.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// Indices into `keys` of the names in `values` (each value may hold several, comma-separated).
    public static func indices(_ values: [String], keys: [String], option: String = "--columns") throws(Failure) -> [Int] {
        let names = values.flatMap { $0.split(separator: ",") }.map { $0.trimmingSpaces }.filter { !$0.isEmpty }
        guard !names.isEmpty else {
            throw Failure(description: "\(option) names no column; columns: \(keys.joined(separator: ", ")).")
        }
        var chosen: [Int] = []
        for name in names {
            guard let i = keys.firstIndex(where: { $0.lowercased() == name.lowercased() }) else {
                throw Failure(description: "\(option): there is no column \"\(name)\"; columns: \(keys.joined(separator: ", ")).")
            }
            if !chosen.contains(i) { chosen.append(i) }
        }
        return chosen
    }
}

extension TextTable {
    /// The same rows with only these columns, in this order.
    public func selecting(_ indices: [Int]) -> TextTable {
        TextTable(indices.map { columns[$0] }, rows: rows.map { row in indices.map { row[$0] } })
    }
}

extension Substring {
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
