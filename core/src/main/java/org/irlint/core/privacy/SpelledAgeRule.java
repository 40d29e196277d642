package org.irlint.core.privacy;

import java.util.regex.Pattern;
import org.irlint.core.rules.CheckContext;
import org.irlint.core.rules.SpecRule;
import org.irlint.core.rules.RuleSpec;
import org.irlint.core.text.FirstCharPattern;

/**
 * {@code kind: privacy-age-words} — ages over 89 written the way people talk rather than chart: spelled out at the
 * head of a clause ("Ninety-two and back to line dancing", "Ninety-four, sharp as a tack"), after a verb of age
 * ("she's ninety-three", "turns a hundred"), and a bare number standing beside a person as an apposition
 * ("Mr Byrne, 94, …", "Nana (Joan, 97)", "in bay 2, 91 on Sunday"), and after a verb of reaching an age ("turns 100",
 * "celebrated her 95th", "At 93, she …"). Group statements and measures
 * ("90 mm", "aged 90 and over") are left to {@link NotAnIdentifier} and the group guard.
 */
public final class SpelledAgeRule extends SpecRule {
    private static final String ONES = "one|two|three|four|five|six|seven|eight|nine";
    private static final String SPELLED = "(?:ninety(?:[- ](?:" + ONES + "))?|(?:a|one)[- ]hundred(?:\\s+and\\s+(?:" + ONES + "|ten|eleven|twelve))?)";
    private static final FirstCharPattern CLAUSE_START = FirstCharPattern.compile("(?i)(?:^|[.!?]\\s+|\\n\\s*)(?<age>" + SPELLED + ")(?=\\s*(?:,|and\\b|[-–—!]|\\s+(?:today|tomorrow"
            + "|this|on|last|next|going|still|now|yesterday)\\b))");
    private static final FirstCharPattern AFTER_VERB = FirstCharPattern.compile("(?i)\\b(?:she|he)(?:['’]s|\\s+is|\\s+was|\\s+turns|\\s+turned)\\s+(?<age>" + SPELLED + ")\\b"
            + "|\\b(?:turns|turned|turning|aged|at\\s+the\\s+age\\s+of)\\s+(?<age2>" + SPELLED + ")\\b");
    /** "turns 100 on Sunday", "celebrated her 95th", "At 93, she…". */
    private static final FirstCharPattern VERB_DIGITS = FirstCharPattern.compile("(?i)\\b(?:turns|celebrates|celebrated|celebrating|hits|hit|reached|reaches|reaching)\\s+(?:(?:his|her)\\s+)?"
            + "(?<age>(?:9\\d|1[0-2]\\d)(?:st|nd|rd|th)?)\\b|(?:^|[.!?]\\s+)(?i:at)\\s+(?<age2>9\\d|1[0-2]\\d)\\s*,"
            // a birthday greeting with the ordinal alone: "Happy 93rd to…", "happy belated 101st, Mrs…"
            + "|(?i)\\bhappy\\s+(?:belated\\s+|early\\s+)?(?<age3>(?:9\\d|1[0-2]\\d)(?:st|nd|rd|th))\\b"
            + "(?!\\s*(?:anniversary|episode|post|issue|edition|case|procedure|meeting|year|birthday\\s+to\\s+(?:the|our)\\s+(?:department|unit|hospital|society)))");
    /** "the sweetest lady — ninety-six, sharp as a tack": a spelled age set off right after a person noun. */
    private static final FirstCharPattern PERSON_SPELLED = FirstCharPattern.compile("(?i)\\b(?:pt|patient|lady|man|woman|gentleman|gent|chap|fella|bloke|veteran|grandma|grandpa"
            + "|granny|gran|nana|nan|mum|mom|dad|widow|widower|farmer|pensioner|retiree|uncle|aunt|auntie|grandmother|grandfather|soul|darling|dear)"
            + "\\s*(?:,|[-–—]|\\()\\s*(?<age>" + SPELLED + ")(?=\\s*(?:[,);:!–—-]|\\s+(?:and|years?|yrs?|y/?o)\\b))");
    /** "a 90-something grandmother", "ninety-odd": still over 89. */
    private static final FirstCharPattern SOMETHING = FirstCharPattern.compile("(?i)\\b(?<age>(?:9\\d|ninety)[- ](?:something|odd))\\b");
    /** A bare 90–129 between commas or in brackets beside a person. */
    private static final FirstCharPattern APPOSITION = FirstCharPattern.compile("(?<=[\\p{L}\\d][,(]\\s?|[\\p{L}\\d]\\s\\()(?<age>9\\d|1[0-2]\\d)(?=\\s*(?:[,);]|!+\\)|\\s+(?:on\\s+(?:Mon|Tues|Wednes|Thurs"
            + "|Fri|Satur|Sun)day|today|tomorrow|this\\s+(?:week|month|year)|next\\s+(?:week|month)|and\\s+(?:still|sharp|going|back))))");
    /** "94 with contractures, full code": a clause that opens with the age and the patient's condition. */
    private static final FirstCharPattern CLAUSE_AGE = FirstCharPattern.compile("(?:^|[.!?]\\s+|\\n\\s*)(?<age>9\\d|1[0-2]\\d)\\s+(?:with|w/)\\s+(?=\\p{L})");
    /** "Dialysis pt, 91, from…", "our oldest survivor, 104,": a person noun just before the bracketed age. */
    private static final Pattern PERSON_BEFORE = Pattern.compile("(?i)\\b(?:pt|patient|survivor|lady|man|woman|gentleman|gent|veteran|vet|grandma|grandpa"
            + "|granny|nana|mum|mom|dad|widow|widower|farmer|rancher|pensioner|retiree|uncle|aunt|auntie|grandmother|grandfather|señora|senora"
            + "|abuela|abuelo)\\s*[,(]\\s?$");
    /** "Mrs Byrne (96!)", "Gopal ji (92!)", "the gent (94!)": a name, an honorific or a person noun before the bracket. */
    private static final Pattern NAMED_BEFORE = Pattern.compile("(?:\\b\\p{Lu}\\p{Ll}[\\p{L}'’-]*|(?i:\\b(?:ji|sahib|pt|patient|lady|man|gent|gentleman|grandma|grandpa"
            + "|granny|nana|nan|mum|mom|dad|uncle|aunt|auntie|aunty|veteran)))\\s?\\(\\s?$");
    private static final Pattern NOT_CONDITION = Pattern.compile("(?i)^\\s*(?:with|w/)\\s+(?:a|an|the|our|these|those|this|that|\\d|patients|pts|cases|people)\\b");
    /** "95 with ascites were excluded": a count, which a plural verb in the same clause gives away. */
    private static final Pattern COUNT_VERB = Pattern.compile("(?i)^[^.,;!?]*\\b(?:were|are|have|had|got|underwent|received|developed|died|did|showed|required|needed)\\b");
    private static final Pattern UNIT_AFTER = Pattern.compile("(?i)^\\s*(?:%|percent|per\\s+cent|degrees?|°|mm|cm|min|mins|minutes?|seconds?|secs?|mg|kg|ml|days?|weeks?"
            + "|hours?|hrs?|miles?|km|patients|pts|cases|beds|points?)\\b");
    private static final Pattern NUMBER_BEFORE = Pattern.compile("\\d\\s*,\\s?$");
    private static final Pattern NUMBER_AFTER = Pattern.compile("^\\s*(?:,|and|or|to|-)\\s*\\d");
    private static final Pattern GROUP_BEFORE = Pattern.compile("(?i)\\b(?:patients|pts|people|adults|men|women|those|over|under|above|below|than|aged)\\s*[,(]?\\s*$");

    public SpelledAgeRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    public void check(CheckContext context) {
        String text = context.normalized();
        boolean care = CareContext.of(context).aboutCare();
        for (FirstCharPattern.Finder m = CLAUSE_START.matcher(text); m.find(); ) {
            if (care && !unitAfter(text, m.end("age"))) {
                flag(context, m.start("age"), m.end("age"));
            }
        }
        for (FirstCharPattern.Finder m = AFTER_VERB.matcher(text); m.find(); ) {
            String g = m.group("age") != null ? "age" : "age2";
            if (!unitAfter(text, m.end(g))) {
                flag(context, m.start(g), m.end(g));
            }
        }
        String lowerText = PatientContext.of(context).lower();
        boolean spelled = lowerText.contains("ninety") || lowerText.contains("hundred");
        for (FirstCharPattern.Finder m = PERSON_SPELLED.matcher(spelled ? text : ""); m.find(); ) {
            flag(context, m.start("age"), m.end("age")); // the person noun is the context
        }
        for (FirstCharPattern.Finder m = APPOSITION.matcher(text); m.find(); ) {
            String before = text.substring(Math.max(0, m.start() - 24), m.start());
            if (!care && PERSON_BEFORE.matcher(before).find() && !numberList(text, before, m.end()) && !unitAfter(text, m.end())) {
                flag(context, m.start("age"), m.end("age")); // the person noun is the context
            }
        }
        if (!care) {
            return;
        }
        for (FirstCharPattern.Finder m = CLAUSE_AGE.matcher(text); m.find(); ) {
            String after = text.substring(m.end("age"), Math.min(text.length(), m.end("age") + 60));
            if (!NOT_CONDITION.matcher(after).find() && !COUNT_VERB.matcher(after).find()) {
                flag(context, m.start("age"), m.end("age"));
            }
        }
        for (FirstCharPattern.Finder m = SOMETHING.matcher(text); m.find(); ) {
            flag(context, m.start("age"), m.end("age"));
        }
        for (FirstCharPattern.Finder m = VERB_DIGITS.matcher(text); m.find(); ) {
            String g = m.group("age") != null ? "age" : m.group("age2") != null ? "age2" : "age3";
            if (!unitAfter(text, m.end(g))) {
                flag(context, m.start(g), m.end(g));
            }
        }
        for (FirstCharPattern.Finder m = APPOSITION.matcher(text); m.find(); ) {
            String before = text.substring(Math.max(0, m.start() - 24), m.start());
            boolean exclaimed = m.end() < text.length() && text.charAt(m.end()) == '!';
            if (exclaimed && !NAMED_BEFORE.matcher(before).find()) {
                continue; // "(95!)" is an age only right after a name or a person: "output (95!)" is a reading
            }
            if (!numberList(text, before, m.end()) && !GROUP_BEFORE.matcher(before).find() && !unitAfter(text, m.end())
                    && !NotAnIdentifier.applies(text, m.group("age"), m.end(), true)) {
                flag(context, m.start("age"), m.end("age"));
            }
        }
    }

    /** "sizes 90, 95, 100": one of a list of numbers, not a person's age. */
    private static boolean numberList(String text, String before, int end) {
        return NUMBER_BEFORE.matcher(before).find() && NUMBER_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 8))).find();
    }

    private static boolean unitAfter(String text, int end) {
        return UNIT_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 16))).find();
    }

    private void flag(CheckContext context, int start, int end) {
        if (!Markup.inside(context, start, end) && !Markup.reported(context, info.id(), start, end)) {
            context.report(this, start, end, message, suggestions);
        }
    }
}
