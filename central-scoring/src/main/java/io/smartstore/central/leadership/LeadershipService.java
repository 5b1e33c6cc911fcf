package io.smartstore.central.leadership;

import io.smartstore.central.scores.ScoreService;
import io.smartstore.central.scores.Scores;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.smartstore.protocol.nps.Rounding.twoDecimals;

/** Where we are first, from the weighted scores of the period and the competitors' benchmarks (scoring.md). */
@Service
public class LeadershipService {

    private final ScoreService scores;
    private final Benchmarks benchmarks;

    LeadershipService(ScoreService scores, Benchmarks benchmarks) {
        this.scores = scores;
        this.benchmarks = benchmarks;
    }

    public Leadership of(LocalDate from, LocalDate to) {
        Map<String, Map<String, Map<String, Double>>> competitors = benchmarks.all();
        List<Leadership.Cell> cells = new ArrayList<>();
        for (Scores.CountryScore country : scores.of(from, to, null).countries()) {
            for (Scores.SegmentScore segment : country.segments()) {
                Map<String, Double> theirs = competitors.getOrDefault(country.country(), Map.of()).get(segment.segment());
                if (theirs == null || theirs.isEmpty() || segment.nps() == null) {
                    continue;
                }
                Map.Entry<String, Double> best = theirs.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
                cells.add(new Leadership.Cell(country.country(), segment.segment(), segment.customers(), segment.nps(), best.getKey(),
                        best.getValue(), segment.nps() > best.getValue()));
            }
        }
        long withBoth = cells.stream().mapToLong(Leadership.Cell::customers).sum();
        long first = cells.stream().filter(Leadership.Cell::first).mapToLong(Leadership.Cell::customers).sum();
        return new Leadership(from, to, withBoth == 0 ? null : twoDecimals((double) first / withBoth), Leadership.TARGET, cells);
    }
}
