package org.irlint.maven.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.irlint.core.Audience;
import org.irlint.core.Draft;
import org.irlint.core.Engine;
import org.irlint.core.relevance.RelevanceAssessment;
import org.irlint.core.report.Category;
import org.irlint.core.report.Finding;
import org.irlint.core.report.Report;
import org.irlint.core.score.Scorer;
import org.irlint.core.text.Mask;
import org.irlint.maven.source.ContentFile;
import org.irlint.maven.source.ContentReader;
import org.irlint.maven.source.ContentScanner;
import org.irlint.maven.source.InputProblem;
import org.irlint.maven.source.ParsedFile;
import org.irlint.maven.source.Position;
import org.irlint.maven.source.Post;
import org.irlint.maven.suppress.Baseline;
import org.irlint.maven.suppress.Fingerprint;
import org.irlint.maven.suppress.InlineSuppressions;

/**
 * Reads the files and checks every post with one shared engine on a small thread pool, then applies the
 * suppressions in file order (so baseline matching does not depend on thread timing).
 */
public final class PostChecker {
    private static final int SHOWN_SPAN_LIMIT = 80;

    private final Engine engine;
    private final ContentReader reader;
    private final Audience audience;
    private final Set<String> disabledRules;
    private final int threads;

    public PostChecker(Engine engine, ContentReader reader, Audience audience, Set<String> disabledRules, int threads) {
        this.engine = engine;
        this.reader = reader;
        this.audience = audience;
        this.disabledRules = Set.copyOf(disabledRules);
        this.threads = Math.max(1, threads);
    }

    /** Called with the number of posts checked so far, now and then, from worker threads. */
    public interface Progress {
        void filesRead(int files, int posts);

        void checked(int done, int total);
    }

    public CheckRun run(List<ContentScanner.Found> files, List<InputProblem> scanProblems, Baseline baseline,
                        Progress progress) throws InterruptedException {
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "irlint-check");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ParsedFile>> parsing = new ArrayList<>(files.size());
            for (ContentScanner.Found f : files) {
                parsing.add(pool.submit(() -> reader.read(f.path(), f.relativePath())));
            }
            List<ParsedFile> parsed = new ArrayList<>(files.size());
            for (Future<ParsedFile> f : parsing) {
                parsed.add(get(f));
            }
            List<Post> posts = new ArrayList<>();
            List<InputProblem> problems = new ArrayList<>(scanProblems);
            for (ParsedFile p : parsed) {
                problems.addAll(p.problems());
                for (Post post : p.posts()) {
                    if (post.text().length() > Engine.MAX_TEXT_LENGTH) {
                        Position at = post.start();
                        problems.add(InputProblem.error(p.file().relativePath(), at.line(), at.column(), "post "
                                + post.number() + " is " + post.text().length() + " characters; irlint checks at most "
                                + Engine.MAX_TEXT_LENGTH + " (split it into a thread)"));
                    } else {
                        posts.add(post);
                    }
                }
            }
            progress.filesRead(files.size(), posts.size());

            AtomicInteger done = new AtomicInteger();
            int step = Math.max(500, posts.size() / 10);
            List<Future<Object>> checks = new ArrayList<>(posts.size());
            for (Post post : posts) {
                checks.add(pool.submit(() -> {
                    Audience a = post.audience() != null ? post.audience() : audience;
                    Object outcome;
                    try {
                        outcome = engine.check(new Draft(post.text(), a, disabledRules, List.of()));
                    } catch (RuntimeException e) {
                        outcome = e; // one post the engine cannot take must not stop the other 9,999
                    }
                    int n = done.incrementAndGet();
                    if (n % step == 0 && n < posts.size()) {
                        progress.checked(n, posts.size());
                    }
                    return outcome;
                }));
            }
            List<CheckedPost> checked = new ArrayList<>(posts.size());
            java.util.Map<ContentFile, InlineSuppressions> comments = new java.util.IdentityHashMap<>();
            for (int i = 0; i < posts.size(); i++) {
                Post post = posts.get(i);
                Object outcome = get(checks.get(i));
                if (outcome instanceof RuntimeException e) {
                    Position at = post.start();
                    // the exception's class only: engine messages are not meant to carry text, but never risk it
                    problems.add(InputProblem.error(post.file().relativePath(), at.line(), at.column(),
                            "post " + post.number() + " could not be checked (" + e.getClass().getSimpleName() + ")"));
                    continue;
                }
                InlineSuppressions inline = comments.computeIfAbsent(post.file(), InlineSuppressions::of);
                checked.add(place(post, (Report) outcome, inline, baseline));
            }
            List<String> fileNames = files.stream().map(ContentScanner.Found::relativePath).toList();
            return new CheckRun(fileNames, checked, problems, engine.rules(), (System.nanoTime() - started) / 1_000_000);
        } finally {
            pool.shutdownNow();
        }
    }

    static CheckedPost place(Post post, Report report, InlineSuppressions inline, Baseline baseline) {
        ContentFile file = post.file();
        List<LocatedFinding> located = new ArrayList<>(report.findings().size());
        List<Finding> counted = new ArrayList<>();
        for (Finding f : report.findings()) {
            Position start = file.position(post.fileOffset(f.offset()));
            Position end = file.position(post.fileEnd(f.offset(), f.end()));
            String flagged = post.text().substring(f.offset(), f.end());
            String fingerprint = Fingerprint.of(f.ruleId(), flagged, file.lines().line(start.line()));
            Suppression why = Suppression.NONE;
            if (inline.suppresses(f.ruleId(), f.category(), start.line())) {
                why = Suppression.IN_SOURCE;
            } else if (baseline.accepts(file.relativePath(), f.ruleId(), fingerprint)) {
                why = Suppression.BASELINE;
            }
            if (why == Suppression.NONE) {
                counted.add(f);
            }
            located.add(new LocatedFinding(f, start, end, fingerprint, why, shown(f, flagged)));
        }
        if (counted.size() == report.findings().size()) {
            return new CheckedPost(post, report, located, report.score(), report.verdict());
        }
        // rescore without the suppressed findings; the scorer needs only the relevance verdict and score
        RelevanceAssessment rel = new RelevanceAssessment(report.relevance().score(), report.relevance().onTopic(),
                report.relevance().topics(), List.of(), List.of());
        Scorer.Result rescored = new Scorer().score(counted, rel);
        return new CheckedPost(post, report, located, rescored.score(), rescored.verdict());
    }

    private static String shown(Finding f, String flagged) {
        if (f.category() == Category.PRIVACY) {
            return Mask.of(flagged);
        }
        String oneLine = flagged.replaceAll("\\s+", " ");
        if (oneLine.length() > SHOWN_SPAN_LIMIT) {
            int cut = SHOWN_SPAN_LIMIT;
            if (Character.isHighSurrogate(oneLine.charAt(cut - 1))) {
                cut--;
            }
            return oneLine.substring(0, cut) + "…";
        }
        return oneLine;
    }

    private static <T> T get(Future<T> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
