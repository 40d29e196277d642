package org.irlint.core.privacy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.irlint.core.privacy.Gazetteer.Strength;
import org.irlint.core.rules.CheckContext;
import org.irlint.core.rules.ResourceLoader;
import org.irlint.core.rules.SpecRule;
import org.irlint.core.rules.RuleSpec;
import org.irlint.core.text.FirstCharPattern;

/**
 * {@code kind: privacy-place-context} — where a patient lives, written the way British, Irish, Australian, Indian
 * and Singaporean clinicians write it: "lives out in Clifden", "can't get in from Whitby", "92 y/o from Wagga", a
 * town before its postcode ("Sale M33 7QT"), an Australian postcode before its state ("2000 NSW"), an Indian
 * neighbourhood and city before a PIN code ("Jayanagar, Bengaluru 560041"), a UK street ("14 Alder Grove"), a flat or
 * house number, a Singapore postcode or HDB block, a county named as home ("Holmes County", "County Mayo"), and
 * "in <town>" for the small towns of the supplementary list that the main gazetteer lacks. Only in a post about someone's care and away from event
 * and business words: a hospital's own address in an announcement is not a patient's.
 *
 * <p>Parameters: {@code places} (extra gazetteer resource, {@code name[*]<TAB>country}), {@code notPlaces}
 * (capitalised words after "from" that are not places: weekdays, months, teams).
 */
public final class InternationalPlaceRule extends SpecRule {
    private static final String CAP = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}]+)*";
    private static final String PLACE = "(?<place>" + CAP + "(?:\\s" + CAP + "){0,2})";
    private static final FirstCharPattern LIVES = FirstCharPattern.compile("\\b(?i:lives|living|lived|resides|stays|staying|based|home|house|farm)\\s+(?:(?i:out|up|down|over|away"
            + "|right|all\\s+the\\s+way|way|just|far|miles|further|a\\s+long\\s+way|an\\s+hour|two\\s+hours)\\s+){0,2}(?i:in|at|near|by|outside|past|beyond|off|north\\s+of|south\\s+of"
            + "|east\\s+of|west\\s+of|outside\\s+of|out\\s+past|up\\s+past)\\s+(?:(?i:the)\\s+)?" + PLACE);
    /**
     * A ward named as where a patient lies: "Ward 7C", "from St Brigid's ward", "back to Rowan Ward".
     * (Bare unit codes, "on 5F" or "in 4 West", are UNIT, after a person.)
     */
    private static final FirstCharPattern WARD = FirstCharPattern.compile("\\b(?<ward>[Ww]ard\\s+\\d{1,2}[A-Z]?|(?:St\\.?|Saint)\\s+" + CAP + "\\s+(?i:ward)"
            + "|(?<=\\b(?i:on|from|to|in)\\s)" + CAP + "\\s+Ward)\\b(?!\\s*(?:round|rounds|clerk|manager|sister|staff|nurses?|team|meeting)\\b)");
    /** A signed testimonial or case line, name, age, town: "— Mabel, 72, Fresno". */
    private static final FirstCharPattern SIGNED = FirstCharPattern.compile("(?<![\\d.,])\\d{1,3},\\s?" + PLACE);
    private static final Pattern NAME_BEFORE_AGE = Pattern.compile("\\b\\p{Lu}[\\p{Ll}'’]+,\\s?$");
    /** A bare unit code or compass unit ("5F", "4 West") after on/in/from; it counts only after a person (PERSON_BEFORE_UNIT). */
    private static final FirstCharPattern UNIT = FirstCharPattern.compile("(?<=\\b(?i:on|in|from)\\s)(?<ward>\\d{1,2}[ABCEFHJLMNPRSUVW]|\\d{1,2}\\s?(?:North|South|East|West))\\b(?![\\w-])");
    /** The unit code before the person: "our 4 West patient", "the 5F lady". */
    private static final FirstCharPattern UNIT_BEFORE_PERSON = FirstCharPattern.compile("\\b(?i:our|the|a|my|this|that)\\s+(?<ward>\\d{1,2}[ABCEFHJLMNPRSUVW]"
            + "|\\d{1,2}\\s?(?:North|South|East|West))\\s+(?i:pt|patient|lady|gentleman|gent|man|woman|chap|fella|guy)\\b");
    private static final Pattern PERSON_BEFORE_UNIT = Pattern.compile("(?:\\b(?:Mr|Mrs|Ms|Miss|Mx)\\.?\\s+(?:O['’]|Mc|Mac)?" + CAP
            + "|\\b(?i:pt|patient|lady|gentleman|gent|man|woman|chap|fella))\\s+(?i:on|in|from|up\\s+on|back\\s+on)\\s$");
    /** One person just before a ward: a ward named in a post about its many patients ("bed blockers on Ward 9") locates no one. */
    private static final Pattern ONE_PERSON_BEFORE = Pattern.compile("(?i)\\b(?:pt|patient|mr|mrs|ms|miss|mx|lady|gentleman|gent|man|woman|one|boy|girl|kid|child|baby"
            + "|he|she|him|his|her|chap|fella|grandma|grandpa|granny|nan)\\b");
    private static final FirstCharPattern FROM = FirstCharPattern.compile("\\b(?i:from|in\\s+from|up\\s+from|down\\s+from|over\\s+from|all\\s+the\\s+way\\s+from|out\\s+in|out\\s+near"
            + "|back\\s+to|home\\s+to)\\s+" + PLACE);
    private static final FirstCharPattern TOWN_BEFORE_POSTCODE = FirstCharPattern.compile(PLACE + "\\s*,?\\s+(?=[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[ABD-HJLNP-UW-Z]{2}\\b)");
    private static final FirstCharPattern AU_POSTCODE_STATE = FirstCharPattern.compile("(?<![\\d/.-])(?<code>[0-9]\\d{3})\\s+(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)\\b"
            + "(?!\\s+(?i:registry|register|guidelines?|cohort|trial|study|data|audit|conference|meeting|program|programme|network|health|service))");
    private static final FirstCharPattern TOWN_STATE = FirstCharPattern.compile(PLACE + "\\s*,?\\s+(?:NSW|VIC|QLD|TAS|ACT|NT|SA|WA)\\b");
    private static final FirstCharPattern PIN = FirstCharPattern.compile("(?:(?<area>" + CAP + "(?:\\s" + CAP + ")?),\\s*)?" + PLACE + "\\s*,?\\s*[-–]?\\s*(?<pin>[1-8]\\d{2}\\s?\\d{3})(?![\\d-])");
    /** "in Ballina", "near Oamaru": a bare "in" is trusted only for towns from the supplementary list. */
    private static final FirstCharPattern IN = FirstCharPattern.compile("\\b(?i:in|near|outside|around|at)\\s+" + PLACE);
    /** "a Ballymena farmer", "an Oamaru pensioner": the town as an adjective of a person. */
    private static final FirstCharPattern RESIDENT = FirstCharPattern.compile(PLACE + "(?:-based|\\s+area)?\\s+(?i:man|woman|lad|lass|farmer|grandmother|grandfather|grandma|grandad"
            + "|granny|pensioner|local|native|resident|teacher|mum|mom|dad|boy|girl|family|represent|represents|representing)\\b");
    /** Singapore: a six-digit postcode after the city, and HDB block addresses ("Blk 123 Tampines St 11 #04-56"). */
    private static final FirstCharPattern SG_ADDRESS = FirstCharPattern.compile("\\bSingapore\\s+(?<code>\\d{6})\\b|\\b(?<blk>(?:Blk|Block)\\s+\\d{1,4}[A-Z]?(?:\\s+" + CAP + "){1,3}(?:\\s+\\d{1,3})?(?:\\s*#\\d{1,3}-\\d{1,5})?)");
    /** A flat or house number, the start of a home address ("Flat 4B", "H.No. 12-3-456", "Door No. 7"). */
    private static final FirstCharPattern DWELLING = FirstCharPattern.compile("\\b(?:Flat|Apt\\.?|Apartment|H\\.\\s?No\\.?|House\\s+No\\.?|Door\\s+No\\.?)\\s*\\d{1,4}[A-Z]?"
            + "(?:[/-]\\d{1,4})*(?:,\\s*\\d{1,4}\\s+(?:" + CAP + "\\s+){1,3}(?:Road|Street|Lane|Avenue|Grove|Close|Crescent|Drive|Way|Nagar|Colony))?\\b");
    private static final FirstCharPattern UK_STREET = FirstCharPattern.compile("\\b\\d{1,4}[A-Za-z]?,?\\s+(?:" + CAP + "\\s+){1,3}(?:Grove|Close|Crescent|Gardens|Mews|Terrace|Walk"
            + "|Rise|Green|Square|Hill|Row|Place|Lane|Road|Street|Avenue|Drive|Way|Court|View|Vale|Croft|Fold|Chase|Parade|Wynd|Gate|Brae|Park|Meadows"
            + "|Nagar|Colony|Layout|Cross|Main|Marg|Salai)\\b");
    private static final FirstCharPattern COUNTY = FirstCharPattern.compile("\\b(?:(?<place>" + CAP + "(?:\\s" + CAP + ")?)\\s+(?:County|Parish|Shire)|(?:County|Co\\.)\\s+(?<place2>" + CAP + "))"
            + "(?!\\s+(?:Hospital|Council|Medical|Health|General|Fair|Court|Final|Championship|Cup|Show))");
    /** A clinic's or event's own address is not the patient's. */
    private static final Pattern BUSINESS_NEAR = Pattern.compile("(?i)\\b(?:our|the)\\s+(?:new\\s+)?(?:[\\w-]+\\s+)?(?:clinic|office|practice|center|centre|unit"
            + "|location|campus|suite|lab|department|dept|hospital|service)\\s+(?:is\\s+|will\\s+be\\s+|has\\s+)?(?:at|on|now|opens?|opening|moved|moving|moves)\\b"
            + "|\\b(?:opens\\s+at|opening\\s+at|moved\\s+to|located\\s+at|visit\\s+us|find\\s+us|open\\s+day|come\\s+and\\s+see|conference|venue"
            + "|parking|join\\s+us|register|tickets)\\b");

    private final Gazetteer gazetteer;
    private final Map<String, Boolean> extra;
    private final Set<String> notPlaces;

    public InternationalPlaceRule(RuleSpec spec) {
        super(spec);
        this.gazetteer = Gazetteer.shared();
        this.extra = load(spec.resources(), spec.string("places", "irlint/gazetteer/places-extra.txt"));
        this.notPlaces = Words.set(spec, "notPlaces");
    }

    private static Map<String, Boolean> load(ResourceLoader resources, String resource) {
        return resources.shared("privacy:places-extra:" + resource, k -> {
            Map<String, Boolean> out = new HashMap<>();
            for (String line : resources.lines(resource)) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                String name = s.split("\t")[0];
                boolean common = name.endsWith("*");
                out.put(Words.key(common ? name.substring(0, name.length() - 1) : name), common);
            }
            return Map.copyOf(out);
        });
    }

    @Override
    public void check(CheckContext context) {
        if (!CareContext.of(context).aboutCare()) {
            return;
        }
        String text = context.normalized();
        for (FirstCharPattern.Finder m = LIVES.matcher(text); m.find(); ) {
            placeAt(context, text, m.match(), true); // "lives in" makes even an everyday-word town a home
        }
        for (FirstCharPattern.Finder m = SIGNED.matcher(text); m.find(); ) {
            if (NAME_BEFORE_AGE.matcher(text.substring(Math.max(0, m.start() - 32), m.start())).find()) {
                placeAt(context, text, m.match(), false);
            }
        }
        String lower = PatientContext.of(context).lower();
        for (FirstCharPattern.Finder m = WARD.matcher(lower.contains("ward") ? text : ""); m.find(); ) {
            if (ONE_PERSON_BEFORE.matcher(text.substring(Math.max(0, m.start() - 50), m.start())).find()) {
                flagIfPrivate(context, text, m.start("ward"), m.end("ward"));
            }
        }
        for (FirstCharPattern.Finder m = UNIT.matcher(text); m.find(); ) {
            if (PERSON_BEFORE_UNIT.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                flagIfPrivate(context, text, m.start("ward"), m.end("ward"));
            }
        }
        for (FirstCharPattern.Finder m = UNIT_BEFORE_PERSON.matcher(text); m.find(); ) {
            flagIfPrivate(context, text, m.start("ward"), m.end("ward"));
        }
        for (FirstCharPattern.Finder m = FROM.matcher(text); m.find(); ) {
            placeAt(context, text, m.match(), false);
        }
        for (FirstCharPattern.Finder m = IN.matcher(text); m.find(); ) {
            int[] span = longestKnown(m.group("place"), m.start("place"), false);
            String found = span == null ? null : text.substring(span[0], span[1]);
            if (found != null && extra.containsKey(Words.key(found)) && gazetteer.place(found) == Strength.NONE) {
                flagIfPrivate(context, text, span[0], span[1]);
            }
        }
        for (FirstCharPattern.Finder m = RESIDENT.matcher(text); m.find(); ) {
            int[] span = longestKnown(m.group("place"), m.start("place"), false);
            if (span != null && extra.containsKey(Words.key(text.substring(span[0], span[1])))) {
                flagIfPrivate(context, text, span[0], span[1]);
            }
        }
        for (FirstCharPattern.Finder m = SG_ADDRESS.matcher(text); m.find(); ) {
            String g = m.group("code") != null ? "code" : "blk";
            flagIfPrivate(context, text, m.start(g), m.end(g));
        }
        for (FirstCharPattern.Finder m = DWELLING.matcher(text); m.find(); ) {
            flagIfPrivate(context, text, m.start(), m.end());
        }
        for (FirstCharPattern.Finder m = TOWN_BEFORE_POSTCODE.matcher(text); m.find(); ) {
            placeAt(context, text, m.match(), true);
        }
        for (FirstCharPattern.Finder m = TOWN_STATE.matcher(text); m.find(); ) {
            placeAt(context, text, m.match(), false);
        }
        for (FirstCharPattern.Finder m = AU_POSTCODE_STATE.matcher(text); m.find(); ) {
            flagIfPrivate(context, text, m.start("code"), m.end("code"));
        }
        for (FirstCharPattern.Finder m = PIN.matcher(text); m.find(); ) {
            int[] place = longestKnown(m.group("place"), m.start("place"), false);
            if (place != null) {
                flagIfPrivate(context, text, place[0], place[1]);
                flagIfPrivate(context, text, m.start("pin"), m.end("pin"));
                if (m.group("area") != null && !notPlaces.contains(Words.key(m.group("area")))) {
                    flagIfPrivate(context, text, m.start("area"), m.end("area"));
                }
            }
        }
        for (FirstCharPattern.Finder m = UK_STREET.matcher(text); m.find(); ) {
            flagIfPrivate(context, text, m.start(), m.end());
        }
        for (FirstCharPattern.Finder m = COUNTY.matcher(text); m.find(); ) {
            String g = m.group("place") != null ? "place" : "place2";
            String name = m.group(g);
            boolean known = gazetteer.county(name) != Strength.NONE || extra.containsKey(Words.key(name))
                    || !gazetteer.commonWord(name) && !notPlaces.contains(Words.key(name));
            if (known) {
                flagIfPrivate(context, text, m.start(), m.end());
            }
        }
    }

    /** Reports the longest run of the matched capitalised words that is a known place. */
    private void placeAt(CheckContext context, String text, Matcher m, boolean everydayWordsToo) {
        int[] span = longestKnown(m.group("place"), m.start("place"), everydayWordsToo);
        if (span != null) {
            flagIfPrivate(context, text, span[0], span[1]);
        }
    }

    /** The longest leading run of words in {@code words} that names a place; null when none does. */
    int[] longestKnown(String words, int start, boolean everydayWordsToo) {
        String[] parts = words.split("\\s");
        for (int n = parts.length; n >= 1; n--) {
            String candidate = String.join(" ", java.util.Arrays.copyOf(parts, n));
            if (notPlaces.contains(Words.key(candidate))) {
                continue;
            }
            if (known(candidate, everydayWordsToo)) {
                return new int[] {start, start + candidate.length()};
            }
        }
        return null;
    }

    boolean known(String name, boolean everydayWordsToo) {
        Boolean common = extra.get(Words.key(name));
        if (common != null) {
            return everydayWordsToo || !common;
        }
        Strength s = gazetteer.place(name);
        return s == Strength.STRONG || everydayWordsToo && s == Strength.AMBIGUOUS;
    }

    private void flagIfPrivate(CheckContext context, String text, int start, int end) {
        String around = text.substring(Math.max(0, start - 60), Math.min(text.length(), end + 40));
        if (BUSINESS_NEAR.matcher(around).find() || PatientContext.of(context).eventNear(start, end, 40)) {
            return;
        }
        if (!Markup.inside(context, start, end) && !Markup.reported(context, info.id(), start, end)) {
            context.report(this, start, end, message, suggestions);
        }
    }
}
