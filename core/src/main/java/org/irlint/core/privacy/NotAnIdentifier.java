package org.irlint.core.privacy;

import java.util.regex.Pattern;

/**
 * The numbers IR posts are full of that are not identifiers even when a label word stands near them: sizes
 * and doses ("8 mm", "5 Fr", "120 Gy"), durations, decimals, ordinals, years, and public registry ids
 * (NCT, PMID, DOI). Every labelled detector asks here before reporting.
 */
final class NotAnIdentifier {
    private static final Pattern UNIT_AFTER = Pattern.compile(
            "(?i)^(?:[mfglshdx](?![\\p{L}\\p{N}/])|\\s?x(?=\\s?\\d)|[\\s-]?(?:mm|cm|km|µm|um|fr|french|ga|gauge|gy|cgy|mg|mcg|µg|ug|kg|lbs?|ml|cc|mci|gbq|mbq|mbq/kg|"
                    + "%|inch|inches|\"|hrs?|hours?|min|mins|minutes?|secs?|seconds?|days?|wks?|weeks?|months?|mo|"
                    + "years?|yrs?|yo|y/o|x|am|pm|units?|iu|mmhg|mg/dl|meq|mmol|patients|pts|cases|procedures|people|"
                    + "beds|rooms|times|percent|attendees|participants|registrants|members|views|followers|likes|delegates|subscribers|visits|ms|mhz|hz|kv|kvp|ma|mas|mgy|msv|ft|feet|degrees|°)(?![\\p{L}\\p{N}]))");
    private static final Pattern REGISTRY = Pattern.compile("(?i)^(?:nct|isrctn|euctr|actrn|pmid|pmc|doi|cpt|icd|isbn|issn)");
    private static final Pattern DECIMAL = Pattern.compile("\\d*\\.\\d+");
    private static final Pattern ORDINAL = Pattern.compile("(?i)\\d+(?:st|nd|rd|th)");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern SIZE = Pattern.compile("(?i)\\d+(?:\\.\\d+)?(?:x\\d+(?:\\.\\d+)?)+(?:mm|cm)?|\\d+(?:mm|cm|fr|gy|mg|ml|cc|kg|f|g)");

    private NotAnIdentifier() {
    }

    /** True when {@code value}, read from {@code text} ending at {@code end}, is a measure, year or registry id. */
    static boolean applies(String text, String value, int end, boolean yearsAreNotIds) {
        if (REGISTRY.matcher(value).find() || DECIMAL.matcher(value).matches() || ORDINAL.matcher(value).matches()
                || SIZE.matcher(value).matches()) {
            return true;
        }
        if (yearsAreNotIds && YEAR.matcher(value).matches()) {
            return true;
        }
        return UNIT_AFTER.matcher(text).region(end, Math.min(text.length(), end + 12)).lookingAt();
    }
}
