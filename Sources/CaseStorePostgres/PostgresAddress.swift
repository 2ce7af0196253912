import CaseCore
import Foundation

/// Where a PostgreSQL store is: `postgres://user@host:port/db?sslmode=…` (or `postgresql://`),
/// read the way libpq reads it so one address works in `psql` and in casedesk. A unix socket
/// is a host that starts with `/` (percent-encoded, or as `?host=/dir`). The password never
/// comes from the address: it is `$PGPASSWORD`, else the matching line of `~/.pgpass`
/// (`$PGPASSFILE`), so it never shows in a process list, a shell history or a log.
public struct PostgresAddress: Sendable, Equatable, CustomStringConvertible {
    public enum SSLMode: String, Sendable, CaseIterable { case disable, allow, prefer, require, verifyCA = "verify-ca", verifyFull = "verify-full" }

    public var user: String
    /// A host name, or the directory of a unix socket.
    public var host: String
    public var port: Int
    public var database: String
    public var sslMode: SSLMode
    /// The schema the tables are in, when not the database's default (`search_path`); one
    /// database may then hold several stores. Not part of the address text.
    public var schema: String?

    public var isUnixSocket: Bool { host.hasPrefix("/") }
    public var socketPath: String { host + "/.s.PGSQL.\(port)" }

    /// True for what `--store` or `$CASEDESK_STORE` names a server by.
    public static func isAddress(_ s: String) -> Bool { s.hasPrefix("postgres://") || s.hasPrefix("postgresql://") }

    /// The address with no password in it, for titles, errors and logs.
    public var description: String {
        let h = isUnixSocket ? "[\(host)]" : host
        return "postgres://\(user)@\(h):\(port)/\(database)" + (schema.map { " (schema \($0))" } ?? "")
    }

    /// An address as typed with any password in it replaced by `***`, for messages.
    public static func redacted(_ text: String) -> String {
        guard let scheme = text.range(of: "://") else { return text }
        let rest = text[scheme.upperBound...]
        let authorityEnd = rest.firstIndex(where: { "/?#".contains($0) }) ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        guard let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") else { return text }
        return String(text[..<colon]) + ":***" + String(text[at...])
    }

    public init(user: String, host: String, port: Int = 5432, database: String, sslMode: SSLMode = .prefer) {
        self.user = user; self.host = host; self.port = port; self.database = database; self.sslMode = sslMode
    }

    public struct Invalid: Error, CustomStringConvertible {
        public var description: String
    }

    /// Parses an address; missing parts come from `$PGUSER`, `$PGHOST`, `$PGPORT`,
    /// `$PGDATABASE`, `$PGSSLMODE` as in libpq, then from `$USER`, the socket in
    /// `/var/run/postgresql`, 5432 and the user's name.
    public init(parsing text: String, environment env: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard Self.isAddress(text), let comps = URLComponents(string: text) else {
            throw Invalid(description: "\(Self.redacted(text).prefix(80)) is not a postgres:// address (postgres://user@host:port/database)")
        }
        if comps.password != nil {
            throw Invalid(description: "the store address holds a password; put it in ~/.pgpass or $PGPASSWORD instead, so it never shows in a process list or a log")
        }
        var query: [String: String] = [:]
        for item in comps.queryItems ?? [] { query[item.name] = item.value ?? "" }
        let known: Set = ["sslmode", "host", "port", "user", "dbname"]
        if let unknown = query.keys.sorted().first(where: { !known.contains($0) }) {
            throw Invalid(description: "the store address has an unknown parameter '\(unknown)' (known: \(known.sorted().joined(separator: ", ")))")
        }
        func nonEmpty(_ s: String?) -> String? { s.flatMap { $0.isEmpty ? nil : $0 } }
        user = nonEmpty(query["user"]) ?? nonEmpty(comps.user) ?? nonEmpty(env["PGUSER"]) ?? nonEmpty(env["USER"]) ?? "postgres"
        host = nonEmpty(query["host"]) ?? nonEmpty(comps.host.flatMap { $0.removingPercentEncoding }) ?? nonEmpty(env["PGHOST"]) ?? "/var/run/postgresql"
        let portText = nonEmpty(query["port"]) ?? comps.port.map(String.init) ?? nonEmpty(env["PGPORT"]) ?? "5432"
        guard let p = Int(portText), (1...65535).contains(p) else {
            throw Invalid(description: "the store address has port '\(portText)', which is not a port number (1 to 65535)")
        }
        port = p
        let path = String(comps.path.drop(while: { $0 == "/" }))
        database = nonEmpty(query["dbname"]) ?? nonEmpty(path) ?? nonEmpty(env["PGDATABASE"]) ?? user
        let modeText = nonEmpty(query["sslmode"]) ?? nonEmpty(env["PGSSLMODE"]) ?? "prefer"
        guard let mode = SSLMode(rawValue: modeText) else {
            throw Invalid(description: "sslmode '\(modeText)' is not one of \(SSLMode.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        sslMode = mode
    }

    /// `$PGPASSWORD`, else the first matching line of the password file; nil for none (a
    /// server that trusts the socket, or peer authentication).
    public func password(environment env: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let p = env["PGPASSWORD"], !p.isEmpty { return p }
        let home = env["HOME"] ?? NSHomeDirectory()
        let file = env["PGPASSFILE"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.pgpass"
        // libpq ignores a password file others can read; so do we.
        guard let attrs = try? FileManager.default.attributesOfItem(atPath: file),
              let mode = attrs[.posixPermissions] as? Int, mode & 0o077 == 0,
              let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        return Self.pgpassLookup(text, host: isUnixSocket ? "localhost" : host, port: port, database: database, user: user)
    }

    /// The password of the first line of a `.pgpass` text that matches; `*` matches
    /// anything, `\:` and `\\` are a literal colon and backslash.
    static func pgpassLookup(_ text: String, host: String, port: Int, database: String, user: String) -> String? {
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            var fields: [String] = [], current = "", escaped = false
            for ch in line {
                if escaped { current.append(ch); escaped = false } else if ch == "\\" { escaped = true }
                else if ch == ":" && fields.count < 4 { fields.append(current); current = "" } else { current.append(ch) }
            }
            fields.append(current)
            guard fields.count == 5 else { continue }
            let wanted = [host, String(port), database, user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }
}
