package org.irlint.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.irlint.core.rules.CheckContext;
import org.irlint.core.rules.Lexicon;
import org.irlint.core.rules.Phrases;
import org.irlint.core.rules.SpecRule;
import org.irlint.core.rules.RuleSpec;
import org.irlint.core.text.FirstCharPattern;

/**
 * {@code kind: privacy-unique} — other unique identifying characteristics of a patient: "the only/oldest/youngest
 * … in town/the state", and a job at a named business ("head chef at Rosalind's Bistro"). Only in a post about a
 * patient; a superlative about a program ("the only center in the state offering PAE") is marketing, not a
 * patient, and the rule file's {@code institutions} list lets it pass.
 *
 * <p>Parameters: {@code occupations} (job words), {@code institutions} (subjects that are not people),
 * {@code uniqueRoles} (posts one person holds), {@code formerCareers} (a career known to the public once it is
 * said to be over: "a former NBA center", "the retired pro cyclist"), {@code honours} and {@code honourHolders} (an
 * honour before a person: "an Olympic rower", "the Grammy-winning drummer") and {@code honourNouns} ("a
 * Paralympian").
 */
public final class UniqueCharacteristicRule extends SpecRule {
    private static final FirstCharPattern SUPERLATIVE = FirstCharPattern.compile("(?i)\\b(?:the|a|our|my)\\s+(?:only|oldest|youngest|last\\s+living|first\\s+female"
            + "|first\\s+male|tallest|heaviest)\\s+(?<what>(?:[\\w'’-]+\\s+){0,4}?[\\w'’-]+)\\s+(?:in|at|on|of|for)\\s+(?:the\\s+|our\\s+|this\\s+)?"
            + "(?:town|state|county|city|village|country|world|area|region|island|valley|parish|reservation|community|league|nation"
            + "|[A-Z][a-z]+\\s+(?:County|Valley|Island))\\b");
    /** "the town's only pediatrician", "the county's oldest barber". */
    private static final FirstCharPattern LOCAL_SUPERLATIVE = FirstCharPattern.compile("(?i)\\bthe\\s+(?:town|county|city|village|state|island|valley|parish)['’]s"
            + "\\s+(?:only|oldest|youngest|first|last|tallest)\\s+(?:[\\w-]+\\s+){0,3}?[\\w-]+");
    /** A described tattoo or birthmark: "the huge dragon tattoo across her shoulders", "'Lorraine' tattooed over …". */
    private static final FirstCharPattern MARK = FirstCharPattern.compile("(?i)\\b(?:the|a|an|his|her)\\s+(?:[\\w'’-]+\\s+){0,3}?(?:tattoo|birthmark)s?\\b"
            + "(?:\\s+(?:of|covering|on|across|over|that\\s+says)\\s+(?:[\\w'’-]+\\s+){0,3}[\\w'’-]+)?"
            + "|['‘’\"]\\p{Lu}[\\p{L}'’ -]{1,30}['‘’\"]\\s+tattooed(?:\\s+[\\w'’-]+){0,6}");
    private static final String BUSINESS = "(?<business>[A-Z][\\w'’&.-]*(?:\\s+(?:of\\s+|the\\s+|&\\s+)?[A-Z][\\w'’&.-]*){0,3})";

    private final FirstCharPattern jobAt;
    private final Set<String> institutions;
    private final FirstCharPattern role;
    /** "the 7-foot former NBA center", "an Olympic rower": few people fit, and their fans know them. */
    private final FirstCharPattern notable;
    /** "announced", "in an interview": a public person's own disclosure, not a patient of the author's. */
    private final Phrases publicDisclosure;

    public UniqueCharacteristicRule(RuleSpec spec) {
        super(spec);
        List<String> jobs = spec.strings("occupations");
        if (jobs.isEmpty()) {
            throw spec.error("needs a non-empty 'occupations' list");
        }
        this.jobAt = FirstCharPattern.compile("(?i)\\b(?:the|a|an|our|his|her)\\s+(?:(?:head|lead|executive|sous|owner\\s+and|former|retired|starting|star|senior|assistant)\\s+)?"
                + "(?:" + String.join("|", jobs.stream().map(Pattern::quote).toList()) + ")\\s+(?:at|of|for)\\s+(?:the\\s+)?(?-i:" + BUSINESS + ")");
        this.institutions = Words.set(spec, "institutions");
        List<String> roles = spec.strings("uniqueRoles");
        if (roles.isEmpty()) {
            throw spec.error("needs a non-empty 'uniqueRoles' list");
        }
        // Roles held by one person: "she's the mayor of our town", "our pt is the county sheriff".
        this.role = FirstCharPattern.compile("(?i)\\b(?:is|was|['’]s|as|,)\\s+(?<what>(?:the|our|this)\\s+(?:(?:town|city|county|village|local|state|school)['’]?s?\\s+)?"
                + "(?:" + String.join("|", roles.stream().map(Pattern::quote).toList()) + ")\\b(?:\\s+(?:of|in|for)\\s+(?:the|our|this)\\s+[\\w-]+)?)");
        List<String> disclosure = spec.strings("publicDisclosure");
        this.publicDisclosure = disclosure.isEmpty() ? null : Lexicon.compile(disclosure);
        this.notable = notablePattern(spec.strings("formerCareers"), spec.strings("honours"), spec.strings("honourHolders"),
                spec.strings("honourNouns"));
    }

    /**
     * "the 7-foot former NBA center" (a career said to be over), "an Olympic rowing coach" (an honour before a person
     * noun, so that "the Olympic coffee run" is a joke, not a person), "a Paralympian" (a noun that is an honour).
     */
    private static FirstCharPattern notablePattern(List<String> formerCareers, List<String> honours, List<String> holders,
            List<String> honourNouns) {
        List<String> kinds = new ArrayList<>();
        if (!formerCareers.isEmpty()) {
            kinds.add("(?:former|retired|ex-|ex\\s)\\s*(?:" + alternatives(formerCareers) + ")\\b(?:\\s+(?!(?:and|or|with|who|in|at|on|for"
                    + "|from|after|before|but|today|tonight|yesterday|this|that|last|now|is|was|had|has|got)\\b)[\\w'’-]+){0,2}");
        }
        if (!honours.isEmpty() && !holders.isEmpty()) {
            kinds.add("(?:(?:former|retired)\\s+)?(?:" + alternatives(honours) + ")\\s+(?:[\\w'’-]+\\s+)?(?:" + alternatives(holders) + ")\\b");
        }
        if (!honourNouns.isEmpty()) {
            kinds.add("(?:" + alternatives(honourNouns) + ")\\b");
        }
        return kinds.isEmpty() ? null
                : FirstCharPattern.compile("(?i)\\b(?:the|a|an|our|my|this)\\s+(?:[\\w'’-]+\\s+){0,2}?(?:" + String.join("|", kinds) + ")");
    }

    private static String alternatives(List<String> words) {
        // escaped by hand rather than with \\Q…\\E, which would hide the words from RequiredText's filter
        return String.join("|", words.stream().map(w -> w.replaceAll("([^\\w\\s])", "\\\\$1").replace(" ", "\\s+")).toList());
    }

    @Override
    public void check(CheckContext context) {
        String text = context.normalized();
        // a public career beside someone's care ("the former NBA center with bilateral knee GAE") needs no more, unless
        // the post is the public person's own news
        if (notable != null && CareContext.of(context).aboutCare() && (publicDisclosure == null || !publicDisclosure.foundIn(text))) {
            for (FirstCharPattern.Finder m = notable.matcher(text); m.find(); ) {
                flag(context, m.start(), m.end());
            }
        }
        if (!PatientContext.of(context).aboutPatient()) {
            return;
        }
        for (FirstCharPattern.Finder m = SUPERLATIVE.matcher(text); m.find(); ) {
            String[] what = m.group("what").split("\\s+");
            if (!institutions.contains(Words.key(what[what.length - 1]))) {
                flag(context, m.start(), m.end());
            }
        }
        for (FirstCharPattern.Finder m = MARK.matcher(text); m.find(); ) {
            flag(context, m.start(), m.end());
        }
        for (FirstCharPattern.Finder m = LOCAL_SUPERLATIVE.matcher(text); m.find(); ) {
            flag(context, m.start(), m.end());
        }
        for (FirstCharPattern.Finder m = role.matcher(text); m.find(); ) {
            flag(context, m.start("what"), m.end("what"));
        }
        for (FirstCharPattern.Finder m = jobAt.matcher(text); m.find(); ) {
            String business = m.group("business");
            String firstWord = business.split("\\s+")[0];
            if (!institutions.contains(Words.key(firstWord)) && !institutions.contains(Words.key(business))) {
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
