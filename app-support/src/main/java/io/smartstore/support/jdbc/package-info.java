/** Database writes that must behave the same on H2 and PostgreSQL. */
package io.smartstore.support.jdbc;
