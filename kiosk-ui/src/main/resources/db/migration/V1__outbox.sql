-- every answer is committed here before the customer sees "thank you"
CREATE TABLE OUTBOX (
    ID           UUID        PRIMARY KEY,
    VISIT_ID     UUID,
    SCORE        INT         NOT NULL,
    REASONS      VARCHAR(1000),
    COMMENT_TEXT VARCHAR(500),
    LANGUAGE     VARCHAR(16),
    ANSWERED_AT  TIMESTAMP WITH TIME ZONE NOT NULL,
    SENT_AT      TIMESTAMP WITH TIME ZONE,
    -- the store refused the record itself (not the connection): kept, never resent
    REFUSED      VARCHAR(200)
);
CREATE INDEX OUTBOX_PENDING ON OUTBOX (SENT_AT, ANSWERED_AT);
