-- The one place in SQL that lists the statuses (their rules live in the code's enums: Ticket, TicketStatus,
-- TicketOutcome, FollowUpStatus): a row in a status the code does not know is refused by the database.
ALTER TABLE TICKET ADD CONSTRAINT TICKET_STATUS_KNOWN CHECK (STATUS IN ('WAITING', 'CALLED', 'SERVING', 'DONE', 'NO_SHOW', 'LEFT'));
ALTER TABLE TICKET ADD CONSTRAINT TICKET_OUTCOME_KNOWN CHECK (OUTCOME IS NULL OR OUTCOME IN ('RESOLVED', 'FOLLOW_UP', 'SALE', 'REDIRECTED'));
ALTER TABLE FOLLOW_UP ADD CONSTRAINT FOLLOW_UP_STATUS_KNOWN CHECK (STATUS IN ('OPEN', 'CONTACTED', 'CLOSED'));
