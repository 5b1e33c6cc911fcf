package io.smartstore.central.leadership;

import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;

import io.smartstore.protocol.wire.Formats;
import io.smartstore.protocol.wire.RefusedAs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.smartstore.protocol.wire.ProblemCode;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** {@code PUT /api/v1/benchmarks/{country}} (admin): competitors' NPS per segment, replacing the country's last upload. */
@CalledBy(value = Caller.STAFF, roles = {"ADMIN"})
@RestController
class BenchmarksController {

    static final int MAX_COMPETITORS = 20;
    private final Benchmarks benchmarks;

    BenchmarksController(Benchmarks benchmarks) {
        this.benchmarks = benchmarks;
    }

    @Operation(operationId = "replaceBenchmarks", summary = "Upload competitors' NPS", description = "Per segment for a country, replacing the country's last upload.")
    @PutMapping("/api/v1/benchmarks/{country}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RefusedAs(ProblemCode.INVALID_BENCHMARK)
    void replace(@PathVariable @Pattern(regexp = Formats.COUNTRY, message = "A country is an ISO 3166 two-letter code") String country,
                 @Valid @RequestBody CountryBenchmarks body) {
        benchmarks.replace(country, body.period(), body.segments());
    }

    /** A country's competitors by segment: each segment 1 to {@value #MAX_COMPETITORS} competitors, each NPS from −100 to 100. */
    record CountryBenchmarks(
            @Size(max = 20, message = "period is a short label such as 2026-Q4 (at most 20 characters)") String period,
            @NotEmpty(message = "At least one segment with its competitors is required")
            Map<@NotNull(message = SEGMENT) @Pattern(regexp = Formats.LABEL, message = SEGMENT) @Size(max = Formats.MAX_LABEL_LENGTH, message = SEGMENT) String,
                    @NotEmpty(message = COMPETITORS) @Size(max = MAX_COMPETITORS, message = COMPETITORS)
                    Map<@NotBlank(message = NAME) @Size(max = 80, message = NAME) String,
                            @NotNull(message = NPS) @DecimalMin(value = "-100", message = NPS) @DecimalMax(value = "100", message = NPS) Double>> segments) {

        static final String SEGMENT = "Each segment is an upper-case code such as CONSUMER";
        static final String COMPETITORS = "Each segment needs from 1 to " + MAX_COMPETITORS + " competitors";
        static final String NAME = "A competitor's name has from 1 to 80 characters";
        static final String NPS = "A competitor's NPS is a number from -100 to 100";
    }
}
