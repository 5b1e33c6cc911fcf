/** The audit trail: who changed or read personal data, when, from where (store and central). */
@NullMarked
package io.smartstore.support.audit;

import org.jspecify.annotations.NullMarked;
