/** The audit trail: who changed or read personal data, when, from where (store and central). */
package io.smartstore.support.audit;
