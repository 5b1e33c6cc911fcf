package io.smartstore.central.leadership;

import io.smartstore.protocol.wire.BatchValidation;
import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.support.problems.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** {@code PUT /api/v1/benchmarks/{country}} (admin): competitors' NPS per segment, replacing the country's last upload. */
@RestController
class BenchmarksController {

    static final int MAX_COMPETITORS = 20;
    private final Benchmarks benchmarks;

    BenchmarksController(Benchmarks benchmarks) {
        this.benchmarks = benchmarks;
    }

    @PutMapping("/api/v1/benchmarks/{country}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void replace(@PathVariable String country, @RequestBody CountryBenchmarks body) {
        if (!country.matches("[A-Z]{2}")) {
            throw invalid("A country is an ISO 3166 two-letter code");
        }
        if (body == null || body.segments() == null || body.segments().isEmpty()) {
            throw invalid("At least one segment with its competitors is required");
        }
        if (body.period() != null && body.period().length() > 20) {
            throw invalid("period is a short label such as 2026-Q4 (at most 20 characters)");
        }
        body.segments().forEach((segment, competitors) -> {
            if (!BatchValidation.isLabel(segment)) {
                throw invalid("Each segment is an upper-case code such as CONSUMER");
            }
            if (competitors == null || competitors.isEmpty() || competitors.size() > MAX_COMPETITORS) {
                throw invalid("Segment " + segment + " needs from 1 to " + MAX_COMPETITORS + " competitors");
            }
            competitors.forEach((name, nps) -> {
                if (name == null || name.isBlank() || name.length() > 80) {
                    throw invalid("A competitor's name has from 1 to 80 characters");
                }
                if (nps == null || nps.isNaN() || nps < -100 || nps > 100) {
                    throw invalid("The NPS of " + name + " in " + segment + " must be a number from -100 to 100");
                }
            });
        });
        benchmarks.replace(country, body.period(), body.segments());
    }

    private static ApiProblem invalid(String title) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, ProblemCode.INVALID_BENCHMARK, title);
    }

    record CountryBenchmarks(String period, Map<String, Map<String, Double>> segments) {
    }
}
