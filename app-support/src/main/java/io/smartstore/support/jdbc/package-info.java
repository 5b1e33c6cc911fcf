/** Database writes that must behave the same on H2 and PostgreSQL. */
@NullMarked
package io.smartstore.support.jdbc;

import org.jspecify.annotations.NullMarked;
