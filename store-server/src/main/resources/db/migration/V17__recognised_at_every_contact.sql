-- where a session's customer was recognised (KIOSK or DESK) and, while not, the last reason why not (RecognitionMiss)
ALTER TABLE KIOSK_SESSION ADD COLUMN RECOGNISED_AT VARCHAR(8);
ALTER TABLE KIOSK_SESSION ADD COLUMN MISS VARCHAR(16);
UPDATE KIOSK_SESSION SET RECOGNISED_AT = 'KIOSK' WHERE RECOGNISED;

-- the kiosk session a ticket was taken in: its customer recognised at the desk, that session counts as recognised
ALTER TABLE TICKET ADD COLUMN KIOSK_ID VARCHAR(64);
ALTER TABLE TICKET ADD COLUMN SESSION_ID UUID;

-- the check the CRM holds for recognising a customer by reference at the desk (date of birth), as a keyed hash like cards
ALTER TABLE CUSTOMER ADD COLUMN CHECK_HASH VARCHAR(64);
