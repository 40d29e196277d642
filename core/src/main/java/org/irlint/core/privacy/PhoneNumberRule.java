package org.irlint.core.privacy;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.irlint.core.rules.CheckContext;
import org.irlint.core.rules.EntityFilter;
import org.irlint.core.rules.Lexicon;
import org.irlint.core.rules.SpecRule;
import org.irlint.core.rules.RuleSpec;
import org.irlint.core.rules.Validator;
import org.irlint.core.text.Entity;
import org.irlint.core.rules.PhraseScan;
import org.irlint.core.rules.Phrases;

/**
 * {@code kind: phone-number} — telephone and fax numbers in any national or international format, found and
 * validated by libphonenumber (so "2019-2023", "6x40 mm" and a PMID are not numbers anyone can dial). Each
 * region in {@code regions} is tried for national formats; "+44 …" style numbers are found in any.
 *
 * <p>A number belongs to the fax rule ({@code fax: true}) when the nearest label before it says fax ("fax",
 * "F:", "facsimile"); otherwise to the phone rule. A bare run of digits with no separators is only taken when
 * a phone word is near, because IR posts are full of long numbers that are not phone numbers.
 *
 * <pre>
 * fax: false
 * regions: [US, GB, AU, IN]
 * phoneWords: [call, phone, cell, mobile, text, tel]
 * faxWords: [fax, facsimile, 're:F\s*:']
 * otherLabels: [MRN, NHS, account]   # a number right after these is that identifier, not a phone number
 * ownWords: [our office, call us]     # the author's own line: reported as an info hint, not flagged
 * personWords: [patient, daughter]    # ...unless a patient or relative is mentioned near it
 * </pre>
 */
public final class PhoneNumberRule extends SpecRule {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Pattern YEAR_RANGE = Pattern.compile("(?:19|20)\\d\\d\\s*[-–/]\\s*(?:19|20)?\\d\\d");
    private static final Pattern DATE = Pattern.compile("\\d{1,4}[-./]\\d{1,2}[-./]\\d{2,4}");
    /** "(555) 123-4567", "555-123-4567", "+1 555.123.4567": the North American shape, a phone number even in the 555 range. */
    private static final Pattern NANP_SHAPE = Pattern.compile("(?:\\+?1[-. ]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[-. ])\\d{3}[-. ]\\d{4}");
    private static final Pattern DOTTED_QUAD = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
    private static final Pattern REGISTRY_BEFORE = Pattern.compile("(?i)(?:nct|pmid|pmcid|pmc|doi|isbn|issn|cpt|icd-?10|ref|trial)[\\s:#.-]*$");

    private final boolean fax;
    /** The shortest phone number worth flagging ("555-0142"); a post or a stretch of it with fewer digits holds none. */
    private static final int MIN_DIGITS = 7;
    private final List<String> regions;
    /** The regions searched for valid numbers: one per calling code. */
    private final List<String> validRegions;
    private final Phrases labels;
    private final Phrases faxLabel;
    private final Pattern otherLabel;
    private final int window;
    private final OrganizationContact organization;
    private final HintOf hint;
    private final EntityFilter entities = new EntityFilter(EnumSet.allOf(Entity.Kind.class));
    private final String ownMessage;
    private final List<String> ownSuggestions;

    public PhoneNumberRule(RuleSpec spec) {
        super(spec);
        this.fax = spec.flag("fax", false);
        List<String> r = spec.strings("regions");
        this.regions = (r.isEmpty() ? List.of("US", "GB", "AU", "IN", "CA", "IE", "NZ") : r).stream()
                .map(s -> s.toUpperCase(Locale.ROOT)).toList();
        for (String region : regions) {
            if (!UTIL.getSupportedRegions().contains(region)) {
                throw spec.error("names an unknown region '" + region + "' (use ISO codes such as US, GB, AU, IN)");
            }
        }
        this.validRegions = onePerCallingCode(regions);
        List<String> phoneWords = spec.strings("phoneWords");
        List<String> faxWords = spec.strings("faxWords");
        if (faxWords.isEmpty()) {
            throw spec.error("needs 'faxWords' (the labels that make a number a fax number)");
        }
        List<String> all = new ArrayList<>(phoneWords);
        all.addAll(faxWords);
        this.labels = Lexicon.compile(all);
        this.faxLabel = Lexicon.compile(faxWords);
        List<String> others = spec.strings("otherLabels");
        this.otherLabel = others.isEmpty() ? null
                : Pattern.compile(LabelPatterns.compile(others, false).regex() + "[\\s:#.=-]*(?:no\\.?|number|#|id)?[\\s:#.=-]*$",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.window = spec.integer("window", 30);
        this.organization = new OrganizationContact(spec.strings("ownWords"), spec.strings("personWords"), List.of(),
                spec.integer("ownWindow", 40));
        this.hint = new HintOf(info);
        this.ownMessage = spec.string("ownMessage", spec.message());
        this.ownSuggestions = spec.strings("ownSuggest");
    }

    @Override
    public void check(CheckContext context) {
        String text = DialableView.of(context.normalized());
        if (!hasSevenDigits(text)) {
            return;
        }
        List<int[]> seen = new ArrayList<>();
        for (Candidate c : candidates(context, text)) {
            consider(context, text, c.match(), seen, c.needsLabel());
        }
    }

    /** A number libphonenumber found, and whether it was only "possible" (taken when labelled or NANP-shaped). */
    private record Candidate(PhoneNumberSearch.Found match, boolean needsLabel) {
    }

    /**
     * Every region's valid numbers, then the first region's possible ones. Searching is the costly part,
     * and the phone and fax rules search the same text, so a check does it once and both read the list.
     */
    private List<Candidate> candidates(CheckContext context, String text) {
        return context.shared("privacy:phone-candidates:" + String.join(",", regions), () -> {
            List<Candidate> found = new ArrayList<>();
            for (String region : validRegions) {
                for (PhoneNumberSearch.Found match : PhoneNumberSearch.find(text, region, PhoneNumberUtil.Leniency.VALID, MIN_DIGITS)) {
                    found.add(new Candidate(match, false));
                }
            }
            // "Phone 555-0142" (no area code) or "(555) 123-4567" (a fictional area code) are only possible
            // numbers: taken when labelled or written in the North American shape
            for (PhoneNumberSearch.Found match : PhoneNumberSearch.find(text, regions.get(0), PhoneNumberUtil.Leniency.POSSIBLE, MIN_DIGITS)) {
                found.add(new Candidate(match, true));
            }
            return found;
        });
    }

    /**
     * Validity is decided for a whole calling code (a Toronto number parsed as US is valid, in CA), so a second
     * region with the same code (CA after US) would find exactly the numbers the first found again.
     */
    static List<String> onePerCallingCode(List<String> regions) {
        Set<Integer> codes = new HashSet<>();
        return regions.stream().filter(r -> codes.add(UTIL.getCountryCodeForRegion(r))).toList();
    }

    private void consider(CheckContext context, String text, PhoneNumberSearch.Found match, List<int[]> seen, boolean needsLabel) {
        int start = match.start();
        int end = match.end();
        if (overlapsAny(seen, start, end)) {
            return;
        }
        String label = nearestLabel(text, start);
        if (label == null) {
            label = labelJustAfter(text, end);
        }
        if (needsLabel && !NANP_SHAPE.matcher(match.rawString()).matches()
                && (label == null || Validator.digits(match.rawString()).length() < 7)) {
            return;
        }
        seen.add(new int[] {start, end});
        boolean isFax = label != null && faxLabel.matchesAll(label);
        if (isFax != fax || !plausible(text, match.rawString(), start, label != null) || entities.skips(context, start, end)) {
            return;
        }
        if (organization.ownNear(text, start, end)) {
            context.report(hint, start, end, ownMessage, ownSuggestions);
        } else {
            context.report(this, start, end, message, suggestions);
        }
    }

    private boolean plausible(String text, String raw, int start, boolean labelled) {
        if (YEAR_RANGE.matcher(raw).matches() || DATE.matcher(raw).matches() || DOTTED_QUAD.matcher(raw).matches()) {
            return false;
        }
        if (otherLabel != null && otherLabel.matcher(text).region(Math.max(0, start - 25), start).find()) {
            return false; // "NHS number 943 476 5919", "acct 555-123-4567": another identifier, reported by its own rule
        }
        if (REGISTRY_BEFORE.matcher(text).region(Math.max(0, start - 12), start).find() || insideToken(text, start)) {
            return false;
        }
        return labelled || formatted(raw);
    }

    /** "doi:10.1148/radiol.2024.231456": digits glued to a path, a DOI or a word are part of that token. */
    private static boolean insideToken(String text, int start) {
        int p = start;
        while (p > 0 && !Character.isWhitespace(text.charAt(p - 1)) && start - p < 40) {
            p--;
        }
        if (p == start) {
            return false;
        }
        String prefix = text.substring(p, start);
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.indexOf('/') >= 0 || prefix.indexOf('.') >= 0 || prefix.indexOf('=') >= 0 || prefix.indexOf('_') >= 0
                || Character.isLetterOrDigit(last);
    }

    /** "+1 555…", "(555) …", "555-402-1190", "020 7946 0958": written as a phone number, not a bare count. */
    private static boolean formatted(String raw) {
        if (raw.startsWith("+") || raw.startsWith("(")) {
            return true;
        }
        for (int i = 1; i + 1 < raw.length(); i++) {
            char c = raw.charAt(i);
            if ((c == '-' || c == '.' || c == ' ' || c == ')') && Character.isDigit(raw.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The last phone or fax label in the window before the number, or null. */
    private String nearestLabel(String text, int start) {
        PhraseScan m = labels.matcher(text).region(Math.max(0, start - window), start);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        return last;
    }

    /** "617-555-0199 (fax)", "555 123 4567 daughter's cell": a label right after the number. */
    private String labelJustAfter(String text, int end) {
        PhraseScan m = labels.matcher(text).region(end, Math.min(text.length(), end + 20));
        return m.find() ? m.group() : null;
    }

    private static boolean overlapsAny(List<int[]> spans, int start, int end) {
        for (int[] s : spans) {
            if (s[0] < end && start < s[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSevenDigits(String text) {
        int n = 0;
        for (int i = 0; i < text.length() && n < MIN_DIGITS; i++) {
            if (Character.isDigit(text.charAt(i))) {
                n++;
            }
        }
        return n >= MIN_DIGITS;
    }
}
