package io.smartstore.support.query;

import io.smartstore.protocol.wire.Formats;
import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.RefusedAs;
import jakarta.validation.Constraint;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An ISO 3166 two-letter country code, or nothing: a query's optional {@code country}, refused as {@code invalid_country}. */
@Documented
@RefusedAs(ProblemCode.INVALID_COUNTRY)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Pattern(regexp = Formats.COUNTRY)
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Country {

    String message() default "A country is an ISO 3166 two-letter code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
