package io.smartstore.store.scores;

import io.smartstore.protocol.nps.NpsTally;
import io.smartstore.protocol.nps.Score;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.smartstore.protocol.nps.Rounding.twoDecimals;

/** The manager's figures for one local day, from the store's own answers. */
@Service
public class DailyScoreService {

    private final JdbcClient jdbc;

    DailyScoreService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public DailyScores of(LocalDate date) {
        long[] distribution = new long[11];
        Map<String, NpsTally> bySphere = new TreeMap<>();
        Map<Integer, NpsTally> byHour = new TreeMap<>();
        jdbc.sql("SELECT SCORE, SPHERE, LOCAL_HOUR, COUNT(*) AS N FROM FEEDBACK WHERE LOCAL_DATE = ? GROUP BY SCORE, SPHERE, LOCAL_HOUR")
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
                });
        NpsTally day = NpsTally.ofDistribution(distribution);
        return new DailyScores(date, day.responses(), day.promoters(), day.passives(), day.detractors(),
                twoDecimals(day.nps()), twoDecimals(day.marginOfError95()), distribution,
                sphereScores(bySphere), hourScores(byHour), recognitionRate(date), 0);
    }

    private static NpsTally times(NpsTally one, long n) {
        return new NpsTally(one.promoters() * n, one.passives() * n, one.detractors() * n);
    }

    private static List<DailyScores.SphereScore> sphereScores(Map<String, NpsTally> bySphere) {
        List<DailyScores.SphereScore> scores = new ArrayList<>();
        bySphere.forEach((sphere, tally) -> scores.add(new DailyScores.SphereScore(sphere, tally.responses(),
                twoDecimals(tally.nps()), twoDecimals(tally.marginOfError95()))));
        return scores;
    }

    private static List<DailyScores.HourScore> hourScores(Map<Integer, NpsTally> byHour) {
        List<DailyScores.HourScore> scores = new ArrayList<>();
        byHour.forEach((hour, tally) -> scores.add(new DailyScores.HourScore(hour, tally.responses(), twoDecimals(tally.nps()))));
        return scores;
    }

    private Double recognitionRate(LocalDate date) {
        record Sessions(long total, long recognised) {
        }
        Sessions sessions = jdbc.sql("""
                        SELECT COUNT(*) AS TOTAL, COALESCE(SUM(CASE WHEN RECOGNISED THEN 1 ELSE 0 END), 0) AS RECOGNISED
                        FROM KIOSK_SESSION WHERE LOCAL_DATE = ?""")
                .param(date).query(Sessions.class).single();
        return sessions.total() == 0 ? null : twoDecimals((double) sessions.recognised() / sessions.total());
    }
}
