package org.irlint.server.api;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.irlint.core.rules.RuleExample;
import org.irlint.core.rules.RuleInfo;

/** One rule in the catalogue, with its examples as plain text (the markers show the span it flags). */
@Serdeable
public record RuleEntry(String id, String category, String severity, String description, String explanation,
        String url, Examples examples) {

    @Serdeable
    public record Examples(List<String> bad, List<String> good) {
    }

    static RuleEntry of(RuleInfo info) {
        return new RuleEntry(info.id(), info.category().id(), info.severity().id(), info.description(),
                info.explanation(), info.url(),
                new Examples(info.badExamples().stream().map(RuleExample::text).toList(),
                        info.goodExamples().stream().map(RuleExample::text).toList()));
    }
}
