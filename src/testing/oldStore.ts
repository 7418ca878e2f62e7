// Turns a fresh store back into schema 1 as it was released (no kept counts, no documents_meta), so that
// tests can show what opening a store written by an older stancegraph does.

import Database from "better-sqlite3";

export function downgradeToSchema1(path: string): void {
  const db = new Database(path);
  try {
    db.exec(`DROP TRIGGER relations_links_insert; DROP TRIGGER relations_links_delete;
      DROP TRIGGER relations_links_update; DROP TABLE actor_links;
      DROP TRIGGER affiliations_roles_insert; DROP TRIGGER affiliations_roles_delete;
      DROP TRIGGER affiliations_no_update; DROP TABLE actor_roles; DROP INDEX affiliations_actor_role;
      DROP INDEX documents_meta; CREATE INDEX affiliations_actor ON affiliations (actor); PRAGMA user_version = 1;`);
  } finally {
    db.close();
  }
}
