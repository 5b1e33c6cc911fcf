-- a text when it is nearly a customer's turn: their mobile number from the CRM, their consent given at the kiosk
-- for one ticket, and when each of its two texts (next, called) was handed to the SMS centre
ALTER TABLE CUSTOMER ADD COLUMN PHONE VARCHAR(16);
ALTER TABLE TICKET ADD COLUMN TEXTS_AGREED_AT TIMESTAMP WITH TIME ZONE;
ALTER TABLE TICKET ADD COLUMN NEXT_TEXT_AT TIMESTAMP WITH TIME ZONE;
ALTER TABLE TICKET ADD COLUMN CALLED_TEXT_AT TIMESTAMP WITH TIME ZONE;
