import CaseCore
import Foundation
import PostgresNIO

/// Who may see what (migration 2): a role's units, the person it is on cases, and whether it
/// supervises the division. Run as the owner of the tables.
extension PostgresStore {
    public struct Access: Sendable, Equatable {
        public var role: String
        public var person: String?
        public var units: [String]
        public var supervisor: Bool
        public init(role: String, person: String? = nil, units: [String] = [], supervisor: Bool = false) {
            self.role = role; self.person = person; self.units = units; self.supervisor = supervisor
        }
    }

    /// Makes `role` (an existing login role) a CaseDesk user with this access, replacing any
    /// access it had. Units and the person must be the store's own.
    public func grant(_ access: Access) throws {
        try connector.transaction { s in
            let meta = try readMeta(s)
            let known = Set(meta.units.map(\.id))
            if let unit = access.units.first(where: { !known.contains($0) }) {
                throw PostgresFailure(sqlState: nil, message: "there is no unit \(unit) in this store", isConnection: false)
            }
            if let person = access.person, !meta.people.contains(where: { $0.id == person }) {
                throw PostgresFailure(sqlState: nil, message: "there is no person \(person) in this store", isConnection: false)
            }
            try s.query("SELECT set_config('casedesk.grant_role', \(access.role), true)")
            try s.execute("DO $$ BEGIN EXECUTE format('GRANT casedesk_user TO %I', current_setting('casedesk.grant_role')); END $$")
            try s.query("""
                INSERT INTO casedesk_access (role, person, units, supervisor)
                VALUES (\(access.role), \(access.person), \(access.units), \(access.supervisor))
                ON CONFLICT (role) DO UPDATE SET person = excluded.person, units = excluded.units, supervisor = excluded.supervisor
                """)
        }
    }

    /// Every role's access, by role.
    public func accessList() throws -> [Access] {
        try connector.withConnection { s in
            try checkSchema(s)
            return try s.query("SELECT role::text, person, units, supervisor FROM casedesk_access ORDER BY role").rows.map {
                let (role, person, units, supervisor) = try $0.decode((String, String?, [String], Bool).self)
                return Access(role: role, person: person, units: units, supervisor: supervisor)
            }
        }
    }
}
