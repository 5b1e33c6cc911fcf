-- the stores' call backs due each day, and how many were closed before their due time
ALTER TABLE SESSION_DAY ADD COLUMN FOLLOW_UPS_DUE BIGINT;
ALTER TABLE SESSION_DAY ADD COLUMN FOLLOW_UPS_CLOSED_IN_TIME BIGINT;
