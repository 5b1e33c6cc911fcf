package io.smartstore.store.feedback;

import io.smartstore.store.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** {@code POST /api/v1/surveys} (kiosk): a one-time link for rating the visit later on a phone. */
@RestController
class PhoneSurveyController {

    private final PhoneSurveys surveys;

    PhoneSurveyController(PhoneSurveys surveys) {
        this.surveys = surveys;
    }

    @PostMapping("/api/v1/surveys")
    @ResponseStatus(HttpStatus.CREATED)
    PhoneSurveys.Link create(@RequestBody SurveyRequest request) {
        if (request != null && request.language() != null && !request.language().matches("[a-z]{2,3}")) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid_language", "A language is a code such as fr");
        }
        return surveys.create(request == null ? null : request.visitId(), request == null ? null : request.language());
    }

    record SurveyRequest(UUID visitId, String language) {
    }
}
