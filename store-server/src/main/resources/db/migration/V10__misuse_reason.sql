-- why an answer was set aside: TOO_SOON after the kiosk's previous answer, or part of a BURST
ALTER TABLE FEEDBACK ADD COLUMN MISUSE_REASON VARCHAR(16);
UPDATE FEEDBACK SET MISUSE_REASON = 'TOO_SOON' WHERE MISUSE = TRUE;
