-- a ticket's page on the customer's phone: a random code (valid on the ticket's day only), the language the kiosk
-- spoke to them, when they said "I'm on my way" after their call; a customer may also leave the queue from it
-- (STATUS 'LEFT', FINISHED_AT when they left)
ALTER TABLE TICKET ADD COLUMN PHONE_CODE VARCHAR(64);
ALTER TABLE TICKET ADD COLUMN LANGUAGE VARCHAR(8);
ALTER TABLE TICKET ADD COLUMN ON_THE_WAY_AT TIMESTAMP WITH TIME ZONE;
CREATE UNIQUE INDEX TICKET_PHONE_CODE ON TICKET (PHONE_CODE);
