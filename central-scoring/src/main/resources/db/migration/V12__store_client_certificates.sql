-- a store may be bound to its TLS client certificate (lower-case hex SHA-256 of the DER certificate)
ALTER TABLE STORE_CLIENT ADD COLUMN CLIENT_CERT_SHA256 VARCHAR(64);
