import CaseCore
import Foundation
import PostgresNIO

/// The tables of a PostgreSQL store and the versioned migrations that make them (see
/// docs/postgres.md). Each migration runs in its own transaction under an advisory lock,
/// so two `casedesk db init` at once apply it once; a database whose schema is newer than
/// this program is refused, as a store.json with a newer `schemaVersion` is.
///
/// Roles: `casedesk_user` (no login) is what every person's login role is a member of; it may
/// read and write cases, add to the trash and the audit, and nothing more. The audit is
/// append-only by grants (INSERT and SELECT only) and, for the owner too, by triggers.
enum PostgresSchema {
    static let channel = "casedesk_cases"

    static let migrations: [String] = [
        // 1: cases as their documents (`source` is the text exactly as written, `doc` the
        // same as jsonb for queries and psql), the summary columns, trash, audit, roles.
        """
        CREATE TABLE casedesk_schema (
            version integer PRIMARY KEY,
            applied timestamptz NOT NULL DEFAULT now(),
            applied_by text NOT NULL DEFAULT session_user
        );
        CREATE TABLE casedesk_meta (
            only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
            source text NOT NULL,
            doc jsonb GENERATED ALWAYS AS (source::jsonb) STORED
        );
        CREATE TABLE cases (
            id text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9._-]{1,40}$'),
            revision bigint NOT NULL CHECK (revision >= 1),
            updated timestamptz NOT NULL,
            source text NOT NULL,
            doc jsonb GENERATED ALWAYS AS (source::jsonb) STORED,
            title text NOT NULL,
            unit text NOT NULL,
            lawyer text,
            caseworker text,
            people text[] NOT NULL,
            status text NOT NULL,
            sensitivity text NOT NULL,
            summary bytea NOT NULL,
            summary_format bigint NOT NULL
        );
        CREATE INDEX cases_unit ON cases (unit);
        CREATE TABLE trash (
            id text NOT NULL,
            revision bigint NOT NULL,
            deleted timestamptz NOT NULL,
            deleted_by text NOT NULL DEFAULT session_user,
            source text NOT NULL,
            unit text NOT NULL,
            people text[] NOT NULL,
            sensitivity text NOT NULL,
            PRIMARY KEY (id, revision)
        );
        CREATE TABLE history (
            id text NOT NULL,
            revision bigint NOT NULL,
            kept timestamptz NOT NULL,
            kept_by text NOT NULL DEFAULT session_user,
            source text NOT NULL,
            unit text NOT NULL,
            people text[] NOT NULL,
            sensitivity text NOT NULL,
            PRIMARY KEY (id, revision)
        );
        CREATE TABLE audit (
            seq bigserial PRIMARY KEY,
            at timestamptz NOT NULL,
            db_user text NOT NULL,
            claimed_user text NOT NULL,
            action text NOT NULL,
            case_id text NOT NULL,
            detail text NOT NULL
        );
        CREATE INDEX audit_case ON audit (case_id, seq);

        -- The audit names who connected, whatever the client says.
        CREATE FUNCTION casedesk_audit_insert() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN NEW.db_user := session_user; RETURN NEW; END $$;
        CREATE TRIGGER audit_who BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION casedesk_audit_insert();
        CREATE FUNCTION casedesk_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'the % table is append-only', TG_TABLE_NAME USING ERRCODE = '42501'; END $$;
        CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION casedesk_refuse_change();
        CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit EXECUTE FUNCTION casedesk_refuse_change();
        CREATE TRIGGER trash_append_only BEFORE UPDATE OR DELETE ON trash FOR EACH ROW EXECUTE FUNCTION casedesk_refuse_change();
        CREATE TRIGGER history_append_only BEFORE UPDATE OR DELETE ON history FOR EACH ROW EXECUTE FUNCTION casedesk_refuse_change();

        -- Revisions never go backwards, not even across a delete and a restore. Definer's
        -- rights, so the trash is seen whole whatever the caller may read.
        CREATE FUNCTION casedesk_trashed_revision(c_id text) RETURNS bigint
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
            SELECT max(revision) FROM trash WHERE id = c_id
        $$;
        CREATE FUNCTION casedesk_revision_grows() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path FROM CURRENT AS $$
        DECLARE floor bigint;
        BEGIN
            IF TG_OP = 'UPDATE' THEN floor := OLD.revision;
            ELSE SELECT coalesce(max(revision), 0) INTO floor FROM trash WHERE id = NEW.id; END IF;
            IF NEW.revision <= floor THEN
                RAISE EXCEPTION 'case %: revision % does not follow %', NEW.id, NEW.revision, floor USING ERRCODE = '23514';
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER cases_revision_grows BEFORE INSERT OR UPDATE ON cases FOR EACH ROW EXECUTE FUNCTION casedesk_revision_grows();

        DO $$ BEGIN CREATE ROLE casedesk_user NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
        DO $$ BEGIN EXECUTE format('GRANT USAGE ON SCHEMA %I TO casedesk_user', current_schema()); END $$;
        GRANT SELECT ON casedesk_schema, casedesk_meta TO casedesk_user;
        GRANT SELECT, INSERT, UPDATE, DELETE ON cases TO casedesk_user;
        GRANT SELECT, INSERT ON trash, history, audit TO casedesk_user;
        GRANT USAGE ON SEQUENCE audit_seq_seq TO casedesk_user;
        """,
        // 2: who may see what. A person's role sees the cases of the units it belongs to,
        // OFFICIAL-SENSITIVE ones only when it is named on them; a supervisor sees all.
        // Enforced by row-level security, so it holds for psql too. The table owner (who ran
        // `db init`) is not a person and is not limited.
        """
        CREATE TABLE casedesk_access (
            role name PRIMARY KEY,
            person text,
            units text[] NOT NULL DEFAULT '{}',
            supervisor boolean NOT NULL DEFAULT false
        );
        GRANT SELECT ON casedesk_access TO casedesk_user;
        CREATE FUNCTION casedesk_may_see(c_unit text, c_sensitivity text, c_people text[]) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
            SELECT EXISTS (SELECT 1 FROM casedesk_access a WHERE a.role = session_user
                AND (a.supervisor OR (a.person IS NOT NULL AND a.person = ANY(c_people))
                     OR (c_unit = ANY(a.units) AND c_sensitivity <> 'officialSensitive')))
        $$;
        CREATE FUNCTION casedesk_may_see_case(c_id text) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
            SELECT coalesce(
                (SELECT casedesk_may_see(unit, sensitivity, people) FROM cases WHERE id = c_id),
                (SELECT casedesk_may_see(unit, sensitivity, people) FROM trash WHERE id = c_id ORDER BY revision DESC LIMIT 1),
                false)
        $$;
        ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
        ALTER TABLE trash ENABLE ROW LEVEL SECURITY;
        ALTER TABLE history ENABLE ROW LEVEL SECURITY;
        ALTER TABLE audit ENABLE ROW LEVEL SECURITY;
        CREATE POLICY cases_by_unit ON cases TO casedesk_user
            USING (casedesk_may_see(unit, sensitivity, people)) WITH CHECK (casedesk_may_see(unit, sensitivity, people));
        CREATE POLICY trash_by_unit ON trash TO casedesk_user
            USING (casedesk_may_see(unit, sensitivity, people)) WITH CHECK (casedesk_may_see(unit, sensitivity, people));
        CREATE POLICY history_by_unit ON history TO casedesk_user
            USING (casedesk_may_see(unit, sensitivity, people)) WITH CHECK (casedesk_may_see(unit, sensitivity, people));
        CREATE POLICY audit_read ON audit FOR SELECT TO casedesk_user USING (casedesk_may_see_case(case_id));
        CREATE POLICY audit_add ON audit FOR INSERT TO casedesk_user WITH CHECK (casedesk_may_see_case(case_id));
        """,
        // 3: the same rule, looked up once a query rather than once a row. casedesk_may_see is
        // a definer's function, which PostgreSQL cannot inline: a user's open of 100,000 cases
        // called it 100,000 times (2.4-3.2 s of the server's time against 0.3-0.5 s for the
        // owner). Uncorrelated sub-selects of the user's own access row are run once (InitPlans).
        """
        ALTER POLICY cases_by_unit ON cases USING (\(Self.seesRow)) WITH CHECK (\(Self.seesRow));
        ALTER POLICY trash_by_unit ON trash USING (\(Self.seesRow)) WITH CHECK (\(Self.seesRow));
        ALTER POLICY history_by_unit ON history USING (\(Self.seesRow)) WITH CHECK (\(Self.seesRow));
        """,
        // 4: a stored summary may be written again for a newer program (`db init` after an
        // upgrade: PostgresStore.refreshSummaries) without a new revision, as long as nothing
        // else of the row changes; any other change still needs a higher revision.
        """
        CREATE OR REPLACE FUNCTION casedesk_revision_grows() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path FROM CURRENT AS $$
        DECLARE floor bigint;
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                IF (NEW.id, NEW.revision, NEW.updated, NEW.source, NEW.title, NEW.unit, NEW.lawyer, NEW.caseworker,
                    NEW.people, NEW.status, NEW.sensitivity)
                   IS NOT DISTINCT FROM (OLD.id, OLD.revision, OLD.updated, OLD.source, OLD.title, OLD.unit, OLD.lawyer,
                    OLD.caseworker, OLD.people, OLD.status, OLD.sensitivity) THEN
                    RETURN NEW;
                END IF;
                floor := OLD.revision;
            ELSE SELECT coalesce(max(revision), 0) INTO floor FROM trash WHERE id = NEW.id; END IF;
            IF NEW.revision <= floor THEN
                RAISE EXCEPTION 'case %: revision % does not follow %', NEW.id, NEW.revision, floor USING ERRCODE = '23514';
            END IF;
            RETURN NEW;
        END $$;
        """,
    ]

    /// casedesk_may_see(unit, sensitivity, people) as a policy expression: a supervisor sees
    /// every row, a person the rows naming them, a unit's member its rows but OFFICIAL-SENSITIVE.
    static let seesRow = """
        coalesce((SELECT a.supervisor FROM casedesk_access a WHERE a.role = session_user), false)
        OR coalesce((SELECT a.person FROM casedesk_access a WHERE a.role = session_user) = ANY (people), false)
        OR coalesce(unit = ANY (coalesce((SELECT a.units FROM casedesk_access a WHERE a.role = session_user), '{}'::text[]))
                    AND sensitivity <> 'officialSensitive', false)
        """

    static var latest: Int { migrations.count }

    /// The schema version of the database, 0 when it has no CaseDesk tables.
    static func version(_ s: PostgresConnector.Session) throws -> Int {
        let exists = try s.query("SELECT to_regclass('casedesk_schema') IS NOT NULL").rows.first?.decode(Bool.self) ?? false
        guard exists else { return 0 }
        return try s.query("SELECT coalesce(max(version), 0) FROM casedesk_schema").rows.first?.decode(Int.self) ?? 0
    }

    /// Applies every migration the database lacks; returns the versions applied.
    static func migrate(_ connector: PostgresConnector) throws -> [Int] {
        var applied: [Int] = []
        for (n, sql) in migrations.enumerated() {
            let v = n + 1
            let done: Bool = try connector.transaction { s in
                try s.execute("SELECT pg_advisory_xact_lock(7036201)")
                let current = try version(s)
                if current > latest {
                    throw StoreError.newerSchema(path: connector.address.description, found: current, supported: latest)
                }
                guard current < v else { return false }
                try s.execute(sql)
                try s.query("INSERT INTO casedesk_schema (version) VALUES (\(v))")
                return true
            }
            if done { applied.append(v) }
        }
        return applied
    }
}
