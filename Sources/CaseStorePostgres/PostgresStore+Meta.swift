import CaseCore
import PostgresNIO

extension PostgresStore {
    /// Makes `change` to the store's description in one transaction with its audit row. The
    /// row is locked first, so two changes at once are made one after the other, each on
    /// what the other left. Only the store's owner role may update the description (the
    /// `casedesk_user` role reads it): a division's people and units are the administrator's.
    @discardableResult
    public func change(_ change: MetaChange, user: String) throws -> (meta: StoreMeta, entry: AuditEntry) {
        do {
            return try changeMeta(change, user: user)
        } catch let f as PostgresFailure where f.sqlState == "42501" {
            throw PostgresFailure(sqlState: f.sqlState, message: "\(address.user) may not change the people or units of \(address): "
                + "on a server store they are changed by the role that owns its tables (the one that ran 'casedesk db init')",
                isConnection: false)
        }
    }

    private func changeMeta(_ change: MetaChange, user: String) throws -> (meta: StoreMeta, entry: AuditEntry) {
        try connector.transaction { s in
            try checkSchema(s)
            _ = try s.query("SELECT only_row FROM casedesk_meta FOR UPDATE")
            let (meta, detail) = try change.apply(to: try readMeta(s))
            let entry = AuditEntry(at: clock(), user: user, action: change.action, case: "", detail: detail)
            let text = String(decoding: CaseCodec.encode(meta), as: UTF8.self)
            try s.query("UPDATE casedesk_meta SET source = \(text)")
            try s.query("""
                INSERT INTO audit (at, db_user, claimed_user, action, case_id, detail)
                VALUES (\(entry.at.date), '', \(user), \(entry.action), '', \(detail))
                """)
            return (meta, entry)
        }
    }
}
