package io.smartstore.central;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/** Headquarters' scoring service: every store's answers, NPS by country and segment weighted by customers. */
@SpringBootApplication
public class CentralScoringApplication {

    public static void main(String[] args) {
        SpringApplication.run(CentralScoringApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
