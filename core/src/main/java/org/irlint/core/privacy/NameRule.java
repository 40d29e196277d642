package org.irlint.core.privacy;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.irlint.core.privacy.Gazetteer.Strength;
import org.irlint.core.rules.CheckContext;
import org.irlint.core.rules.RuleSpec;
import org.irlint.core.rules.SpecRule;
import org.irlint.core.text.FirstCharPattern;

/**
 * {@code kind: privacy-name} — names of patients and their relatives, found only with context: a title
 * (Mr/Mrs/Ms), "pt"/"patient", "last name", a relative ("her daughter Anna"), "the Nguyen family", a possessive
 * on a clinical noun ("Smith's angiogram"), initials, or a first+last pair from the census name lists in a post
 * about a patient. Precision first: a capitalised word alone is never enough, eponyms and device or drug names
 * listed in the rule file are skipped, and so are @handles and "Dr." (colleagues).
 *
 * <p>Rule file parameters: {@code eponyms}, {@code notNames} (brands, devices, drugs, months…),
 * {@code titleFollowers} (words after Mr/Ms that are not surnames), {@code relatives}, {@code clinicalNouns},
 * {@code institutionWords} (a pair followed by one is a place, not a person), {@code sentenceOpeners} (a capitalised
 * word that opens a sentence without starting a title: "Today Linda Gonzalez came in").
 */
public final class NameRule extends SpecRule {
    private static final String WORD = "(?:Mc|Mac|O['’])?\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?";
    private static final FirstCharPattern TITLE = FirstCharPattern.compile(
            "\\b(?:(?i:Mr|Mrs|Ms|Mx|Miss|Mister)|Sr|Sra|Srta|Don|Doña|Dña|Herr|Frau|Mme|Mlle)\\.?\\s+(?:[A-Z]\\.\\s*)?(?<name>" + WORD
                    + "(?:\\s+" + WORD + "){0,2}|[A-Z]\\b\\.?)");
    /** "saw old mr henderson", "mrs nguyen van thanh": a title typed in lower case, before a lower-case surname. */
    private static final FirstCharPattern LOWER_TITLE = FirstCharPattern.compile("\\b(?<title>mr|mrs|ms|miss|mister)\\.?\\s+(?<name>[a-z][a-z'’-]{2,})\\b");
    /** "baby boy Hernandez", "Baby Girl Okafor": how a newborn is charted before it has a first name. */
    private static final FirstCharPattern NEWBORN = FirstCharPattern.compile("\\b[Bb]aby\\s+(?:[Bb]oy|[Gg]irl|BOY|GIRL)\\s+(?<name>" + "(?:Mc|Mac|O['’])?\\p{Lu}\\p{L}+" + ")");
    /** "Bud Kowalski, MRN 3310942", "Ana Ruiz (DOB …)": a name heading a chart line. */
    private static final FirstCharPattern CHART_LINE = FirstCharPattern.compile("(?<![\\p{L}])(?<name>" + "(?:Mc|Mac|O['’])?\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?"
            + "(?:\\s+(?:Mc|Mac|O['’])?\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?){0,2})\\s*[,(:\\-–—]\\s*(?:MRN|MR#|DOB|D\\.O\\.B\\.?|DOS|UHID|hosp(?:ital)?\\s+no|NHS\\s+no)\\b");
    /** "the Kowalczyk case", "the Dunmore retained-wire lawsuit": a case known by the patient's surname. */
    private static final FirstCharPattern NAMED_CASE = FirstCharPattern.compile("\\b(?i:the)\\s+(?<name>" + "(?:Mc|Mac|O['’])?\\p{Lu}\\p{Ll}+"
            + ")(?:\\s+[\\w-]+)?\\s+(?i:case|lawsuit|suit|settlement|claim|complaint|litigation)\\b");
    /** "RIP J.R.", "Rest easy, Aiden Morales": a farewell names a patient. */
    private static final FirstCharPattern FAREWELL = FirstCharPattern.compile(
            "\\b(?:RIP|R\\.I\\.P\\.?|(?i:rest easy|rest in peace|in memory of|remembering))\\s*,?\\s+(?<name>[A-Z]\\.\\s?[A-Z]\\.?|" + WORD
                    + "(?:\\s+" + WORD + ")?)");
    /** "Mrs. Ethel Brown, 91," "Mum (Margaret, 91)": a name with an age next to it. */
    private static final FirstCharPattern NAME_AGE = FirstCharPattern.compile(
            "(?<![\\p{L}])(?<name>" + WORD + "(?:\\s+" + WORD + ")?)\\s*,\\s*\\d{1,3}\\s*(?:,|\\)|\\s+(?:y|yo|years|yrs|años)\\b)");
    /** "R.T., 71, had her drain upsized": initials with an age after them head a case like a name. */
    private static final FirstCharPattern INITIALS_AGE = FirstCharPattern.compile(
            "(?<![\\p{L}.])(?<name>[A-Z]\\.\\s?[A-Z]\\.(?:\\s?[A-Z]\\.)?)\\s*(?:,\\s*|\\(\\s*)\\d{1,3}\\s*(?:[MF]\\b|y/?o\\b|yo\\b|years?\\s+old\\b|,|\\))");
    /** Abbreviations that look like initials: "U.S., 50 states". */
    private static final Set<String> NOT_INITIALS = Set.of("U.S.", "U.K.", "D.C.", "A.M.", "P.M.", "E.U.", "U.N.", "N.Y.", "L.A.", "B.C.", "A.D.");
    /** "Big Mike from the body shop", "Tiny Tina from the NICU": a nickname someone is known by locally. */
    private static final FirstCharPattern NICKNAME = FirstCharPattern.compile(
            "\\b(?:Big|Little|Tiny|Old|Young|Lil)\\s+(?<name>" + WORD + ")\\s+(?:from|at|of|down\\s+at)\\s+(?:the\\s+|our\\s+)?[\\w'’-]+");
    private static final FirstCharPattern PATIENT = FirstCharPattern.compile(
            "\\b(?i:pt|patient)\\s*,?\\s+(?i:named\\s+|initials\\s+)?(?<name>[A-Z]\\.\\s?[A-Z]\\.?|" + WORD + ")(?:\\s+(?<last>" + WORD + "))?");
    /** Thanks and congratulations go to colleagues, not patients. */
    private static final Pattern THANKS_BEFORE = Pattern.compile(
            "(?i)\\b(?:thanks?(?:\\s+you)?\\s+to|thank\\s+you|shout\\s?outs?\\s+to|congrats\\s+to|congratulations\\s+to|kudos\\s+to"
                    + "|welcome|props\\s+to|grateful\\s+(?:to|for)|presented\\s+by|led\\s+by|cc)\\s*,?\\s*$");
    private static final Pattern COLLEAGUE_AFTER = Pattern.compile(
            "^\\s*,?\\s*(?:(?:our|my|the)\\s+)?(?:\\w+\\s+){0,2}?(?:nurse|tech|technologist|fellow|resident|attending|colleague|partner|PA|NP"
                    + "|RN|RT|MD|DO|PhD|rep|scrub|anesthesiologist|CRNA|radiologist|surgeon|chief|director|chair|coordinator)\\b");
    /** "Jaylen, my 17yo PE pt, …" and "Theodore (my PAE pt)": a name in apposition to the patient. */
    private static final FirstCharPattern APPOSITION = FirstCharPattern.compile(
            "\\b(?<name>" + WORD + ")\\s*(?:,|\\(|\\s[-–—])\\s*(?i:my|our|the|this)\\s+(?:[\\w/-]+\\s+){0,4}?(?i:pt|patient)\\b(?!s)");
    private static final FirstCharPattern CUE = FirstCharPattern.compile(
            "\\b(?<cue>(?i:last name|first name|surname|family name|name is|name's|named|goes by))\\s*:?\\s+(?<name>"
                    + WORD + "(?:\\s+" + WORD + ")?)");
    private static final FirstCharPattern FAMILIAR = FirstCharPattern.compile(
            "\\b(?:Grandma|Grandpa|Granny|Nana|Papa|Auntie|Aunt|Uncle|Grandmother|Grandfather)\\s+(?<name>" + WORD + ")");
    private static final FirstCharPattern FAMILIAR_WORD = FirstCharPattern.compile("Grand|Nana|Papa|Aunt|Uncle");
    private static final FirstCharPattern FAMILY = FirstCharPattern.compile(
            "\\b(?i:the)\\s+(?<name>" + WORD + ")\\s+(?i:family|families|household|twins)\\b");
    private static final FirstCharPattern POSSESSIVE = FirstCharPattern.compile(
            "\\b(?<name>" + WORD + ")['’]s\\s+(?:[\\w/-]+\\s+){0,2}?(?<noun>[\\w/-]+)");
    private static final FirstCharPattern PAIR = FirstCharPattern.compile(
            "\\b(?<first>" + WORD + ")\\s+(?:[A-Z]\\.\\s+)?(?<last>" + WORD + ")\\b(?!['’]?\\s*[A-Z][a-z])");
    private static final FirstCharPattern CHART = FirstCharPattern.compile(
            "\\b(?<last>[A-Z]{2,}(?:-[A-Z]{2,})?),\\s?(?<first>[A-Z]{2,})\\b|\\b(?<last2>" + WORD + "),\\s+(?<first2>" + WORD + ")\\b");
    private static final FirstCharPattern FIRST_INITIAL = FirstCharPattern.compile(
            "\\b(?<name>" + WORD + ")\\s+[A-Z]\\.(?=\\s|$|[,;:!?)])");
    private static final Pattern COLLEAGUE_BEFORE = Pattern.compile(
            "(?:\\b(?i:dr|prof|professor|nurse|st|saint|doc|coach|rep|sen|senator|rev|pastor)\\.?|@)\\s*$");

    private static final Pattern AGE_AFTER = Pattern.compile("^\\s*,\\s*\\d{1,3}\\s*[,)]");
    /** "…, who had her nodule ablated", "… for allowing us to post about her UFE": thanked as a patient, not as staff. */
    private static final Pattern PATIENT_AFTER = Pattern.compile("^\\s*,?\\s*(?:who\\s+(?:had|got|underwent|came|was\\s+admitted|let\\s+us)"
            + "|for\\s+(?:(?:letting|allowing)\\s+us\\s+(?:to\\s+)?(?:share|tell|post)|sharing\\s+(?:his|her|their)\\s+(?:story|journey|experience|scans?)"
            + "|trusting\\s+(?:us|our\\s+team)))\\b");
    private static final Pattern CAPS_BEFORE = Pattern.compile("[A-Z]{2,},\\s?$");
    private static final Pattern CAPS_AFTER = Pattern.compile("^,\\s?[A-Z]{2,}\\b");
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s+([A-Za-z]+)");

    private final Gazetteer gazetteer;
    private final Set<String> eponyms;
    private final Set<String> notNames;
    private final Set<String> titleFollowers;
    private final FirstCharPattern relatives;
    private final Set<String> clinicalNouns;
    private final Set<String> institutionWords;
    private final Set<String> sentenceOpeners;

    public NameRule(RuleSpec spec) {
        super(spec);
        this.gazetteer = Gazetteer.shared();
        this.eponyms = Words.set(spec, "eponyms");
        this.notNames = Words.set(spec, "notNames");
        this.titleFollowers = Words.set(spec, "titleFollowers");
        java.util.List<String> rel = spec.strings("relatives");
        if (rel.isEmpty()) {
            throw spec.error("needs a non-empty 'relatives' list");
        }
        this.relatives = FirstCharPattern.compile("\\b(?i:his|her|their|your|pt['’]?s|patient['’]?s|the pt['’]?s|the patient['’]?s)\\s+"
                + "(?:[a-z-]+\\s+)?(?i:" + String.join("|", rel.stream().map(Pattern::quote).toList()) + ")\\s*,?\\s+(?<name>"
                + WORD + ")");
        this.clinicalNouns = Words.set(spec, "clinicalNouns");
        this.institutionWords = Words.set(spec, "institutionWords");
        this.sentenceOpeners = Words.set(spec, "sentenceOpeners");
    }

    /** A capitalised word that is no everyday word, place or excluded word: a name the name lists lack. */
    private boolean unlisted(String word) {
        return word.length() >= 3 && !excluded(word) && !gazetteer.commonWord(word) && gazetteer.place(word) == Strength.NONE
                && !institutionWords.contains(Words.key(word)) && !clinicalNouns.contains(Words.key(word));
    }

    @Override
    public void check(CheckContext context) {
        String text = context.normalized();
        boolean patient = PatientContext.of(context).aboutPatient() && !publicFarewell(context);
        // Strong cues first: they name the patient whatever else the post is about.
        for (FirstCharPattern.Finder m = TITLE.matcher(text); m.find(); ) {
            String name = m.group("name").replace(".", "");
            if (!titleFollowers.contains(Words.key(name))) { // a title makes even "Mr. Baker" a person
                flag(context, m.start(), m.end());
            }
        }
        // A farewell names a patient when the post tells of care or the name is cut to initials; "RIP" and a full
        // name with no care in sight is a public figure ("RIP Jimmy Buffett, Margaritaville all night").
        boolean care = patient || CareContext.of(context).aboutCare() && !publicFarewell(context);
        for (FirstCharPattern.Finder m = FAREWELL.matcher(text); m.find(); ) {
            if (!excluded(m.group("name")) && (care || m.group("name").contains("."))) {
                flag(context, m.start("name"), m.end("name"));
            }
        }
        String lower = PatientContext.of(context).lower();
        boolean lowerTitle = text.contains("mr") || text.contains("ms") || text.contains("miss") || text.contains("mister");
        for (FirstCharPattern.Finder m = LOWER_TITLE.matcher(lowerTitle ? text : ""); m.find(); ) {
            String name = m.group("name");
            // "ms" is also multiple sclerosis and "mr" mitral regurgitation: the next word must be a surname that is
            // no everyday word, and for "ms" one of the unambiguous ones
            Strength s = gazetteer.surname(name);
            if (s != Strength.NONE && !gazetteer.commonWord(name) && !excluded(name) && !titleFollowers.contains(Words.key(name))
                    && (s == Strength.STRONG || !m.group("title").equals("ms"))) {
                flag(context, m.start(), m.end());
            }
        }
        for (FirstCharPattern.Finder m = NEWBORN.matcher(lower.contains("baby") ? text : ""); m.find(); ) {
            if (!excluded(m.group("name"))) {
                flag(context, m.start("name"), m.end("name"));
            }
        }
        boolean chartLabel = text.contains("MR") || text.contains("DOB") || text.contains("D.O.B") || text.contains("DOS") || text.contains("UHID")
                || text.contains("NHS") || lower.contains("hosp");
        for (FirstCharPattern.Finder m = CHART_LINE.matcher(chartLabel ? text : ""); m.find(); ) {
            String[] words = m.group("name").split("\\s+");
            String first = words[0];
            String last = words[words.length - 1];
            boolean person = words.length > 1 ? gazetteer.firstName(first) != Strength.NONE || gazetteer.surname(last) == Strength.STRONG
                    : strongName(first);
            if (person && !excluded(first) && !excluded(last) && !colleagueBefore(text, m.start()) && gazetteer.place(m.group("name")) == Strength.NONE) {
                int start = m.start("name");
                if (words.length > 1 && (gazetteer.firstName(first) == Strength.NONE && gazetteer.surname(first) == Strength.NONE)) {
                    start = m.start("name") + m.group("name").lastIndexOf(last); // "Outside CT Kowalski, MRN": only the surname
                }
                flag(context, start, m.end("name"));
            }
        }
        boolean legal = lower.contains("case") || lower.contains("suit") || lower.contains("settlement") || lower.contains("claim")
                || lower.contains("complaint") || lower.contains("litigation");
        for (FirstCharPattern.Finder m = NAMED_CASE.matcher(legal ? text : ""); m.find(); ) {
            String name = m.group("name");
            if (gazetteer.surname(name) == Strength.STRONG && gazetteer.place(name) == Strength.NONE && !gazetteer.commonWord(name)
                    && !excluded(name) && !colleagueBefore(text, m.start("name"))) {
                flag(context, m.start("name"), m.end("name"));
            }
        }
        for (FirstCharPattern.Finder m = NAME_AGE.matcher(text); m.find(); ) {
            String[] words = m.group("name").split("\\s+");
            boolean person = gazetteer.firstName(words[0]) != Strength.NONE || gazetteer.surname(words[words.length - 1]) == Strength.STRONG;
            if (person && !excluded(words[0]) && !gazetteer.commonWord(words[0]) && !UsStates.isState(m.group("name"))) {
                flag(context, m.start("name"), m.end("name"));
            }
        }
        for (FirstCharPattern.Finder m = INITIALS_AGE.matcher(text); m.find(); ) {
            if (!NOT_INITIALS.contains(m.group("name").replace(" ", "")) && !colleagueBefore(text, m.start("name"))) {
                flag(context, m.start("name"), m.end("name"));
            }
        }
        for (FirstCharPattern.Finder m = NICKNAME.matcher(text); m.find(); ) {
            if (patient && gazetteer.firstName(m.group("name")) != Strength.NONE && !excluded(m.group("name"))) {
                flag(context, m.start(), m.start("name") + m.group("name").length());
            }
        }
        for (FirstCharPattern.Finder m = CUE.matcher(text); m.find(); ) {
            boolean explicit = !m.group("cue").toLowerCase(java.util.Locale.ROOT).startsWith("name");
            String first = m.group("name").split("\\s+")[0];
            if (explicit && !m.group("cue").equalsIgnoreCase("goes by") || strongName(first) && patient && !excluded(first)) {
                flag(context, m.start("name"), m.end("name"));
            }
        }
        for (FirstCharPattern.Finder m = PATIENT.matcher(text); m.find(); ) {
            String name = m.group("name");
            String last = m.group("last");
            if (last != null && gazetteer.firstName(name) != Strength.NONE
                    && (gazetteer.surname(last) != Strength.NONE || gazetteer.place(last) == Strength.NONE && !gazetteer.commonWord(last))
                    && !excluded(name) && !excluded(last)) {
                flag(context, m.start("name"), m.end("last"));
            } else if (last != null && !name.contains(".") && unlisted(name) && unlisted(last)) {
                // "pt Harjeet Dhillon": two capitalised words no list knows, right after "pt", are a given name and a surname
                flag(context, m.start("name"), m.end("last"));
            } else if (name.contains(".") || knownName(name) && !excluded(name)
                    || AGE_AFTER.matcher(text.substring(m.end("name"), Math.min(text.length(), m.end("name") + 8))).find()) {
                // right after "pt" even an everyday-word surname ("pt Smith") is a name
                flag(context, m.start("name"), m.end("name"));
            }
        }
        for (FirstCharPattern.Finder m = POSSESSIVE.matcher(text.indexOf("'s") >= 0 || text.indexOf("’s") >= 0 ? text : ""); m.find(); ) {
            String name = m.group("name");
            if (clinicalNouns.contains(Words.key(m.group("noun"))) && strongName(name) && !excluded(name)
                    && !colleagueBefore(text, m.start())) {
                flag(context, m.start("name"), m.end("name"));
            }
        }
        for (FirstCharPattern.Finder m = CHART.matcher(text); m.find(); ) {
            if (m.group("last") != null && !inCapsList(text, m.start(), m.end()) && gazetteer.surname(m.group("last")) != Strength.NONE
                    && gazetteer.firstName(m.group("first")) != Strength.NONE && !excluded(m.group("first")) && !excluded(m.group("last"))) {
                flag(context, m.start(), m.end()); // LAST, FIRST in capitals is how charts and overlays print a patient
            }
        }
        for (FirstCharPattern.Finder m = APPOSITION.matcher(text); m.find(); ) {
            String name = m.group("name");
            if (!excluded(name) && !gazetteer.commonWord(name) && !colleagueBefore(text, m.start())) {
                flag(context, m.start("name"), m.end("name"));
            }
        }
        if (!patient) {
            return; // the rest is weaker evidence, trusted only in a post about a patient
        }
        for (FirstCharPattern.Finder m = relatives.matcher(text); m.find(); ) {
            if (gazetteer.firstName(m.group("name")) != Strength.NONE && !excluded(m.group("name"))) {
                flag(context, m.start("name"), m.end("name"));
            }
        }
        for (FirstCharPattern.Finder m = FAMILIAR.matcher(FAMILIAR_WORD.matcher(text).find() ? text : ""); m.find(); ) {
            if (gazetteer.firstName(m.group("name")) != Strength.NONE && !excluded(m.group("name"))) {
                flag(context, m.start(), m.end());
            }
        }
        for (FirstCharPattern.Finder m = FAMILY.matcher(text); m.find(); ) {
            // a census surname, or a family name no list has ("the Okonkwo family"), beside a clinical word: "the
            // X family" alone is also how a post names a TV family or a dynasty
            Strength surname = gazetteer.surname(m.group("name"));
            boolean family = surname == Strength.STRONG || surname == Strength.NONE && unlisted(m.group("name"));
            if (family && !excluded(m.group("name")) && mentionsClinicalNoun(text, m.start(), m.end())) {
                flag(context, m.start("name"), m.end("name"));
            }
        }
        for (FirstCharPattern.Finder m = PAIR.matcher(text); m.find(); ) {
            String first = m.group("first");
            String last = m.group("last");
            Strength f = gazetteer.firstName(first);
            Strength l = gazetteer.surname(last);
            // "John Whitaker" mid-sentence is a person even though "john" is a word; "Will Smith" at a start may not be
            // A census first name before a capitalised word in no list ("Howard Lindqvist") is a person too: the
            // surname list cannot hold every family name, and a place or everyday word would be in one.
            // ("Yakima County": the larger name list holds many place names too, and County is no surname)
            boolean unknownLast = l == Strength.NONE && f == Strength.STRONG && last.length() >= 4 && !last.contains("-")
                    && gazetteer.place(last) == Strength.NONE && !gazetteer.commonWord(last) && !institutionWords.contains(Words.key(last));
            boolean names = f == Strength.STRONG && l != Strength.NONE || unknownLast
                    || f == Strength.AMBIGUOUS && l == Strength.STRONG && !sentenceStart(text, m.start());
            if (names && !excluded(first) && !excluded(last) && !colleagueBefore(text, m.start()) && !colleague(text, m.start(), m.end())
                    && !institutionAfter(text, m.end()) && !capitalisedBefore(text, m.start())) {
                flag(context, m.start(), m.end());
            }
        }
        for (FirstCharPattern.Finder m = CHART.matcher(text); m.find(); ) {
            if (m.group("last") != null) {
                continue;
            }
            String last = m.group("last2");
            String first = m.group("first2");
            boolean ok = gazetteer.surname(last) == Strength.STRONG && gazetteer.firstName(first) == Strength.STRONG;
            if (ok && !excluded(first) && !excluded(last) && !colleagueBefore(text, m.start())) {
                flag(context, m.start(), m.end());
            }
        }
        for (FirstCharPattern.Finder m = FIRST_INITIAL.matcher(text); m.find(); ) {
            String name = m.group("name");
            if (gazetteer.firstName(name) == Strength.STRONG && !excluded(name) && !colleagueBefore(text, m.start())
                    && !colleague(text, m.start(), m.end()) && !capitalisedBefore(text, m.start())) {
                flag(context, m.start(), m.end());
            }
        }
    }

    private static final Pattern FAREWELL_WORDS = Pattern.compile("(?i)\\b(?:rip|r\\.i\\.p\\.?|rest easy|rest in peace|in (?:loving )?memory of|remembering)\\b");

    /**
     * "RIP Tina Turner. Her greatest hits on all night": a farewell with nothing about care besides the farewell
     * itself is a public figure's obituary, and the names in it are not patients'.
     */
    static boolean publicFarewell(CheckContext context) {
        return context.shared("privacy:public-farewell", () -> {
            String text = context.normalized();
            Matcher m = FAREWELL_WORDS.matcher(text);
            if (!m.find()) {
                return false;
            }
            String rest = m.replaceAll(r -> " ".repeat(r.group().length()));
            return !CareContext.ofText(rest).aboutCare();
        });
    }

    private void flag(CheckContext context, int start, int end) {
        if (Markup.inside(context, start, end) || Markup.reported(context, info.id(), start, end)) {
            return;
        }
        context.report(this, start, end, message, suggestions);
    }

    private static final Pattern WORD_TOKEN = Pattern.compile("[\\p{L}/-]+");

    /** Whether a word of the post outside {@code [from, to)} is one of the rule's clinical nouns ("nephrostomy", "mom"). */
    private boolean mentionsClinicalNoun(String text, int from, int to) {
        for (Matcher w = WORD_TOKEN.matcher(text); w.find(); ) {
            if ((w.end() <= from || w.start() >= to) && clinicalNouns.contains(Words.key(w.group()))) {
                return true;
            }
        }
        return false;
    }

    private boolean knownName(String word) {
        return gazetteer.firstName(word) != Strength.NONE || gazetteer.surname(word) != Strength.NONE;
    }

    /** In a name list and not also an everyday English word. */
    private boolean strongName(String word) {
        return gazetteer.firstName(word) == Strength.STRONG || gazetteer.surname(word) == Strength.STRONG;
    }

    private boolean excluded(String word) {
        String k = Words.key(word);
        return eponyms.contains(k) || notNames.contains(k) || k.contains("-") && eponyms.contains(k.replace('-', ' '));
    }

    private static boolean colleagueBefore(String text, int start) {
        return COLLEAGUE_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find();
    }

    /** Thanked, congratulated or described as staff: a colleague. */
    private static boolean colleague(String text, int start, int end) {
        if (PATIENT_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 30))).find()) {
            return false; // "shout-out to Sandra Whitfield, who had her nodule ablated" is a patient
        }
        return THANKS_BEFORE.matcher(text.substring(Math.max(0, start - 24), start)).find()
                || COLLEAGUE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40))).find();
    }

    /** "[DA, OA, RA, ELA, PAD]" is a list of acronyms, not LAST, FIRST. */
    private static boolean inCapsList(String text, int start, int end) {
        return CAPS_BEFORE.matcher(text.substring(Math.max(0, start - 8), start)).find()
                || CAPS_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 8))).find();
    }

    private static boolean sentenceStart(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?:;\"(\n".indexOf(text.charAt(i)) >= 0 || Character.getType(text.charAt(i)) == Character.OTHER_SYMBOL
                || Character.isSurrogate(text.charAt(i));
    }

    /** "Riverside Park", "Mercy West Hospital": a name followed by an institution word is a place. */
    private boolean institutionAfter(String text, int end) {
        Matcher m = NEXT_WORD.matcher(text.substring(end, Math.min(text.length(), end + 24)));
        return m.find() && institutionWords.contains(Words.key(m.group(1)));
    }

    /**
     * Part of a longer capitalised run ("Project Hail Mary", "Great Balls Of Fire") is a title, not a person; a
     * sentence opener before it ("Today", "Sadly") starts no title.
     */
    private boolean capitalisedBefore(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || i == start - 1) {
            return false;
        }
        int j = i;
        while (j >= 0 && Character.isLetter(text.charAt(j))) {
            j--;
        }
        String prev = text.substring(j + 1, i + 1);
        if (sentenceOpeners.contains(Words.key(prev)) && sentenceStart(text, j + 1)) {
            return false;
        }
        return prev.length() > 1 && Character.isUpperCase(prev.charAt(0)) && !prev.equals("Pt") && !prev.equals("Patient");
    }
}
