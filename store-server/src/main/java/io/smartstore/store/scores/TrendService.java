package io.smartstore.store.scores;

import io.smartstore.protocol.nps.Change;
import io.smartstore.protocol.nps.NpsTally;
import io.smartstore.protocol.nps.Score;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.smartstore.protocol.nps.Rounding.twoDecimals;

/** The store's days over a period, and the period against the one before it; counted answers only. */
@Service
public class TrendService {

    private final DayAnswers answers;

    TrendService(DayAnswers answers) {
        this.answers = answers;
    }

    public Trend between(LocalDate from, LocalDate to) {
        long length = ChronoUnit.DAYS.between(from, to) + 1;
        LocalDate previousFrom = from.minusDays(length);
        Map<LocalDate, NpsTally> byDay = new TreeMap<>();
        for (DayAnswers.Scored<LocalDate> scored : answers.countedBetween(previousFrom, to)) {
            byDay.merge(scored.key(), Score.tallyOf(scored.score()).times(scored.answers()), NpsTally::plus);
        }
        List<Trend.Day> days = new ArrayList<>();
        NpsTally period = NpsTally.EMPTY;
        NpsTally before = NpsTally.EMPTY;
        for (LocalDate day = previousFrom; !day.isAfter(to); day = day.plusDays(1)) {
            NpsTally tally = byDay.getOrDefault(day, NpsTally.EMPTY);
            if (day.isBefore(from)) {
                before = before.plus(tally);
            } else {
                period = period.plus(tally);
                days.add(new Trend.Day(day, tally.responses(), twoDecimals(tally.nps()), twoDecimals(tally.marginOfError95())));
            }
        }
        Change change = Change.between(period, before);
        return new Trend(days, new Trend.Change(twoDecimals(change.nps()), twoDecimals(change.previousNps()), change.significant()));
    }
}
