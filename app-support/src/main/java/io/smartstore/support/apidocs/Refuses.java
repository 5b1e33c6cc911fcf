package io.smartstore.support.apidocs;

import io.smartstore.protocol.wire.ProblemCode;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The domain's refusals an operation may answer (its services' {@link io.smartstore.protocol.wire.Refusal}s), documented
 * with their status and {@code code}; a malformed request, a missing credential, a wrong role and an oversize body are
 * added by {@link ApiDocumentation} from the operation itself.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Refuses {

    ProblemCode[] value();
}
