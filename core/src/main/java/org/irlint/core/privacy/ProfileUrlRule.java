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
}
