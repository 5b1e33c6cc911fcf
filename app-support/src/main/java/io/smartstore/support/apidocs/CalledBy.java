package io.smartstore.support.apidocs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an operation (on a controller, for all of its operations; on a method, for that one): the security
 * schemes its OpenAPI document lists, and for staff the roles, as the app's security rules grant them.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CalledBy {

    Caller value();

    /** The staff roles allowed, for {@link Caller#STAFF}. */
    String[] roles() default {};
}
