import CaseCore
import Foundation
import Logging
import PostgresNIO

/// The bridge from the synchronous `CaseStore` to postgres-nio: a dedicated event loop
/// group (never the Swift concurrency pool) and a few pooled connections, used through
/// EventLoopFuture and `wait()`. A caller blocks its own thread only, never an event loop
/// and never a cooperative thread the driver would need, so no call can deadlock another.
final class PostgresConnector: Sendable {
    let address: PostgresAddress
    private let group: MultiThreadedEventLoopGroup
    private let configuration: PostgresConnection.Configuration
    private let idle = Mutex<[PostgresConnection]>([])
    private let nextID = Mutex(0)
    static let logger = Logger(label: "casedesk.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
    /// Connections kept open between calls; more may be open during a burst.
    private let keep = 4

    init(address: PostgresAddress, password: String?) throws {
        self.address = address
        var config: PostgresConnection.Configuration
        if address.isUnixSocket {
            config = .init(unixSocketPath: address.socketPath, username: address.user, password: password, database: address.database)
        } else {
            config = .init(host: address.host, port: address.port, username: address.user, password: password,
                           database: address.database, tls: try Self.tls(address.sslMode))
        }
        config.options.connectTimeout = .seconds(5)
        if let schema = address.schema { config.options.additionalStartupParameters = [("search_path", schema)] }
        configuration = config
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    }

    deinit {
        for c in idle.withLock({ $0 }) { Self.discard(c) }
        group.shutdownGracefully { _ in }
    }

    /// libpq's modes: `disable` never, `allow`/`prefer` when the server offers it, `require`
    /// always without checking the certificate, `verify-ca`/`verify-full` always, checked.
    static func tls(_ mode: PostgresAddress.SSLMode) throws -> PostgresConnection.Configuration.TLS {
        var tls = TLSConfiguration.makeClientConfiguration()
        switch mode {
        case .disable: return .disable
        case .allow, .prefer, .require: tls.certificateVerification = .none
        case .verifyCA: tls.certificateVerification = .noHostnameVerification
        case .verifyFull: tls.certificateVerification = .fullVerification
        }
        let context = try NIOSSLContext(configuration: tls)
        return mode == .allow || mode == .prefer ? .prefer(context) : .require(context)
    }

    /// Runs `body` on a pooled connection (a new one if none is idle); a connection that
    /// failed is closed rather than pooled again.
    ///
    /// A pooled connection can be dead without this process knowing yet: its backend was
    /// terminated (a restart, a failover, `pg_terminate_backend`) and the event loop has not
    /// read the news when the next call takes it. When the first statement on such a
    /// connection fails because the connection is gone, nothing was done on the server (a
    /// body's first statement is a read or `BEGIN`), so the call is made again, once, on a new
    /// connection, and the other idle connections of the same age are let go. A failure on a
    /// new connection, or after a statement was answered, is the caller's to hear.
    func withConnection<T>(_ body: (Session) throws -> T) throws -> T {
        let (connection, pooled) = try checkOut()
        let session = Session(connection: connection, address: address)
        do {
            return try run(body, session)
        } catch {
            guard pooled, session.lostBeforeUse else { throw error }
            for c in idle.withLock({ list in defer { list = [] }; return list }) { Self.discard(c) }
            return try run(body, Session(connection: try connect(), address: address))
        }
    }

    private func run<T>(_ body: (Session) throws -> T, _ session: Session) throws -> T {
        let connection = session.connection
        do {
            let result = try body(session)
            checkIn(connection)
            return result
        } catch {
            if session.inTransaction || session.lostBeforeUse || connection.isClosed { Self.discard(connection) } else { checkIn(connection) }
            throw error
        }
    }

    /// One transaction: committed when `body` returns, rolled back when it throws.
    func transaction<T>(_ body: (Session) throws -> T) throws -> T {
        try withConnection { s in
            try s.execute("BEGIN")
            s.inTransaction = true
            let result: T
            do { result = try body(s) } catch {
                _ = try? s.execute("ROLLBACK")
                s.inTransaction = false
                throw error
            }
            try s.execute("COMMIT")
            s.inTransaction = false
            return result
        }
    }

    /// A connection of its own (for LISTEN), not pooled.
    func connect() throws -> PostgresConnection {
        let id = nextID.withLock { n in n += 1; return n }
        do {
            return try PostgresConnection.connect(on: group.next(), configuration: configuration, id: id,
                                                  logger: Self.logger).wait()
        } catch {
            throw PostgresFailure.translate(error, address: address)
        }
    }

    /// A connection, and whether it came from the pool (it may have died unnoticed).
    private func checkOut() throws -> (PostgresConnection, pooled: Bool) {
        while let c = idle.withLock({ $0.popLast() }) {
            if !c.isClosed { return (c, true) }
        }
        return (try connect(), false)
    }

    /// The event loop the connections run on (tests hold it still to play a drop not yet heard of).
    var eventLoop: any EventLoop { group.next() }

    private func checkIn(_ c: PostgresConnection) {
        guard !c.isClosed else { return }
        let kept = idle.withLock { list in
            guard list.count < keep else { return false }
            list.append(c); return true
        }
        if !kept { Self.discard(c) }
    }

    /// Closes a connection, keeping it alive until it is closed (postgres-nio asserts that a
    /// connection is closed before it goes away).
    static func discard(_ c: PostgresConnection) {
        c.close().whenComplete { _ in withExtendedLifetime(c) {} }
    }

    /// Statements on one checked-out connection.
    final class Session {
        let connection: PostgresConnection
        let address: PostgresAddress
        var inTransaction = false
        /// The first statement failed because the connection was gone: nothing reached the server.
        private(set) var lostBeforeUse = false
        private var used = false
        init(connection: PostgresConnection, address: PostgresAddress) { self.connection = connection; self.address = address }

        @discardableResult
        func query(_ q: PostgresQuery) throws -> PostgresQueryResult {
            try call { try connection.query(q, logger: PostgresConnector.logger).wait() }
        }

        /// Streams the rows to `onRow` on the event loop thread as they arrive.
        func stream(_ q: PostgresQuery, _ onRow: @escaping @Sendable (PostgresRow) throws -> Void) throws {
            _ = try call { try connection.query(q, logger: PostgresConnector.logger, onRow).wait() }
        }

        private func call<R>(_ statement: () throws -> R) throws -> R {
            defer { used = true }
            do { return try statement() } catch {
                let failure = PostgresFailure.translate(error, address: address)
                if !used, (failure as? PostgresFailure)?.isConnection == true { lostBeforeUse = true }
                throw failure
            }
        }

        /// Runs SQL text of one or more statements, one after another (postgres-nio speaks only
        /// the extended protocol, one statement a message), no parameters.
        func execute(_ sql: String) throws {
            for statement in Self.statements(sql) { try query(PostgresQuery(unsafeSQL: statement)) }
        }

        /// SQL text split at the semicolons that end statements: not those in quotes, in
        /// `$$` bodies or in `--` comments.
        static func statements(_ sql: String) -> [String] {
            var out: [String] = [], current = ""
            var quote = false, dollar = false, comment = false
            var previous: Character = " "
            for ch in sql {
                if comment {
                    if ch == "\n" { comment = false }
                } else if quote {
                    if ch == "'" { quote = false }
                } else if dollar {
                    if ch == "$" && previous == "$" { dollar = false; previous = " "; current.append(ch); continue }
                } else if ch == "-" && previous == "-" {
                    comment = true
                } else if ch == "'" {
                    quote = true
                } else if ch == "$" && previous == "$" {
                    dollar = true; previous = " "; current.append(ch); continue
                } else if ch == ";" {
                    let s = current.trimmingCharacters(in: .whitespacesAndNewlines)
                    if !s.isEmpty { out.append(s) }
                    current = ""; previous = " "
                    continue
                }
                current.append(ch)
                previous = ch
            }
            let s = current.trimmingCharacters(in: .whitespacesAndNewlines)
            if !s.isEmpty && !s.split(separator: "\n").allSatisfy({ $0.trimmingCharacters(in: .whitespaces).hasPrefix("--") }) { out.append(s) }
            return out
        }
    }
}

/// A small lock-protected value (Synchronization.Mutex needs macOS 15; this builds on 13).
final class Mutex<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value
    init(_ value: Value) { self.value = value }
    func withLock<T>(_ body: (inout Value) throws -> T) rethrows -> T {
        lock.lock(); defer { lock.unlock() }
        return try body(&value)
    }
}
