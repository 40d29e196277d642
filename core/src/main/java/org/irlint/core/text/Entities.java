package org.irlint.core.text;

import com.twitter.twittertext.Extractor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The X markup in a draft, found by twitter-text exactly as X finds it, with UTF-16 offsets.
 * Detectors use it to know what is a link or a handle rather than prose.
 */
public final class Entities {
    private static final Extractor EXTRACTOR = new Extractor();

    private final List<Entity> all;

    private Entities(List<Entity> all) {
        this.all = all;
    }

    /**
     * twitter-text's expressions are slow over a whole post (tens of microseconds each), but none of its entities
     * spans whitespace or looks further than the space next to it, so each whitespace-separated word that could hold one
     * (a '#', '@' or '$', or a dot followed by a letter or digit) is extracted on its own.
     * {@code EntitiesTest} checks the result against extracting from the whole text.
     */
    public static Entities of(String text) {
        List<Entity> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            boolean markup = false;
            while (end < text.length() && !isSpace(text.charAt(end))) {
                markup |= mayHoldEntity(text, end);
                end++;
            }
            if (markup && !plainHashtag(text, i, end, found)) {
                // with the character before and the spaces and character after, which some expressions look at
                // ("$TSLA" needs a space before it, and "$" must not see a line separator as the end of the text);
                // twitter-text's Extractor is stateless for extraction, and its indices are Java (UTF-16) indices
                int from = Math.max(0, i - 1);
                int to = end;
                while (to < text.length() && isSpace(text.charAt(to))) {
                    to++;
                }
                to = Math.min(text.length(), to + 1);
                for (Extractor.Entity e : EXTRACTOR.extractEntitiesWithIndices(text.substring(from, to))) {
                    found.add(new Entity(kindOf(e.getType()), from + e.getStart(), from + e.getEnd(), e.getValue()));
                }
            }
            i = end;
        }
        found.sort(Comparator.comparingInt(Entity::start));
        return new Entities(List.copyOf(found));
    }

    /**
     * The common case without twitter-text's expressions: a word that is '#', ASCII letters, digits or underscores
     * (at least one letter) and at most some closing punctuation, such as "#IRad" or "#PAE,". Such a word holds that
     * one hashtag and nothing else; {@code EntitiesTest} checks it against twitter-text.
     */
    private static boolean plainHashtag(String text, int start, int end, List<Entity> found) {
        if (text.charAt(start) != '#') {
            return false;
        }
        int p = start + 1;
        boolean letter = false;
        while (p < end && isTagChar(text.charAt(p))) {
            letter |= Character.isLetter(text.charAt(p));
            p++;
        }
        if (!letter) {
            return false;
        }
        for (int q = p; q < end; q++) {
            if (".,!?;)'\"".indexOf(text.charAt(q)) < 0) {
                return false;
            }
        }
        found.add(new Entity(Entity.Kind.HASHTAG, start, p, text.substring(start + 1, p)));
        return true;
    }

    private static boolean isTagChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** A tag, handle or cashtag sign, or a dot with a letter or digit after it (a domain: "done." is none). */
    private static boolean mayHoldEntity(String text, int i) {
        char c = text.charAt(i);
        if ("#＃@＠$".indexOf(c) >= 0) {
            return true;
        }
        return ".。．｡".indexOf(c) >= 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** twitter-text's UNICODE_SPACES. */
    private static boolean isSpace(char c) {
        return c >= '\t' && c <= '\r' || c == ' ' || c == '\u0085' || c == '\u00A0' || c == '\u1680'
                || c == '\u180E' || c >= '\u2000' && c <= '\u200A' || c == '\u2028' || c == '\u2029' || c == '\u202F'
                || c == '\u205F' || c == '\u3000';
    }

    private static Entity.Kind kindOf(Extractor.Entity.Type type) {
        return switch (type) {
            case URL -> Entity.Kind.URL;
            case HASHTAG -> Entity.Kind.HASHTAG;
            case MENTION -> Entity.Kind.MENTION;
            case CASHTAG -> Entity.Kind.CASHTAG;
        };
    }

    public List<Entity> all() {
        return all;
    }

    public List<Entity> of(Entity.Kind kind) {
        return all.stream().filter(e -> e.kind() == kind).toList();
    }

    /** The entity that overlaps the original span [start, end), if any. */
    public Entity at(int start, int end) {
        for (Entity e : all) {
            if (e.overlaps(start, end)) {
                return e;
            }
        }
        return null;
    }
}
