package org.irlint.core;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.irlint.core.reach.HashtagAdvisor;
import org.irlint.core.reach.LengthMeter;
import org.irlint.core.privacy.Gazetteer;
import org.irlint.core.relevance.BundledRelevance;
import org.irlint.core.relevance.ReferenceHit;
import org.irlint.core.relevance.RelevanceAssessment;
import org.irlint.core.relevance.RelevanceModel;
import org.irlint.core.report.Finding;
import org.irlint.core.report.HashtagSummary;
import org.irlint.core.report.Report;
import org.irlint.core.report.Severity;
import org.irlint.core.rules.CheckContext;
import org.irlint.core.rules.DetectorKinds;
import org.irlint.core.rules.ResourceLoader;
import org.irlint.core.rules.Phrases;
import org.irlint.core.rules.Rule;
import org.irlint.core.rules.RuleFileException;
import org.irlint.core.rules.RuleFileReader;
import org.irlint.core.rules.RuleInfo;
import org.irlint.core.rules.RuleSpec;
import org.irlint.core.score.Scorer;
import org.irlint.core.text.CharPositions;
import org.irlint.core.text.Entities;
import org.irlint.core.text.TextView;

/**
 * The check engine. Build it once (it reads the bundled rules and reference material, plus the user's own),
 * then share it: {@link #check(Draft)} is thread-safe and touches no disk or network. {@link #close()} releases
 * the reference index it built (an application that replaces engines, such as the server on a hot reload, closes
 * the old one once no check uses it).
 */
public final class Engine implements AutoCloseable {
    /** The longest draft the engine accepts, in UTF-16 code units (the contract's limit). */
    public static final int MAX_TEXT_LENGTH = 25_000;
    static final String BUNDLED_RULE_INDEX = "irlint/rules/index.txt";

    private final List<Rule> rules;
    private final Map<String, RuleInfo> catalogue;
    private final RelevanceModel relevance;
    /** Whether this engine built {@link #relevance} (and so closes it), rather than being handed it. */
    private final boolean ownsRelevance;
    private final FindingFilter filter;
    private final HashtagAdvisor hashtags = new HashtagAdvisor();
    private final Scorer scorer = new Scorer();
    private final List<String> problems;
    /** The bundled rules being built by {@link #prepareDefaults()}, until a build takes them. */
    private static final AtomicReference<CompletableFuture<List<Rule>>> PREPARED_RULES = new AtomicReference<>();

    private Engine(List<Rule> rules, RelevanceModel relevance, boolean ownsRelevance, FindingFilter filter, List<String> problems) {
        this.rules = List.copyOf(rules);
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        for (Rule r : rules) {
            byId.put(r.info().id(), r.info());
        }
        this.catalogue = byId;
        this.relevance = relevance;
        this.ownsRelevance = ownsRelevance;
        this.filter = filter;
        this.problems = List.copyOf(problems);
        Phrases.shareLiterals(); // this engine's word lists, walked once per word start (SharedTrie)
    }

    /**
     * Releases the reference index this engine built (memory, and the temporary folder of a large library); a
     * relevance model handed to the builder is left to its owner. Reference searches after this fail.
     */
    @Override
    public void close() {
        if (ownsRelevance && relevance instanceof Closeable closeable) {
            try {
                closeable.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts building the bundled rules and relevance model on background threads, so that an application can
     * overlap that with its own start-up before it has read its configuration (the server, while Micronaut starts).
     * The next {@link Builder#build()} takes what fits its configuration: the rules unless it adds rule files or
     * severity overrides (disabled rules are left out), the relevance model unless it adds reference folders;
     * it builds the rest itself. Whatever it does not take is dropped, never kept for later engines.
     */
    public static void prepareDefaults() {
        BundledRelevance.prepare();
        Gazetteer.prepare();
        CompletableFuture<List<Rule>> future = new CompletableFuture<>();
        if (PREPARED_RULES.compareAndSet(null, future)) {
            Thread t = new Thread(() -> {
                try {
                    future.complete(new Builder().rules());
                } catch (RuntimeException | Error e) {
                    future.completeExceptionally(e);
                }
            }, "irlint-rules-prepare");
            t.setDaemon(true);
            t.start();
        }
    }

    /** An engine with only the bundled rules and reference material. */
    public static Engine withDefaults() {
        return builder().build();
    }

    public Report check(Draft draft) {
        String text = draft.text();
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("text is " + text.length() + " characters; the limit is " + MAX_TEXT_LENGTH);
        }
        try {
            return checkText(draft, text);
        } finally {
            CharPositions.forgetTexts();
        }
    }

    private Report checkText(Draft draft, String text) {
        TextView view = TextView.of(text);
        Entities entities = Entities.of(text);
        RelevanceAssessment rel = relevance.assess(view);
        HashtagSummary tags = hashtags.advise(entities, rel, draft.audience());
        CheckContext context = new CheckContext(draft, view, entities, rel, LengthMeter.measure(text, entities), tags);
        Set<String> disabled = draft.disabledRules();
        for (Rule rule : rules) {
            if (!isDisabled(rule.info(), disabled)) {
                rule.check(context);
            }
        }
        List<Finding> findings = filter.apply(text, context.findings());
        Scorer.Result scored = scorer.score(findings, rel);
        return new Report(scored.score(), scored.verdict(), scored.categories(), rel.summary(), context.length(), tags,
                rel.references(), findings);
    }

    /** Rules can be switched off one by one, by category ({@code privacy.*}), or by id prefix ({@code team.*}). */
    static boolean isDisabled(RuleInfo rule, Set<String> disabled) {
        if (disabled.isEmpty()) {
            return false;
        }
        String id = rule.id();
        String category = rule.category().id();
        if (disabled.contains(id) || disabled.contains(category) || disabled.contains(category + ".*")) {
            return true;
        }
        int dot = id.indexOf('.');
        return dot > 0 && disabled.contains(id.substring(0, dot) + ".*");
    }

    /** Every active rule: id, category, severity (after overrides), description, explanation, examples. */
    public List<RuleInfo> rules() {
        return List.copyOf(catalogue.values());
    }

    public RuleInfo rule(String id) {
        return catalogue.get(id);
    }

    /** Searches the reference material (for "find a reliable source"). */
    public List<ReferenceHit> searchReferences(String query, int limit) {
        return relevance.search(query, limit);
    }

    /** Problems found while loading the user's reference folders: each names a file; the rest loaded. */
    public List<String> problems() {
        return problems;
    }

    /** Builds an {@link Engine}; user rule files that cannot be used fail the build with a {@link RuleFileException}. */
    public static final class Builder {
        private final List<Path> ruleFiles = new ArrayList<>();
        private final List<Path> referenceFolders = new ArrayList<>();
        private final Set<String> allowlist = new HashSet<>();
        private final Map<String, Severity> severities = new HashMap<>();
        private final Set<String> disabled = new HashSet<>();
        private RelevanceModel relevance;

        private Builder() {
        }

        /** Extra rule files (YAML or JSON). A rule whose id is bundled replaces the bundled one. */
        public Builder ruleFiles(Collection<Path> files) {
            ruleFiles.addAll(files);
            return this;
        }

        /** Folders of Markdown reference documents indexed alongside the bundled material. */
        public Builder referenceFolders(Collection<Path> folders) {
            referenceFolders.addAll(folders);
            return this;
        }

        /** Values that are never flagged (the clinic's booking line, the department's handle). */
        public Builder allowlist(Collection<String> values) {
            allowlist.addAll(values);
            return this;
        }

        public Builder severity(String ruleId, Severity severity) {
            severities.put(ruleId, Objects.requireNonNull(severity));
            return this;
        }

        /** Rules switched off for every check (ids, or {@code category.*}). */
        public Builder disable(Collection<String> ruleIds) {
            disabled.addAll(ruleIds);
            return this;
        }

        /** Replaces the bundled relevance model (tests, or a team's own model). */
        public Builder relevanceModel(RelevanceModel model) {
            this.relevance = model;
            return this;
        }

        public Engine build() {
            // The relevance model (reading the reference library, indexing it in Lucene) and the rules (reading
            // and compiling the rule files) need nothing from each other: build the model on a second thread
            // while this one reads the rules, so construction costs the longer of the two, not their sum.
            List<String> problems = new ArrayList<>();
            CompletableFuture<RelevanceModel> model = relevance != null ? CompletableFuture.completedFuture(relevance)
                    : CompletableFuture.supplyAsync(() -> BundledRelevance.create(referenceFolders, problems), r -> {
                        Thread t = new Thread(r, "irlint-relevance-build");
                        t.setDaemon(true);
                        t.start();
                    });
            CompletableFuture<List<Rule>> prepared = PREPARED_RULES.getAndSet(null);
            List<Rule> rules = prepared != null && ruleFiles.isEmpty() && severities.isEmpty() ? takeRules(prepared) : rules();
            return new Engine(rules, join(model), relevance == null, new FindingFilter(allowlist), problems);
        }

        /** The prepared bundled rules minus the disabled ones, or this build's own if preparing them failed. */
        private List<Rule> takeRules(CompletableFuture<List<Rule>> prepared) {
            List<Rule> all;
            try {
                all = prepared.join();
            } catch (CompletionException e) {
                return rules(); // the error, if it recurs, surfaces here
            }
            return all.stream().filter(r -> !isDisabled(r.info(), disabled)).toList();
        }

        private static RelevanceModel join(CompletableFuture<RelevanceModel> model) {
            try {
                return model.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error r) {
                    throw r;
                }
                throw e;
            }
        }

        private List<Rule> rules() {
            ResourceLoader resources = new ResourceLoader();
            RuleFileReader reader = new RuleFileReader(resources);
            Map<String, RuleSpec> specs = new LinkedHashMap<>();
            for (String file : ResourceLoader.readString(BUNDLED_RULE_INDEX).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
                for (RuleSpec spec : reader.readResource("irlint/rules/" + file)) {
                    if (specs.putIfAbsent(spec.id(), spec) != null) {
                        throw new RuleFileException(spec.info().source(), "rule " + spec.id() + " is defined twice");
                    }
                }
            }
            for (Path file : ruleFiles) {
                for (RuleSpec spec : reader.read(file)) {
                    specs.put(spec.id(), spec); // a user's rule replaces the bundled rule of the same id
                }
            }
            for (String id : severities.keySet()) {
                if (!specs.containsKey(id)) {
                    throw new RuleFileException("severity override", "no rule has the id '" + id + "'");
                }
            }
            DetectorKinds kinds = DetectorKinds.builtIn();
            List<Rule> rules = new ArrayList<>();
            for (RuleSpec spec : specs.values()) {
                if (isDisabled(spec.info(), disabled)) {
                    continue;
                }
                Severity override = severities.get(spec.id());
                RuleSpec effective = override == null ? spec : spec.withSeverity(override);
                rules.add(kinds.create(effective));
            }
            rules.sort(Comparator.comparingInt(Rule::phase));
            return rules;
        }
    }
}
