package org.irlint.maven.suppress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.irlint.core.report.Category;
import org.irlint.maven.source.ContentFile;
import org.irlint.maven.source.Format;
import org.irlint.maven.source.LineIndex;

/**
 * Suppression comments a reviewer can read in the file itself:
 * <pre>
 * &lt;!-- irlint-disable privacy.phone --&gt;   … lines …   &lt;!-- irlint-enable --&gt;
 * &lt;!-- irlint-disable-next-line privacy.phone --&gt;
 * &lt;!-- irlint-disable-line --&gt;
 * </pre>
 * In YAML the same directives are written as {@code # irlint-disable ...} comments. No rule list means every
 * rule; a list may name rule ids, categories or {@code prefix.*}.
 */
public final class InlineSuppressions {
    private static final Pattern HTML = Pattern.compile(
            "<!--\\s*irlint-(disable-next-line|disable-line|disable|enable)\\b([^\\n]*?)-->");
    private static final Pattern HASH = Pattern.compile(
            "#\\s*irlint-(disable-next-line|disable-line|disable|enable)\\b([^\\n]*)$", Pattern.MULTILINE);
    public static final InlineSuppressions NONE = new InlineSuppressions(List.of());

    /** Lines [from, to] (1-based, inclusive) on which the selected rules are off. */
    private record Region(int from, int to, RuleSelector rules) {
    }

    private final List<Region> regions;

    private InlineSuppressions(List<Region> regions) {
        this.regions = List.copyOf(regions);
    }

    public static InlineSuppressions of(ContentFile file) {
        String text = file.text();
        if (!text.contains("irlint-")) {
            return NONE;
        }
        LineIndex lines = file.lines();
        List<Region> regions = new ArrayList<>();
        List<int[]> openStarts = new ArrayList<>();
        List<RuleSelector> open = new ArrayList<>();
        Matcher m = (file.format() == Format.YAML ? HASH : HTML).matcher(text);
        while (m.find()) {
            int line = lines.lineOf(m.start());
            RuleSelector rules = selector(m.group(2));
            switch (m.group(1)) {
                case "disable-next-line" -> regions.add(new Region(line + 1, line + 1, rules));
                case "disable-line" -> regions.add(new Region(line, line, rules));
                case "disable" -> {
                    open.add(rules);
                    openStarts.add(new int[] {line});
                }
                default -> { // enable: closes the matching open regions (all of them when it names no rule)
                    for (int i = open.size() - 1; i >= 0; i--) {
                        if (rules.names().isEmpty() || rules.names().equals(open.get(i).names())) {
                            regions.add(new Region(openStarts.get(i)[0], line, open.get(i)));
                            open.remove(i);
                            openStarts.remove(i);
                        }
                    }
                }
            }
        }
        for (int i = 0; i < open.size(); i++) {
            regions.add(new Region(openStarts.get(i)[0], Integer.MAX_VALUE, open.get(i)));
        }
        return new InlineSuppressions(regions);
    }

    private static RuleSelector selector(String list) {
        String s = list.strip();
        if (s.endsWith("-->")) {
            s = s.substring(0, s.length() - 3);
        }
        // "-- reason" after the rule list is a reviewer's note, not a rule
        int reason = s.indexOf("--");
        if (reason >= 0) {
            s = s.substring(0, reason);
        }
        LinkedHashSet<String> names = new LinkedHashSet<>();
        Arrays.stream(s.split("[,\\s]+")).map(String::strip).filter(x -> !x.isEmpty()).forEach(names::add);
        return names.isEmpty() ? RuleSelector.ALL : new RuleSelector(names);
    }

    public boolean suppresses(String ruleId, Category category, int line) {
        for (Region r : regions) {
            if (line >= r.from() && line <= r.to() && r.rules().matches(ruleId, category)) {
                return true;
            }
        }
        return false;
    }
}
