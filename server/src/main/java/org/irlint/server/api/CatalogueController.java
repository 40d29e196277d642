package org.irlint.server.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import java.util.List;
import org.irlint.core.relevance.ReferenceHit;
import org.irlint.server.engine.EngineHolder;
import org.irlint.server.http.ApiException;

/** The rule catalogue and the reference search: what irlint knows, not what it was sent. */
@Controller("/api/v1")
public final class CatalogueController {
    private static final int MAX_QUERY = 500;
    private final EngineHolder engines;

    CatalogueController(EngineHolder engines) {
        this.engines = engines;
    }

    @Get("/rules")
    public List<RuleEntry> rules() {
        return engines.engine().rules().stream().map(RuleEntry::of).toList();
    }

    @Get("/references")
    public List<ReferenceResult> references(@Nullable @QueryValue String q, @Nullable @QueryValue Integer limit) {
        if (q == null || q.isBlank()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Give a search as ?q=words, for example ?q=fibroid+embolization.");
        }
        if (q.length() > MAX_QUERY) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The search is longer than " + MAX_QUERY + " characters.");
        }
        int n = limit == null ? 10 : limit;
        if (n < 1 || n > 50) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "limit must be between 1 and 50.");
        }
        return engines.engine().searchReferences(q, n).stream().map(ReferenceResult::of).toList();
    }

    @io.micronaut.serde.annotation.Serdeable
    public record ReferenceResult(String id, String title, String url, String snippet, double score) {
        static ReferenceResult of(ReferenceHit h) {
            return new ReferenceResult(h.id(), h.title(), h.url(), h.snippet(), h.score());
        }
    }
}
