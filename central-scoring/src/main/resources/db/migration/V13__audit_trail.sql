-- the audit trail: who did what, when, from where (kept smartstore.retention.audit)
CREATE TABLE AUDIT_EVENT (
    ID      UUID         NOT NULL PRIMARY KEY,
    AT      TIMESTAMP    NOT NULL,
    ACTOR   VARCHAR(200) NOT NULL,
    ACTION  VARCHAR(40)  NOT NULL,
    TARGET  VARCHAR(200),
    ADDRESS VARCHAR(64)  NOT NULL
);
CREATE INDEX AUDIT_EVENT_AT ON AUDIT_EVENT (AT);
