package org.irlint.server.http;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * Every error Micronaut itself produces (unknown route, wrong method, wrong media type, body too large,
 * malformed JSON…) becomes a problem+json whose detail irlint wrote. Micronaut's own messages are dropped:
 * a JSON parser's message quotes the offending token, and a 405's message quotes the URI, either of which
 * may be part of a draft.
 */
@Singleton
public final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> base) {
        HttpStatus status = base.getStatus();
        Problem problem = Problem.of(status, detail(status));
        return base.contentType(Problem.MEDIA_TYPE).body(problem);
    }

    static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request could not be read. Send JSON like {\"text\": \"your post\"}.";
            case NOT_FOUND -> "There is nothing at this path. See /api/v1/openapi.yml for the API.";
            case METHOD_NOT_ALLOWED -> "This path does not accept that method. See /api/v1/openapi.yml.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the request with Content-Type: application/json "
                    + "(or application/x-www-form-urlencoded for /v2/check).";
            case NOT_ACCEPTABLE -> "irlint answers in JSON; accept application/json.";
            case REQUEST_ENTITY_TOO_LARGE -> "The request body is too large. Check posts of at most 25,000 characters.";
            case UNAUTHORIZED -> "This server needs a token: send Authorization: Bearer <token>.";
            case TOO_MANY_REQUESTS -> "Too many requests; wait a moment and try again.";
            case SERVICE_UNAVAILABLE -> "irlint is busy; try again in a moment.";
            default -> status.getCode() >= 500
                    ? "irlint hit an unexpected problem. Please try again."
                    : "The request could not be handled.";
        };
    }
}
