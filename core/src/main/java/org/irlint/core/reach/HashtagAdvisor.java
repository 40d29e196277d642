package org.irlint.core.reach;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.irlint.core.Audience;
import org.irlint.core.relevance.RelevanceAssessment;
import org.irlint.core.report.HashtagSummary;
import org.irlint.core.text.Entities;
import org.irlint.core.text.Entity;

/** The hashtags a draft has, and up to three it could add: #IRad first, then tags of its topics. */
public final class HashtagAdvisor {
    static final int MAX_SUGGESTIONS = 3;

    public HashtagSummary advise(Entities entities, RelevanceAssessment relevance, Audience audience) {
        List<String> present = new ArrayList<>();
        Set<String> have = new java.util.HashSet<>();
        for (Entity e : entities.of(Entity.Kind.HASHTAG)) {
            present.add("#" + e.value());
            have.add(e.value().toLowerCase(Locale.ROOT));
        }
        Set<String> suggested = new LinkedHashSet<>();
        if (relevance.onTopic()) {
            addIfMissing(suggested, have, "#IRad");
            for (String tag : relevance.topicHashtags()) {
                addIfMissing(suggested, have, tag);
            }
        }
        return new HashtagSummary(present, suggested.stream().limit(MAX_SUGGESTIONS).toList());
    }

    private static void addIfMissing(Set<String> suggested, Set<String> have, String tag) {
        String bare = tag.startsWith("#") ? tag.substring(1) : tag;
        if (!have.contains(bare.toLowerCase(Locale.ROOT))) {
            suggested.add("#" + bare);
        }
    }
}
