-- customer tokens accepted by this store, kept until they expire: a second presentation is a replay
CREATE TABLE ACCEPTED_TOKEN (
    TOKEN_HASH VARCHAR(64) PRIMARY KEY,
    EXPIRES_AT TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ACCEPTED_TOKEN_EXPIRY ON ACCEPTED_TOKEN (EXPIRES_AT);
