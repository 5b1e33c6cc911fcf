package io.smartstore.support.problems;

import io.smartstore.protocol.wire.InvalidField;
import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.Refusal;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A batch is stored whole or not at all: its records' constraints (Bean Validation, declared on the wire records) are
 * checked before anything of it is stored, and any broken one refuses it as {@code 400 invalid_batch} with one entry
 * per problem, by record (api.md: {@code index}, {@code field}, {@code message}; index -1 for the batch itself).
 */
@Component
public class BatchProblems {

    private final Validator validator;

    BatchProblems(Validator validator) {
        this.validator = validator;
    }

    /** Throws {@code 400 invalid_batch} listing every problem; returns when there is none. */
    public void requireValid(Object batch) {
        List<InvalidField> problems = of(validator.validate(batch));
        if (!problems.isEmpty()) {
            throw new Refusal(ProblemCode.INVALID_BATCH, "Some responses are invalid; nothing of this batch was stored", Map.of("errors", problems));
        }
    }

    /** Each broken constraint as the record and field it is about, in the batch's order. */
    static List<InvalidField> of(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(BatchProblems::field).distinct()
                .sorted(Comparator.comparingInt(InvalidField::index).thenComparing(InvalidField::field).thenComparing(InvalidField::message))
                .toList();
    }

    /** {@code responses[3].score} is record 3's {@code score}; {@code responses[3]} the record itself; {@code storeId} the batch's. */
    private static InvalidField field(ConstraintViolation<?> violation) {
        Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
        if (!nodes.hasNext()) {
            return new InvalidField(-1, "", violation.getMessage());
        }
        Path.Node first = nodes.next();
        if (!first.getName().equals("responses") || !nodes.hasNext()) {
            return new InvalidField(-1, first.getName(), violation.getMessage());
        }
        Path.Node record = nodes.next();
        int index = record.getIndex() == null ? -1 : record.getIndex();
        String field = record.getKind() == jakarta.validation.ElementKind.PROPERTY ? record.getName() : "";
        return new InvalidField(index, field, violation.getMessage());
    }
}
