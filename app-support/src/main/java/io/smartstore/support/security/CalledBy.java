package io.smartstore.support.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an operation (on a controller, for all of its operations; on a method, for that one), declared once:
 * {@link OperationAccess} grants each request by it, and the OpenAPI document lists its security schemes and roles
 * from it, so the rules, the contract and the authorisation sweep over the contract cannot disagree.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CalledBy {

    Caller value();

    /** The staff roles allowed, for {@link Caller#STAFF}. */
    String[] roles() default {};
}
