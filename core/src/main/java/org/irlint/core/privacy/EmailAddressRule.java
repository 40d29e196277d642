package org.irlint.core.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.irlint.core.rules.CheckContext;
import org.irlint.core.rules.SpecRule;
import org.irlint.core.rules.RuleSpec;

/**
 * {@code kind: email-address} — e-mail addresses, written plainly or dressed up to slip past filters:
 * "jdoe [at] gmail [dot] com", "jdoe(at)gmail.com", "jdoe at gmail dot com". A plain " at " with a real dot
 * ("join us at rsna.org") is only an address when the domain is a personal mail provider ({@code webmail}),
 * because otherwise it is how people say where an event is.
 *
 * <pre>
 * tlds: [com, org, net, edu, ...]
 * webmail: [gmail, yahoo, hotmail, ...]
 * notMailboxes: [us, me, visit]   # words before a spoken " at " that make it a place, not an address
 * roleMailboxes: [info, recruiting, research]  # an organization's mailbox: an info hint, not flagged
 * ownWords / personWords: as for phone numbers
 * </pre>
 */
public final class EmailAddressRule extends SpecRule {
    private static final String LOCAL = "(?<local>[A-Za-z0-9][A-Za-z0-9._%+-]{0,63})";
    private static final String AT = "(?<at>\\s*@\\s*|\\s*[\\[({<]\\s*at\\s*[\\])}>]\\s*|\\s+at\\s+)";
    private static final String DOT = "(?:\\s*[\\[({<]\\s*dot\\s*[\\])}>]\\s*|\\s+dot\\s+|\\.)";

    /** "j d o e @ g m a i l . c o m": single characters each followed by one space, around an "@". */
    private static final Pattern SPACED_OUT = Pattern.compile("(?<![A-Za-z0-9])(?:[A-Za-z0-9._%+-] ){2,64}@(?: [A-Za-z0-9._-]){4,80}");

    private final Pattern pattern;
    private final Set<String> webmail;
    private final Set<String> notMailboxes;
    private final OrganizationContact organization;
    private final HintOf hint;
    private final String ownMessage;
    private final List<String> ownSuggestions;

    public EmailAddressRule(RuleSpec spec) {
        super(spec);
        List<String> tlds = spec.strings("tlds");
        if (tlds.isEmpty()) {
            throw spec.error("needs 'tlds' (the top-level domains an obfuscated address may end in)");
        }
        String tld = tlds.stream().map(t -> Pattern.quote(t.toLowerCase(Locale.ROOT)))
                .sorted((a, b) -> b.length() - a.length()).collect(Collectors.joining("|"));
        this.pattern = Pattern.compile("(?<![A-Za-z0-9._%+-])" + LOCAL + AT
                        + "(?<domain>[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:" + DOT + "[A-Za-z0-9][A-Za-z0-9-]{0,62}){0,3}?)"
                        + "(?<dot>" + DOT + ")(?<tld>" + tld + ")(?![A-Za-z0-9-]|/)",
                Pattern.CASE_INSENSITIVE);
        this.notMailboxes = spec.strings("notMailboxes").stream().map(w -> w.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.webmail = spec.strings("webmail").stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.organization = new OrganizationContact(spec.strings("ownWords"), spec.strings("personWords"),
                spec.strings("roleMailboxes"), spec.integer("ownWindow", 40));
        this.hint = new HintOf(info);
        this.ownMessage = spec.string("ownMessage", spec.message());
        this.ownSuggestions = spec.strings("ownSuggest");
    }

    @Override
    public void check(CheckContext context) {
        String text = context.normalized();
        if (text.indexOf('@') < 0 && !containsAt(text)) {
            return;
        }
        spacedOut(context, text);
        Matcher m = pattern.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            if (isAddress(m)) {
                boolean own = (!webmail.contains(firstLabel(m.group("domain"))) && organization.roleMailbox(m.group("local")))
                        || organization.ownNear(text, m.start(), m.end());
                if (own) {
                    context.report(hint, m.start(), m.end(), ownMessage, ownSuggestions);
                } else {
                    context.report(this, m.start(), m.end(), message, suggestions);
                }
                from = m.end();
            } else {
                from = m.start("at") + 1;
            }
        }
    }

    private void spacedOut(CheckContext context, String text) {
        if (text.indexOf('@') < 0) {
            return;
        }
        Matcher s = SPACED_OUT.matcher(text);
        while (s.find()) {
            StringBuilder collapsed = new StringBuilder();
            int[] at = new int[s.end() - s.start()];
            for (int i = s.start(); i < s.end(); i++) {
                if (text.charAt(i) != ' ') {
                    at[collapsed.length()] = i;
                    collapsed.append(text.charAt(i));
                }
            }
            Matcher m = pattern.matcher(collapsed);
            if (m.find() && m.start() == 0) {
                int end = at[m.end() - 1] + 1;
                context.report(this, s.start(), end, message, suggestions);
            }
        }
    }

    /** An "@" or a bracketed or dotted-out "at" is an address; a plain " at " with a real dot needs webmail. */
    private boolean isAddress(Matcher m) {
        String at = m.group("at").strip();
        if (!at.equalsIgnoreCase("at")) {
            return true;
        }
        if (notMailboxes.contains(m.group("local").toLowerCase(Locale.ROOT))) {
            return false; // "find us at sirweb dot org", "donate at …": a place, said aloud
        }
        boolean spelledDot = !m.group("dot").equals(".");
        if (spelledDot) {
            return true;
        }
        return webmail.contains(firstLabel(m.group("domain")));
    }

    private static String firstLabel(String domain) {
        String d = domain.toLowerCase(Locale.ROOT).strip();
        int dot = d.indexOf('.');
        return dot < 0 ? d : d.substring(0, dot);
    }

    private static boolean containsAt(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains(" at ") || lower.contains("at]") || lower.contains("at)") || lower.contains("at}") || lower.contains("at>");
    }
}
