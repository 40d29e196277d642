package org.irlint.core.privacy;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.irlint.core.privacy.Gazetteer.Strength;
import org.irlint.core.rules.CheckContext;
import org.irlint.core.rules.SpecRule;
import org.irlint.core.rules.RuleSpec;
import org.irlint.core.text.FirstCharPattern;

/**
 * {@code kind: privacy-location} — places smaller than a state: street addresses, ZIP codes (with a cue, ZIP+4,
 * or after a state), UK/Canadian postcodes, Australian and Indian postcodes with a cue, counties, and towns from
 * the gazetteers after "from/in/near/lives in…" or before ", TX". Towns and counties count only in a post about a
 * patient and away from event words (a conference city is not the patient's). States, countries (rule file
 * {@code notPlaces}) and hospital names are not Safe Harbor identifiers of a patient and are left alone. A town
 * whose name is also an everyday word (Mobile, Hope, Riverside) needs a state after it or "town of".
 */
public final class LocationRule extends SpecRule {
    private static final String CAP = "(?:St\\.?\\s|Saint\\s|Fort\\s|Ft\\.?\\s|Mount\\s|Mt\\.?\\s)?[A-Z][a-z]+(?:['’-][A-Za-z]+)*";
    private static final String PLACE = "(?<place>" + CAP + "(?:\\s" + CAP + "){0,2})";
    private static final String STATE = "(?<state>[A-Z]{2}\\b|(?:New|North|South|West|Rhode)\\s[A-Z][a-z]+|[A-Z][a-z]{3,})";
    private static final FirstCharPattern STREET = FirstCharPattern.compile("\\b\\d{1,6}\\s+(?:[NSEW]\\.?\\s+)?(?:[A-Z][a-z]+\\s+|\\d{1,3}(?:st|nd|rd|th)\\s+){1,3}"
            + "(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Ct|Court|Way|Pl|Place|Pkwy|Parkway|Hwy|Highway"
            + "|Ter|Terrace|Cir|Circle|Trl|Trail|Loop|Pike|Row|Grove|Close|Crescent|Cres|Gardens|Mews|Square|Sq|Walk|Hill|Rise|Parade|Esplanade"
            + "|Highway|Marg|Nagar)\\b\\.?|\\b(?i:P\\.?O\\.?\\s*Box)\\s+\\d+");
    private static final FirstCharPattern ZIP_CUE = FirstCharPattern.compile("(?i)\\b(?:zip|zip code|zipcode|postal code|postcode|pin ?code|PIN)\\s*(?:code)?\\s*[:#]?\\s*"
            + "(?<zip>\\d{5}(?:-\\d{4})?|\\d{4}|\\d{3}\\s?\\d{3}|(?-i:[A-Z]\\d[A-Z])(?:\\s?\\d[A-Z]\\d)?)\\b");
    /** "acct # 88231-0045" is an account number shaped like ZIP+4: the label decides (privacy-identifiers owns it). */
    private static final Pattern OTHER_LABEL_BEFORE = Pattern.compile("(?i)(?:acct|account|#|no\\.?|number|mrn|id|policy|member|claim"
            + "|invoice|order|ref|serial|sn|lot|accession|case|phone|tel|fax|ph)\\s*[:#.]?\\s*$");
    private static final FirstCharPattern ZIP4 = FirstCharPattern.compile("(?<![\\w-])(?<zip>\\d{5})-\\d{4}(?![\\w-])");
    private static final FirstCharPattern STATE_ZIP = FirstCharPattern.compile("\\b(?<state>[A-Z]{2})\\s+(?<zip>\\d{5})(?:-\\d{4})?\\b");
    // A suburb or town written just before a postcode is part of the address: "Surry Hills NSW 2010", "Sale M33 7QT".
    private static final String TOWN_BEFORE = "(?:(?:[A-Z][a-z]+\\s){1,2}|(?:[A-Z][a-z]+\\s){1,2}?,\\s)?";
    private static final FirstCharPattern AU_STATE_POSTCODE = FirstCharPattern.compile("\\b" + TOWN_BEFORE + "(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)\\s+\\d{4}\\b");
    private static final FirstCharPattern UK_POSTCODE = FirstCharPattern.compile("\\b" + TOWN_BEFORE + "[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[ABD-HJLNP-UW-Z]{2}\\b");
    private static final FirstCharPattern IN_PIN = FirstCharPattern.compile("\\b(?<town>[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?)\\s+\\d{3}\\s?\\d{3}\\b");
    private static final FirstCharPattern CA_POSTCODE = FirstCharPattern.compile("\\b[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z]\\s?\\d[ABCEGHJ-NPRSTV-Z]\\d\\b");
    private static final FirstCharPattern COUNTY = FirstCharPattern.compile("\\b(?<place>" + CAP + "(?:\\s" + CAP + ")?)\\s+(?:County|Parish|Co\\.)(?!\\s+(?:Hospital|Medical|Health|General|Fair|Courthouse))");
    private static final FirstCharPattern PLACE_STATE = FirstCharPattern.compile("\\b" + PLACE + ",\\s?" + STATE);
    private static final FirstCharPattern AFTER_CUE = FirstCharPattern.compile("\\b(?i:from|in|near|outside(?:\\s+of)?|around|lives\\s+in|living\\s+in|moved\\s+to"
            + "|resident\\s+of|native\\s+of|hometown(?:\\s+of)?|back\\s+home\\s+in|town\\s+of|city\\s+of|village\\s+of|drove\\s+in\\s+from"
            + "|transferred\\s+from|transfer\\s+from|flown\\s+in\\s+from)\\s+(?:(?i:a|an|the)\\s+)?" + PLACE);
    /** "a Plano resident", "a Tulsa-area farmer", "Tulsa native": the town as an adjective of a person. */
    private static final FirstCharPattern RESIDENT = FirstCharPattern.compile("\\b" + PLACE + "(?:-area|\\s+area)?\\s+(?i:resident|native|local|man|woman|mom|dad|teen"
            + "|grandmother|grandfather|grandma|grandpa|farmer|rancher|teacher|nursing home|high school|middle school|elementary)\\b");
    /** "lives on Sycamore Rd": a street without a number, named as where the patient lives. */
    private static final FirstCharPattern LIVES_ON = FirstCharPattern.compile("\\b(?i:lives|living|lived|resides|house|home)\\s+(?i:on|off|at)\\s+(?:the\\s+)?"
            + "(?<street>(?:[A-Z][a-z]+\\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Ct|Court|Way|Pl|Place"
            + "|Pkwy|Parkway|Hwy|Highway|Ter|Terrace|Cir|Circle|Trl|Trail|Loop|Pike|Row)\\b\\.?)");
    /** A clinic's or event's own address is not the patient's. */
    private static final Pattern BUSINESS_NEAR = Pattern.compile("(?i)\\b(?:our|the)\\s+(?:new\\s+)?(?:[\\w-]+\\s+){0,2}?(?:clinic|office|practice"
            + "|center|centre|location|campus|suite|lab|department|dept|unit|service|hospital|ward|team)\\b|\\b(?:moved\\s+to|located\\s+at"
            + "|visit\\s+us|find\\s+us|suite|call\\s+for|opens?\\s+at|opening\\s+at|now\\s+open)\\b");
    private static final Pattern HOME_BEFORE = Pattern.compile("(?i)\\b(?:home\\s+to|lives\\s+(?:at|on|in)|living\\s+at|his\\s+(?:flat|house|home)"
            + "|her\\s+(?:flat|house|home)|their\\s+(?:flat|house|home)|address(?:\\s+is)?|discharged\\s+(?:\\w+\\s+){0,3}?to)\\W+(?:at\\s+)?$");
    private static final Pattern TOWN_OF = Pattern.compile("(?i:town|city|village|township|borough)\\s+of\\s*$");

    private final Gazetteer gazetteer;
    private final Set<String> notPlaces;
    private final int eventWindow;

    public LocationRule(RuleSpec spec) {
        super(spec);
        this.gazetteer = Gazetteer.shared(spec.resources());
        this.notPlaces = Words.set(spec, "notPlaces");
        this.eventWindow = spec.integer("eventWindow", 40);
    }

    @Override
    public void check(CheckContext context) {
        String text = context.normalized();
        PatientContext patient = PatientContext.of(context);
        // Addresses and postcodes identify wherever they appear, unless they belong to an announced event.
        for (FirstCharPattern.Finder m = LIVES_ON.matcher(text); m.find(); ) {
            flag(context, m.start("street"), m.end("street"));
        }
        for (FirstCharPattern p : List.of(STREET, AU_STATE_POSTCODE, UK_POSTCODE, CA_POSTCODE)) {
            for (FirstCharPattern.Finder m = p.matcher(text); m.find(); ) {
                boolean quiet = patient.eventNear(m.start(), m.end(), eventWindow) || businessNear(text, m.start(), m.end());
                if (!quiet || continuesAddress(context, m.start())) {
                    flag(context, m.start(), m.end());
                }
            }
        }
        for (FirstCharPattern.Finder m = IN_PIN.matcher(text); m.find(); ) {
            if (gazetteer.place(m.group("town")) == Strength.STRONG && !UsStates.isState(m.group("town"))) {
                flag(context, m.start(), m.end());
            }
        }
        for (FirstCharPattern.Finder m = ZIP_CUE.matcher(text); m.find(); ) {
            flag(context, m.start("zip"), m.end("zip"));
        }
        for (FirstCharPattern.Finder m = ZIP4.matcher(text); m.find(); ) {
            boolean labelled = OTHER_LABEL_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find();
            if (gazetteer.zip(m.group("zip")) && !labelled) {
                flag(context, m.start(), m.end());
            }
        }
        for (FirstCharPattern.Finder m = STATE_ZIP.matcher(text); m.find(); ) {
            if (UsStates.CODES.contains(m.group("state")) && gazetteer.zip(m.group("zip"))) {
                flag(context, m.start("zip"), m.end());
            }
        }
        if (!patient.aboutPatient()) {
            return; // a town in a post about no patient is the author's, or an event's
        }
        for (FirstCharPattern.Finder m = COUNTY.matcher(text); m.find(); ) {
            String place = trimmed(m.group("place"));
            if (place != null && gazetteer.county(place) != Strength.NONE && !patient.eventNear(m.start(), m.end(), eventWindow)) {
                flag(context, m.start("place"), m.end());
            }
        }
        for (FirstCharPattern.Finder m = PLACE_STATE.matcher(text); m.find(); ) {
            String state = UsStates.code(m.group("state"));
            String place = trimmed(m.group("place"));
            if (state == null || place == null || patient.eventNear(m.start(), m.end(), eventWindow)) {
                continue;
            }
            if (gazetteer.placeInState(place, state) || gazetteer.place(place) == Strength.STRONG) {
                flag(context, m.start("place"), m.end());
            }
        }
        for (FirstCharPattern.Finder m = RESIDENT.matcher(text); m.find(); ) {
            String place = longestPlace(m.group("place"));
            if (place != null && place.length() == m.group("place").length() && gazetteer.place(place) == Strength.STRONG
                    && !patient.eventNear(m.start(), m.end(), eventWindow)) {
                flag(context, m.start("place"), m.end("place"));
            }
        }
        for (FirstCharPattern.Finder m = AFTER_CUE.matcher(text); m.find(); ) {
            String place = longestPlace(m.group("place"));
            // "in Oswestry Disability Index", "from Boston Scientific": the town starts a longer proper name
            if (place == null || place.length() < m.group("place").length() || patient.eventNear(m.start(), m.end(), eventWindow)) {
                continue;
            }
            boolean townOf = TOWN_OF.matcher(text.substring(Math.max(0, m.start("place") - 14), m.start("place"))).find();
            if (gazetteer.place(place) == Strength.STRONG || townOf && gazetteer.place(place) != Strength.NONE) {
                flag(context, m.start("place"), m.start("place") + place.length());
            }
        }
    }

    /** The longest leading run of words that is a known place and not a state, country or month. */
    private String longestPlace(String words) {
        String[] parts = words.split("\\s+");
        for (int n = Math.min(parts.length, gazetteer.longestPlaceWords()); n >= 1; n--) {
            String candidate = String.join(" ", java.util.Arrays.copyOf(parts, n));
            if (gazetteer.place(candidate) != Strength.NONE) {
                return notPlaces.contains(Words.key(candidate)) || UsStates.isState(candidate) ? null : candidate;
            }
        }
        return null;
    }

    /** The town and postcode right after a flagged street belong to the same address. */
    private boolean continuesAddress(CheckContext context, int start) {
        int at = context.view().toOriginal(start, start).start();
        return context.findings().stream().anyMatch(f -> f.ruleId().equals(info.id()) && f.end() <= at && at - f.end() <= 3);
    }

    private boolean businessNear(String text, int start, int end) {
        if (HOME_BEFORE.matcher(text.substring(Math.max(0, start - 30), start)).find()) {
            return false; // "took our patient home to 14 Alder Grove": the patient's address, whatever else is near
        }
        return BUSINESS_NEAR.matcher(text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 40))).find();
    }

    private String trimmed(String place) {
        String k = Words.key(place);
        return notPlaces.contains(k) || UsStates.isState(place) ? null : place;
    }

    private void flag(CheckContext context, int start, int end) {
        if (!Markup.inside(context, start, end) && !Markup.reported(context, info.id(), start, end)) {
            context.report(this, start, end, message, suggestions);
        }
    }
}
