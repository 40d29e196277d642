package org.irlint.core.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.irlint.core.rules.Lexicon;
import org.irlint.core.rules.Proximity;
import org.irlint.core.rules.PhraseScan;
import org.irlint.core.rules.Phrases;

/**
 * Tells an organization's published contact ("call our office", "Book: … or 555-…", "recruiting@…") from a
 * person's. Words come from the rule file: {@code ownWords} that mark the author's side (including imperatives
 * addressed to readers: nobody asks the public to call a patient), {@code personWords} that mark a patient or
 * relative (which always win), and {@code roleMailboxes} for mailbox names that are roles.
 */
final class OrganizationContact {
    private static final Pattern LOCAL_PARTS = Pattern.compile("[._+-]");
    /** "Call John at …": a name between the cue and the number makes it that person's number. */
    private static final Pattern NAME_BETWEEN = Pattern.compile("(?<![.!?:]\\s)(?<!^)\\b[A-Z][a-z]{2,}\\b");

    private final Phrases own;
    private final Proximity person;
    private final Set<String> roles;
    private final int window;

    OrganizationContact(List<String> ownWords, List<String> personWords, List<String> roleAddresses, int window) {
        this.own = ownWords.isEmpty() ? null : Lexicon.compile(ownWords);
        this.person = Proximity.of(personWords, window + 20, 25);
        this.roles = Set.copyOf(roleAddresses.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
        this.window = window;
    }

    /** A number or address with the author's own words before it and no patient, relative or name near it. */
    boolean ownNear(String text, int start, int end) {
        if (own == null) {
            return false;
        }
        if (person != null && person.near(text, start, end)) {
            return false;
        }
        PhraseScan m = own.matcher(text).region(Math.max(0, start - window), start);
        int cueEnd = -1;
        while (m.find()) {
            cueEnd = m.end();
        }
        if (cueEnd >= 0) {
            return !NAME_BETWEEN.matcher(text.substring(cueEnd, start)).find();
        }
        // "1-800-555-0199 for our scheduling line": the cue may follow, right after the number
        PhraseScan after = own.matcher(text).region(end, Math.min(text.length(), end + 30));
        return after.find() && !NAME_BETWEEN.matcher(text.substring(end, after.start())).find();
    }

    /** "ir.research", "info", "recruiting": every part of the mailbox name is a role word or an initialism. */
    boolean roleMailbox(String local) {
        if (roles.isEmpty()) {
            return false;
        }
        boolean anyRole = false;
        for (String part : LOCAL_PARTS.split(local.toLowerCase(Locale.ROOT))) {
            if (part.isEmpty()) {
                continue;
            }
            if (roles.contains(part)) {
                anyRole = true;
            } else if (part.length() > 2 || !part.chars().allMatch(Character::isLetter)) {
                return false;
            }
        }
        return anyRole;
    }
}
