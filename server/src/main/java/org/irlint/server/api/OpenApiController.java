package org.irlint.server.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /api/v1/openapi.yml}: the API described for machines (kept in step by OpenApiTest). */
@Controller("/api/v1")
public final class OpenApiController {
    private static final MediaType YAML = MediaType.of("application/yaml");
    private final byte[] document;

    OpenApiController() {
        try (InputStream in = OpenApiController.class.getResourceAsStream("/openapi.yml")) {
            if (in == null) {
                throw new IllegalStateException("openapi.yml is missing from the jar");
            }
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get("/openapi.yml")
    public HttpResponse<byte[]> openapi() {
        return HttpResponse.ok(document).contentType(YAML);
    }
}
