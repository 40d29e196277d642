package org.irlint.server.http;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.HttpResponse;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An RFC 9457 problem. {@code detail} is always written by irlint itself, never copied from a parser or an
 * exception, so it cannot carry a fragment of a draft.
 */
@Serdeable
public record Problem(String type, String title, int status, String detail) {
    public static final MediaType MEDIA_TYPE = MediaType.of("application/problem+json");

    public static Problem of(HttpStatus status, String detail) {
        return new Problem("about:blank", status.getReason(), status.getCode(), detail);
    }

    public MutableHttpResponse<Problem> response() {
        return HttpResponse.<Problem>status(HttpStatus.valueOf(status)).contentType(MEDIA_TYPE).body(this);
    }
}
