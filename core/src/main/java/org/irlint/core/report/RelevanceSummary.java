package org.irlint.core.report;

import java.util.List;

/** How much the draft is about IR: {@code score} in [0, 1], the engine's yes/no, and the topics. */
public record RelevanceSummary(double score, boolean onTopic, List<Topic> topics) {
    public RelevanceSummary {
        topics = List.copyOf(topics);
    }
}
