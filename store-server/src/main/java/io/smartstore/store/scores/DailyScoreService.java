package io.smartstore.store.scores;

import io.smartstore.protocol.nps.NpsTally;
import io.smartstore.protocol.nps.Score;
import io.smartstore.store.followups.FollowUps;
import io.smartstore.store.queue.Tickets;
import io.smartstore.store.recognition.Visits;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

import static io.smartstore.protocol.nps.Rounding.twoDecimals;

/** The manager's figures for one local day, from the store's own answers. */
@Service
public class DailyScoreService {

    private final DayAnswers answers;
    private final Visits visits;
    private final Tickets tickets;
    private final FollowUps followUps;

    DailyScoreService(DayAnswers answers, Visits visits, Tickets tickets, FollowUps followUps) {
        this.answers = answers;
        this.followUps = followUps;
        this.visits = visits;
        this.tickets = tickets;
    }

    public DailyScores of(LocalDate date) {
        long[] distribution = new long[11];
        Map<String, NpsTally> bySphere = new TreeMap<>();
        Map<Integer, NpsTally> byHour = new TreeMap<>();
        Map<String, NpsTally> byKiosk = new TreeMap<>();
        Map<String, NpsTally> byAdviser = new TreeMap<>();
        Map<Boolean, NpsTally> byRecognition = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (DayAnswers.Group group : answers.countedOn(date)) {
            NpsTally tally = Score.tallyOf(group.score()).times(group.answers());
            distribution[group.score()] += group.answers();
            if (group.sphere() != null) {
                bySphere.merge(group.sphere(), tally, NpsTally::plus);
            }
            byHour.merge(group.hour(), tally, NpsTally::plus);
            byKiosk.merge(group.kiosk(), tally, NpsTally::plus);
            byRecognition.merge(group.recognised(), tally, NpsTally::plus);
            if (group.adviser() != null) {
                byAdviser.merge(group.adviser(), tally, NpsTally::plus);
            }
        }
        NpsTally day = NpsTally.ofDistribution(distribution);
        List<DailyScores.MisuseEntry> misuse = answers.misuseOn(date);
        io.smartstore.protocol.wire.RecognitionFigures recognition = visits.recognitionOn(date);
        return new DailyScores(date, day.responses(), day.promoters(), day.passives(), day.detractors(),
                twoDecimals(day.nps()), twoDecimals(day.marginOfError95()), distribution,
                scores(bySphere, (sphere, t) -> new DailyScores.SphereScore(sphere, t.responses(), twoDecimals(t.nps()), twoDecimals(t.marginOfError95()))),
                scores(byHour, (hour, t) -> new DailyScores.HourScore(hour, t.responses(), twoDecimals(t.nps()))),
                scores(byKiosk, (kiosk, t) -> new DailyScores.KioskScore(kiosk, t.responses(), twoDecimals(t.nps()), twoDecimals(t.marginOfError95()))),
                scores(byAdviser, (adviser, t) -> new DailyScores.AdviserScore(adviser, t.responses(), twoDecimals(t.nps()), twoDecimals(t.marginOfError95())))
                        .stream().filter(adviser -> adviser.responses() >= DailyScores.MIN_ADVISER_RESPONSES).toList(),
                recognition.sessions() == 0 ? null : twoDecimals((double) (recognition.atKiosk() + recognition.atDesk()) / recognition.sessions()),
                recognition.sessions(), misuse.size(), misuse, tickets.waitsOn(date),
                reasonsOn(date), followUps.on(date),
                scores(byRecognition, (recognised, t) -> new DailyScores.RecognitionScore(recognised, t.responses(), twoDecimals(t.nps()),
                        twoDecimals(t.marginOfError95()))), recognition);
    }

    /** Each reason chosen in the day's counted answers, by band; the most cited by detractors first. */
    private List<DailyScores.ReasonCount> reasonsOn(LocalDate date) {
        Map<String, NpsTally> byReason = new TreeMap<>();
        for (DayAnswers.Scored<String> scored : answers.reasonsOn(date)) {
            byReason.merge(scored.key(), Score.tallyOf(scored.score()).times(scored.answers()), NpsTally::plus);
        }
        return byReason.entrySet().stream()
                .map(entry -> new DailyScores.ReasonCount(entry.getKey(), entry.getValue().promoters(), entry.getValue().passives(),
                        entry.getValue().detractors()))
                .sorted(java.util.Comparator.comparingLong(DailyScores.ReasonCount::detractors).reversed()
                        .thenComparing(java.util.Comparator.comparingLong((DailyScores.ReasonCount r) -> r.promoters() + r.passives() + r.detractors()).reversed()))
                .toList();
    }

    private static <K, S> List<S> scores(Map<K, NpsTally> tallies, BiFunction<K, NpsTally, S> score) {
        return tallies.entrySet().stream().map(entry -> score.apply(entry.getKey(), entry.getValue())).toList();
    }
}
