-- Schema version 4: the yearly quantitative assessment (量化考核) and the 满意度测评 of the
-- 机关党委. A scheme (指标体系) holds indicators grouped by area; an assessment (one per year)
-- scores organisations against one scheme: daily scores (自评 and 审核 side by side),
-- 党组评价 marks, 述职 ballots typed once or twice (double entry), grade choices for quota
-- ties, next year's pairs, and every seal/reopen with its reason.

CREATE TABLE assess_scheme (
    id            TEXT PRIMARY KEY NOT NULL,
    owner_office  TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    revision      INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),  -- 版本: copies count up
    year_from     INTEGER NOT NULL DEFAULT 0,   -- 0: any year
    year_to       INTEGER NOT NULL DEFAULT 0,   -- 0: open-ended
    note          TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX assess_scheme_key ON assess_scheme(name, revision) WHERE deleted = 0;

CREATE TABLE assess_indicator (
    id            TEXT PRIMARY KEY NOT NULL,
    owner_office  TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    scheme_id     TEXT NOT NULL REFERENCES assess_scheme(id),
    area          TEXT NOT NULL CHECK (length(trim(area)) > 0),   -- 一级指标
    code          TEXT NOT NULL CHECK (length(trim(code)) > 0),
    sort_order    INTEGER NOT NULL DEFAULT 0,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    max_score     REAL NOT NULL CHECK (max_score BETWEEN 0 AND 100),
    rule          TEXT NOT NULL CHECK (rule IN ('judged', 'deduct', 'add', 'met', 'ratio', 'veto')),
    points        REAL NOT NULL DEFAULT 0 CHECK (points >= 0),     -- per occurrence
    target        REAL NOT NULL DEFAULT 0 CHECK (target >= 0),     -- 比例 only
    standard      TEXT NOT NULL DEFAULT '',                        -- 评分标准
    evidence      TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX assess_indicator_code ON assess_indicator(scheme_id, code) WHERE deleted = 0;

CREATE TABLE assessment (
    id            TEXT PRIMARY KEY NOT NULL,
    owner_office  TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    year          INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    scheme_id     TEXT NOT NULL REFERENCES assess_scheme(id),
    name          TEXT NOT NULL DEFAULT '',
    w_daily       REAL NOT NULL DEFAULT 60 CHECK (w_daily BETWEEN 0 AND 100),
    w_party_group REAL NOT NULL DEFAULT 20 CHECK (w_party_group BETWEEN 0 AND 100),
    w_report      REAL NOT NULL DEFAULT 20 CHECK (w_report BETWEEN 0 AND 100),
    grade_scale   TEXT NOT NULL DEFAULT 'good3',
    grade_method  TEXT NOT NULL DEFAULT 'threshold' CHECK (grade_method IN ('threshold', 'quota')),
    grade_limits  TEXT NOT NULL DEFAULT '90,75',      -- thresholds, or quotas with one 'rest'
    ballot_points TEXT NOT NULL DEFAULT '95,85,75,60', -- 好,较好,一般,差 on a ballot
    trim_from     INTEGER NOT NULL DEFAULT 5 CHECK (trim_from >= 3),
    sealed        INTEGER NOT NULL DEFAULT 0 CHECK (sealed IN (0, 1)),
    CHECK (abs(w_daily + w_party_group + w_report - 100) < 0.000001)
);
CREATE UNIQUE INDEX assessment_year ON assessment(year) WHERE deleted = 0;

CREATE TABLE assess_org (
    id            TEXT PRIMARY KEY NOT NULL,
    owner_office  TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    assessment_id TEXT NOT NULL REFERENCES assessment(id),
    org_id        TEXT NOT NULL REFERENCES organization(id),
    grade_choice  TEXT NOT NULL DEFAULT ''   -- the user's decision where a quota boundary ties
);
CREATE UNIQUE INDEX assess_org_key ON assess_org(assessment_id, org_id) WHERE deleted = 0;

CREATE TABLE assess_score (
    id            TEXT PRIMARY KEY NOT NULL,
    owner_office  TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    assessment_id TEXT NOT NULL REFERENCES assessment(id),
    org_id        TEXT NOT NULL REFERENCES organization(id),
    indicator_id  TEXT NOT NULL REFERENCES assess_indicator(id),
    stage         TEXT NOT NULL CHECK (stage IN ('self', 'review')),  -- 自评 / 审核
    value         REAL NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    entered_by    TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX assess_score_key ON assess_score(assessment_id, org_id, indicator_id, stage) WHERE deleted = 0;
-- Covering indexes: a year's totals read only these (3,000 branches × 46 indicators).
CREATE INDEX assess_score_values ON assess_score(assessment_id, stage, org_id, indicator_id, value) WHERE deleted = 0;

CREATE TABLE assess_pg_mark (
    id            TEXT PRIMARY KEY NOT NULL,
    owner_office  TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    assessment_id TEXT NOT NULL REFERENCES assessment(id),
    org_id        TEXT NOT NULL REFERENCES organization(id),
    evaluator     TEXT NOT NULL CHECK (length(trim(evaluator)) > 0),
    score         REAL NOT NULL CHECK (score BETWEEN 0 AND 100),
    entered_by    TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX assess_pg_mark_key ON assess_pg_mark(assessment_id, org_id, evaluator) WHERE deleted = 0;

CREATE TABLE assess_ballot_mark (
    id            TEXT PRIMARY KEY NOT NULL,
    owner_office  TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    assessment_id TEXT NOT NULL REFERENCES assessment(id),
    ballot_no     TEXT NOT NULL CHECK (length(trim(ballot_no)) > 0),
    entry         INTEGER NOT NULL DEFAULT 1 CHECK (entry IN (1, 2)),  -- double entry: 2nd typing
    rater_kind    TEXT NOT NULL DEFAULT '',
    org_id        TEXT NOT NULL REFERENCES organization(id),
    score         REAL NOT NULL CHECK (score BETWEEN 0 AND 100),
    word          TEXT NOT NULL DEFAULT '',   -- the grade word as marked, '' for a number
    entered_by    TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX assess_ballot_key ON assess_ballot_mark(assessment_id, ballot_no, entry, org_id) WHERE deleted = 0;
CREATE INDEX assess_ballot_values ON assess_ballot_mark(assessment_id, ballot_no, org_id, entry, score, word) WHERE deleted = 0;

CREATE TABLE assess_pair (
    id            TEXT PRIMARY KEY NOT NULL,
    owner_office  TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    assessment_id TEXT NOT NULL REFERENCES assessment(id),
    strong_org_id TEXT NOT NULL REFERENCES organization(id),
    weak_org_id   TEXT NOT NULL REFERENCES organization(id),
    CHECK (strong_org_id <> weak_org_id)
);
CREATE INDEX assess_pair_assessment ON assess_pair(assessment_id) WHERE deleted = 0;

CREATE TABLE assess_seal_event (
    id            TEXT PRIMARY KEY NOT NULL,
    owner_office  TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    assessment_id TEXT NOT NULL REFERENCES assessment(id),
    action        TEXT NOT NULL CHECK (action IN ('seal', 'reopen')),
    reason        TEXT NOT NULL DEFAULT '',
    by_whom       TEXT NOT NULL DEFAULT '',
    at            TEXT NOT NULL,
    CHECK (action = 'seal' OR length(trim(reason)) > 0)
);
CREATE INDEX assess_seal_event_assessment ON assess_seal_event(assessment_id);

CREATE TABLE sat_survey (
    id            TEXT PRIMARY KEY NOT NULL,
    owner_office  TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    year          INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    title         TEXT NOT NULL CHECK (length(trim(title)) > 0),
    options       TEXT NOT NULL DEFAULT '满意|基本满意|不满意',  -- '|'-separated, best first
    satisfied     INTEGER NOT NULL DEFAULT 2 CHECK (satisfied >= 1)  -- the first N count as satisfied
);
CREATE INDEX sat_survey_year ON sat_survey(year) WHERE deleted = 0;

CREATE TABLE sat_item (
    id            TEXT PRIMARY KEY NOT NULL,
    owner_office  TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    survey_id     TEXT NOT NULL REFERENCES sat_survey(id),
    sort_order    INTEGER NOT NULL DEFAULT 0,
    text          TEXT NOT NULL CHECK (length(trim(text)) > 0)
);
CREATE INDEX sat_item_survey ON sat_item(survey_id) WHERE deleted = 0;

CREATE TABLE sat_ballot (
    id            TEXT PRIMARY KEY NOT NULL,
    owner_office  TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    survey_id     TEXT NOT NULL REFERENCES sat_survey(id),
    ballot_no     TEXT NOT NULL CHECK (length(trim(ballot_no)) > 0),
    kind          TEXT NOT NULL CHECK (kind IN ('branch', 'member')),
    valid         INTEGER NOT NULL DEFAULT 1 CHECK (valid IN (0, 1)),
    answers       TEXT NOT NULL DEFAULT ''   -- option index per item in item order, ',' separated
);
CREATE UNIQUE INDEX sat_ballot_key ON sat_ballot(survey_id, ballot_no) WHERE deleted = 0;

CREATE TABLE sat_tally (
    id            TEXT PRIMARY KEY NOT NULL,
    owner_office  TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    survey_id     TEXT NOT NULL REFERENCES sat_survey(id),
    kind          TEXT NOT NULL CHECK (kind IN ('branch', 'member')),
    item_id       TEXT REFERENCES sat_item(id),   -- NULL: the count of invalid ballots
    option_index  INTEGER NOT NULL DEFAULT -1,
    count         INTEGER NOT NULL CHECK (count >= 0)
);
CREATE UNIQUE INDEX sat_tally_key ON sat_tally(survey_id, kind, ifnull(item_id, ''), option_index) WHERE deleted = 0;

CREATE TRIGGER assess_scheme_version BEFORE UPDATE ON assess_scheme
    WHEN NEW.version <= OLD.version BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER assess_scheme_no_delete BEFORE DELETE ON assess_scheme
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER assess_indicator_version BEFORE UPDATE ON assess_indicator
    WHEN NEW.version <= OLD.version BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER assess_indicator_no_delete BEFORE DELETE ON assess_indicator
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER assessment_version BEFORE UPDATE ON assessment
    WHEN NEW.version <= OLD.version BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER assessment_no_delete BEFORE DELETE ON assessment
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER assess_org_version BEFORE UPDATE ON assess_org
    WHEN NEW.version <= OLD.version BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER assess_org_no_delete BEFORE DELETE ON assess_org
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER assess_score_version BEFORE UPDATE ON assess_score
    WHEN NEW.version <= OLD.version BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER assess_score_no_delete BEFORE DELETE ON assess_score
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER assess_pg_mark_version BEFORE UPDATE ON assess_pg_mark
    WHEN NEW.version <= OLD.version BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER assess_pg_mark_no_delete BEFORE DELETE ON assess_pg_mark
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER assess_ballot_mark_version BEFORE UPDATE ON assess_ballot_mark
    WHEN NEW.version <= OLD.version BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER assess_ballot_mark_no_delete BEFORE DELETE ON assess_ballot_mark
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER assess_pair_version BEFORE UPDATE ON assess_pair
    WHEN NEW.version <= OLD.version BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER assess_pair_no_delete BEFORE DELETE ON assess_pair
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER assess_seal_event_version BEFORE UPDATE ON assess_seal_event
    WHEN NEW.version <= OLD.version BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER assess_seal_event_no_delete BEFORE DELETE ON assess_seal_event
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER sat_survey_version BEFORE UPDATE ON sat_survey
    WHEN NEW.version <= OLD.version BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER sat_survey_no_delete BEFORE DELETE ON sat_survey
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER sat_item_version BEFORE UPDATE ON sat_item
    WHEN NEW.version <= OLD.version BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER sat_item_no_delete BEFORE DELETE ON sat_item
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER sat_ballot_version BEFORE UPDATE ON sat_ballot
    WHEN NEW.version <= OLD.version BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER sat_ballot_no_delete BEFORE DELETE ON sat_ballot
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
CREATE TRIGGER sat_tally_version BEFORE UPDATE ON sat_tally
    WHEN NEW.version <= OLD.version BEGIN SELECT RAISE(ABORT, 'row version not increased'); END;
CREATE TRIGGER sat_tally_no_delete BEFORE DELETE ON sat_tally
    BEGIN SELECT RAISE(ABORT, 'rows are tombstoned, not deleted'); END;
