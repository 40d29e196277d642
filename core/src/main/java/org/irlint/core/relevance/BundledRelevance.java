package org.irlint.core.relevance;

import java.nio.file.Path;
import java.util.List;
import org.irlint.core.text.TextView;

/**
 * Builds the relevance model from the bundled reference material plus the user's folders.
 * TODO(reference library issue): replace this placeholder, which knows no reference material, with the
 * Lucene model.
 */
public final class BundledRelevance {
    private BundledRelevance() {
    }

    /** Problems with user folders (a broken file) go to {@code problems}; the rest still loads. */
    public static RelevanceModel create(List<Path> extraFolders, List<String> problems) {
        return new RelevanceModel() {
            @Override
            public RelevanceAssessment assess(TextView text) {
                return new RelevanceAssessment(0, false, List.of(), List.of(), List.of());
            }

            @Override
            public List<ReferenceHit> search(String query, int limit) {
                return List.of();
            }
        };
    }
}
