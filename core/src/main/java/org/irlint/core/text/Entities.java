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

    public static Entities of(String text) {
        List<Entity> found = new ArrayList<>();
        // twitter-text's Extractor is stateless for extraction; its indices are Java (UTF-16) indices.
        for (Extractor.Entity e : EXTRACTOR.extractEntitiesWithIndices(text)) {
            found.add(new Entity(kindOf(e.getType()), e.getStart(), e.getEnd(), e.getValue()));
        }
        found.sort(Comparator.comparingInt(Entity::start));
        return new Entities(List.copyOf(found));
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
