package org.irlint.server.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort: a bug must not put a stack trace in front of the user, nor an exception message (which might
 * quote the draft) into the log. Only the exception's type and where it was thrown are logged.
 */
@Produces
@Singleton
public final class UnexpectedExceptionHandler implements ExceptionHandler<Exception, HttpResponse<Problem>> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionHandler.class);

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, Exception exception) {
        StackTraceElement[] trace = exception.getStackTrace();
        LOG.error("Unexpected {} at {} while answering {} {}", exception.getClass().getName(),
                trace.length > 0 ? trace[0] : "unknown", request.getMethodName(), request.getPath());
        return Problem.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "irlint hit an unexpected problem and could not check this text. Please try again.").response();
    }
}
