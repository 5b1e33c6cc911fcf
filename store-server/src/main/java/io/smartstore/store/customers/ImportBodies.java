package io.smartstore.store.customers;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The two bodies a CRM import takes, with an example of each, as the OpenAPI document shows them (both import endpoints). */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@RequestBody(required = true, content = {
        @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string", description = "one customer as JSON a line"),
                examples = @ExampleObject(name = "a customer line", value = """
                        {"ref":"C-000123","firstName":"Camille","language":"fr","segment":"CONSUMER","cards":["6280001000000014"],"phone":"+33612345678",\
                        "history":[{"sphere":"HOME","date":"2026-10-02","kind":"PRODUCT","title":"Fibre 2 Gb/s","status":"ACTIVE"}]}""")),
        @Content(mediaType = "text/csv", schema = @Schema(type = "string", description = "a header row, then one customer a row"),
                examples = @ExampleObject(name = "a customer row", value = """
                        ref,firstName,language,segment,cards,nfcUids,phone
                        C-000123,Camille,fr,CONSUMER,6280001000000014,,+33612345678
                        """))})
@interface ImportBodies {
}
