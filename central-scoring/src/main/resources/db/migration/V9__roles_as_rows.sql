-- a staff account's roles one row each, not comma-joined text (V10 copies them, V11 drops the old column)
CREATE TABLE STAFF_ROLE (
    USERNAME VARCHAR(64) NOT NULL REFERENCES STAFF_USER (USERNAME),
    POSITION INT         NOT NULL,
    ROLE     VARCHAR(32) NOT NULL,
    PRIMARY KEY (USERNAME, ROLE)
);
