/// A problem in a theme file, naming the file and line so the user can fix it.
public struct ThemeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file (path or "built-in NAME").
    public var file: String
    /// 1-based line; 0 when the problem is not on one line (file missing, unreadable).
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
    }
}
