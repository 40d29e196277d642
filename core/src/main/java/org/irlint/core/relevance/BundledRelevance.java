package org.irlint.core.relevance;

import java.nio.file.Path;
import java.util.List;

/** Builds the relevance model from the bundled reference material plus the user's folders. */
public final class BundledRelevance {
    private BundledRelevance() {
    }

    /** Problems with user folders (a broken file) go to {@code problems}; the rest still loads. */
    public static RelevanceModel create(List<Path> extraFolders, List<String> problems) {
        return LuceneRelevance.build(ReferenceLibrary.load(extraFolders, problems));
    }
}
