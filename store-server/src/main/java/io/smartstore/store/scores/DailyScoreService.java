package io.smartstore.store.scores;

import io.smartstore.protocol.nps.NpsTally;
import io.smartstore.protocol.nps.Score;
import io.smartstore.store.followups.FollowUps;
import io.smartstore.store.queue.Tickets;
import io.smartstore.store.recognition.Visits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;

import static io.smartstore.protocol.nps.Rounding.twoDecimals;

/** The manager's figures for one local day, from the store's own answers. */
@Service
public class DailyScoreService {

    /** Answers that count: neither misuse nor replaced by a later answer for the same visit. */
    static final String COUNTED = "MISUSE = FALSE AND SUPERSEDED = FALSE";
    private final JdbcClient jdbc;
    private final Visits visits;
    private final Tickets tickets;
    private final FollowUps followUps;

    DailyScoreService(JdbcClient jdbc, Visits visits, Tickets tickets, FollowUps followUps) {
        this.jdbc = jdbc;
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
        jdbc.sql("SELECT SCORE, SPHERE, LOCAL_HOUR, KIOSK_ID, ADVISER, RECOGNISED, COUNT(*) AS N FROM FEEDBACK WHERE LOCAL_DATE = ? AND "
                        + COUNTED + " GROUP BY SCORE, SPHERE, LOCAL_HOUR, KIOSK_ID, ADVISER, RECOGNISED")
                .param(date)
                .query(rs -> {
                    int score = rs.getInt("SCORE");
                    long n = rs.getLong("N");
                    NpsTally tally = times(Score.tallyOf(score), n);
                    distribution[score] += n;
                    String sphere = rs.getString("SPHERE");
                    if (sphere != null) {
                        bySphere.merge(sphere, tally, NpsTally::plus);
                    }
                    byHour.merge(rs.getInt("LOCAL_HOUR"), tally, NpsTally::plus);
                    byKiosk.merge(rs.getString("KIOSK_ID"), tally, NpsTally::plus);
                    byRecognition.merge(rs.getBoolean("RECOGNISED"), tally, NpsTally::plus);
                    if (rs.getString("ADVISER") != null) {
                        byAdviser.merge(rs.getString("ADVISER"), tally, NpsTally::plus);
                    }
                });
        NpsTally day = NpsTally.ofDistribution(distribution);
        List<DailyScores.MisuseEntry> misuse = misuseOn(date);
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
        jdbc.sql("SELECT r.REASON, FEEDBACK.SCORE, COUNT(*) AS N FROM FEEDBACK_REASON r JOIN FEEDBACK ON FEEDBACK.ID = r.FEEDBACK_ID"
                        + " WHERE FEEDBACK.LOCAL_DATE = ? AND " + COUNTED + " GROUP BY r.REASON, FEEDBACK.SCORE").param(date)
                .query(rs -> {
                    byReason.merge(rs.getString("REASON"), times(Score.tallyOf(rs.getInt("SCORE")), rs.getLong("N")), NpsTally::plus);
                });
        return byReason.entrySet().stream()
                .map(entry -> new DailyScores.ReasonCount(entry.getKey(), entry.getValue().promoters(), entry.getValue().passives(),
                        entry.getValue().detractors()))
                .sorted(java.util.Comparator.comparingLong(DailyScores.ReasonCount::detractors).reversed()
                        .thenComparing(java.util.Comparator.comparingLong((DailyScores.ReasonCount r) -> r.promoters() + r.passives() + r.detractors()).reversed()))
                .toList();
    }

    private List<DailyScores.MisuseEntry> misuseOn(LocalDate date) {
        return jdbc.sql("SELECT ID, KIOSK_ID, ANSWERED_AT, SCORE, MISUSE_REASON FROM FEEDBACK WHERE LOCAL_DATE = ? AND MISUSE = TRUE ORDER BY ANSWERED_AT, ID")
                .param(date)
                .query((rs, i) -> new DailyScores.MisuseEntry(rs.getObject("ID", UUID.class), rs.getString("KIOSK_ID"),
                        rs.getObject("ANSWERED_AT", OffsetDateTime.class).toInstant(), rs.getInt("SCORE"), rs.getString("MISUSE_REASON")))
                .list();
    }

    private static NpsTally times(NpsTally one, long n) {
        return new NpsTally(one.promoters() * n, one.passives() * n, one.detractors() * n);
    }

    private static <K, S> List<S> scores(Map<K, NpsTally> tallies, BiFunction<K, NpsTally, S> score) {
        return tallies.entrySet().stream().map(entry -> score.apply(entry.getKey(), entry.getValue())).toList();
    }
}
