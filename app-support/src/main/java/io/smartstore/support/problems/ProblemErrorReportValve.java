package io.smartstore.support.problems;

import io.smartstore.protocol.wire.ProblemCode;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.Writer;

/**
 * What Tomcat answers by itself, before any servlet runs — a request line or headers over its
 * limits, a request it cannot parse — as problem details like every other refusal, not as
 * Tomcat's HTML page (which also names the server).
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus http = HttpStatus.resolve(status) == null ? HttpStatus.BAD_REQUEST : HttpStatus.resolve(status);
        ProblemCode code = ProblemResponses.codeFor(http.value());
        String title = http.is5xxServerError() ? "Something went wrong on our side"
                : "The request could not be read: " + http.getReasonPhrase().toLowerCase(java.util.Locale.ROOT)
                + " (a request line or headers too long, or not HTTP)";
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(ProblemResponses.body(http, code, title));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException gone) {
            // the client went away: nothing more to say
        }
    }
}
