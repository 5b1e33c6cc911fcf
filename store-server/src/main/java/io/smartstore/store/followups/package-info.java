/** The closed loop: detractors who commented or agreed to be called back become follow-ups with a due time, an owner and an outcome. */
package io.smartstore.store.followups;
