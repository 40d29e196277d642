package org.irlint.core.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.irlint.core.text.FirstCharPattern;

/**
 * Finds calendar dates more specific than a year, in the ways people write them: numeric US or day-first
 * (3/14/25, 14/03/2025, 3-14-25), ISO (2025-03-14), month names with a day (March 14, 14 Mar, Mar. 14th), spelled
 * ordinals (the fourteenth of March) and holidays (Christmas Eve). Numbers that only look like dates are left
 * alone: fractions and scores (3/4, 2/3 of patients, segment 7/8), thread markers (1/, 2/5), ranges of weeks
 * (1-2 wks), versions (v2.1.3), times (7:30), 24/7 and years alone. A bare m/d without a year counts only after
 * a word that introduces a date ("on 3/14", "admitted 11/2", "DOB 3/4").
 */
public final class DateGrammar {

    /** A date found at [start, end); {@code cued} when a word such as DOB or admitted introduces it. */
    public record Found(int start, int end, boolean cued) {
    }

    private static final String MONTH = "(?<month>(?i:January|February|March|April|June|July|August|September|October"
            + "|November|December)|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)";
    private static final String ORDINAL_WORDS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
            + "|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
            + "|twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first";
    private static final String YEAR = "(?:,?\\s*(?:'\\d{2}|\\d{4}))?";

    private static final FirstCharPattern ISO = FirstCharPattern.compile("(?<![\\d./-])(?<y>(?:19|20)\\d{2})([-/])(?<m>\\d{1,2})\\2(?<d>\\d{1,2})(?![\\d/.-]\\d)");
    private static final FirstCharPattern NUMERIC_YEAR = FirstCharPattern.compile(
            "(?<![\\w./-])(?<a>\\d{1,2})(?<sep>[/.-])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})(?![\\w/]|[.-]\\d)");
    private static final FirstCharPattern NUMERIC_SHORT = FirstCharPattern.compile("(?<![\\w./:#-])(?<a>\\d{1,2})(?<sep>[/-])(?<b>\\d{1,2})(?![\\w/%:]|[.-]\\d)");
    private static final FirstCharPattern MONTH_DAY = FirstCharPattern.compile("\\b" + MONTH + "\\.?\\s+(?:the\\s+)?(?<d>\\d{1,2})(?:st|nd|rd|th)?"
            + "(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?)?" + YEAR + "(?![\\d:]|\\s*(?:am|pm|mg|mm|cm|%)\\b)");
    private static final FirstCharPattern DAY_MONTH = FirstCharPattern.compile("(?<![\\d.,/-])\\b(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:\\s+(?:of\\s+)?|-(?=[A-Z]))" + MONTH
            + "\\b(?![-–])\\.?" + YEAR);
    private static final String ANY_MONTH = MONTH.replace("?<month>", "?:");
    /** "02-Mar-2025", "14.mar.25", "Mar-02-2025": a month name between dashes, dots or slashes, with a year. */
    private static final String MON = "(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
            + "|nov(?:ember)?|dec(?:ember)?)";
    private static final FirstCharPattern JOINED_MONTH = FirstCharPattern.compile("(?<![\\w./-])(?:(?<d>\\d{1,2})(?<s>[-./])" + MON + "\\k<s>"
            + "|" + MON + "(?<s2>[-./])(?<d2>\\d{1,2})\\k<s2>)(?:\\d{4}|\\d{2})(?![\\w/]|[.-]\\d)");
    private static final FirstCharPattern SPELLED = FirstCharPattern.compile("(?i)\\b(?:the\\s+)?(?:" + ORDINAL_WORDS + ")\\s+of\\s+(?-i:" + ANY_MONTH + ")\\b"
            + "|\\b(?-i:" + ANY_MONTH + ")\\s+(?:the\\s+)?(?:" + ORDINAL_WORDS + ")\\b");
    /** "Spent Christmas Eve coiling…": a holiday named with Eve or Day is one day of the year, preposition or not. */
    private static final FirstCharPattern NAMED_DAY = FirstCharPattern.compile("\\b(?<h>Christmas\\s+(?:Eve|Day)|New\\s+Year['’]?s\\s+(?:Eve|Day)"
            + "|Thanksgiving\\s+Day|Easter\\s+(?:Sunday|Monday)|Boxing\\s+Day|(?:the\\s+)?(?:4th|Fourth)\\s+of\\s+July)\\b");
    private static final FirstCharPattern HOLIDAY = FirstCharPattern.compile("\\b(?i:on|over|at|since)\\s+(?<h>Christmas(?:\\s+(?:Eve|Day|morning))?"
            + "|New\\s+Year['’]?s(?:\\s+(?:Eve|Day))?|Thanksgiving(?:\\s+Day)?|Halloween|Valentine['’]?s\\s+Day|Easter(?:\\s+Sunday)?"
            + "|Independence\\s+Day|the\\s+(?:4th|Fourth)\\s+of\\s+July|July\\s+(?:4th|Fourth)|Labor\\s+Day|Memorial\\s+Day)");
    /** Cheap pre-checks on the lower-cased text, so most posts skip most patterns. */
    private static final FirstCharPattern MONTH_TOKEN = FirstCharPattern.compile("\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)");
    private static final FirstCharPattern HOLIDAY_WORD = FirstCharPattern.compile("christmas|new year|thanksgiving|halloween|valentine|easter|independence"
            + "|july|labor day|memorial day|boxing day");
    /** "seen on the 3rd": a day of the month on its own. */
    private static final FirstCharPattern DAY_ONLY = FirstCharPattern.compile("(?i)\\b(?:(?:on|since|until|by)\\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?"
            + "|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)the\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)\\b"
            + "(?!\\s+(?:floor|day|week|month|year|time|try|attempt|pass|run|case|round|cycle|session|dose|trimester|percentile|of\\b))");
    /** "DOB: 1 4 / 0 3 / 1 9 4 8": a numeric date spaced out digit by digit, taken after a date word only. */
    private static final FirstCharPattern SPACED = FirstCharPattern.compile("(?<![\\w/.-])\\d(?:\\s\\d)?\\s?([/.-])\\s?\\d(?:\\s\\d)?\\s?\\1\\s?\\d\\s\\d(?:\\s\\d\\s\\d)?(?![\\w/]|\\s\\d)");
    /** Words that introduce a date of the patient's life or care. */
    private static final Pattern CUE_BEFORE = Pattern.compile("(?i)(?:\\b(?:DOB|D\\.O\\.B|date of birth|born(?:\\s+on)?|b\\.|geb\\.|n[ée]e?|birthday|DOP|DOA"
            + "|admitted(?:\\s+on)?|admit(?:\\s+date)?|discharged(?:\\s+on)?|died(?:\\s+on)?|passed(?:\\s+away)?(?:\\s+on)?"
            + "|expired(?:\\s+on)?|DOD|DOS|date of service|seen(?:\\s+on)?|procedure(?:\\s+on)?|surgery(?:\\s+on)?|scan(?:\\s+on)?"
            + "|dated|since|until|from|on|by|last|next|f/u|follow-up(?:\\s+on)?|coiled|embolized|embolised|placed|put\\s+in|removed"
            + "|exchanged|stented|ablated|drained|home|tube|discharge|POD\\s*\\d+\\s*\\())\\s*[:#]?\\s*$");
    private static final Pattern STRONG_CUE = Pattern.compile("(?i)\\b(?:DOB|D\\.O\\.B|date of birth|born|b\\.|geb(?:oren)?\\.?|n[ée]e?|birthday|admitted|admit|DOP|DOA"
            + "|(?:procedure|surgery|scan|exam|admission|discharge|injury|accident|death)\\s+date|date\\s+of\\s+(?:procedure|surgery|admission|discharge|death|injury)"
            + "|discharged|died|passed away|expired|DOD|DOS|date of service)\\b\\W{0,3}(?:on\\s+)?$");
    /** Before a bare m/d these make it a fraction or a label, not a date. */
    private static final Pattern NOT_DATE_BEFORE = Pattern.compile("(?i)(?:\\b(?:seg|segments?|grade|score|ratio|gleason|IPSS|BCLC|ASA"
            + "|NYHA|GCS|APGAR|TIMI|TICI|mTICI|ECOG|Child|stage|level|levels|C|L|T|S|v|ver|version|ch|chapter|p|page|pages|vol"
            + "|RV|LV|of|out of|nearly|about|over|under|only|just|about|roughly|~)\\s*$|[#~=<>≈]\\s*$)");
    private static final Pattern NOT_DATE_AFTER = Pattern.compile("(?i)^\\s*(?:of\\b|pts?\\b|patients\\b|people\\b|cases\\b|ratio\\b"
            + "|split\\b|odds\\b|chance\\b|dilution\\b|strength\\b|inch|in\\b|\"|cm\\b|mm\\b|Fr\\b|F\\b|wks?\\b|weeks?\\b|days?\\b"
            + "|mo\\b|months?\\b|yrs?\\b|years?\\b|hrs?\\b|hours?\\b|min\\b|call\\b|coverage\\b|service\\b)");

    private DateGrammar() {
    }

    public static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        String lower = PatientContext.asciiLower(text);
        boolean digits = hasDigit(text);
        boolean months = MONTH_TOKEN.matcher(lower).find();
        boolean holidays = HOLIDAY_WORD.matcher(lower).find();
        if (!digits && !months && !holidays) {
            return out; // the common clean post: nothing here can be a date
        }
        for (FirstCharPattern.Finder m = ISO.matcher(digits ? text : ""); m.find(); ) {
            if (month(m.group("m")) && day(m.group("d")) && !versionOrCodeBefore(text, m.start())) {
                out.add(new Found(m.start(), m.end(), strongCue(text, m.start())));
            }
        }
        for (FirstCharPattern.Finder m = DAY_ONLY.matcher(digits ? text : ""); m.find(); ) {
            if (day(m.group("d"))) {
                out.add(new Found(m.start(), m.end(), false));
            }
        }
        if (holidays) {
            for (FirstCharPattern.Finder m = HOLIDAY.matcher(text); m.find(); ) {
                out.add(new Found(m.start("h"), m.end("h"), false));
            }
            for (FirstCharPattern.Finder m = NAMED_DAY.matcher(text); m.find(); ) {
                out.add(new Found(m.start("h"), m.end("h"), false));
            }
        }
        for (FirstCharPattern.Finder m = NUMERIC_YEAR.matcher(digits ? text : ""); m.find(); ) {
            int a = Integer.parseInt(m.group("a"));
            int b = Integer.parseInt(m.group("b"));
            boolean valid = a >= 1 && b >= 1 && (a <= 12 && b <= 31 || b <= 12 && a <= 31);
            boolean dotted = m.group("sep").equals(".");
            // with a year it is rarely a fraction, so only the words before it can make it a label
            boolean label = NOT_DATE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find() && !strongCue(text, m.start());
            if (valid && !versionOrCodeBefore(text, m.start()) && !(dotted && m.group("y").length() == 2 && !cued(text, m.start()))
                    && !label) {
                out.add(new Found(m.start(), m.end(), strongCue(text, m.start())));
            }
        }
        for (FirstCharPattern.Finder m = SPACED.matcher(digits ? text : ""); m.find(); ) {
            String d = m.group().replaceAll("\\s", "");
            String[] p = d.split("[/.-]");
            if (d.length() > m.group().length() - 2 || p.length != 3) {
                continue; // not spaced out: the other patterns read it
            }
            int a = Integer.parseInt(p[0]);
            int b = Integer.parseInt(p[1]);
            if (a >= 1 && b >= 1 && (a <= 12 && b <= 31 || b <= 12 && a <= 31) && cued(text, m.start())) {
                out.add(new Found(m.start(), m.end(), strongCue(text, m.start())));
            }
        }
        for (FirstCharPattern.Finder m = NUMERIC_SHORT.matcher(digits ? text : ""); m.find(); ) {
            int a = Integer.parseInt(m.group("a"));
            int b = Integer.parseInt(m.group("b"));
            boolean valid = a >= 1 && b >= 1 && (a <= 12 && b <= 31 || b <= 12 && a <= 31);
            boolean needsStrong = m.group("sep").equals("-");
            if (valid && (needsStrong ? strongCue(text, m.start()) : cued(text, m.start()))
                    && !fractionContext(text, m.start(), m.end())) {
                out.add(new Found(m.start(), m.end(), strongCue(text, m.start())));
            }
        }
        if (!months) {
            return merge(out);
        }
        for (FirstCharPattern.Finder m = JOINED_MONTH.matcher(digits ? text : ""); m.find(); ) {
            if (day(m.group("d") != null ? m.group("d") : m.group("d2")) && !versionOrCodeBefore(text, m.start())) {
                out.add(new Found(m.start(), m.end(), strongCue(text, m.start())));
            }
        }
        for (FirstCharPattern.Finder m = MONTH_DAY.matcher(text); m.find(); ) {
            if (day(m.group("d")) && !ambiguousMonth(m.group("month"), text, m.start())) {
                out.add(new Found(m.start(), m.end(), strongCue(text, m.start())));
            }
        }
        for (FirstCharPattern.Finder m = DAY_MONTH.matcher(text); m.find(); ) {
            // "3 May", "the 3rd of May": after a day number "May" can only be the month
            if (day(m.group("d"))) {
                out.add(new Found(m.start(), m.end(), strongCue(text, m.start())));
            }
        }
        for (FirstCharPattern.Finder m = SPELLED.matcher(text); m.find(); ) {
            out.add(new Found(m.start(), m.end(), strongCue(text, m.start())));
        }

        return merge(out);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean month(String s) {
        int v = Integer.parseInt(s);
        return v >= 1 && v <= 12;
    }

    private static boolean day(String s) {
        int v = Integer.parseInt(s);
        return v >= 1 && v <= 31;
    }

    /** "May" and "Mar" are also words ("may 2 patients", "Mar the day"): capitalised and not a sentence verb. */
    private static boolean ambiguousMonth(String month, String text, int start) {
        if (!month.equals("May")) {
            return false;
        }
        // "May 3 pts need…" at a sentence start is a verb; "on May 3" or "May 3rd" is a date.
        String before = text.substring(Math.max(0, start - 8), start);
        return !before.matches("(?is).*\\b(?:on|since|until|by|from|of|in|DOB|born|admitted|dated|,)\\s*$");
    }

    private static boolean cued(String text, int start) {
        return CUE_BEFORE.matcher(text.substring(Math.max(0, start - 30), start)).find();
    }

    private static boolean strongCue(String text, int start) {
        return STRONG_CUE.matcher(text.substring(Math.max(0, start - 30), start)).find();
    }

    private static boolean fractionContext(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 12), start);
        String after = text.substring(end, Math.min(text.length(), end + 14));
        return NOT_DATE_BEFORE.matcher(before).find() && !strongCue(text, start) || NOT_DATE_AFTER.matcher(after).find();
    }

    /** doi:10.1016/… , PMID, NCT, a version or an ICD/CPT code is not a date. */
    private static boolean versionOrCodeBefore(String text, int start) {
        String before = text.substring(Math.max(0, start - 10), start).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*(?:\\bv|version\\s?|doi:\\S*|/|\\.)$");
    }

    /** One finding per date: overlapping candidates keep the longest. */
    private static List<Found> merge(List<Found> found) {
        found.sort(Comparator.comparingInt(Found::start).thenComparing(Comparator.comparingInt(Found::end).reversed()));
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            Found last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && f.start() < last.end()) {
                if (f.end() > last.end()) {
                    out.set(out.size() - 1, new Found(last.start(), f.end(), last.cued() || f.cued()));
                } else if (f.cued() && !last.cued()) {
                    out.set(out.size() - 1, new Found(last.start(), last.end(), true));
                }
                continue;
            }
            out.add(f);
        }
        return out;
    }
}
