package io.smartstore.protocol.wire;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The code of a refusal when a request breaks its constraints (Bean Validation): on an endpoint or
 * its controller, for any broken constraint of its body and parameters; on a field of a request
 * record, for that field (the first broken field by name that has one wins). Without it such a
 * refusal is {@code malformed_request}. The title lists each broken constraint's message.
 */
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RefusedAs {

    ProblemCode value();
}
