package io.smartstore.store.feedback;

import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.SurveyLink;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;


/** {@code POST /api/v1/surveys} (kiosk): a one-time link for rating the visit later on a phone. */
@CalledBy(Caller.CLIENT)
@RestController
class PhoneSurveyController {

    private final PhoneSurveys surveys;

    PhoneSurveyController(PhoneSurveys surveys) {
        this.surveys = surveys;
    }

    @Operation(operationId = "createSurveyLink", summary = "A link to rate the visit later on a phone", description = "A one-time link, for a customer who prefers to answer after the visit; the answer then comes through the store, not the kiosk.")
    @PostMapping("/api/v1/surveys")
    @ResponseStatus(HttpStatus.CREATED)
    SurveyLink create(@Valid @RequestBody SurveyLink.Request request) {
        return request == null ? surveys.create(null, null, null)
                : surveys.create(request.visitId(), request.language(), request.ticket());
    }
}
