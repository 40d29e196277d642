package org.irlint.core.privacy;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
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
    /** "lives a mile from us in 30318", "living out in 59715": a home given by a real ZIP code. */
    private static final FirstCharPattern LIVES_ZIP = FirstCharPattern.compile("\\b(?i:lives|living|lived|resides|moved)\\b[^.!?\\n\\d]{0,40}?\\b(?i:in|at|near)\\s+"
            + "(?<zip>\\d{5})\\b(?![-.,]\\d|\\s*(?i:mg|ml|mm|cm|km|miles?|ft|feet|sq|square|units?|people|patients|pts|residents|homes|households|%))");
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

    /** A capitalised word in any script with case: "Tromsø", "Schäfer", "Koramangala". */
    private static final String UCAP = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?\\p{Ll}+)*";
    private static final String UPLACE = "(?<place>" + UCAP + "(?:\\s" + UCAP + "){0,2}|\\p{Lu}{3,}(?:\\s\\p{Lu}{3,})?(?![\\p{L}\\d]))";
    /**
     * A person, then where they are from: "pt, 91, from Kenosha", "56M from Flint", "a retired rancher from Billings",
     * "señora from Pilsen". The person is the context, so the town needs no other sign of a patient, and a town whose
     * name is also a word (Flint, Billings) counts.
     */
    private static final FirstCharPattern PERSON_FROM = FirstCharPattern.compile("(?:\\b(?i:pt|patient|man|woman|lady|gentleman|gent|señora|senora|señor|senor"
            + "|signora|abuela|abuelo|uncle|aunt|auntie|grandma|grandpa|granny|grandmother|grandfather|nana|mom|mum|dad|son|daughter|wife|husband|boy|girl"
            + "|kid|teen|baby|twins|triplets|farmer|rancher|trucker|welder|miner|fisherman|logger|veteran|retiree|pensioner|widow|widower"
            + "|nonagenarian|centenarian|octogenarian|survivor|couple|guy|fella|bloke|chap|driver|teacher|chef|cook|baker|butcher|plumber|electrician"
            + "|mechanic|builder|carpenter|cabbie|postman|shopkeeper|grocer|fishmonger|labourer|laborer|firefighter|bricklayer|crofter|shepherd)s?"
            + "|\\b(?i:retired|former)\\s+(?:\\p{Ll}+\\s+)?\\p{Ll}{3,}|\\b\\d{1,3}\\s?(?i:yo|y/o|y\\.o\\.?|yrs?\\.?\\s+old|years?\\s+old)"
            + "|\\b\\d{1,3}(?:-year-old|-yr-old|[MF])|,\\s?\\d{2,3},|\\b(?i:age|aged)\\s\\d{2,3},"
            + "|\\b(?i:she|he|they)(?:['’]s|\\s+(?:is|was|has|had|have|are|were))?(?=\\s+(?i:been\\s+)?(?i:driving|coming|travell?ing|commuting|getting\\s+the\\s+bus|drives|drove|comes|came|travels|commutes)\\b))"
            + "\\s*,?\\s+(?:(?i:who\\s+)?(?:(?i:been)\\s+)?(?i:is|was|came|comes|drove|drives|driving|flew|lives|lived|living|coming|travell?ing|travels|commuting|commutes|getting\\s+the\\s+bus)"
            + "\\s+(?:(?i:in|up|down|over|all\\s+the\\s+way|every\\s+day)\\s+)?)?(?i:from|outside|out\\s+of)\\s+"
            + "(?:(?i:the)\\s+)?" + UPLACE);
    /** "a fishing village outside Tromsø", "the town of Lodi": the words say it is a place, known or not. */
    private static final FirstCharPattern SETTLEMENT = FirstCharPattern.compile("\\b(?i:village|town|township|hamlet|suburb|island|farm|ranch|reservation"
            + "|borough|neighbou?rhood|settlement|parish)\\s+(?i:of|outside(?:\\s+of)?|near|called|named|just\\s+outside)\\s+" + UPLACE);
    /** A care home or estate named as where someone lives: "from Sunset Manor", "at Willow Creek Assisted Living". */
    private static final FirstCharPattern FACILITY = FirstCharPattern.compile("\\b(?i:from|at|in)\\s+(?:(?i:the)\\s+)?(?<facility>(?:" + UCAP + "\\s+){1,3}"
            + "(?:Manor|Lodge|Care\\s+Home|Nursing\\s+Home|Rest\\s+Home|Retirement\\s+(?:Home|Village|Community)|Assisted\\s+Living|Senior\\s+Living"
            + "|Estates|(?:Mobile\\s+Home|Trailer|RV)\\s+Park)\\b)");
    /** A street named without a house number: "the bakery on Milwaukee Ave", "at 5th Ave & Pine". */
    private static final FirstCharPattern STREET_NAME = FirstCharPattern.compile("\\b(?i:on|off|at|near|along|down|by|from|corner\\s+of)\\s+(?:(?i:the)\\s+)?"
            + "(?<street>(?:[A-Z][a-z]+\\s+|\\d{1,3}(?:st|nd|rd|th)\\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Drive|Pkwy|Parkway"
            + "|Hwy|Highway|Terrace)\\b\\.?(?:\\s*(?:&|and|/|at)\\s+(?:[A-Z][a-z]+|\\d{1,3}(?:st|nd|rd|th))(?:\\s+(?:St|Street|Ave|Avenue|Rd|Road|Blvd))?\\b)?)");
    /** A numbered road: "the Walmart on Route 9", "the Route 9 crash", "off Highway 61". */
    private static final FirstCharPattern ROUTE = FirstCharPattern.compile("\\b(?:Route|Rte\\.?|Highway|Hwy\\.?|Interstate|State\\s+Route|County\\s+Road"
            + "|Farm\\s+Road)\\s?\\d{1,4}[A-Z]?\\b(?![.,]\\d)");
    /** "Westminster (Little Saigon)": a neighbourhood in brackets after a town. */
    private static final FirstCharPattern BRACKETED = FirstCharPattern.compile("\\b" + UPLACE + "\\s*\\((?<alt>" + UCAP + "(?:\\s" + UCAP + "){0,2})\\)");
    /** Words after a capitalised name that make it an organization, not a place. */
    private static final Pattern ORG_AFTER = Pattern.compile("^\\s*(?:Hospital|Medical|Health|Healthcare|Clinic|General|Memorial|University|Regional"
            + "|Radiology|Imaging|Scientific|Surgical|Center|Centre|Institute|College|School|Group|Associates|Partners|Inc|LLC|Ltd|Pharma|Labs?"
            + "|Ward|Unit|Wing|Floor|Department|Dept|Team|Services?|Office|Desk|Bay|Suite)\\b");
    /**
     * Hospital departments and services ("the lady from Pharmacy", "pt from Security"), and words whose ending marks an
     * English common noun (Billing, Surgery, Hospice, Oncology): not a neighbourhood, though no list has them as places.
     */
    private static final Pattern NOT_A_NEIGHBOURHOOD = Pattern.compile("(?i)(?:.*(?:ology|ogy|acy|ity|ing|ion|ics|ment|ness|ance|ence|ery|ary|ice|ist|ism|ure)"
            + "|Transport|Admissions|Triage|Resus|Theatres?|Rehab|Physio|Dietary|Accounts|Records|Peds|Paeds|Ortho|Neuro|Renal|Vascular|Maternity"
            + "|Medicine|Anesthesia|Anaesthesia|Nursing|Labor|Delivery|Hospital|Clinic|Ward|Radiology|Emergency|Casualty|Dialysis|Endoscopy)");
    /** Rule ids whose findings show that the post is about a person (they run before this rule). */
    private static final Set<String> PERSON_RULES = Set.of("privacy.age", "privacy.name");

    private final Gazetteer gazetteer;
    private final Set<String> notPlaces;
    private final int eventWindow;

    public LocationRule(RuleSpec spec) {
        super(spec);
        this.gazetteer = Gazetteer.shared();
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
        for (FirstCharPattern.Finder m = LIVES_ZIP.matcher(text); m.find(); ) {
            if (gazetteer.zip(m.group("zip"))) {
                flag(context, m.start("zip"), m.end("zip")); // where someone lives, given by its ZIP code
            }
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
        boolean care = CareContext.of(context).aboutCare();
        boolean someone = patient.aboutPatient() || personFound(context);
        if (care || someone) {
            roads(context, text, patient);
        }
        personPlaces(context, text, patient, care || someone);
        if (!someone) {
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
            if (place == null && state != null && m.group("state").length() == 2 && gazetteer.placeInState(m.group("place"), state)
                    && !UsStates.isState(m.group("place"))) {
                place = m.group("place"); // "Paradise, CA", "Normal, IL": the state says it is the town
            }
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

    /** Places tied to a person by the words around them, and places the words say are places. */
    private void personPlaces(CheckContext context, String text, PatientContext patient, boolean aboutCare) {
        if (aboutCare) {
            for (FirstCharPattern.Finder m = FACILITY.matcher(text); m.find(); ) {
                if (!patient.eventNear(m.start(), m.end(), eventWindow) && !businessNear(text, m.start(), m.end())) {
                    flag(context, m.start("facility"), m.end("facility"));
                }
            }
        }
        for (FirstCharPattern.Finder m = PERSON_FROM.matcher(text); m.find(); ) {
            String words = m.group("place");
            String place = anyPlace(words);
            int start = m.start("place");
            if (place != null && ORG_AFTER.matcher(text.substring(start + place.length(), Math.min(text.length(), start + place.length() + 16))).find()) {
                place = null; // "from Hope Ward", "from Lodi Memorial": a ward or an organization
            }
            if (place != null && m.group().regionMatches(true, m.start("place") - m.start() - 4, "the ", 0, 4)
                    && gazetteer.place(place) != Strength.STRONG) {
                place = null; // "from the Valley": after "the" an everyday word is not a town
            }
            Matcher st = STATE_AFTER.matcher(text).region(m.end("place"), Math.min(text.length(), m.end("place") + 5));
            if (place == null && st.lookingAt() && gazetteer.placeInState(words, st.group(1))) {
                place = words; // "Pt from Paradise, CA": the state says the everyday word is the town
            }
            if (place == null && aboutCare && unknownPlace(text, words, m.end("place"))) {
                place = words; // "señora from Pilsen": a neighbourhood no list has
            }
            if (place != null && !patient.eventNear(m.start(), m.end(), eventWindow)) {
                int end = start + place.length();
                Matcher state = STATE_AFTER.matcher(text).region(end, Math.min(text.length(), end + 5));
                if (state.lookingAt() && gazetteer.placeInState(place, state.group(1))) {
                    end = state.end(); // "from Pocatello, ID": the town with its state, as PLACE_STATE reports it
                }
                flag(context, start, end);
                afterPlace(context, text, patient, start + place.length());
            }
        }
        if (!aboutCare) {
            return;
        }
        for (FirstCharPattern.Finder m = SETTLEMENT.matcher(text); m.find(); ) {
            String words = m.group("place");
            String first = words.split("\\s")[0];
            String place = anyPlace(words);
            if (place == null && unknownPlace(text, first, m.start("place") + first.length())) {
                place = first;
            }
            if (place != null && !patient.eventNear(m.start(), m.end(), eventWindow)) {
                flag(context, m.start("place"), m.start("place") + place.length());
            }
        }
        for (FirstCharPattern.Finder m = BRACKETED.matcher(text); m.find(); ) {
            String place = anyPlace(m.group("place"));
            if (place != null && place.length() == m.group("place").length() && !notPlaces.contains(Words.key(m.group("alt")))
                    && !UsStates.isState(m.group("alt")) && !patient.eventNear(m.start(), m.end(), eventWindow)) {
                flag(context, m.start("alt"), m.end("alt"));
            }
        }
    }

    /** Streets without a number and numbered roads, in a post about someone's care. */
    private void roads(CheckContext context, String text, PatientContext patient) {
        for (FirstCharPattern p : List.of(STREET_NAME, ROUTE)) {
            for (FirstCharPattern.Finder m = p.matcher(text); m.find(); ) {
                int start = p == STREET_NAME ? m.start("street") : m.start();
                int end = p == STREET_NAME ? m.end("street") : m.end();
                // a clinic's own road is said in the same breath ("our clinic on Route 9"), so look only close by
                if (!patient.eventNear(start, end, eventWindow) && !BUSINESS_NEAR.matcher(text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 12))).find()) {
                    flag(context, start, end);
                }
            }
        }
    }

    /** "Koramangala, Bengaluru", "Pilsen, Chicago": the city after a flagged neighbourhood, and the neighbourhood's city. */
    private void afterPlace(CheckContext context, String text, PatientContext patient, int end) {
        java.util.regex.Matcher m = CITY_AFTER.matcher(text).region(end, Math.min(text.length(), end + 40));
        if (m.lookingAt()) {
            String city = anyPlace(m.group("city"));
            if (city != null && gazetteer.place(city) == Strength.STRONG) {
                flag(context, m.start("city"), m.start("city") + city.length());
            }
        }
    }

    private static final Pattern STATE_AFTER = Pattern.compile(",\\s?([A-Z]{2})\\b");
    private static final Pattern CITY_AFTER = Pattern.compile(",\\s*(?<city>" + UCAP + "(?:\\s" + UCAP + ")?)");

    /** A capitalised word that no list knows, after a person and "from": a neighbourhood, unless it names an organization. */
    private boolean unknownPlace(String text, String word, int end) {
        String k = Words.key(word);
        return word.length() >= 4 && !notPlaces.contains(k) && !UsStates.isState(word) && gazetteer.place(word) == Strength.NONE
                && !NOT_A_NEIGHBOURHOOD.matcher(word.split("\\s")[0]).matches() && !ORG_AFTER.matcher(word.replaceFirst("^\\S+", "")).find()
                && gazetteer.place(word.split("\\s")[0]) == Strength.NONE
                && gazetteer.firstName(word) == Strength.NONE && !ORG_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 16))).find()
                && !word.equals(word.toUpperCase(java.util.Locale.ROOT));
    }

    /** The longest leading run of words that is a known place of any strength, not a state, country or month. */
    private String anyPlace(String words) {
        String[] parts = words.split("\\s+");
        for (int n = Math.min(parts.length, gazetteer.longestPlaceWords()); n >= 1; n--) {
            String candidate = String.join(" ", java.util.Arrays.copyOf(parts, n));
            if (gazetteer.place(candidate) != Strength.NONE) {
                return notPlaces.contains(Words.key(candidate)) || UsStates.isState(candidate) ? null : candidate;
            }
        }
        return null;
    }

    private static boolean personFound(CheckContext context) {
        for (org.irlint.core.report.Finding f : context.findings()) {
            if (PERSON_RULES.contains(f.ruleId())) {
                return true;
            }
        }
        return false;
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
