package io.smartstore.store.feedback;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.BatchValidation;
import io.smartstore.protocol.wire.SurveyLink;
import io.smartstore.support.problems.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;


/** {@code POST /api/v1/surveys} (kiosk): a one-time link for rating the visit later on a phone. */
@RestController
class PhoneSurveyController {

    private final PhoneSurveys surveys;

    PhoneSurveyController(PhoneSurveys surveys) {
        this.surveys = surveys;
    }

    @PostMapping("/api/v1/surveys")
    @ResponseStatus(HttpStatus.CREATED)
    SurveyLink create(@RequestBody SurveyLink.Request request) {
        if (request != null && request.language() != null && !request.language().matches("[a-z]{2,3}")) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, ProblemCode.INVALID_LANGUAGE, "A language is a code such as fr");
        }
        if (request != null && request.ticket() != null && !BatchValidation.isTicket(request.ticket())) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, ProblemCode.INVALID_TICKET_REQUEST, "A ticket is a letter, a dash and a number, such as H-042");
        }
        return request == null ? surveys.create(null, null, null)
                : surveys.create(request.visitId(), request.language(), request.ticket());
    }
}
