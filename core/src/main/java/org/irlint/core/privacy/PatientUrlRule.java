package org.irlint.core.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.irlint.core.rules.CheckContext;
import org.irlint.core.rules.Proximity;
import org.irlint.core.rules.SpecRule;
import org.irlint.core.rules.RuleSpec;
import org.irlint.core.text.Entity;
import org.irlint.core.text.FirstCharPattern;

/**
 * {@code kind: patient-url} — links that lead to a patient rather than to medicine: fundraiser and care-update
 * pages, patient portals, image viewers and PACS, intranet hosts, and any link whose path or query carries a
 * record, patient, accession or study number. Links to journals, societies, trials and a clinic's homepage
 * are left alone. URLs are those X itself recognizes (twitter-text), so "gofundme.com/f/…" without a scheme
 * counts too.
 *
 * <pre>
 * fundraiserDomains: [gofundme.com, caringbridge.org]   # any page below the homepage
 * clinicalHostWords: [mychart, pacs, ehr]             # a host label (between dots or dashes) that is a system
 * clinicalPathWords: [mychart, pacs, viewer]          # a path segment that is a system
 * idKeys: [mrn, patientid, accession, studyuid]       # query keys or path segments followed by an id
 * personPageWords: [obituaries, patient-stories]      # path segments followed by one person's page
 * profileDomains: [instagram.com, tiktok.com]         # a profile there is the patient's own when...
 * personWords: [patient, pt, daughter]                # ...a patient or relative is mentioned within window
 * profileUnlessNear: [patient education, follow us]   # ...and it is not the practice's own page
 * </pre>
 */
public final class PatientUrlRule extends SpecRule {
    private static final Pattern IPV4_HOST = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
    private static final Pattern DIGITS = Pattern.compile("\\d{4,}");
    private static final Pattern REGISTRY = Pattern.compile("(?:nct|isrctn|euctr|actrn|pmid|pmc|doi|10\\.)\\S*");
    /** Links X does not recognize as links (an IP or intranet host) are still links to whoever opens them. */
    private static final Pattern SCHEME_URL = Pattern.compile("(?i)\\b(?:https?|ftp)://[^\\s<>\"'\\u3000-\\u9fff]+");
    private static final Pattern DICOM_UID = Pattern.compile("[12](?:\\.\\d+){5,}");

    private final Set<String> fundraisers;
    private final Set<String> hostWords;
    private final Set<String> pathWords;
    private final Set<String> idKeys;
    private final Set<String> personPages;
    private final Set<String> profiles;
    private final Proximity person;
    private final Proximity profileUnless;
    private final FirstCharPattern disguisedFundraiser;

    public PatientUrlRule(RuleSpec spec) {
        super(spec);
        this.fundraisers = lower(spec.strings("fundraiserDomains"));
        this.hostWords = lower(spec.strings("clinicalHostWords"));
        this.pathWords = lower(spec.strings("clinicalPathWords"));
        this.idKeys = lower(spec.strings("idKeys"));
        this.personPages = lower(spec.strings("personPageWords"));
        this.profiles = lower(spec.strings("profileDomains"));
        this.person = Proximity.of(spec.strings("personWords"), spec.integer("window", 80), spec.integer("window", 80));
        this.profileUnless = Proximity.of(spec.strings("profileUnlessNear"), spec.integer("window", 80), spec.integer("window", 80));
        if (fundraisers.isEmpty() && hostWords.isEmpty() && idKeys.isEmpty()) {
            throw spec.error("needs at least one of 'fundraiserDomains', 'clinicalHostWords', 'idKeys'");
        }
        this.disguisedFundraiser = disguised(fundraisers);
    }

    /** "gofundme dot com/f/…", "caringbridge[.]org/visit/…": a fundraiser page written so X does not link it. */
    private static FirstCharPattern disguised(Set<String> domains) {
        if (domains.isEmpty()) {
            return null;
        }
        String alternatives = domains.stream().map(d -> {
            int dot = d.lastIndexOf('.');
            return Pattern.quote(d.substring(0, dot)) + "\\s*(?:\\.|\\[\\.\\]|\\(\\.\\)|\\[dot\\]|\\(dot\\)|\\s+dot\\s+)\\s*"
                    + Pattern.quote(d.substring(dot + 1));
        }).collect(Collectors.joining("|"));
        return FirstCharPattern.compile("(?<![\\w.])(?:www\\s*(?:\\.|\\[\\.\\]|\\s+dot\\s+)\\s*)?(?:" + alternatives
                + ")\\s*/\\s*[\\w-]+(?:/[\\w-]+)*", Pattern.CASE_INSENSITIVE);
    }

    private static Set<String> lower(List<String> values) {
        return values.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void check(CheckContext context) {
        List<Entity> urls = context.entities().of(Entity.Kind.URL);
        String original = context.text();
        for (Entity e : urls) {
            if (identifiesPatient(e.value()) || personalProfile(original, e)) {
                context.reportOriginal(this, e.start(), e.end(), message, suggestions);
            }
        }
        if (disguisedFundraiser != null) {
            FirstCharPattern.Finder d = disguisedFundraiser.matcher(context.normalized());
            while (d.find()) {
                var span = context.view().toOriginal(d.start(), d.end());
                if (urls.stream().noneMatch(e -> e.overlaps(span.start(), span.end()))) {
                    context.report(this, d.start(), d.end(), message, suggestions);
                }
            }
        }
        String text = context.text();
        if (text.contains("://")) {
            Matcher m = SCHEME_URL.matcher(text);
            while (m.find()) {
                int start = m.start();
                int end = trimTrailingPunctuation(text, start, m.end());
                boolean known = urls.stream().anyMatch(e -> e.overlaps(start, end));
                if (!known && identifiesPatient(text.substring(start, end))) {
                    context.reportOriginal(this, start, end, message, suggestions);
                }
            }
        }
    }

    /** A social-media profile or post with a patient or relative mentioned near it: their own account. */
    private boolean personalProfile(String text, Entity e) {
        if (person == null || profiles.isEmpty()) {
            return false;
        }
        String u = e.value().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("^(?:www\\.|m\\.)", "");
        int slash = u.indexOf('/');
        if (slash < 0 || slash == u.length() - 1 || !profiles.contains(u.substring(0, slash))) {
            return false;
        }
        return person.near(text, e.start(), e.end()) && (profileUnless == null || !profileUnless.near(text, e.start(), e.end()));
    }

    /** Whether the link leads to one patient (their fundraiser, chart, images or record). */
    boolean identifiesPatient(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        int scheme = u.indexOf("://");
        String rest = scheme >= 0 ? u.substring(scheme + 3) : u;
        int slash = firstOf(rest, "/?#");
        String host = slash < 0 ? rest : rest.substring(0, slash);
        String after = slash < 0 ? "" : rest.substring(slash);
        int colon = host.lastIndexOf(':');
        if (colon > 0 && host.indexOf(']') < colon) {
            host = host.substring(0, colon);
        }
        int at = host.lastIndexOf('@');
        if (at >= 0) {
            host = host.substring(at + 1);
        }
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        if (isFundraiser(host) && after.replaceAll("[/?#]", "").length() > 1) {
            return true;
        }
        if (IPV4_HOST.matcher(host).matches() || host.startsWith("[") || !host.contains(".")
                || host.endsWith(".local") || host.endsWith(".internal") || host.endsWith(".lan") || host.endsWith(".corp")) {
            return !host.isEmpty();
        }
        for (String label : host.split("[.-]")) {
            if (hostWords.contains(label)) {
                return true;
            }
        }
        // "patient-portal.example.org", "patients.example.org/chart": a host that is a patient-facing system
        List<String> labels = List.of(host.split("[.-]"));
        if ((labels.contains("patient") || labels.contains("patients"))
                && labels.stream().anyMatch(l -> l.equals("portal") || l.equals("chart") || l.equals("records") || l.equals("results"))) {
            return true;
        }
        return carriesId(after);
    }

    private boolean isFundraiser(String host) {
        for (String f : fundraisers) {
            if (host.equals(f) || host.endsWith("." + f)) {
                return true;
            }
        }
        return false;
    }

    /** A path segment or query key naming a record, followed by a value with digits; or a DICOM UID anywhere. */
    private boolean carriesId(String after) {
        if (after.isEmpty()) {
            return false;
        }
        if (DICOM_UID.matcher(after).find()) {
            return true;
        }
        String[] parts = after.split("[/?#&;]");
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (pathWords.contains(p)) {
                return true;
            }
            if (personPages.contains(p) && i + 1 < parts.length && parts[i + 1].length() > 2) {
                return true; // an obituary, memorial or patient-story page about one person
            }
            int eq = p.indexOf('=');
            if (eq > 0) {
                String key = p.substring(0, eq).replaceAll("[_\\-.]", "");
                if (idKeys.contains(key) && idValue(p.substring(eq + 1))) {
                    return true;
                }
            } else if (idKeys.contains(p.replaceAll("[_\\-.]", "")) && i + 1 < parts.length
                    && idValue(parts[i + 1])) {
                return true;
            }
        }
        return false;
    }

    private static int trimTrailingPunctuation(String text, int start, int end) {
        while (end > start && ".,;:!?)]}".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    private static boolean idValue(String value) {
        return DIGITS.matcher(value).find() && !REGISTRY.matcher(value).matches();
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
