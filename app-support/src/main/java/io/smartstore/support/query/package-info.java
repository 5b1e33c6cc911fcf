/**
 * What the API's queries take, checked by Bean Validation where they are bound: a {@link Period} of local days, at most
 * so many days long ({@link AtMostDays}), and a country code ({@link Country}).
 */
@NullMarked
package io.smartstore.support.query;

import org.jspecify.annotations.NullMarked;
