package org.irlint.core.reach;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.irlint.core.Audience;
import org.irlint.core.report.Severity;
import org.irlint.core.rules.CheckContext;
import org.irlint.core.rules.Lexicon;
import org.irlint.core.rules.SpecRule;
import org.irlint.core.rules.RuleSpec;
import org.irlint.core.rules.PhraseScan;
import org.irlint.core.rules.Phrases;

/**
 * {@code kind: plain-language} — for lay audiences, flags the first use of each unexplained acronym (with
 * its expansion as the suggestion) or jargon term (with plain wording). At the rule's severity for
 * {@code patients}, as a hint for the {@code public}; clinicians and trainees share the jargon.
 *
 * <p>{@code source: acronyms} reads {@code irlint/lexicon/acronyms.yml}; {@code source: jargon} reads
 * {@code irlint/lexicon/plain-language.yml}.
 */
public final class PlainLanguageRule extends SpecRule {
    private record Entry(String replacement, String plain) {
    }

    private final boolean acronyms;
    private final Phrases pattern;
    private final Map<String, Entry> entries;

    public PlainLanguageRule(RuleSpec spec) {
        super(spec);
        String source = spec.requiredString("source");
        this.acronyms = source.equals("acronyms");
        if (!acronyms && !source.equals("jargon")) {
            throw spec.error("'source' must be acronyms or jargon");
        }
        Map<String, Entry> byKey = new HashMap<>();
        List<String> terms = new ArrayList<>();
        String resource = acronyms ? "irlint/lexicon/acronyms.yml" : "irlint/lexicon/plain-language.yml";
        for (Map<String, Object> m : spec.resources().yamlList(resource)) {
            if (acronyms) {
                Object a = m.get("acronym");
                if (a == null || Boolean.TRUE.equals(m.get("common")) || m.get("expansion") == null) {
                    continue;
                }
                terms.add(a.toString());
                String expansion = m.get("expansion").toString();
                byKey.put(a.toString(), new Entry(a + " (" + expansion + ")", String.valueOf(m.getOrDefault("plain", expansion))));
            } else {
                Object t = m.get("term");
                if (t == null || m.get("plain") == null) {
                    continue;
                }
                terms.add(t.toString());
                byKey.put(Lexicon.key(t.toString()), new Entry(m.get("plain").toString(), m.get("plain").toString()));
            }
        }
        this.entries = Map.copyOf(byKey);
        // Acronyms are matched in their exact case: "PAD" is an acronym, "pad" is a word.
        this.pattern = Lexicon.compile(terms, acronyms);
    }

    @Override
    public void check(CheckContext context) {
        Audience audience = context.draft().audience();
        if (!audience.laypeople()) {
            return;
        }
        Severity severity = audience == Audience.PATIENTS ? info.severity() : Severity.INFO;
        String text = context.normalized();
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> seen = new HashSet<>();
        PhraseScan m = pattern.matcher(text);
        while (m.find()) {
            String key = acronyms ? m.group() : Lexicon.key(m.group());
            Entry entry = entries.get(key);
            if (entry == null || !seen.add(key) || insideEntity(context, m.start(), m.end())) {
                continue;
            }
            if (acronyms && explained(text, lower, m.end(), entry)) {
                continue;
            }
            var span = context.view().toOriginal(m.start(), m.end());
            context.reportOriginal(this, severity, span.start(), span.end(),
                    message.replace("{plain}", entry.plain()), List.of(entry.replacement()));
        }
    }

    /** "TACE (transarterial chemoembolization)", or the expansion anywhere in the post, explains it. */
    private static boolean explained(String text, String lower, int end, Entry entry) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i < text.length() && (text.charAt(i) == '(' || text.charAt(i) == ',' && i + 1 < text.length())) {
            return true;
        }
        String expansion = entry.replacement().substring(entry.replacement().indexOf('(') + 1, entry.replacement().length() - 1);
        return lower.contains(expansion.toLowerCase(Locale.ROOT));
    }

    private static boolean insideEntity(CheckContext context, int start, int end) {
        var span = context.view().toOriginal(start, end);
        return context.entities().at(span.start(), span.end()) != null;
    }
}
