package org.irlint.server.api;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import java.util.concurrent.CompletableFuture;
import org.irlint.core.report.Report;
import org.irlint.server.config.IrlintConfig;
import org.irlint.server.engine.CheckService;

/** {@code POST /api/v1/check}: exactly the contract's request and response. */
@Controller("/api/v1")
public final class CheckController {
    private final CheckService checks;
    private final CheckRequestParser parser;

    CheckController(CheckService checks, IrlintConfig.Limits limits) {
        this.checks = checks;
        this.parser = new CheckRequestParser(limits.getMaxTextLength());
    }

    @Post("/check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public CompletableFuture<Report> check(@Body byte[] body) {
        return checks.check(parser.parse(body), "api");
    }
}
