package io.smartstore.support.jdbc;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An insert that may meet the row another transaction inserted a moment before (a counter's
 * first use of the day, a cell's first answer). Inside a transaction it runs behind a
 * savepoint: on a duplicate key only the insert is undone and the caller carries on — which
 * PostgreSQL needs (a failed statement otherwise aborts the whole transaction) and H2 accepts.
 */
public class GuardedInsert {

    private final TransactionTemplate nested;

    public GuardedInsert(PlatformTransactionManager transactions) {
        this.nested = new TransactionTemplate(transactions);
        nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Runs the insert; false when the row was there already (nothing else is undone). */
    public boolean tryInsert(Runnable insert) {
        try {
            nested.executeWithoutResult(status -> insert.run());
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }
}
