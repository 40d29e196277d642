package org.irlint.core.privacy;

import java.util.regex.Pattern;
import org.irlint.core.rules.CheckContext;
import org.irlint.core.rules.SpecRule;
import org.irlint.core.rules.RuleSpec;
import org.irlint.core.rules.Phrases;
import org.irlint.core.text.FirstCharPattern;

/**
 * {@code kind: privacy-url-profile} — a patient's or relative's own page written without a scheme:
 * instagram.com/handle, tiktok.com/@handle, a GoFundMe or CaringBridge page, a personal blog
 * (name.wordpress.com, name.substack.com). Flagged in a post about a patient, or when the page is called someone's
 * ("my page", "her daughter's blog") or its handle tells a health story ("…journey", "…diary", "…warrior"). A
 * practice's or society's own page ("follow our department at …") is left alone.
 *
 * <p>Parameters: {@code ownerWords} (phrases that make a page a person's), {@code storyWords} (handle parts),
 * {@code organizationWords} (phrases that make it an organization's).
 */
public final class ProfileUrlRule extends SpecRule {
    private static final FirstCharPattern PROFILE = FirstCharPattern.compile("(?i)(?<![\\w.@/-])(?:https?://)?(?:www\\.|m\\.)?(?:"
            + "(?:instagram\\.com|instagr\\.am|facebook\\.com|fb\\.com|tiktok\\.com|twitter\\.com|x\\.com|threads\\.net|youtube\\.com|pinterest\\.com"
            + "|snapchat\\.com/add|linkedin\\.com/in|reddit\\.com/u(?:ser)?|gofundme\\.com(?:/f)?|caringbridge\\.org/(?:visit|site)|justgiving\\.com(?:/page)?"
            + "|medium\\.com|t\\.me|linktr\\.ee|wa\\.me|patreon\\.com|strava\\.com/athletes|bsky\\.app/profile)/@?[\\w.-]*[\\w]"
            + "|[\\w-]+\\.(?:wordpress|blogspot|substack|tumblr|wixsite|weebly|medium|squarespace)\\.com(?:/[\\w./-]*[\\w/])?)");

    /** Any site called a patient's or relative's own: "his blog: www.mikesfistulafight.com", "her daughter's website (…)". */
    private static final Pattern OWNER_BEFORE = Pattern.compile("(?i)\\b(?:his|her|their|pt['’]?s|patient['’]?s|\\p{L}+['’]s)\\s+(?:own\\s+|personal\\s+|new\\s+)?$");
    private static final FirstCharPattern OWNED_SITE = FirstCharPattern.compile("(?i)\\b"
            + "(?:blog|website|web\\s?site|site|web\\s?page|homepage|fundraiser|fundraising\\s+page)\\s*(?:(?:is|at|here)\\s*)?[:(\\-–—]?\\s*"
            + "(?<url>(?:https?://)?(?:www\\.)?[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|net|org|info|blog|me|site|online|co\\.uk|org\\.uk|uk|ie|com\\.au|au|ca|in|nz)(?:/[\\w./%-]*[\\w/])?)(?![\\w.-]*\\w)");
    /** An @handle on the platform itself: "@lena_vs_hcc". */
    private static final FirstCharPattern HANDLE = FirstCharPattern.compile("(?<![\\w@.])@(?<handle>\\w{2,30})\\b");
    /** The post tells the handle's owner's own health story: "sharing her Y-90 journey", "tagging her since she asked". */
    private static final Pattern OWN_STORY = Pattern.compile("(?i)\\b(?:her|his|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:journey|story|recovery|fight|battle|diagnosis)\\b"
            + "(?!\\s+(?:in|into|to|through)\\s+(?:IR|medicine|residency|radiology|fellowship|med\\s+school|academia))"
            + "|\\btagging\\s+(?:her|him|them)\\b|\\b(?:she|he|they)\\s+asked\\s+(?:us|me)\\s+to\\s+(?:tag|share|post)"
            // the handle's family member's results told to them in public: "@x your dad's MRI shows…"
            + "|\\byour\\s+(?:mum|mom|mam|dad|mother|father|wife|husband|partner|son|daughter|gran|granny|nan|nana|grandma|grandpa|brother|sister)['’]?s"
            + "\\s+(?:[\\w-]+\\s+){0,2}?(?:CT|MRI|scan|x-?ray|results?|biopsy|angiogram|ultrasound|labs|bloods|report|images)\\b");
    /** Handles of clinicians and organizations: a colleague's account is public and not a patient's. */
    private static final Pattern STAFF_HANDLE = Pattern.compile("(?i)dr|doc|md\\b|md_|rad|ir_|_ir|ir$|^ir|prof|hosp|health|clinic|society|med|nurse|rn\\b|np\\b|pa\\b|fellow|resid");

    private final Phrases ownerWords;
    private final Pattern storyWords;
    private final Phrases organizationWords;

    public ProfileUrlRule(RuleSpec spec) {
        super(spec);
        this.ownerWords = Words.requiredPhrases(spec, "ownerWords");
        if (spec.strings("storyWords").isEmpty()) {
            throw spec.error("needs a non-empty 'storyWords' list");
        }
        this.storyWords = Pattern.compile("(?i)(?:" + String.join("|", spec.strings("storyWords").stream().map(Pattern::quote).toList()) + ")");
        this.organizationWords = Words.requiredPhrases(spec, "organizationWords");
    }

    @Override
    public void check(CheckContext context) {
        String text = context.normalized();
        if (text.indexOf('@') >= 0) {
            handles(context, text);
        }
        String lower = PatientContext.of(context).lower();
        if (text.indexOf('.') >= 0 && (lower.contains("blog") || lower.contains("site") || lower.contains("page") || lower.contains("fundrais"))) {
            for (FirstCharPattern.Finder m = OWNED_SITE.matcher(text); m.find(); ) {
                if (!OWNER_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                    continue;
                }
                String around = text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40));
                if (!organizationWords.foundIn(around) && !Markup.reported(context, info.id(), m.start("url"), m.end("url"))) {
                    context.report(this, m.start("url"), m.end("url"), message, suggestions);
                }
            }
        }
        for (FirstCharPattern.Finder m = PROFILE.matcher(text); m.find(); ) {
            String around = text.substring(Math.max(0, m.start() - 80), Math.min(text.length(), m.end() + 40));
            if (organizationWords.foundIn(around)) {
                continue;
            }
            String handle = m.group();
            boolean owned = ownerWords.foundIn(around);
            boolean story = storyWords.matcher(handle.substring(handle.indexOf('/') < 0 ? 0 : handle.indexOf('/'))).find()
                    || storyWords.matcher(handle.split("\\.")[0]).find();
            if (owned || story || PatientContext.of(context).aboutPatient()) {
                if (!Markup.reported(context, info.id(), m.start(), m.end())) {
                    context.report(this, m.start(), m.end(), message, suggestions);
                }
            }
        }
    }

    /** A patient's own account tagged in a post that tells their story ("so proud of @x for sharing her journey"). */
    private void handles(CheckContext context, String text) {
        for (FirstCharPattern.Finder m = HANDLE.matcher(text); m.find(); ) {
            String handle = m.group("handle");
            String around = text.substring(Math.max(0, m.start() - 80), Math.min(text.length(), m.end() + 80));
            if (STAFF_HANDLE.matcher(handle).find() || organizationWords.foundIn(around) || !OWN_STORY.matcher(around).find()) {
                continue;
            }
            if (!Markup.reported(context, info.id(), m.start(), m.end())) {
                context.report(this, m.start(), m.end(), message, suggestions);
            }
        }
    }
}
