/** What the store forgets, and when: comments, visits, sessions and tickets after configurable periods. */
@NullMarked
package io.smartstore.store.retention;

import org.jspecify.annotations.NullMarked;
