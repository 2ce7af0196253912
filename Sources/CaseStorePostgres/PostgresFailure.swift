import CaseCore
import Foundation
import PostgresNIO

/// A server or connection failure in one sentence. postgres-nio's own errors describe
/// themselves generically on purpose (they may hold query data); this keeps the server's
/// message and SQLSTATE, which name what went wrong, and never a password.
public struct PostgresFailure: Error, Equatable, CustomStringConvertible {
    /// The SQLSTATE, when the server answered (e.g. 42501 for a refused permission).
    public var sqlState: String?
    public var message: String
    /// The connection was lost or never made: the store is unreachable rather than wrong.
    public var isConnection: Bool

    public var description: String { message }

    static func translate(_ error: any Error, address: PostgresAddress?) -> any Error {
        if error is StoreError || error is PostgresFailure { return error }
        let place = address.map { " (\($0))" } ?? ""
        if let e = error as? PSQLError {
            if let info = e.serverInfo, let text = info[.message] {
                let detail = info[.detail].map { " (\($0))" } ?? ""
                let state = info[.sqlState]
                // 57P01-57P03: the server is shutting down or was told to end this backend.
                let connection = state?.hasPrefix("08") == true || state?.hasPrefix("28") == true || state == "3D000"
                    || state?.hasPrefix("57P") == true
                return PostgresFailure(sqlState: state, message: "the PostgreSQL server refused\(place): \(text)\(detail)",
                                       isConnection: connection)
            }
            let underlying = e.underlying.map { ": \($0)" } ?? ""
            switch e.code {
            case .connectionError:
                return PostgresFailure(sqlState: nil, message: "cannot reach the PostgreSQL server\(place)\(underlying)", isConnection: true)
            case .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
                return PostgresFailure(sqlState: nil, message: "the connection to the PostgreSQL server was lost\(place)\(underlying)", isConnection: true)
            case .authMechanismRequiresPassword:
                return PostgresFailure(sqlState: nil, message: "the PostgreSQL server\(place) asks for a password; put it in ~/.pgpass (mode 0600) or $PGPASSWORD", isConnection: true)
            case .sslUnsupported:
                return PostgresFailure(sqlState: nil, message: "the PostgreSQL server\(place) does not offer TLS, which sslmode requires", isConnection: true)
            default:
                return PostgresFailure(sqlState: nil, message: "PostgreSQL failed\(place): \(e.code)\(underlying)", isConnection: false)
            }
        }
        if let e = error as? PostgresError {
            if case .connectionClosed = e {
                return PostgresFailure(sqlState: nil, message: "the connection to the PostgreSQL server was lost\(place)", isConnection: true)
            }
            return PostgresFailure(sqlState: nil, message: "PostgreSQL failed\(place): \(e.description)", isConnection: false)
        }
        // NIO's connect errors (refused, no such socket, timed out).
        return PostgresFailure(sqlState: nil, message: "cannot reach the PostgreSQL server\(place): \(error)", isConnection: true)
    }
}
