/** The closed loop: detractors who commented or agreed to be called back become follow-ups with a due time, an owner and an outcome. */
@NullMarked
package io.smartstore.store.followups;

import org.jspecify.annotations.NullMarked;
