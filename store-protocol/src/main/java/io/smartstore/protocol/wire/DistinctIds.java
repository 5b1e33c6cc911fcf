package io.smartstore.protocol.wire;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** No answer's UUID twice in one batch: each repeat is reported at its own place ({@code responses[i].id}). */
@Documented
@Constraint(validatedBy = DistinctIds.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface DistinctIds {

    String NO_LIST = "a batch needs a list of responses";
    String TOO_MANY = "at most " + FeedbackBatch.MAX_RESPONSES + " responses per batch";
    String NULL_RESPONSE = "a response cannot be null";

    String message() default "the same UUID appears twice in the batch";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A batch of answers, each known by its UUID. */
    interface Batch {
        /** The answers' UUIDs in order, {@code null} where one has none. */
        List<UUID> ids();
    }

    /** Reports the second and later uses of a UUID. */
    class Check implements ConstraintValidator<DistinctIds, Batch> {

        @Override
        public boolean isValid(Batch batch, ConstraintValidatorContext context) {
            if (batch == null) {
                return true;
            }
            Set<UUID> seen = new HashSet<>();
            List<UUID> ids = batch.ids();
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            for (int i = 0; i < ids.size(); i++) {
                if (ids.get(i) != null && !seen.add(ids.get(i))) {
                    valid = false;
                    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                            .addPropertyNode("responses").addPropertyNode("id").inIterable().atIndex(i).addConstraintViolation();
                }
            }
            return valid;
        }
    }
}
