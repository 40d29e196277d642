package org.irlint.core.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.irlint.core.Draft;
import org.irlint.core.relevance.RelevanceAssessment;
import org.irlint.core.report.Category;
import org.irlint.core.report.Finding;
import org.irlint.core.report.HashtagSummary;
import org.irlint.core.report.LengthSummary;
import org.irlint.core.text.Entities;
import org.irlint.core.text.Mask;
import org.irlint.core.text.Span;
import org.irlint.core.text.TextView;

/**
 * Everything one check knows about the draft, and where rules put what they find. One per check; never
 * shared between threads.
 */
public final class CheckContext {
    private final Draft draft;
    private final TextView view;
    private final Entities entities;
    private final RelevanceAssessment relevance;
    private final LengthSummary length;
    private final HashtagSummary hashtags;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Object> notes = new HashMap<>();

    public CheckContext(Draft draft, TextView view, Entities entities, RelevanceAssessment relevance,
                        LengthSummary length, HashtagSummary hashtags) {
        this.draft = draft;
        this.view = view;
        this.entities = entities;
        this.relevance = relevance;
        this.length = length;
        this.hashtags = hashtags;
    }

    public Draft draft() {
        return draft;
    }

    public TextView view() {
        return view;
    }

    /** The original text. */
    public String text() {
        return view.original();
    }

    /** The normalized text detectors match on. */
    public String normalized() {
        return view.normalized();
    }

    public Entities entities() {
        return entities;
    }

    public RelevanceAssessment relevance() {
        return relevance;
    }

    public LengthSummary length() {
        return length;
    }

    public HashtagSummary hashtags() {
        return hashtags;
    }

    /** Findings reported so far (phase-1 rules read the phase-0 ones). */
    public List<Finding> findings() {
        return Collections.unmodifiableList(findings);
    }

    public List<Finding> findings(Category category) {
        return findings.stream().filter(f -> f.category() == category).toList();
    }

    /** A scratch pad for detectors to leave facts for later rules (for example quasi-identifiers seen). */
    public Map<String, Object> notes() {
        return notes;
    }

    /**
     * A fact about this draft computed once per check and shared by the rules that need it. Unlike
     * {@code notes().computeIfAbsent}, the computation may itself ask for other shared facts.
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(String key, java.util.function.Supplier<T> compute) {
        Object value = notes.get(key);
        if (value == null) {
            value = compute.get();
            notes.put(key, value);
        }
        return (T) value;
    }

    /**
     * Reports a finding over the <em>normalized</em> span [start, end). {@code message} may hold
     * {@code {match}}: the matched text, masked when the rule is about privacy so that no identifier travels
     * further than the author's screen.
     */
    public Finding report(Rule rule, int start, int end, String message, List<String> suggestions) {
        Span s = view.toOriginal(start, end);
        return reportOriginal(rule, s.start(), s.end(), message, suggestions);
    }

    /** Reports a finding over the <em>original</em> span [start, end). */
    public Finding reportOriginal(Rule rule, int start, int end, String message, List<String> suggestions) {
        return reportOriginal(rule, rule.info().severity(), start, end, message, suggestions);
    }

    /**
     * Reports with a severity other than the rule's own, for rules whose weight depends on the audience
     * (plain language is a warning for patients but a hint for the public).
     */
    public Finding reportOriginal(Rule rule, org.irlint.core.report.Severity severity, int start, int end, String message,
                                  List<String> suggestions) {
        RuleInfo info = rule.info();
        String matched = text().substring(start, end);
        String shown = info.category() == Category.PRIVACY ? Mask.of(matched) : matched;
        String text = message.replace("{match}", shown);
        List<String> filled = new ArrayList<>(suggestions.size());
        for (String s : suggestions) {
            filled.add(s.replace("{match}", shown));
        }
        Finding f = new Finding(info.id(), info.category(), severity, start, end - start, text, filled, info.url());
        findings.add(f);
        return f;
    }
}
