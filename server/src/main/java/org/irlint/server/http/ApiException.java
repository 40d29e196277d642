package org.irlint.server.http;

import io.micronaut.http.HttpStatus;

/** A request irlint refuses, with a message safe to show and to log (it never contains draft text). */
public final class ApiException extends RuntimeException {
    private final HttpStatus status;

    public ApiException(HttpStatus status, String safeDetail) {
        super(safeDetail, null, false, false);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    public Problem problem() {
        return Problem.of(status, getMessage());
    }
}
