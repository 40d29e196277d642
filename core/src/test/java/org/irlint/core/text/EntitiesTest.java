package org.irlint.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.twitter.twittertext.Extractor;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Extracting word by word must find exactly what twitter-text finds in the whole text. */
class EntitiesTest {
    private static final Extractor EXTRACTOR = new Extractor();

    @Property(tries = 1000)
    void findsWhatTwitterTextFindsInTheWholeText(@ForAll("posts") String post) {
        assertEquals(wholeText(post), found(post), post);
    }

    @Provide
    Arbitrary<String> posts() {
        Arbitrary<String> words = Arbitraries.strings().withChars("abcXYZ019_-./:#@$&!?()'\"’…é介入😂＃＠").ofMinLength(1).ofMaxLength(14);
        Arbitrary<String> markup = Arbitraries.of("https://www.sirweb.org/patient-center/(x)", "example.com", "t.co/abc", "#IRad", "#1",
                "@user", "@user/list", "RT@doc", "$TSLA", "$ab.cd", "#tag://x", "x#y", "www.radiologyinfo.org.", "café.fr",
                "http://127.0.0.1/x", "#IRad#SIR2027", "a@b.com", "(#PAE)", "\"www.cirse.org\"", "#️⃣", "＃ハッシュ",
                "#PAE,", "#IRad.", "#IRad!?", "#Y90)", "#IR_rad'", "#SIR2027\"", "#2027", "#_", "#a1.b", "#IRad:", "#IRad://x", "#IRad#",
                "#IRad…", "#IRad's", "#ÍR");
        Arbitrary<String> space = Arbitraries.of(" ", "\n", "\t", "\u00a0", "\u3000", "  ", "\u2028");
        return Arbitraries.oneOf(words, markup, markup).list().ofMinSize(1).ofMaxSize(20)
                .flatMap(parts -> space.list().ofSize(parts.size()).map(spaces -> {
                    StringBuilder out = new StringBuilder();
                    for (int i = 0; i < parts.size(); i++) {
                        out.append(parts.get(i)).append(spaces.get(i));
                    }
                    return out.toString();
                }));
    }

    @Test
    void findsLinksTagsAndHandlesWithTheirOffsets() {
        String post = "😂 See https://www.sirweb.org/x, #IRad and @user. $TSLA";
        assertEquals(wholeText(post), found(post));
        assertEquals(4, Entities.of(post).all().size());
    }

    private static List<String> found(String post) {
        return Entities.of(post).all().stream().map(e -> e.kind() + ":" + e.start() + "-" + e.end() + ":" + e.value()).toList();
    }

    private static List<String> wholeText(String post) {
        return EXTRACTOR.extractEntitiesWithIndices(post).stream()
                .map(e -> e.getType() + ":" + e.getStart() + "-" + e.getEnd() + ":" + e.getValue()).toList();
    }
}
