package org.irlint.core.relevance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/** Builds the relevance model from the bundled reference material plus the user's folders. */
public final class BundledRelevance {
    private record Prepared(RelevanceModel model, List<String> problems) {
    }

    private static final AtomicReference<CompletableFuture<Prepared>> PREPARED = new AtomicReference<>();

    private BundledRelevance() {
    }

    /**
     * Starts building the model of the bundled material alone on a background thread, for the next
     * {@link #create} without extra folders to take. For an application that can start this before it has read
     * its configuration (the server, while its framework starts); a later call while one is pending does nothing.
     */
    public static void prepare() {
        CompletableFuture<Prepared> future = new CompletableFuture<>();
        if (!PREPARED.compareAndSet(null, future)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                List<String> problems = new ArrayList<>();
                RelevanceModel model = LuceneRelevance.build(ReferenceLibrary.load(List.of(), problems));
                future.complete(new Prepared(model, List.copyOf(problems)));
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "irlint-relevance-prepare");
        t.setDaemon(true);
        t.start();
    }

    /** Problems with user folders (a broken file) go to {@code problems}; the rest still loads. */
    public static RelevanceModel create(List<Path> extraFolders, List<String> problems) {
        // Taken once either way: a prepared model is not kept alive for later engines (hot reloads build their own).
        CompletableFuture<Prepared> prepared = PREPARED.getAndSet(null);
        if (prepared != null && extraFolders.isEmpty()) {
            try {
                Prepared p = prepared.join();
                problems.addAll(p.problems());
                return p.model();
            } catch (CompletionException e) {
                // fall through: build here, so the error (if it recurs) surfaces on the caller's thread
            }
        }
        return LuceneRelevance.build(ReferenceLibrary.load(extraFolders, problems));
    }
}
