-- foilint results store, version 1. Portable SQL: the same script runs on SQLite and PostgreSQL.
-- Times are ISO-8601 UTC text to the second (2019-05-01T10:00:00Z): they sort as text and read
-- the same in both databases.

-- One row per top-level input (a file given or found in a folder, or a path noted without being
-- opened). Resume keys on path + sha256 + rules_version.
CREATE TABLE inputs (
  path          TEXT PRIMARY KEY,
  size          BIGINT,
  sha256        TEXT,
  modified_at   TEXT,
  rules_version TEXT NOT NULL,
  scanned_at    TEXT NOT NULL,
  duration_ms   BIGINT NOT NULL,
  inspected     INTEGER NOT NULL
);

-- One row per file report: the input itself, or each entry of a zip bundle (path bundle.zip!/entry;
-- size and sha256 are the input's own only on the input's row, empty for entries).
CREATE TABLE files (
  input_path    TEXT NOT NULL REFERENCES inputs(path),
  ordinal       INTEGER NOT NULL,
  path          TEXT NOT NULL,
  size          BIGINT,
  sha256        TEXT,
  modified_at   TEXT,
  type          TEXT NOT NULL,
  verdict       TEXT NOT NULL,
  rules_version TEXT NOT NULL,
  scanned_at    TEXT NOT NULL,
  duration_ms   BIGINT NOT NULL,
  reader        TEXT,
  PRIMARY KEY (input_path, ordinal)
);

-- The findings of a file after policy, evidence masked as in every report.
CREATE TABLE findings (
  input_path    TEXT NOT NULL,
  file_ordinal  INTEGER NOT NULL,
  ordinal       INTEGER NOT NULL,
  rule          TEXT NOT NULL,
  severity      TEXT NOT NULL,
  location      TEXT NOT NULL,
  container     TEXT NOT NULL,
  place         TEXT NOT NULL,
  ref           TEXT NOT NULL,
  message       TEXT NOT NULL,
  evidence      TEXT NOT NULL,
  fix           TEXT NOT NULL,
  PRIMARY KEY (input_path, file_ordinal, ordinal),
  FOREIGN KEY (input_path, file_ordinal) REFERENCES files(input_path, ordinal)
);

CREATE INDEX files_verdict ON files(verdict);
CREATE INDEX files_modified ON files(modified_at);
CREATE INDEX findings_rule ON findings(rule);
