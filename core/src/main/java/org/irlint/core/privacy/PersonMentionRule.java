package org.irlint.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.irlint.core.privacy.Gazetteer.Strength;
import org.irlint.core.report.Finding;
import org.irlint.core.rules.CheckContext;
import org.irlint.core.rules.RuleSpec;
import org.irlint.core.rules.SpecRule;
import org.irlint.core.text.FirstCharPattern;

/**
 * {@code kind: privacy-name-context} (phase 1) — names that {@code privacy-name} misses because the cue is not an
 * English title or the name is not in the US census lists: CJK names before an honorific (王建国先生, 田中さん),
 * Spanish, Portuguese, French, German and Indian honorifics (Sra., Dña., Mme, Frau, Shri, Uncle-ji), tributes and
 * vocatives (RIP J.R., happy birthday to X, "X, you're a rockstar"), a name before a relative ("Tommy's mom") or
 * after one ("Mum (Margaret, 91)"), a name placed in a bed or bay, a census first name introduced ("Baby Olivia",
 * "Meet Rosa, who…") or as the subject of the care ("Rosa had her port placed"), a hashtag built on a name
 * (#PrayForLily, #NoraStrong), a name given to readers ("a lady called …", "Dear …,", "…, 67,"), and a census first+last pair in a post about someone's care. Once a name is reported, its other mentions in the same post are reported too: a name that
 * identifies once identifies everywhere.
 *
 * <p>Parameters: {@code notNames} (words after an honorific or in a tribute that are not people: job titles,
 * eponyms, devices), {@code colleagueWords} (staff words that make a thanked or addressed person a colleague).
 */
public final class PersonMentionRule extends SpecRule {
    private static final String NAME = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}]+)?";
    private static final String PARTICLE = "(?:(?:de|del|de la|da|das|do|dos|di|van|von|der|le|la|y|e|Ní|Nic|Ó|Uí|Mhic)\\s+)?";
    private static final String FULL = NAME + "(?:\\s+" + PARTICLE + NAME + "){0,3}";
    private static final String INITIALS = "(?:\\p{Lu}\\.\\s?){1,3}";
    private static final FirstCharPattern LATIN_HONORIFIC = FirstCharPattern.compile("\\b(?:Sr|Sra|Srta|Sres|Dña|Dª|Doña|Dona|Don|Seu|Sig\\.ra|Sig|Signora|Signor"
            + "|Mme|Mlle|Madame|Monsieur|Herr|Frau|Shri|Sri|Smt|Shrimati|Kumari|Thiru|Tmt|Encik|Puan|Cik|Tuan)\\.?\\s+(?<name>" + FULL + ")");
    /** Indian respect forms: "Uncle-ji Ramesh Iyer", "Sharma-ji". */
    private static final FirstCharPattern JI = FirstCharPattern.compile("\\b(?i:uncle|aunty|auntie|dada|dadi|nana|nani|bhai|didi|amma|appa|baba)(?:-|\\s)?ji\\s+(?<name>"
            + FULL + ")|\\b(?<name2>" + NAME + ")(?:-|\\s)(?:ji|(?<kin>uncle|aunty|auntie))\\b");
    private static final FirstCharPattern CJK = FirstCharPattern.compile("(?<run>[\\p{IsHan}\\p{IsKatakana}ー]{1,8})(?<hon>先生|女士|小姐|太太|老先生|老太太|阿姨|大爷|大妈|奶奶|爷爷"
            + "|さん|様|さま|氏|くん|ちゃん)");
    private static final FirstCharPattern HANGUL = FirstCharPattern.compile("(?<name>[가-힣]{2,4})\\s?(?:씨|님|할머니|할아버지)");
    private static final FirstCharPattern TRIBUTE = FirstCharPattern.compile("\\b(?:RIP|R\\.I\\.P\\.?|(?i:rest in peace|rest easy|in (?:loving )?memory of|remembering|goodbye|farewell))"
            + "\\s*,?\\s+(?<name>" + INITIALS + "(?!\\s*" + NAME + ")|" + FULL + ")");
    private static final FirstCharPattern BIRTHDAY = FirstCharPattern.compile("\\b(?i:happy)\\s+(?:[\\w-]+\\s+)?(?i:birthday|bday|b-day)\\s*,?\\s+(?:(?i:to)\\s+)?(?<name>"
            + FULL + ")");
    private static final FirstCharPattern THANKS = FirstCharPattern.compile("\\b(?i:thank\\s+you|thanks)\\s*,?\\s+(?<name>" + FULL + ")\\s*,?\\s+(?i:for\\s+(?:trusting|letting|allowing"
            + "|sharing\\s+your|your\\s+(?:courage|trust|patience)|being\\s+(?:such\\s+)?(?:a\\s+)?(?:brave|great|wonderful|model|amazing)\\s+(?:patient|pt)))");
    /** "Thank you Maria Ruiz for letting me share your story": only a patient is thanked for that, care words or not. */
    private static final FirstCharPattern THANKS_STRONG = FirstCharPattern.compile("\\b(?i:thank\\s+you|thanks)\\s*,?\\s+(?<name>" + FULL + ")\\s*,?\\s+(?i:for\\s+(?:trusting\\s+(?:us|me)"
            + "|letting\\s+(?:me|us)\\s+(?:share|tell|post)|allowing\\s+(?:me|us)\\s+to\\s+(?:share|tell|post)|sharing\\s+your\\s+(?:story|journey)))");
    /** "Gracias Marisol", "Thank you Imani for the card": thanks in any of several languages, to a named person. */
    private static final FirstCharPattern GRATITUDE = FirstCharPattern.compile("\\b(?i:thank\\s+you|thanks|thx|gracias|muchas\\s+gracias|merci|obrigad[oa]|grazie|danke"
            + "|dhanyavaad|shukriya|asante|salamat|cheers)\\s*,?\\s+(?<name>" + NAME + ")\\b(?!['’]s)");
    /** The person thanked is cared for, or is a patient's relative: "seeing you walk into clinic", "your drain", "her daughter". */
    private static final FirstCharPattern ADDRESSED_AS_PATIENT = FirstCharPattern.compile("(?i)\\b(?:see|seeing|saw)\\s+you\\s+(?:walk|back|home|smil|up|out|so\\s+well|doing)"
            + "|\\byour\\s+(?:[\\w-]+\\s+){0,2}?(?:drain|port|scan|stent|tube|line|procedure|embo\\w*|biopsy|recovery|treatment|chemo|surgery|results|fistula|filter"
            + "|nephrostomy|PICC|TIPS|UFE|PAE|GAE|TACE|ablation|follow-up|appointment|diagnosis|tumou?r|story|journey)\\b|\\bno\\s+(?:more\\s+)?(?:drain|bag|tube|pain|oxygen)\\b"
            + "|\\b(?:her|his|their|pt['’]?s|patient['’]?s)\\s+(?:\\w+\\s+)?(?:daughter|son|wife|husband|mother|father|mom|mum|dad|sister|brother|grand\\w+|niece|nephew|partner)\\b");
    /** A reply that ends on the name: "Will do, Sheila", "Get well soon, Imran 💜". */
    private static final FirstCharPattern REPLY = FirstCharPattern.compile("\\b(?i:will\\s+do|of\\s+course|you\\s+bet|any\\s*time|you['’]re\\s+welcome|no\\s+problem"
            + "|get\\s+well(?:\\s+soon)?|hang\\s+in\\s+there|stay\\s+strong|keep\\s+fighting|miss\\s+you|see\\s+you\\s+soon|see\\s+you\\s+next\\s+\\w+|love\\s+you"
            + "|you\\s+got\\s+this|rooting\\s+for\\s+you|praying\\s+for\\s+you|thinking\\s+of\\s+you|welcome\\s+back|we\\s+promise|i\\s+promise)\\s*,\\s+(?<name>" + NAME
            + ")(?=\\s*(?:[.!?…]|\\p{So}|\\p{Cs}|$))");
    private static final FirstCharPattern VOCATIVE = FirstCharPattern.compile("(?:^|[.!?]\\s+|\\n\\s*)(?<name>" + NAME + "(?:\\s+" + PARTICLE + NAME + ")?)\\s*,\\s+(?i:if\\s+you(?:['’]re|\\s+are)\\s+reading\\s+this|if\\s+you\\s+(?:see|read)\\s+this|you(?:['’]re|\\s+are|\\s+were)\\s+(?:a|an|the|our|my|so"
            + "|such|amazing|incredible|brave|awesome)|we(?:['’]re|\\s+are)\\s+(?:so\\s+)?proud|keep\\s+(?:fighting|going|smiling)|you\\s+(?:did\\s+it|made\\s+it|rock"
            + "|crushed|nailed|inspire|are\\s+a\\s+legend)|i['’]m\\s+(?:using|sending|calling|not|so|glad|happy)|i\\s+(?:promise|hope|will)|we['’]ll\\s+(?:see|call|get)"
            + "|hang\\s+in|get\\s+well|welcome\\s+back|see\\s+you\\s+(?:soon|next|at|in))");
    private static final FirstCharPattern RELATIVE_AFTER = FirstCharPattern.compile("\\b(?<name>" + NAME + ")['’]s\\s+(?:(?:little|baby|big|older|younger|elderly|poor|lovely)\\s+)?"
            + "(?i:mom|mum|mam|mommy|mummy|mother|dad|daddy|father|wife|husband|son|daughter|sister|brother|grandma|grandpa|granny|gran|nan|nana|nanna"
            + "|grandmother|grandfather|grandson|granddaughter|partner|fianc[eé]e?|parents|kids|children|carer|caregiver|family|girlfriend|boyfriend)\\b");
    private static final FirstCharPattern RELATIVE_BEFORE = FirstCharPattern.compile("\\b(?i:mum|mom|mam|dad|nan|nana|nanna|gran|granny|grandma|grandad|grandpa|papa|mother|father"
            + "|wife|husband|son|daughter|sister|brother)\\s*(?:\\(|,|[-–—])\\s*(?<name>" + NAME + ")\\s*[,)]");
    /** "daughter Priya rang", "his wife Marguerite": a relative named right after the relation. */
    private static final FirstCharPattern RELATIVE_NAMED = FirstCharPattern.compile("\\b(?i:daughter|son|wife|husband|mum|mom|mam|dad|mother|father|granddaughter|grandson"
            + "|grandma|grandpa|grandmother|grandfather|niece|nephew|fianc[eé]e?|partner|carer|caregiver|stepdaughter|stepson|stepmother|stepfather)\\s+(?<name>" + NAME + ")\\b(?!['’]s\\b|\\s+\\p{Lu})");
    /** "Bill (the dad, …)", "Ines (our wee one from …)": a name glossed by who the person is to the patient or the team. */
    private static final FirstCharPattern GLOSSED = FirstCharPattern.compile("\\b(?<name>" + NAME + ")\\s*\\(\\s*(?i:the|our|my|her|his|their|pt['’]?s|patient['’]?s)\\s+(?:[\\w-]+\\s+)?"
            + "(?i:dad|daddy|father|mum|mom|mam|mother|wife|husband|son|daughter|grandma|grandpa|granny|gran|nan|grandson|granddaughter|partner|carer|caregiver"
            + "|patient|pt|kid|child|boy|girl|lad|lass|one|baby|toddler|lady|gentleman|gent|man|woman|fella|chap)\\b");
    /** "No Gwen, it goes through your wrist": an answer to a patient addressed by name. */
    private static final FirstCharPattern ANSWERED = FirstCharPattern.compile("\\b(?:No|Yes|Nope|Yep|Oh|Okay|OK|Ok|Well)\\s*,?\\s+(?<name>" + NAME
            + ")\\s*,\\s+(?i:it|it['’]s|you|you['’]re|you['’]ll|your|that|that['’]s|this|we|we['’]re|we['’]ll|i|i['’]m|the|there|not|no"
            + "|exactly|absolutely|definitely|probably|sadly|unfortunately|just|only|almost|pretty\\s+much)\\b");
    /** "say hi to Wilf 👋": readers greeting a patient by name. */
    private static final FirstCharPattern GREETED = FirstCharPattern.compile("\\b(?i:say\\s+(?:hi|hello|hey)\\s+to|wave\\s+(?:hi\\s+)?to|give)\\s+(?<name>" + NAME
            + ")(?=\\s*(?:[.!?…]|\\p{So}|\\p{Cs}|$|\\s+a\\s+(?:wave|hug|smile)\\b))");
    /** A name in capitals on a label: "a USB stick labelled 'FRANK DELANEY - MRI'", "a bag marked 'EDNA'S MEDS'". */
    private static final FirstCharPattern LABEL_CAPS = FirstCharPattern.compile("\\b(?i:labell?ed|marked|reading|reads|says|tagged|written)\\s*:?\\s*[\"“‘'](?<name>\\p{Lu}{2,}"
            + "(?:\\s+(?:O['’]|MC|MAC)?\\p{Lu}{2,}(?:-\\p{Lu}{2,})?)?)(?=['’]S\\b|[\\s\"”’',.-])");
    private static final FirstCharPattern PLACED = FirstCharPattern.compile("\\b(?<name>" + NAME + ")\\s+(?:in|from|on)\\s+(?i:bed|bay|room|cubicle|side\\s+room|cot|pod)\\s+\\d+");
    /** "Dara Okonkwo, infusion suite, recliner 4": a full name, then where the patient sits or lies. */
    private static final FirstCharPattern PLACED_LIST = FirstCharPattern.compile("(?<name>" + NAME + "\\s+(?:O['’]|Mc|Mac)?" + NAME + ")\\s*,\\s*(?:[\\w&/ -]{1,30},\\s*)?"
            + "(?i:bed|bay|room|cubicle|side\\s+room|cot|pod|chair|recliner|trolley)\\s+\\d+");
    /** "Baby Olivia", "Meet Rosa, who…": a child's name, a patient introduced to readers. */
    private static final FirstCharPattern INTRODUCED = FirstCharPattern.compile("\\b(?<intro>Baby|baby|[Mm]eet|[Ll]ittle|[Bb]rave|[Ss]weet|[Tt]iny)\\s+(?<name>" + NAME + ")(?=\\s*(?:,|\\s+who\\b|['’]s\\b|\\s+(?:had|has|is|was|came|went|finished|rang|got|turned|made|walked|left|needs|needed)\\b))");
    /** "Rosa had her port placed", "Kwame went home today": a first name as the subject of the care. */
    private static final FirstCharPattern SUBJECT_OF_CARE = FirstCharPattern.compile("\\b(?<name>" + NAME + ")\\s+(?:\\([^)]{1,80}\\)\\s+)?(?:went\\s+home|was\\s+discharged"
            + "|(?:texted|messaged|emailed|rang|called|wrote|brought|baked|sent|dropped\\s+(?:by|in|off)|stopped\\s+by|popped\\s+in)\\b"
            + "|asked\\s+(?:us|me)\\s+to\\s+(?:share|post|tell)"
            + "|is\\s+(?:home|recovering"
            + "|doing\\s+(?:great|well|brilliantly))|walked\\s+out|had\\s+(?:her|his)\\s+(?:[\\w-]+\\s+){0,2}?(?:embo\\w*|drain|port|stent|biopsy|procedure|TIPS"
            + "|TACE|UFE|PAE|GAE|ablation|line|PICC|filter|tube|nephrostomy|angioplasty|thrombectomy|kyphoplasty|vertebroplasty|fistula|veins?|fibroids?|liver|kidney))\\b");
    /** "Noor finished her final cycle of chemo", "Rosa was discharged": the words themselves tell of care. */
    private static final FirstCharPattern CLINICAL_SUBJECT = FirstCharPattern.compile("\\b(?<name>" + NAME + ")\\s+(?:was\\s+discharged|(?:finished|completed|started)\\s+(?:her|his)"
            + "\\s+(?:(?:last|final|first|second|third|\\d+(?:st|nd|rd|th))\\s+)?(?:round|course|cycle|dose|session)s?\\s+of\\s+(?:chemo\\w*|radiation|radiotherapy|immunotherapy|dialysis|Y-90|TACE)"
            + "|(?:finished|completed)\\s+(?:her|his)\\s+(?:chemo\\w*|radiation|radiotherapy|immunotherapy)|rang\\s+the\\s+bell)\\b");
    /** "a lovely lady called Maureen", "Dear Alfie,", "Ahmed, 67, …", "Noreen (84)": a name given to readers. */
    private static final FirstCharPattern GIVEN = FirstCharPattern.compile("\\b(?:called|known\\s+as|aka|a\\.k\\.a\\.)\\s+(?<name>" + NAME + ")\\b"
            + "|(?:^|[.!?]\\s+|\\n\\s*)(?:Dear|Dearest)\\s+(?<name2>" + NAME + ")\\s*,"
            + "|\\b(?<name3>" + NAME + ")\\s*(?:,\\s*|\\()\\d{1,3}\\s*(?:y/?o|yo|yrs?|(?-i:[MF]))?\\s*[,)]");
    /** Hashtags built on a patient's name: #PrayForLily, #TeamMateo, #NoraStrong. */
    private static final FirstCharPattern NAME_TAG = FirstCharPattern.compile("#(?:PrayFor|Pray4|TeamTeam|Team|JusticeFor|Support|StandWith|Love|Go)(?<name>\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}{2,})?)\\b"
            + "|#(?<name2>\\p{Lu}\\p{Ll}{2,})(?:Strong|Warrior|Fights|Fight|Army|Journey|Tough|Brave)\\b");
    private static final FirstCharPattern PAIR = FirstCharPattern.compile("\\b(?<first>" + NAME + ")\\s+(?<last>(?:O['’]|Mc|Mac)?" + NAME + ")\\b(?!\\s+\\p{Lu})");
    private static final Pattern COLLEAGUE_BEFORE = Pattern.compile("(?:\\b(?i:dr|prof|professor|nurse|sister|st|saint|coach|rev|pastor|consultant|registrar|doc)\\.?"
            + "|@|#)\\s*$");
    private static final Pattern TITLE_WORDS = Pattern.compile("^(?:Mr|Mrs|Ms|Mx|Miss|Mister|Dr|Prof|Professor|Sr|Sra|Srta|Dña|Doña|Don|Mme|Herr|Frau|Shri|Smt)\\.?$");
    private static final FirstCharPattern DONE_FOR_VERB = FirstCharPattern.compile("\\b(?:delivered|did|placed|embolized|embolised|treated|scanned|consented"
            + "|drained|stented|coiled|biopsied|ablated|admitted|discharged)\\b");
    private static final Pattern DONE_FOR = Pattern.compile("(?i)\\b(?:delivered|did|placed|embolized|embolised|treated|scanned|consented|drained|stented|coiled"
            + "|biopsied|ablated|admitted|discharged)\\b[^.!?]{0,30}?\\b(?:for|on)\\s+$");
    private static final Pattern CASE_WORDS = Pattern.compile("(?i)\\b(?:case|cases|patient|patients|pt|pts|story|consent(?:ed)?|bedside|ward|bay|bed|underwent|had\\s+(?:his|her|their))\\b");
    private static final Pattern OWN_BEFORE = Pattern.compile("(?i)\\b(?:my|our)\\s+$");
    /** Japanese script: there 先生 is how one addresses a doctor or teacher, not a patient. */
    private static final Pattern KANA = Pattern.compile("[\\p{IsHiragana}]");
    private static final String CN_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧阳司";
    private static final Set<String> NAME_RULES = Set.of("privacy.name");

    private final Gazetteer gazetteer;
    private final Set<String> notNames;
    private final Pattern colleagueWords;
    /** "… had her first TIPS as an attending": the rest of the sentence makes the subject staff. */
    private final Pattern asStaff;

    public PersonMentionRule(RuleSpec spec) {
        super(spec);
        this.gazetteer = Gazetteer.shared();
        this.notNames = Words.set(spec, "notNames");
        List<String> staff = spec.strings("colleagueWords");
        if (staff.isEmpty()) {
            throw spec.error("needs a non-empty 'colleagueWords' list");
        }
        // "Sam, our charge nurse": staff words in apposition right after the name
        this.asStaff = Pattern.compile("(?i)\\b(?:as|is|was)\\s+(?:an?|the|our)\\s+(?:[\\w-]+\\s+)?(?:"
                + String.join("|", staff.stream().map(Pattern::quote).toList()) + ")\\b|\\bso\\s+proud\\s+of\\s+(?:our|my)\\b|\\bfor\\s+(?:staying|covering|helping|stepping|working|teaching|organi[sz]ing|running|leading)\\b"
                + "|\\b(?:shift|on\\s+call|rota|the\\s+(?:\\w+\\s+)?list|lecture|talk|teaching)\\b");
        this.colleagueWords = Pattern.compile("(?i)^\\s*[,(]?\\s*(?:(?:our|my|the|a|an)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:"
                + String.join("|", staff.stream().map(Pattern::quote).toList()) + ")\\b");
    }

    /** Phase 1 so that names found by {@code privacy.name} are echoed too. */
    @Override
    public int phase() {
        return 1;
    }

    @Override
    public void check(CheckContext context) {
        String text = context.normalized();
        boolean care = CareContext.of(context).aboutCare() && !NameRule.publicFarewell(context);
        List<int[]> names = new ArrayList<>();
        // Honorifics name a person whatever the post is about.
        PatientContext patient = PatientContext.of(context);
        for (FirstCharPattern.Finder m = LATIN_HONORIFIC.matcher(text); m.find(); ) {
            String first = m.group("name").split("\\s+")[0];
            // "talk by Sr. Ana Lopez at the conference": a speaker, not a patient
            if (!excluded(first) && !(patient.eventNear(m.start(), m.end(), 60) && !care)) {
                names.add(span(m.match(), "name"));
            }
        }
        for (FirstCharPattern.Finder m = JI.matcher(text); m.find(); ) {
            String group = m.group("name") != null ? "name" : "name2";
            if (m.group("kin") != null && gazetteer.surname(m.group(group)) == Strength.NONE) {
                continue; // "Sharma uncle" names a family; "Today uncle came" does not
            }
            if (!excluded(m.group(group).split("\\s+")[0])) {
                names.add(span(m.match(), group));
            }
        }
        boolean japanese = KANA.matcher(text).find();
        for (FirstCharPattern.Finder m = CJK.matcher(text); m.find(); ) {
            if (japanese && m.group("hon").equals("先生")) {
                continue;
            }
            int[] name = cjkName(m.match(), japanese);
            if (name != null) {
                names.add(name);
            }
        }
        for (FirstCharPattern.Finder m = HANGUL.matcher(text); m.find(); ) {
            if (!excluded(m.group("name"))) {
                names.add(span(m.match(), "name"));
            }
        }
        for (FirstCharPattern.Finder m = TRIBUTE.matcher(text); m.find(); ) {
            String name = m.group("name").strip();
            boolean initials = name.matches("(?:\\p{Lu}\\.\\s?)+");
            // a full name in a farewell with no care in the post is a public figure's obituary, not a patient's
            if ((initials || personLike(name) && care) && !TITLE_WORDS.matcher(name.split("\\s+")[0]).matches() && !colleagueAround(text, m.start("name"), m.end("name"))) {
                names.add(span(m.match(), "name"));
            }
        }
        for (FirstCharPattern.Finder m = THANKS_STRONG.matcher(text); m.find(); ) {
            if (knownName(m.group("name").split("\\s+")[0]) && !colleagueAround(text, m.start("name"), m.end("name"))) {
                names.add(span(m.match(), "name"));
            }
        }
        // a name on a label is written in capitals; the first word must be a given name no everyday word shares
        String lowered = patient.lower();
        boolean labelWord = lowered.contains("label") || lowered.contains("marked") || lowered.contains("read") || lowered.contains("says")
                || lowered.contains("tagged") || lowered.contains("written");
        for (FirstCharPattern.Finder m = LABEL_CAPS.matcher(labelWord ? text : ""); m.find(); ) {
            String[] w = m.group("name").split("\\s+");
            if (gazetteer.firstName(w[0]) == Strength.STRONG && !excluded(w[0])) {
                int end = w.length > 1 && gazetteer.surname(w[1].replaceFirst("^(?:O['’]|MC|MAC)", "")) == Strength.NONE && gazetteer.surname(w[1]) == Strength.NONE
                        ? m.start("name") + w[0].length() : m.end("name");
                names.add(new int[] {m.start("name"), end});
            }
        }
        String lower = patient.lower();
        boolean placeWord = lower.contains("bed") || lower.contains("bay") || lower.contains("room") || lower.contains("chair")
                || lower.contains("cubicle") || lower.contains("pod") || lower.contains("cot") || lower.contains("recliner") || lower.contains("trolley");
        for (FirstCharPattern.Finder m = PLACED_LIST.matcher(placeWord ? text : ""); m.find(); ) {
            String[] w = m.group("name").split("\\s+");
            // a bed or chair number is itself care: no other context needed, but the first word must be a given name
            if (gazetteer.firstName(w[0]) == Strength.STRONG && !excluded(w[0]) && !excluded(w[1]) && !gazetteer.commonWord(w[1])
                    && gazetteer.place(m.group("name")) == Strength.NONE && !colleagueBefore(text, m.start())) {
                names.add(span(m.match(), "name"));
            }
        }
        boolean clinicalVerb = lower.contains("discharged") || lower.contains("finished") || lower.contains("completed") || lower.contains("started")
                || lower.contains("rang the bell");
        for (FirstCharPattern.Finder m = CLINICAL_SUBJECT.matcher(clinicalVerb ? text : ""); m.find(); ) {
            if (namedPatient(text, m)) {
                names.add(span(m.match(), "name"));
            }
        }
        for (FirstCharPattern.Finder m = INTRODUCED.matcher(text); m.find(); ) {
            boolean baby = m.group("intro").equalsIgnoreCase("baby");
            // "Baby Liam, born …" names a newborn patient anywhere; "little Amara" only in a post about care, and
            // "my baby Noah" or "our little Ava" is the author's own family
            if ((care || baby) && !ownFamilyBefore(text, m.start()) && namedPatient(text, m)) {
                names.add(span(m.match(), "name"));
            }
        }
        if (DONE_FOR_VERB.matcher(lower).find()) {
            for (FirstCharPattern.Finder m = PAIR.matcher(text); m.find(); ) {
                String first = m.group("first");
                String last = m.group("last");
                // "delivered twins for Keiko Mori", "did the TIPS on Maria Ruiz": a procedure done for a full name;
                // in a post about care, a pair no list has counts too ("coiled for Thandeka Mthembu")
                boolean listed = censusPair(first, last) && gazetteer.surname(last) == Strength.STRONG && !gazetteer.commonWord(first);
                boolean unlisted = care && personLike(first) && personLike(last) && !gazetteer.commonWord(last)
                        && gazetteer.place(last) == Strength.NONE && gazetteer.place(first) == Strength.NONE;
                if ((listed || unlisted)
                        && DONE_FOR.matcher(text.substring(Math.max(0, m.start() - 50), m.start())).find()
                        && !colleagueAround(text, m.start(), m.end()) && !patient.eventNear(m.start(), m.end(), 60)) {
                    names.add(new int[] {m.start(), m.end()});
                }
            }
        }
        if (care) {
            // Weaker cues: trusted only in a post that tells of someone's care.
            for (FirstCharPattern p : List.of(BIRTHDAY, THANKS, VOCATIVE, RELATIVE_BEFORE)) {
                for (FirstCharPattern.Finder m = p.matcher(text); m.find(); ) {
                    if (knownName(m.group("name").split("\\s+")[0]) && !colleagueAround(text, m.start("name"), m.end("name"))
                            && (p == RELATIVE_BEFORE || !staffInSentence(text, m.end()))) {
                        names.add(span(m.match(), "name"));
                    }
                }
            }
            Boolean addressedAsPatient = null; // read only when someone is thanked by name
            for (FirstCharPattern.Finder m = GRATITUDE.matcher(text); m.find(); ) {
                if (addressedAsPatient == null) {
                    addressedAsPatient = ADDRESSED_AS_PATIENT.matcher(text).find();
                }
                if (addressedAsPatient && knownName(m.group("name")) && !colleagueAround(text, m.start("name"), m.end("name")) && !staffInSentence(text, m.end())) {
                    names.add(span(m.match(), "name"));
                }
            }
            for (FirstCharPattern.Finder m = REPLY.matcher(replyWords(lower) ? text : ""); m.find(); ) {
                if (gazetteer.firstName(m.group("name")) == Strength.STRONG && !excluded(m.group("name"))
                        && !colleagueAround(text, m.start("name"), m.end("name"))) {
                    names.add(span(m.match(), "name"));
                }
            }
            for (FirstCharPattern.Finder m = RELATIVE_NAMED.matcher(text); m.find(); ) {
                String name = m.group("name");
                // "my daughter Emma" is the author's own family; a relative of a patient is named after his/her/the
                if (gazetteer.firstName(name) == Strength.STRONG && !excluded(name) && !ownFamilyBefore(text, m.start())
                        && !colleagueAround(text, m.start("name"), m.end("name"))) {
                    names.add(span(m.match(), "name"));
                }
            }
            for (FirstCharPattern.Finder m = GLOSSED.matcher(text.indexOf('(') >= 0 ? text : ""); m.find(); ) {
                String name = m.group("name");
                if (gazetteer.firstName(name) != Strength.NONE && !excluded(name) && !colleagueBefore(text, m.start("name"))) {
                    names.add(span(m.match(), "name"));
                }
            }
            for (FirstCharPattern.Finder m = ANSWERED.matcher(text); m.find(); ) {
                if (namedPatient(text, m)) {
                    names.add(span(m.match(), "name"));
                }
            }
            boolean greeting = lower.contains("say h") || lower.contains("wave") || lower.contains("give ");
            for (FirstCharPattern.Finder m = GREETED.matcher(greeting ? text : ""); m.find(); ) {
                if (namedPatient(text, m)) {
                    names.add(span(m.match(), "name"));
                }
            }
            for (FirstCharPattern.Finder m = RELATIVE_AFTER.matcher(text); m.find(); ) {
                String name = m.group("name");
                // a relative makes the word before it a person even when no name list knows it ("Dougie's wife")
                if (personLike(name) && !colleagueBefore(text, m.start("name"))) {
                    names.add(span(m.match(), "name"));
                }
            }
            for (FirstCharPattern.Finder m = PLACED.matcher(text); m.find(); ) {
                String name = m.group("name");
                if (personLike(name) && !colleagueBefore(text, m.start())) {
                    names.add(span(m.match(), "name"));
                }
            }
            for (FirstCharPattern.Finder m = SUBJECT_OF_CARE.matcher(text); m.find(); ) {
                if (namedPatient(text, m)) {
                    names.add(span(m.match(), "name"));
                }
            }
            for (FirstCharPattern.Finder m = GIVEN.matcher(text); m.find(); ) {
                String g = m.group("name") != null ? "name" : m.group("name2") != null ? "name2" : "name3";
                String name = m.group(g);
                boolean ok = g.equals("name3") ? gazetteer.firstName(name) == Strength.STRONG || personLike(name) && gazetteer.surname(name) == Strength.STRONG
                        : gazetteer.firstName(name) != Strength.NONE;
                int first = g.equals("name3") && !ok ? afterFirstName(text, m.start(g), name) : -1;
                if ((ok || first >= 0) && !excluded(name) && !TITLE_WORDS.matcher(name).matches() && !colleagueAround(text, m.start(g), m.end(g))) {
                    names.add(first >= 0 ? new int[] {first, m.end(g)} : span(m.match(), g));
                }
            }
            for (FirstCharPattern.Finder m = NAME_TAG.matcher(text); m.find(); ) {
                String g = m.group("name") != null ? "name" : "name2";
                if (gazetteer.firstName(m.group(g)) != Strength.NONE && !excluded(m.group(g))) {
                    // a hashtag is markup, but a patient's name inside one is still a name
                    if (!reportedAnyName(context, m.start(), m.end())) {
                        context.report(this, m.start(), m.end(), message, suggestions);
                    }
                }
            }
            for (FirstCharPattern.Finder m = PAIR.matcher(text); m.find(); ) {
                if (censusPair(m.group("first"), m.group("last")) && !colleagueAround(text, m.start(), m.end())
                        && !speaker(text, patient, m.start(), m.end())) {
                    names.add(new int[] {m.start(), m.end()});
                }
            }
        }
        for (int[] n : names) {
            flag(context, n[0], n[1]);
        }
        echo(context, text);
    }

    /** Other mentions of a reported name: "Tommy's mom … Tommy, you're a rockstar". */
    private void echo(CheckContext context, String text) {
        List<String> words = new ArrayList<>();
        for (Finding f : context.findings()) {
            if (f.ruleId().equals(info.id()) || NAME_RULES.contains(f.ruleId())) {
                for (String w : context.text().substring(f.offset(), f.end()).split("[\\s,.'’()]+")) {
                    if (w.length() >= 3 && Character.isUpperCase(w.codePointAt(0)) && !TITLE_WORDS.matcher(w).matches() && !excluded(w)
                            && !gazetteer.commonWord(w)) {
                        words.add(w);
                    }
                }
            }
        }
        for (String w : words) {
            for (Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])").matcher(text); m.find(); ) {
                if (!Markup.inside(context, m.start(), m.end()) && !reportedAnyName(context, m.start(), m.end())) {
                    context.report(this, m.start(), m.end(), message, suggestions);
                }
            }
        }
    }

    /** A cheap look for the words a reply to a patient starts with, before running {@link #REPLY}. */
    private static boolean replyWords(String lower) {
        for (String w : REPLY_WORDS) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> REPLY_WORDS = List.of("will do", "of course", "you bet", "any", "welcome", "problem", "get well", "hang in",
            "strong", "fighting", "miss you", "see you", "love you", "got this", "for you", "of you", "promise");

    private int[] cjkName(Matcher m, boolean japanese) {
        String run = m.group("run");
        int end = m.end("run");
        if (japanese) {
            int len = Math.min(run.length(), 4);
            return len >= 1 && !excluded(run.substring(run.length() - len)) ? new int[] {end - len, end} : null;
        }
        // Chinese: the run may start with a verb or preposition (给王建国先生); take the rightmost common surname that
        // leaves a two- or three-character name.
        for (int len = 3; len >= 2; len--) {
            if (run.length() >= len && CN_SURNAMES.indexOf(run.charAt(run.length() - len)) >= 0) {
                return excluded(run.substring(run.length() - len)) ? null : new int[] {end - len, end};
            }
        }
        return run.length() >= 2 && run.length() <= 3 && !excluded(run) ? new int[] {m.start("run"), end} : null;
    }

    private static final Pattern FIRST_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(\\p{Lu}\\p{Ll}+)\\s+$");

    /**
     * "Anjali Raghunathan, 58,": a surname no list has, after a given name, with an age in apposition. Returns where
     * the given name starts, or -1.
     */
    private int afterFirstName(String text, int start, String last) {
        int from = Math.max(0, start - 20);
        Matcher b = FIRST_BEFORE.matcher(text.substring(from, start));
        if (!b.find() || gazetteer.commonWord(last) || excluded(last) || gazetteer.place(last) != Strength.NONE) {
            return -1;
        }
        String first = b.group(1);
        int firstStart = from + b.start(1);
        return gazetteer.firstName(first) == Strength.STRONG && !excluded(first) && !colleagueBefore(text, firstStart) ? firstStart : -1;
    }

    private boolean censusPair(String first, String last) {
        return gazetteer.firstName(first) == Strength.STRONG && gazetteer.surname(last) != Strength.NONE
                && !gazetteer.commonWord(last) && !excluded(first) && !excluded(last) && gazetteer.place(first + " " + last) == Strength.NONE;
    }

    private boolean knownName(String word) {
        return !excluded(word) && (gazetteer.firstName(word) != Strength.NONE || gazetteer.surname(word) == Strength.STRONG);
    }

    /** A name-shaped word that is not an everyday word, place, eponym or job. */
    private boolean personLike(String name) {
        String first = name.split("\\s+")[0];
        return !excluded(first) && (gazetteer.firstName(first) != Strength.NONE || gazetteer.surname(first) != Strength.NONE
                || !gazetteer.commonWord(first) && gazetteer.place(first) == Strength.NONE);
    }

    /**
     * A listed given name in the group "name" that is no colleague: not excluded, no Dr. or staff words around it,
     * and the sentence does not go on to make it staff.
     */
    private boolean namedPatient(String text, FirstCharPattern.Finder m) {
        String name = m.group("name");
        return gazetteer.firstName(name) == Strength.STRONG && !excluded(name) && !colleagueAround(text, m.start("name"), m.end("name"))
                && !staffInSentence(text, m.end());
    }

    /**
     * "presenting our data alongside Ana Ruiz at the annual meeting": a full name beside a meeting, talk or panel is a
     * speaker or co-author, unless the same stretch speaks of a case or patient ("presented Ana Ruiz's case").
     */
    private static boolean speaker(String text, PatientContext patient, int start, int end) {
        return patient.eventNear(start, end, 60)
                && !CASE_WORDS.matcher(text.substring(Math.max(0, start - 60), Math.min(text.length(), end + 60))).find();
    }

    /** "my …", "our …" just before: the author's own family. */
    private static boolean ownFamilyBefore(String text, int start) {
        return OWN_BEFORE.matcher(text.substring(Math.max(0, start - 6), start)).find();
    }

    private boolean excluded(String word) {
        return notNames.contains(Words.key(word));
    }

    private static boolean colleagueBefore(String text, int start) {
        return COLLEAGUE_BEFORE.matcher(text.substring(Math.max(0, start - 14), start)).find();
    }

    /** Dr. before, or staff words right after ("…, our charge nurse"): a colleague, not a patient. */
    private boolean colleagueAround(String text, int start, int end) {
        return colleagueBefore(text, start) || colleagueWords.matcher(text.substring(end, Math.min(text.length(), end + 40))).find();
    }

    private boolean staffInSentence(String text, int from) {
        int end = from;
        while (end < text.length() && end - from < 100 && ".!?\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return asStaff.matcher(text.substring(from, Math.min(text.length(), end + 1 + 40))).find();
    }

    private static int[] span(Matcher m, String group) {
        return new int[] {m.start(group), m.end(group)};
    }

    private static boolean reportedAnyName(CheckContext context, int start, int end) {
        org.irlint.core.text.Span s = context.view().toOriginal(start, end);
        return context.findings().stream().anyMatch(f -> f.category() == org.irlint.core.report.Category.PRIVACY && f.overlaps(s.start(), s.end()));
    }

    private void flag(CheckContext context, int start, int end) {
        if (!Markup.inside(context, start, end) && !reportedAnyName(context, start, end)) {
            context.report(this, start, end, message, suggestions);
        }
    }
}
