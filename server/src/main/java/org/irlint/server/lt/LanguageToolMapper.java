package org.irlint.server.lt;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.irlint.core.report.Category;
import org.irlint.core.report.Finding;
import org.irlint.core.report.Report;
import org.irlint.core.report.Severity;
import org.irlint.core.rules.RuleInfo;

/** Turns irlint's {@link Report} into LanguageTool's answer. Offsets stay those of the checked document. */
final class LanguageToolMapper {
    static final String VERSION = "0.1.0";
    private static final int CONTEXT = 40;
    private static final String ELLIPSIS = "...";

    private LanguageToolMapper() {
    }

    static LtResponse map(Report report, AnnotatedText doc, LtLanguages.Lang language,
            java.util.function.Function<String, RuleInfo> rules) {
        String text = doc.plain();
        List<LtResponse.Match> matches = new ArrayList<>();
        for (Finding f : report.findings()) {
            RuleInfo info = rules.apply(f.ruleId());
            int start = doc.documentStart(f.offset());
            int end = doc.documentEnd(f.offset(), f.end());
            matches.add(new LtResponse.Match(
                    f.message(),
                    shortMessage(f.category()),
                    f.suggestions().stream().map(LtResponse.Replacement::new).toList(),
                    start,
                    end - start,
                    context(text, f.offset(), f.length()),
                    sentence(text, f.offset()),
                    new LtResponse.Type("Other"),
                    new LtResponse.Rule(f.ruleId(), info == null ? f.ruleId() : info.description(), issueType(f.severity()),
                            new LtResponse.Category(f.category().name(), categoryName(f.category())),
                            f.url() == null ? null : List.of(new LtResponse.Url(f.url()))),
                    false,
                    0));
        }
        return new LtResponse(
                new LtResponse.Software("irlint", VERSION, null, 1, false, null, ""),
                new LtResponse.Warnings(false),
                new LtResponse.Language(language.name(), language.longCode(),
                        new LtResponse.DetectedLanguage(language.name(), language.longCode(), 1.0, "irlint checks English")),
                matches);
    }

    /**
     * LanguageTool clients colour a match by its issue type: "misspelling" is drawn red, "grammar" yellow and
     * "style" blue, which is the closest they have to irlint's error, warning and info.
     */
    static String issueType(Severity severity) {
        return switch (severity) {
            case ERROR -> "misspelling";
            case WARNING -> "grammar";
            case INFO -> "style";
        };
    }

    static String categoryName(Category category) {
        String id = category.id();
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    private static String shortMessage(Category category) {
        return categoryName(category);
    }

    /** Up to 40 characters either side, with "..." where cut, as LanguageTool does; never splits an emoji. */
    static LtResponse.Context context(String text, int offset, int length) {
        int from = Math.max(0, offset - CONTEXT);
        int to = Math.min(text.length(), offset + length + CONTEXT);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        if (to < text.length() && to > 0 && Character.isHighSurrogate(text.charAt(to - 1))) {
            to++;
        }
        String prefix = from > 0 ? ELLIPSIS : "";
        String suffix = to < text.length() ? ELLIPSIS : "";
        String body = text.substring(from, to).replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        return new LtResponse.Context(prefix + body + suffix, prefix.length() + offset - from, length);
    }

    static String sentence(String text, int offset) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text);
        int at = Math.min(Math.max(offset, 0), text.length());
        int end = it.following(Math.min(at, Math.max(0, text.length() - 1)));
        if (end == BreakIterator.DONE) {
            end = text.length();
        }
        int start = it.previous();
        if (start == BreakIterator.DONE || start > at) {
            start = 0;
        }
        return text.substring(start, end).strip();
    }
}
