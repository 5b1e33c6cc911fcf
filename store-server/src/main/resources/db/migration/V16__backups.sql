-- online backups: a mark lives only while a backup is taken, so a database that starts with one is a restored copy
CREATE TABLE BACKUP_MARK (
    ID       UUID NOT NULL PRIMARY KEY,
    TAKEN_AT TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE SERVER_RESTORE (
    RESTORED_FROM TIMESTAMP WITH TIME ZONE NOT NULL,
    RESTORED_AT   TIMESTAMP WITH TIME ZONE NOT NULL
);
