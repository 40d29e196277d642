package org.irlint.core.reach;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.irlint.core.Audience;
import org.irlint.core.rules.ResourceLoader;

/** The hashtag catalogue ({@code irlint/reach/hashtags.yml}): community, meeting and topic tags. */
public record HashtagCatalogue(List<Entry> entries) {
    public static final String RESOURCE = "irlint/reach/hashtags.yml";

    /** One tag: when it fits ({@code topics}, {@code "*"} for any IR topic) and for whom. */
    public record Entry(String tag, String kind, List<String> topics, List<String> audiences) {
        public boolean suits(Audience audience) {
            return audiences.isEmpty() || audiences.contains(audience.id());
        }
    }

    public static HashtagCatalogue load(ResourceLoader resources, String resource) {
        return resources.shared("hashtag-catalogue:" + resource, k -> {
            List<Entry> entries = new ArrayList<>();
            for (Map<String, Object> m : resources.yamlList(resource)) {
                Object tag = m.get("tag");
                if (tag == null || !tag.toString().startsWith("#")) {
                    continue;
                }
                entries.add(new Entry(tag.toString(), String.valueOf(m.get("kind")), strings(m.get("topics")), strings(m.get("audiences"))));
            }
            return new HashtagCatalogue(List.copyOf(entries));
        });
    }

    private static List<String> strings(Object o) {
        return o instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }
}
