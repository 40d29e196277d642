package org.irlint.core.relevance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irlint.core.Audience;
import org.irlint.core.rules.ResourceLoader;

/**
 * The hashtag catalogue ({@code irlint/reach/hashtags.yml}): community, meeting and topic tags. Relevance
 * reads it for the tags of each topic; the reach rules for their CamelCase spellings.
 */
public record HashtagCatalogue(List<Entry> entries) {
    public static final String RESOURCE = "irlint/reach/hashtags.yml";

    /** One tag: when it fits ({@code topics}, {@code "*"} for any IR topic) and for whom. */
    public record Entry(String tag, String kind, List<String> topics, List<String> audiences) {
        public boolean suits(Audience audience) {
            return audiences.isEmpty() || audiences.contains(audience.id());
        }
    }

    public static HashtagCatalogue load(ResourceLoader resources, String resource) {
        return resources.shared("hashtag-catalogue:" + resource, k -> of(resources.yamlList(resource)));
    }

    /** The catalogue from its YAML rows; rows without a {@code #tag} are skipped. */
    public static HashtagCatalogue of(List<Map<String, Object>> rows) {
        List<Entry> entries = new ArrayList<>();
        for (Map<String, Object> m : rows) {
            Object tag = m.get("tag");
            if (tag == null || !tag.toString().startsWith("#")) {
                continue;
            }
            entries.add(new Entry(tag.toString(), String.valueOf(m.get("kind")), strings(m.get("topics")), strings(m.get("audiences"))));
        }
        return new HashtagCatalogue(List.copyOf(entries));
    }

    /** topic id → the tags for it, in catalogue order ({@code "*"} holds the tags for any IR topic). */
    public Map<String, List<String>> byTopic() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Entry e : entries) {
            for (String topic : e.topics()) {
                out.computeIfAbsent(topic, k -> new ArrayList<>()).add(e.tag());
            }
        }
        return out;
    }

    private static List<String> strings(Object o) {
        return o instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }
}
