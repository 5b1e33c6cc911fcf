-- when a contract or offer ends: the kiosk suggests what comes next in time
ALTER TABLE HISTORY_ITEM ADD COLUMN ENDS_ON DATE;
