-- a recognised detractor may agree to be called back; the answer carries it to the store
ALTER TABLE OUTBOX ADD COLUMN CONSENT BOOLEAN DEFAULT FALSE NOT NULL;
