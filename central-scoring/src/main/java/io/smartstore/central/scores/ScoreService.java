package io.smartstore.central.scores;

import io.smartstore.central.customerbase.CustomerBase;
import io.smartstore.central.responses.ScoreCells;
import io.smartstore.central.responses.ScoreCells.SegmentTally;
import io.smartstore.protocol.nps.NpsTally;
import io.smartstore.protocol.nps.WeightedNps;
import io.smartstore.protocol.nps.WeightedPart;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static io.smartstore.protocol.nps.Rounding.twoDecimals;

/**
 * Weighted NPS per country from the score cells and the customer base; the group one
 * level up, each country weighing its whole customer base.
 */
@Service
public class ScoreService {

    private final ScoreCells cells;
    private final CustomerBase customerBase;

    ScoreService(ScoreCells cells, CustomerBase customerBase) {
        this.cells = cells;
        this.customerBase = customerBase;
    }

    /** A store's days, each with its tally (of one segment's customers when a segment is given). */
    public java.util.SortedMap<LocalDate, NpsTally> storeDays(String storeId, String segment, LocalDate from, LocalDate to) {
        return cells.byDay(storeId, segment, from, to);
    }

    public Scores of(LocalDate from, LocalDate to, String onlyCountry) {
        return of(from, to, onlyCountry, cells.bySegment(from, to, onlyCountry), customerBase.all());
    }

    /** The figures of a period from its (country, segment) tallies, already read, and the customer base. */
    Scores of(LocalDate from, LocalDate to, String onlyCountry, List<SegmentTally> read, Map<String, Map<String, Long>> base) {
        Map<String, List<SegmentTally>> tallies = new TreeMap<>();
        for (SegmentTally tally : read) {
            tallies.computeIfAbsent(tally.country(), c -> new ArrayList<>()).add(tally);
        }
        TreeSet<String> countries = new TreeSet<>(tallies.keySet());
        if (onlyCountry == null) {
            countries.addAll(base.keySet());
        } else if (base.containsKey(onlyCountry)) {
            countries.add(onlyCountry);
        }
        List<Scores.CountryScore> countryScores = new ArrayList<>();
        List<WeightedNps.Figure> groupParts = new ArrayList<>();
        long groupResponses = 0;
        for (String country : countries) {
            Map<String, Long> customers = base.getOrDefault(country, Map.of());
            Scores.CountryScore score = country(country, customers, tallies.getOrDefault(country, List.of()));
            countryScores.add(score);
            groupResponses += score.responses();
            long countryCustomers = customers.values().stream().mapToLong(Long::longValue).sum();
            groupParts.add(new WeightedNps.Figure(country, countryCustomers, optional(score.nps()), optional(score.marginOfError95())));
        }
        WeightedNps group = WeightedNps.ofFigures(groupParts);
        return new Scores(from, to, countryScores,
                new Scores.GroupScore(twoDecimals(group.nps()), twoDecimals(group.marginOfError95()), groupResponses));
    }

    private static Scores.CountryScore country(String country, Map<String, Long> customers, List<SegmentTally> tallies) {
        Map<String, NpsTally> bySegment = new TreeMap<>();
        customers.keySet().forEach(segment -> bySegment.put(segment, NpsTally.EMPTY));
        NpsTally pooled = NpsTally.EMPTY;
        for (SegmentTally tally : tallies) {
            pooled = pooled.plus(tally.tally());
            if (!tally.anonymous()) {
                bySegment.merge(tally.segment(), tally.tally(), NpsTally::plus);
            }
        }
        List<WeightedPart> parts = new ArrayList<>();
        bySegment.forEach((segment, tally) -> parts.add(new WeightedPart(segment, customers.getOrDefault(segment, 0L), tally)));
        WeightedNps weighted = WeightedNps.of(parts);
        List<Scores.SegmentScore> segments = parts.stream().map(part -> new Scores.SegmentScore(part.name(), part.customers(),
                twoDecimals(weighted.weights().get(part.name())), part.tally().responses(), part.tally().promoters(),
                part.tally().passives(), part.tally().detractors(), twoDecimals(part.tally().nps()),
                twoDecimals(part.tally().marginOfError95()))).toList();
        return new Scores.CountryScore(country, twoDecimals(weighted.nps()), twoDecimals(weighted.marginOfError95()),
                pooled.responses(), twoDecimals(pooled.nps()), twoDecimals(weighted.coverage()), segments);
    }

    private static java.util.OptionalDouble optional(Double value) {
        return value == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(value);
    }
}
