package org.irlint.core.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.irlint.core.rules.Proximity;

/**
 * Tells an organization's published contact ("call our office", "Study office", "recruiting@…") from a
 * person's. Words come from the rule file: {@code ownWords} that mark the author's side, {@code personWords}
 * that mark a patient or relative (which always win), {@code roleAddresses} for mailbox names that are roles.
 */
final class OrganizationContact {
    private final Proximity own;
    private final Proximity person;
    private final Set<String> roles;
    private static final Pattern LOCAL_PARTS = Pattern.compile("[._+-]");

    OrganizationContact(List<String> ownWords, List<String> personWords, List<String> roleAddresses, int window) {
        this.own = Proximity.of(ownWords, window, 0);
        this.person = Proximity.of(personWords, window + 20, 10);
        this.roles = Set.copyOf(roleAddresses.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
    }

    /** A number or address with the author's own words before it and no patient or relative near it. */
    boolean ownNear(String text, int start, int end) {
        return own != null && own.near(text, start, end) && (person == null || !person.near(text, start, end));
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
