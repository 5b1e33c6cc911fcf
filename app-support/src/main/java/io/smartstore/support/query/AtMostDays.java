package io.smartstore.support.query;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.RefusedAs;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A {@link Period} of at most {@code value} days (both ends counted): what an endpoint is willing to read at once. */
@Documented
@RefusedAs(ProblemCode.INVALID_PERIOD)
@Constraint(validatedBy = AtMostDays.Check.class)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface AtMostDays {

    long value();

    String message() default "a period is at most {value} days";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the period's length; a period out of order is its own refusal. */
    class Check implements ConstraintValidator<AtMostDays, Period> {

        private long max;

        @Override
        public void initialize(AtMostDays constraint) {
            this.max = constraint.value();
        }

        @Override
        public boolean isValid(Period period, ConstraintValidatorContext context) {
            return period == null || period.days() <= max;
        }
    }
}
