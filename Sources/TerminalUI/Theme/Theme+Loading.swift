import Foundation

/// A theme an application compiles in, so that it works from any directory: its name and the
/// text of its file. TerminalUI has none of its own; the application passes its list to `load`
/// and `available` (CaseDesk's are CaseDeskUI's `BuiltinThemes`).
public struct BuiltinTheme: Sendable {
    public let name: String
    public let text: String
    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}

extension Theme {

    /// The user theme directory of the application `app`: $XDG_CONFIG_HOME/APP/themes, else
    /// ~/.config/APP/themes.
    public static func userThemeDirectory(app: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("\(app)/themes")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".config/\(app)/themes")
    }

    /// Where `load` looks for application `app`: its user theme directory (user themes override
    /// built-ins of the same name). Built-ins need no path: they are compiled in.
    public static func defaultSearchPaths(app: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> [URL] {
        userThemeDirectory(app: app, environment: environment).map { [$0] } ?? []
    }

    /// Parses theme text (format: Themes/README.md). Any problem gives the fallback theme and
    /// the list of problems, each naming `file` and the line.
    public static func parse(_ text: String, name: String, file: String) -> (Theme, [ThemeError]) {
        let (theme, errors) = ThemeParser.parse(text, name: name, file: file)
        return errors.isEmpty ? (theme, []) : (.fallback, errors)
    }

    /// The theme `name`: `NAME.toml` from the first of `searchPaths` that has it, else the
    /// application's built-in of that name (`builtins`). A broken or missing theme gives `Theme.fallback` and the errors
    /// (file and line), so the program starts anyway and can show what to fix.
    /// A name that is not a name (`isValidName`) is refused: `--theme ../../evil` or `:theme /tmp/x`
    /// must not load a file outside the theme directories (`load(file:)` is the explicit way).
    public static func load(named name: String, searchPaths: [URL], builtins: [BuiltinTheme] = []) -> (Theme, [ThemeError]) {
        guard isValidName(name) else {
            return (.fallback, [ThemeError(file: "theme", line: 0, message: nameProblem(name))])
        }
        let fileName = name.hasSuffix(".toml") ? name : name + ".toml"
        let baseName = String(fileName.dropLast(5))
        for dir in searchPaths {
            let url = dir.appendingPathComponent(fileName)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            return load(file: url, name: baseName)
        }
        if let builtin = builtins.first(where: { $0.name == baseName }) {
            return parse(builtin.text, name: baseName, file: "built-in \(baseName)")
        }
        let known = available(searchPaths: searchPaths, builtins: builtins).joined(separator: ", ")
        return (.fallback, [ThemeError(file: fileName, line: 0, message: "no theme named \"\(baseName)\" (available: \(known))")])
    }

    /// The theme in the file at `url`, given explicitly by the user (`--theme-file`): any
    /// path. Named after the file unless the file sets `name`.
    public static func load(file url: URL, name: String? = nil) -> (Theme, [ThemeError]) {
        let baseName = name ?? url.deletingPathExtension().lastPathComponent
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return (.fallback, [ThemeError(file: url.path, line: 0, message: "cannot read the theme file (check that it exists and its permissions)")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return (.fallback, [ThemeError(file: url.path, line: 0, message: "the theme file is not UTF-8 text")])
        }
        return parse(text, name: baseName, file: url.path)
    }

    /// A theme name: 1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit
    /// and never "..", optionally ending in ".toml". So a name can never be a path.
    public static func isValidName(_ name: String) -> Bool {
        let u = Array(name.utf8)
        guard (1...64).contains(u.count) else { return false }
        func alnum(_ c: UInt8) -> Bool { (48...57).contains(c) || (65...90).contains(c) || (97...122).contains(c) }
        guard alnum(u[0]), !name.contains("..") else { return false }
        return u.allSatisfy { alnum($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") }
    }

    static func nameProblem(_ name: String) -> String {
        "\"\(Sanitizer.visible(name))\" is not a theme name (letters, digits, '-', '_' or '.'); give a theme file outside the theme directory with --theme-file PATH"
    }

    /// Every theme name that `load` can find: `builtins` and *.toml in `searchPaths`, sorted.
    public static func available(searchPaths: [URL], builtins: [BuiltinTheme] = []) -> [String] {
        var names = Set(builtins.map(\.name))
        for dir in searchPaths {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            for f in files where f.hasSuffix(".toml") { names.insert(String(f.dropLast(5))) }
        }
        return names.sorted()
    }
}
