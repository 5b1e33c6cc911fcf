-- competitors' NPS per country and segment (the last upload for a country replaces it whole)
CREATE TABLE BENCHMARK (
    COUNTRY     VARCHAR(2)  NOT NULL,
    SEGMENT     VARCHAR(40) NOT NULL,
    COMPETITOR  VARCHAR(80) NOT NULL,
    NPS         DOUBLE PRECISION NOT NULL,
    PERIOD      VARCHAR(20),
    PRIMARY KEY (COUNTRY, SEGMENT, COMPETITOR)
);

-- a store provisioned by script has a country (it may send answers only for it) and a zone
ALTER TABLE STORE_CLIENT ADD COLUMN COUNTRY VARCHAR(2);
ALTER TABLE STORE_CLIENT ADD COLUMN ZONE VARCHAR(64);
