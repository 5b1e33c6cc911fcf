/** Flyway's Java migrations of central's database (beside the SQL ones in {@code db/migration}): data moves that plain SQL cannot write the same on H2 and PostgreSQL. */
@NullMarked
package db.migration;

import org.jspecify.annotations.NullMarked;
