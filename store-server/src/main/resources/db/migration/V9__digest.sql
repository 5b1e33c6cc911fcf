-- the managers' morning e-mail: one per store-day, even across restarts and instances
CREATE TABLE DIGEST_SENT (
    LOCAL_DATE  DATE         PRIMARY KEY,
    SENT_AT     TIMESTAMP WITH TIME ZONE NOT NULL,
    RECIPIENTS  INTEGER      NOT NULL
);
