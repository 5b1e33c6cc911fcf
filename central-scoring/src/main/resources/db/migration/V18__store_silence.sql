-- central: the stores whose silence was told (store.silent), until they are heard from again
CREATE TABLE STORE_SILENCE_TOLD (
    STORE_ID VARCHAR(40) NOT NULL PRIMARY KEY,
    TOLD_AT  TIMESTAMP WITH TIME ZONE NOT NULL
);
