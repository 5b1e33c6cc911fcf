/** What the store forgets, and when: comments, visits, sessions and tickets after configurable periods. */
package io.smartstore.store.retention;
