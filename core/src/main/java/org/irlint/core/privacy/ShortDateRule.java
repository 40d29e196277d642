package org.irlint.core.privacy;

import java.util.regex.Pattern;
import org.irlint.core.rules.CheckContext;
import org.irlint.core.rules.SpecRule;
import org.irlint.core.rules.RuleSpec;
import org.irlint.core.text.FirstCharPattern;

/**
 * {@code kind: privacy-date-extra} — day-and-month dates written as numbers without a year, the way British,
 * Irish, Australian and Indian notes write them ("embolised on 03/11", "Admitted 12/04, drained 13/04, home
 * 21/08"). A bare "3/11" is also a fraction, a score or a duration ("7/10 pain", "3/7 ago"), so it counts as a
 * date only after a date word (on, admitted, home, since, until…) or beside another date, in a post that tells
 * of someone's care. A named holiday after "on/over/since…" is a date too ("admitted on Boxing Day"). Dotted forms (03.11) are left out: in clinical text they are almost always decimals.
 */
public final class ShortDateRule extends SpecRule {
    private static final FirstCharPattern DAY_MONTH = FirstCharPattern.compile("(?<![\\d/.:,-])(?<a>\\d{1,2})/(?<b>\\d{1,2})(?![\\d/]|[.,]\\d|\\s?(?:mm|cm|kg|mg|ml|%))");
    private static final Pattern CUE_BEFORE = Pattern.compile("(?i)\\b(?:on|admitted|admission|discharged|d/c|home|since|from|until|till|by|dated|due|booked"
            + "|scheduled|seen|born|DOB|coiled|emboli[sz]ed|stented|ablated|biopsied|drained|transferred|presented|op|procedure|scan|CT|MRI|US|list"
            + "|clinic|review|f/u|follow-up)\\s*[:,-]?\\s*$");
    private static final Pattern NOT_A_DATE_AFTER = Pattern.compile("(?i)^\\s*(?:ago|hx|history|post|later|days?|weeks?|months?|score|pain|mmhg|vas|nrs"
            + "|on\\s+the\\s+(?:vas|scale)|patients|pts|cases|of\\b|in\\s+\\d)");
    private static final int SERIES_WINDOW = 24;
    /** A named holiday is a date: "admitted on Christmas Day", "coiled over Diwali". */
    private static final FirstCharPattern HOLIDAY = FirstCharPattern.compile("(?i)\\b(?:on|over|at|for|since|before|after|during|the\\s+day\\s+(?:before|after)|eve\\s+of|night\\s+of)\\s+"
            + "(?<day>Christmas(?:\\s+(?:Day|Eve))?|Boxing\\s+Day|New\\s+Year['’]?s(?:\\s+(?:Day|Eve))|Easter\\s+(?:Sunday|Monday|Day)|Good\\s+Friday"
            + "|Thanksgiving(?:\\s+Day)?|Diwali|Deepavali|Holi|Eid(?:\\s+al-\\w+)?|Hanukkah|Yom\\s+Kippur|Rosh\\s+Hashanah|Chinese\\s+New\\s+Year|Lunar\\s+New\\s+Year"
            + "|Anzac\\s+Day|Australia\\s+Day|Canada\\s+Day|Independence\\s+Day|Republic\\s+Day|St\\.?\\s+Patrick['’]?s\\s+Day|Paddy['’]?s\\s+Day|Halloween"
            + "|Bonfire\\s+Night|Guy\\s+Fawkes(?:\\s+Night)?|Valentine['’]?s\\s+Day|Mother['’]?s\\s+Day|Father['’]?s\\s+Day|Memorial\\s+Day|Labou?r\\s+Day"
            + "|Hogmanay|Burns\\s+Night|Pongal|Onam|Vesak|Hari\\s+Raya(?:\\s+\\w+)?)\\b");

    public ShortDateRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    public void check(CheckContext context) {
        if (!CareContext.of(context).aboutCare()) {
            return;
        }
        String text = context.normalized();
        for (FirstCharPattern.Finder m = HOLIDAY.matcher(text); m.find(); ) {
            if (!Markup.inside(context, m.start("day"), m.end("day")) && !PatientContext.of(context).eventNear(m.start("day"), m.end("day"), 40)) {
                context.report(this, m.start("day"), m.end("day"), message, suggestions);
            }
        }
        int lastDateEnd = -1;
        for (FirstCharPattern.Finder m = DAY_MONTH.matcher(text); m.find(); ) {
            if (!calendar(Integer.parseInt(m.group("a")), Integer.parseInt(m.group("b")))
                    || NOT_A_DATE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20))).find()) {
                continue;
            }
            String before = text.substring(Math.max(0, m.start() - 20), m.start());
            boolean series = lastDateEnd >= 0 && m.start() - lastDateEnd <= SERIES_WINDOW;
            if (CUE_BEFORE.matcher(before).find() || series) {
                lastDateEnd = m.end();
                if (!Markup.inside(context, m.start(), m.end()) && !Markup.reported(context, info.id(), m.start(), m.end())) {
                    context.report(this, m.start(), m.end(), message, suggestions);
                }
            }
        }
    }

    /** Day/month or month/day, both read as a real calendar day; "7/10" and "10/10" look like scores and are skipped. */
    static boolean calendar(int a, int b) {
        if (b == 10 && a <= 10) {
            return false;
        }
        boolean dayMonth = a >= 1 && a <= 31 && b >= 1 && b <= 12;
        boolean monthDay = a >= 1 && a <= 12 && b >= 1 && b <= 31;
        return dayMonth || monthDay;
    }
}
