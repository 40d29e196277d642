package org.irlint.core.relevance;

import java.util.List;
import org.irlint.core.report.ReferenceLink;
import org.irlint.core.report.RelevanceSummary;
import org.irlint.core.report.Topic;

/**
 * What the relevance model concluded about one draft: the summary for the report, the best reference links,
 * and the hashtags that belong to the matched topics (best first) for the hashtag advice.
 */
public record RelevanceAssessment(
        double score,
        boolean onTopic,
        List<Topic> topics,
        List<ReferenceLink> references,
        List<String> topicHashtags) {

    public RelevanceAssessment {
        topics = List.copyOf(topics);
        references = List.copyOf(references);
        topicHashtags = List.copyOf(topicHashtags);
    }

    public RelevanceSummary summary() {
        return new RelevanceSummary(score, onTopic, topics);
    }
}
