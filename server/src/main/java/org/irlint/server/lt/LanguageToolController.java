package org.irlint.server.lt;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.irlint.core.Audience;
import org.irlint.core.Draft;
import org.irlint.core.Engine;
import org.irlint.core.rules.RuleInfo;
import org.irlint.server.api.CheckRequestParser;
import org.irlint.server.config.IrlintConfig;
import org.irlint.server.engine.CheckService;
import org.irlint.server.engine.EngineHolder;
import org.irlint.server.http.ApiException;

/**
 * LanguageTool's HTTP API ({@code /v2/check}, {@code /v2/languages}), so its editor plugins and browser add-on
 * can use irlint as their "other server".
 */
@Controller("/v2")
public final class LanguageToolController {
    private final CheckService checks;
    private final EngineHolder engines;
    private final int maxTextLength;

    LanguageToolController(CheckService checks, EngineHolder engines, IrlintConfig.Limits limits) {
        this.checks = checks;
        this.engines = engines;
        this.maxTextLength = limits.getMaxTextLength();
    }

    @Get("/languages")
    public List<LtResponse.LanguageEntry> languages() {
        return LtLanguages.ALL.stream().map(l -> new LtResponse.LanguageEntry(l.name(), l.code(), l.longCode())).toList();
    }

    @Post("/check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public CompletableFuture<LtResponse> check(@Body String body) {
        Map<String, String> form = FormFields.parse(body);
        AnnotatedText doc = document(form);
        LtLanguages.Lang language = LtLanguages.resolve(form.get("language"));
        Engine engine = engines.engine();
        Set<String> disabled = disabledRules(form, engine);
        Audience audience = CheckRequestParser.audience(form.get("audience"));
        Draft draft = new Draft(doc.plain(), audience, disabled, List.of());
        return checks.check(draft, "languagetool")
                .thenApply(report -> LanguageToolMapper.map(report, doc, language, engine::rule));
    }

    private AnnotatedText document(Map<String, String> form) {
        String text = form.get("text");
        String data = form.get("data");
        if (text != null && data != null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Send either 'text' or 'data', not both.");
        }
        AnnotatedText doc;
        if (text != null) {
            doc = AnnotatedText.plain(text);
        } else if (data != null) {
            doc = AnnotatedText.parse(data);
        } else {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The form field 'text' (or 'data') is missing.");
        }
        if (doc.plain().isBlank()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The text is empty: there is nothing to check.");
        }
        if (doc.plain().length() > maxTextLength) {
            throw new ApiException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "The text is " + doc.plain().length()
                    + " characters long; this server checks at most " + maxTextLength + ".");
        }
        return doc;
    }

    /** disabledRules and disabledCategories switch rules off; enabledOnly=true keeps only enabledRules/Categories. */
    static Set<String> disabledRules(Map<String, String> form, Engine engine) {
        Set<String> disabled = new HashSet<>(list(form.get("disabledRules")));
        for (String category : list(form.get("disabledCategories"))) {
            disabled.add(category.toLowerCase(Locale.ROOT) + ".*");
        }
        if ("true".equalsIgnoreCase(form.getOrDefault("enabledOnly", "false"))) {
            Set<String> enabled = new HashSet<>(list(form.get("enabledRules")));
            Set<String> enabledCategories = new HashSet<>();
            for (String c : list(form.get("enabledCategories"))) {
                enabledCategories.add(c.toLowerCase(Locale.ROOT));
            }
            if (enabled.isEmpty() && enabledCategories.isEmpty()) {
                throw new ApiException(HttpStatus.BAD_REQUEST,
                        "enabledOnly=true needs enabledRules or enabledCategories.");
            }
            for (RuleInfo r : engine.rules()) {
                if (!enabled.contains(r.id()) && !enabledCategories.contains(r.category().id())) {
                    disabled.add(r.id());
                }
            }
        }
        return disabled;
    }

    private static List<String> list(String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
