package org.irlint.core.relevance;

import java.util.List;
import org.irlint.core.text.TextView;

/** Judges how much a draft is about IR, and searches the reference material. Thread-safe. */
public interface RelevanceModel {
    RelevanceAssessment assess(TextView text);

    List<ReferenceHit> search(String query, int limit);
}
