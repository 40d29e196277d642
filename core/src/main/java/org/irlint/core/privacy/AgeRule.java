package org.irlint.core.privacy;

import java.time.Year;
import java.util.Locale;
import java.util.regex.Pattern;
import org.irlint.core.rules.CheckContext;
import org.irlint.core.rules.RuleSpec;
import org.irlint.core.rules.SpecRule;
import org.irlint.core.text.FirstCharPattern;

/**
 * {@code kind: privacy-age} — ages over 89, which Safe Harbor allows only as the single category "90 or older":
 * in digits (92yo, 96 y/o, 91 yrs old, aged 95, 101-year-old), in words (a ninety-three-year-old, a
 * hundred-year-old), birthdays (her 95th birthday), decades of one person (in her 90s, a nonagenarian) and birth
 * years that make the person over 89 ("born in 1931"). Statements about groups ("patients in their 90s") are not
 * about an individual and are left alone; "90 mm", "90 min" and "in 2019" are not ages.
 */
public final class AgeRule extends SpecRule {
    private static final String OVER_89 = "(?:9\\d|1[0-2]\\d)";
    private static final String UNITS = "\\s?-?\\s?(?:yo|y/o|y\\.o\\.?|yoM|yoF|yr?s?\\.?[- ]old|years?[- ]old|-?year-old|-?yr-old|years?[- ]young|años|ans)\\b";
    private static final String TENS = "ninety|one hundred|a hundred|hundred";
    private static final String ONES = "one|two|three|four|five|six|seven|eight|nine";
    private static final FirstCharPattern DIGITS = FirstCharPattern.compile("(?i)(?<![\\d.,])\\b" + OVER_89 + UNITS
            + "|(?i)\\b(?:aged?|at age|age of|turned|turning|is now)\\s+" + OVER_89 + "\\b(?!\\s*(?:mm|cm|min|%|mg|kg|lbs?|miles?|days?)\\b)"
            + "|(?i)\\b" + OVER_89 + "(?:st|nd|rd|th)\\s+birthday\\b");
    private static final FirstCharPattern WORDS = FirstCharPattern.compile("(?i)\\b(?:" + TENS + ")(?:[- ](?:and[- ])?(?:" + ONES + "|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?[- ]years?[- ](?:old|young)\\b"
            + "|(?i)\\b(?:ninety|hundred)(?:[- ](?:" + ONES + "))?(?:th|st|nd|rd)?\\s+birthday\\b"
            // "Ninety-eight and still driving": a spelled age at the head of a clause
            + "|(?i)(?:^|[.!?]\\s+)(?<spelled>(?:ninety|one hundred|a hundred)(?:[- ](?:" + ONES + "))?)(?=\\s+(?:and|years|yrs|y/o|yo)\\b)");
    private static final FirstCharPattern DECADE = FirstCharPattern.compile("(?i)\\b(?:in\\s+(?:his|her|their)\\s+(?:late\\s+|early\\s+|mid[- ])?(?:90s|9\\ds?|ninet(?:ies|y's)|100s)"
            + "|(?:a|an|our|my|this|the)\\s+(?:\\w+\\s+)?(?:nonagenarian|centenarian|supercentenarian))\\b");
    private static final Pattern GROUP_BEFORE = Pattern.compile("(?i)\\b(?:patients|pts|people|adults|men|women|folks|those|many|most|some)\\s+(?:\\w+\\s+){0,2}$");
    /** "Mr Fitzgerald, 96, …", "(Margaret, 91)", "Mrs Okonkwo, 91 on Sunday": a bare age beside a name. */
    private static final FirstCharPattern BESIDE_NAME = FirstCharPattern.compile("(?:\\b(?:Mr|Mrs|Ms|Miss)\\.?\\s+\\p{Lu}\\p{Ll}+|\\(\\s*\\p{Lu}\\p{Ll}+"
            + "|\\b\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+)(?:\\s+in\\s+\\w+\\s+\\w+)?\\s*,\\s*(?<age>9\\d|1[0-2]\\d)(?=\\s*(?:,|\\)|\\.|\\s+on\\b|\\s+this\\b|\\s+and\\b))");
    /** "aged 90+", "90 and older": already the aggregated category Safe Harbor allows. */
    private static final Pattern AGGREGATED = Pattern.compile("(?i)^(?:\\+|\\s*(?:or|and)\\s+(?:older|over|above))");
    private static final FirstCharPattern CANDIDATE = FirstCharPattern.compile("(?<!\\d)(?:9\\d|1[0-2]\\d)(?!\\d)|ninet|hundred|genarian|born");
    private static final FirstCharPattern BORN = FirstCharPattern.compile("(?i)\\bborn\\s+(?:in\\s+)?(?<y>(?:18|19)\\d{2})\\b");

    private final int thisYear;

    public AgeRule(RuleSpec spec) {
        super(spec);
        this.thisYear = spec.integer("year", Year.now().getValue());
    }

    @Override
    public void check(CheckContext context) {
        String text = context.normalized();
        String lower = PatientContext.of(context).lower();
        if (!CANDIDATE.matcher(lower).find()) {
            return; // no number from 90 to 129 and no spelled age: the usual post
        }
        for (FirstCharPattern.Finder m = DIGITS.matcher(text); m.find(); ) {
            if (!AGGREGATED.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 14))).find()) {
                flag(context, m.start(), m.end());
            }
        }
        for (FirstCharPattern.Finder m = WORDS.matcher(text); m.find(); ) {
            boolean spelled = m.group("spelled") != null;
            flag(context, spelled ? m.start("spelled") : m.start(), spelled ? m.end("spelled") : m.end());
        }
        for (FirstCharPattern.Finder m = DECADE.matcher(text); m.find(); ) {
            String before = text.substring(Math.max(0, m.start() - 30), m.start());
            boolean group = m.group().toLowerCase(Locale.ROOT).contains("their") && GROUP_BEFORE.matcher(before).find();
            if (!group) {
                flag(context, m.start(), m.end());
            }
        }
        for (FirstCharPattern.Finder m = BESIDE_NAME.matcher(text); m.find(); ) {
            flag(context, m.start("age"), m.end("age"));
        }
        for (FirstCharPattern.Finder m = BORN.matcher(text); m.find(); ) {
            if (thisYear - Integer.parseInt(m.group("y")) > 89) {
                flag(context, m.start(), m.end());
            }
        }
    }

    private void flag(CheckContext context, int start, int end) {
        if (!Markup.inside(context, start, end) && !Markup.reported(context, info.id(), start, end)) {
            context.report(this, start, end, message, suggestions);
        }
    }
}
