package org.irlint.core.privacy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.irlint.core.rules.ResourceLoader;

/**
 * The bundled name and place lists (see {@code irlint/gazetteer/SOURCES.md}), held as hash sets keyed by lower
 * case so that a check looks up the capitalised words of a draft instead of scanning the lists. Loaded once per
 * JVM and shared by every privacy rule of every engine.
 */
public final class Gazetteer {
    private static final String DIR = "irlint/gazetteer/";
    private static final List<String> FILES = List.of("first-names.txt", "surnames.txt", "us-places.txt", "us-counties.txt",
            "world-places.txt", "us-zips.txt", "first-names-extra.txt");

    /** How much a word tells us on its own. */
    public enum Strength { NONE, AMBIGUOUS, STRONG }

    private final Map<String, Boolean> firstNames;
    private final Map<String, Boolean> surnames;
    private final Map<String, Boolean> usPlaces;
    /** place → its states' postal codes, space-separated ("LA TX"): parsed only when asked. */
    private final Map<String, String> usPlaceStates;
    private final Map<String, Boolean> counties;
    private final Map<String, Boolean> worldPlaces;
    private final Set<String> zips;
    private final int longestPlaceWords;

    private Gazetteer(Map<String, List<String>> files) {
        Map<String, Boolean> first = marked(files.get("first-names.txt"), null, true);
        // the hand-written supplement: given names the generated lists lack
        marked(files.get("first-names-extra.txt"), null, true).forEach((k, v) -> first.merge(k, v, Boolean::logicalOr));
        this.firstNames = first;
        this.surnames = marked(files.get("surnames.txt"), null, true);
        this.usPlaceStates = new HashMap<>(32768);
        this.usPlaces = marked(files.get("us-places.txt"), usPlaceStates, false);
        this.counties = marked(files.get("us-counties.txt"), null, false);
        this.worldPlaces = marked(files.get("world-places.txt"), null, false);
        this.zips = new HashSet<>(files.get("us-zips.txt"));
        this.longestPlaceWords = Math.min(Math.max(words(usPlaces.keySet()), words(worldPlaces.keySet())), 4);
    }

    /** The bundled lists, read once per JVM: they are classpath resources, the same for every engine. */
    private static final AtomicReference<CompletableFuture<Gazetteer>> BUNDLED = new AtomicReference<>();

    /**
     * Starts reading the lists on a background thread, for an application that prepares its engine early
     * ({@code Engine.prepareDefaults}): about 1.8 MB of names and places, otherwise read on the thread building the
     * rules, before the name rules can be made.
     */
    public static void prepare() {
        start(true);
    }

    /** The one copy; read here if nothing has started reading it yet. */
    public static Gazetteer shared() {
        try {
            return start(false).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static CompletableFuture<Gazetteer> start(boolean background) {
        CompletableFuture<Gazetteer> started = BUNDLED.get();
        if (started != null) {
            return started;
        }
        CompletableFuture<Gazetteer> mine = new CompletableFuture<>();
        if (!BUNDLED.compareAndSet(null, mine)) {
            return BUNDLED.get();
        }
        Runnable load = () -> {
            try {
                ResourceLoader resources = new ResourceLoader();
                Map<String, List<String>> files = new HashMap<>();
                for (String f : FILES) {
                    files.put(f, resources.lines(DIR + f));
                }
                mine.complete(new Gazetteer(files));
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e);
            }
        };
        if (background) {
            Thread t = new Thread(load, "irlint-gazetteer-prepare");
            t.setDaemon(true);
            t.start();
        } else {
            load.run();
        }
        return mine;
    }

    private static int words(Iterable<String> names) {
        int most = 1;
        for (String n : names) {
            int w = 1;
            for (int i = 0; i < n.length(); i++) {
                if (n.charAt(i) == ' ') {
                    w++;
                }
            }
            most = Math.max(most, w);
        }
        return most;
    }

    /** name → true when it is also a common English word. A line is {@code Name[*][<TAB>where]}. */
    private static Map<String, Boolean> marked(List<String> lines, Map<String, String> where, boolean fold) {
        Map<String, Boolean> out = new HashMap<>(lines.size() * 4 / 3 + 16);
        for (String line : lines) {
            int tab = line.indexOf('\t');
            String name = tab < 0 ? line : line.substring(0, tab);
            boolean common = name.endsWith("*");
            if (common) {
                name = name.substring(0, name.length() - 1);
            }
            String key = fold ? nameKey(name) : key(name);
            out.merge(key, common, Boolean::logicalOr);
            if (where != null && tab > 0) {
                where.merge(key, line.substring(tab + 1), (x, y) -> x + " " + y);
            }
        }
        return out;
    }

    static String key(String word) {
        return word.replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    /**
     * A person's name as a key: lower case without accents, so that "José Ramírez", "Björn" and "Yılmaz" find
     * the lists' "jose", "ramirez", "bjorn", "yilmaz". Plain ASCII (nearly every word) skips the folding.
     */
    static String nameKey(String word) {
        String k = key(word);
        for (int i = 0; i < k.length(); i++) {
            if (k.charAt(i) > 127) {
                return fold(k);
            }
        }
        return k;
    }

    private static String fold(String k) {
        String d = java.text.Normalizer.normalize(k, java.text.Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            switch (c) {
                case 'ı' -> b.append('i');
                case 'ø' -> b.append('o');
                case 'ł' -> b.append('l');
                case 'đ' -> b.append('d');
                case 'ß' -> b.append("ss");
                case 'æ' -> b.append("ae");
                case 'œ' -> b.append("oe");
                default -> {
                    if (Character.getType(c) != Character.NON_SPACING_MARK) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static Strength strength(Map<String, Boolean> map, String word) {
        return strength(map.get(key(word)));
    }

    private static Strength strength(Boolean common) {
        return common == null ? Strength.NONE : common ? Strength.AMBIGUOUS : Strength.STRONG;
    }

    public Strength firstName(String word) {
        return strength(firstNames.get(nameKey(word)));
    }

    public Strength surname(String word) {
        return strength(surnames.get(nameKey(word)));
    }

    /** A US city or town, or a UK/Canadian/Australian/Indian place. */
    public Strength place(String name) {
        Strength us = strength(usPlaces, name);
        Strength world = strength(worldPlaces, name);
        return us.compareTo(world) >= 0 ? us : world;
    }

    /** Whether a US place of this name lies in the state with this postal code. */
    public boolean placeInState(String name, String state) {
        String states = usPlaceStates.get(key(name));
        if (states == null || state.length() != 2) {
            return false;
        }
        String code = state.toUpperCase(Locale.ROOT);
        for (int i = states.indexOf(code); i >= 0; i = states.indexOf(code, i + 1)) {
            if ((i == 0 || states.charAt(i - 1) == ' ') && (i + 2 == states.length() || states.charAt(i + 2) == ' ')) {
                return true;
            }
        }
        return false;
    }

    public Strength county(String name) {
        return strength(counties, name);
    }

    public boolean zip(String fiveDigits) {
        return zips.contains(fiveDigits);
    }

    /** The most words a place name in the lists has (capped), for multi-word look-ups. */
    public int longestPlaceWords() {
        return longestPlaceWords;
    }

    /** A common English word that happens to be a name or place (Hope, Will, Mobile). */
    public boolean commonWord(String word) {
        String k = key(word);
        String n = nameKey(word);
        return Boolean.TRUE.equals(firstNames.get(n)) || Boolean.TRUE.equals(surnames.get(n))
                || Boolean.TRUE.equals(usPlaces.get(k)) || Boolean.TRUE.equals(worldPlaces.get(k));
    }
}
