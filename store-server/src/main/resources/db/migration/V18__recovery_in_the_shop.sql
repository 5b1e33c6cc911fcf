-- a recognised detractor who agreed to be contacted and answered while still in the shop: until when they are
-- taken to be there (their kiosk visit or their ticket's last move, plus smartstore.follow-ups.in-store-window)
ALTER TABLE FOLLOW_UP ADD COLUMN IN_STORE_UNTIL TIMESTAMP WITH TIME ZONE;
