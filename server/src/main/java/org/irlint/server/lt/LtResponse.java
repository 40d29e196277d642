package org.irlint.server.lt;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** LanguageTool's {@code /v2/check} answer, field for field, so its clients can read irlint's. */
@Serdeable
public record LtResponse(Software software, Warnings warnings, Language language, List<Match> matches) {

    @Serdeable
    public record Software(String name, String version, String buildDate, int apiVersion, boolean premium,
            String premiumHint, String status) {
    }

    @Serdeable
    public record Warnings(boolean incompleteResults) {
    }

    @Serdeable
    public record Language(String name, String code, DetectedLanguage detectedLanguage) {
    }

    @Serdeable
    public record DetectedLanguage(String name, String code, double confidence, String source) {
    }

    @Serdeable
    public record Match(String message, String shortMessage, List<Replacement> replacements, int offset, int length,
            Context context, String sentence, Type type, Rule rule, boolean ignoreForIncompleteSentence,
            int contextForSureMatch) {
    }

    @Serdeable
    public record Replacement(String value) {
    }

    @Serdeable
    public record Context(String text, int offset, int length) {
    }

    @Serdeable
    public record Type(String typeName) {
    }

    @Serdeable
    public record Rule(String id, String description, String issueType, Category category, List<Url> urls) {
    }

    @Serdeable
    public record Category(String id, String name) {
    }

    @Serdeable
    public record Url(String value) {
    }

    @Serdeable
    public record LanguageEntry(String name, String code, String longCode) {
    }
}
