package io.smartstore.store.customers;

import io.smartstore.protocol.wire.Identification.CustomerSummary;
import io.smartstore.protocol.wire.Identification.HistoryItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** The store's customers, found by the keyed hash of a card or UID. */
@Repository
public class Customers {

    private final JdbcClient jdbc;
    private final CredentialHasher hasher;

    Customers(JdbcClient jdbc, CredentialHasher hasher) {
        this.jdbc = jdbc;
        this.hasher = hasher;
    }

    public Optional<CustomerSummary> findBy(Credential credential) {
        return jdbc.sql("""
                        SELECT c.REF, c.FIRST_NAME, c.LANGUAGE, c.SEGMENT FROM CUSTOMER c
                        JOIN CUSTOMER_CREDENTIAL k ON k.CUSTOMER_REF = c.REF WHERE k.CREDENTIAL_HASH = ?""")
                .param(hasher.hash(credential)).query(CustomerSummary.class).optional();
    }

    /** The customer with this reference whose date of birth (as the CRM holds it) is this one. */
    public Optional<CustomerSummary> findByRefAndCheck(String ref, java.time.LocalDate birthDate) {
        return findByRef(ref).filter(customer -> hasher.hash(Credential.check(ref, birthDate)).equals(
                jdbc.sql("SELECT CHECK_HASH FROM CUSTOMER WHERE REF = ?").param(ref).query(String.class).optional().orElse(null)));
    }

    public Optional<CustomerSummary> findByRef(String ref) {
        return jdbc.sql("SELECT REF, FIRST_NAME, LANGUAGE, SEGMENT FROM CUSTOMER WHERE REF = ?")
                .param(ref).query(CustomerSummary.class).optional();
    }

    /** Everything known of a customer's life with us, as (sphere, item) pairs, newest first. */
    public List<SphereItem> historyOf(String ref) {
        return jdbc.sql("""
                        SELECT h.SPHERE, h.ITEM_DATE AS DATE, h.KIND, h.TITLE, h.STATUS, h.ENDS_ON FROM HISTORY_ITEM h
                        WHERE h.CUSTOMER_REF = ? ORDER BY h.ITEM_DATE DESC, h.ID""")
                .param(ref)
                .query((rs, i) -> new SphereItem(rs.getString("SPHERE"), new HistoryItem(
                        rs.getObject("DATE", java.time.LocalDate.class), rs.getString("KIND"),
                        rs.getString("TITLE"), rs.getString("STATUS"), rs.getObject("ENDS_ON", java.time.LocalDate.class))))
                .list();
    }

    /** Replaces the customer with this ref, whole: details, credentials and history. */
    @Transactional
    public void replace(CustomerLine line) {
        jdbc.sql("DELETE FROM CUSTOMER WHERE REF = ?").param(line.ref()).update();
        jdbc.sql("INSERT INTO CUSTOMER (REF, FIRST_NAME, LANGUAGE, SEGMENT, CHECK_HASH, PHONE) VALUES (?, ?, ?, ?, ?, ?)")
                .params(line.ref(), line.firstName(), line.language(), line.segment(),
                        line.birthDate() == null ? null : hasher.hash(Credential.check(line.ref(), line.birthDate())), line.phone()).update();
        line.cards().forEach(card -> addCredential(line.ref(), Credential.card(card)));
        line.nfcUids().forEach(uid -> addCredential(line.ref(), Credential.nfc(uid)));
        for (CustomerLine.HistoryLine item : line.history()) {
            jdbc.sql("INSERT INTO HISTORY_ITEM (CUSTOMER_REF, SPHERE, ITEM_DATE, KIND, TITLE, STATUS, ENDS_ON) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(line.ref(), item.sphere(), item.date(), item.kind(), item.title(), item.status(), item.endsOn()).update();
        }
    }

    private void addCredential(String ref, Credential credential) {
        String hash = hasher.hash(credential);
        // a card moves to the customer who holds it now
        jdbc.sql("DELETE FROM CUSTOMER_CREDENTIAL WHERE CREDENTIAL_HASH = ?").param(hash).update();
        jdbc.sql("INSERT INTO CUSTOMER_CREDENTIAL (CREDENTIAL_HASH, METHOD, CUSTOMER_REF) VALUES (?, ?, ?)")
                .params(hash, credential.kind().name(), ref).update();
    }

    /** A history item and the sphere of use it belongs to. */
    public record SphereItem(String sphere, HistoryItem item) {
    }
}
