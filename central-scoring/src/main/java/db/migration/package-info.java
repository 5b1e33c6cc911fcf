/** Flyway's Java migrations of central's database (beside the SQL ones in {@code db/migration}): data moves that plain SQL cannot write the same on H2 and PostgreSQL. */
package db.migration;
