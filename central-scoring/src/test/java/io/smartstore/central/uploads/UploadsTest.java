package io.smartstore.central.uploads;

import io.smartstore.central.customerbase.CustomerBase;
import io.smartstore.central.leadership.Benchmarks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin's CSV uploads: a good file loads whole, a file with any problem loads nothing and names each line to fix. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UploadsTest {

    @Autowired
    CustomerBaseCsv customerBaseCsv;
    @Autowired
    BenchmarksCsv benchmarksCsv;
    @Autowired
    CustomerBase customerBase;
    @Autowired
    Benchmarks benchmarks;

    @Test
    void aGoodCustomerBaseLoadsAndABadOneChangesNothing() {
        UploadCheck good = customerBaseCsv.load("""
                country,segment,customers,asOf
                IT,CONSUMER,700000,2026-11-01
                IT,PRO,150000,2026-11-01
                """);
        assertThat(good.accepted()).isTrue();
        assertThat(good.loaded()).isEqualTo(2);
        assertThat(customerBase.all().get("IT")).isEqualTo(Map.of("CONSUMER", 700_000L, "PRO", 150_000L));

        UploadCheck bad = customerBaseCsv.load("""
                country,segment,customers,asOf
                IT,CONSUMER,800000,2026-12-01
                Italy,PRO,many,yesterday
                IT,consumer,-5,2026-12-01
                """);
        assertThat(bad.accepted()).isFalse();
        assertThat(bad.problems()).containsExactly(
                "Line 3: country \"Italy\" is not a two-letter code such as FR",
                "Line 3: customers \"many\" is not a whole number from 0 to 10 billion",
                "Line 3: asOf \"yesterday\" is not a date such as 2026-11-01",
                "Line 4: segment \"consumer\" is not an upper-case code such as CONSUMER",
                "Line 4: customers \"-5\" is not a whole number from 0 to 10 billion");
        assertThat(customerBase.all().get("IT")).as("nothing half-loaded").isEqualTo(Map.of("CONSUMER", 700_000L, "PRO", 150_000L));
    }

    @Test
    void aFileThatIsNotTheExpectedCsvIsRefusedAsAWhole() {
        assertThat(customerBaseCsv.load("").problems()).containsExactly("The file is empty.");
        assertThat(customerBaseCsv.load("name,age\nAnna,3\n").problems())
                .containsExactly("The first line must name the columns country, segment, customers, asOf.");
        assertThat(customerBaseCsv.load("country,segment,customers,asOf\n").problems()).containsExactly("The file has no line after the header.");
        assertThat(benchmarksCsv.load("country,segment,competitor,nps,period\n\"FR,CONSUMER").accepted()).isFalse();
    }

    @Test
    void benchmarksLoadPerCountryAndNamesWithCommasSurviveQuoting() {
        UploadCheck good = benchmarksCsv.load("""
                country,segment,competitor,nps,period
                IT,CONSUMER,"Rossi, Verdi & Co",27.5,2026-Q4
                IT,CONSUMER,Competitor B,31,2026-Q4
                IT,PRO,Competitor B,12,2026-Q4
                """);
        assertThat(good.problems()).isEmpty();
        assertThat(benchmarks.all().get("IT").get("CONSUMER")).isEqualTo(Map.of("Rossi, Verdi & Co", 27.5, "Competitor B", 31.0));

        UploadCheck bad = benchmarksCsv.load("""
                country,segment,competitor,nps,period
                IT,PRO,Competitor B,140,2026-Q4
                IT,PRO,,12,2026-Q4
                """);
        assertThat(bad.problems()).containsExactly("Line 2: nps \"140\" is not a number from -100 to 100",
                "Line 3: a competitor's name has from 1 to 80 characters");
        assertThat(benchmarks.all().get("IT").get("PRO")).isEqualTo(Map.of("Competitor B", 12.0));
    }
}
