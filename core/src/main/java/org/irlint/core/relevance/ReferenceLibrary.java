package org.irlint.core.relevance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.irlint.core.rules.ResourceLoader;

/**
 * Everything the relevance model learns from: the reference documents (bundled and the user's), IR posts
 * in the voice of X (so informal IR drafts are measured against informal IR text, not only formal prose),
 * the background corpus (one paragraph = one document), the acronym lexicon and the synonym rules.
 */
public record ReferenceLibrary(
        List<ReferenceDocument> documents,
        List<String> irPosts,
        List<BackgroundParagraph> background,
        List<LexiconEntry> lexicon,
        String synonymRules,
        Map<String, List<String>> catalogueHashtags) {

    static final String REFERENCE = "irlint/reference";
    static final String BACKGROUND = "irlint/background";
    static final String IR_POSTS = "irlint/ir-posts";
    static final String ACRONYMS = "irlint/lexicon/acronyms.yml";
    static final String SYNONYMS = "irlint/relevance/synonyms.txt";
    static final String HASHTAGS = HashtagCatalogue.RESOURCE;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** A background paragraph: other medicine or unrelated, from {@code irlint/background/<domain>.txt}. */
    public record BackgroundParagraph(String domain, String text) {
    }

    /** An acronym lexicon entry; {@code topics} is empty for general medical terms. */
    public record LexiconEntry(String acronym, String expansion, String plain, List<String> topics) {
    }

    /** The bundled material plus the user's folders; a broken user file becomes a problem and is skipped. */
    public static ReferenceLibrary load(List<Path> userFolders, List<String> problems) {
        ReferenceDocumentParser parser = new ReferenceDocumentParser();
        Map<String, ReferenceDocument> docs = new LinkedHashMap<>();
        for (String file : ResourceListing.list(REFERENCE)) {
            if (file.endsWith(".md")) {
                String resource = REFERENCE + "/" + file;
                addDocument(docs, () -> parser.parse(resource, stem(file), ResourceLoader.readString(resource)), problems);
            }
        }
        for (Path folder : userFolders) {
            for (Path file : markdownFiles(folder, problems)) {
                addDocument(docs, () -> parser.parse(file.toString(), stem(file.getFileName().toString()), read(file)), problems);
            }
        }
        List<BackgroundParagraph> background = new ArrayList<>();
        paragraphs(BACKGROUND, (file, paragraph) -> background.add(new BackgroundParagraph(stem(file), paragraph)));
        List<String> irPosts = new ArrayList<>();
        paragraphs(IR_POSTS, (file, paragraph) -> irPosts.add(paragraph));
        return new ReferenceLibrary(List.copyOf(docs.values()), List.copyOf(irPosts), List.copyOf(background), readLexicon(), optional(SYNONYMS),
                readCatalogue());
    }

    /** Each paragraph of each {@code .txt} file in a bundled folder (a paragraph ends at a blank line). */
    private static void paragraphs(String folder, java.util.function.BiConsumer<String, String> sink) {
        for (String file : ResourceListing.list(folder)) {
            if (file.endsWith(".txt")) {
                for (String paragraph : ResourceLoader.readString(folder + "/" + file).split("\\R\\s*\\R")) {
                    if (!paragraph.isBlank()) {
                        sink.accept(file, paragraph.strip());
                    }
                }
            }
        }
    }

    /** Every acronym the analyzer must keep in its exact case. */
    public Set<String> acronyms() {
        Set<String> out = new LinkedHashSet<>();
        lexicon.forEach(e -> out.add(e.acronym()));
        documents.forEach(d -> out.addAll(d.acronyms()));
        return out;
    }

    /** Hashtags (without "#") of the catalogue and the documents: kept whole by the analyzer. */
    public Set<String> hashtagWords() {
        Set<String> out = new LinkedHashSet<>();
        catalogueHashtags.values().forEach(out::addAll);
        documents.forEach(d -> out.addAll(d.hashtags()));
        Set<String> bare = new LinkedHashSet<>();
        out.forEach(h -> bare.add(h.startsWith("#") ? h.substring(1) : h));
        return bare;
    }

    /**
     * Synonym rules in Solr format: the bundled {@code synonyms.txt}, each lexicon acronym with its expansion, and
     * each document acronym the lexicon lacks with the document's title. Documents' synonym lists are not
     * expanded into each other: one generic member ("biopsy") would drag a whole group of acronyms into every
     * post that says it.
     */
    public String allSynonymRules() {
        StringBuilder b = new StringBuilder(withAcronymCase(synonymRules, acronyms())).append('\n');
        Set<String> known = new LinkedHashSet<>();
        for (LexiconEntry e : lexicon) {
            known.add(e.acronym());
            if (e.expansion() != null && !e.expansion().isBlank()) {
                appendGroup(b, List.of(e.acronym(), e.expansion()));
            }
        }
        for (ReferenceDocument d : documents) {
            String title = d.title().replaceAll("\\([^)]*\\)", " ").strip();
            for (String acronym : d.acronyms()) {
                if (known.add(acronym) && !title.isEmpty()) {
                    appendGroup(b, List.of(acronym, title));
                }
            }
        }
        return b.toString();
    }

    /**
     * synonyms.txt is written in lower case, but the analyzer keeps acronyms in their case ("CBCT" stays
     * "CBCT" so that "TIPS" never meets "tips"). A lower-case entry that spells a known acronym also gets the
     * acronym's own case; the lower-case form stays too, for posts that write it so.
     */
    static String withAcronymCase(String rules, Set<String> acronyms) {
        Map<String, List<String>> byLower = new java.util.HashMap<>();
        for (String a : acronyms) {
            byLower.computeIfAbsent(a.toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(a);
        }
        StringBuilder out = new StringBuilder(rules.length() + 256);
        for (String line : rules.split("\\R")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#") || t.contains("=>")) {
                out.append(line).append('\n');
                continue;
            }
            Set<String> entries = new LinkedHashSet<>();
            for (String e : t.split(",")) {
                String entry = e.strip();
                entries.add(entry);
                entries.addAll(byLower.getOrDefault(entry, List.of()));
            }
            out.append(String.join(", ", entries)).append('\n');
        }
        return out.toString();
    }

    private static void appendGroup(StringBuilder b, List<String> group) {
        List<String> clean = group.stream().map(s -> s.replaceAll("[,=>\\\\#]", " ").strip())
                .filter(s -> s.chars().anyMatch(Character::isLetterOrDigit)).distinct().toList();
        if (clean.size() > 1) {
            b.append(String.join(", ", clean)).append('\n');
        }
    }

    private interface Parse {
        ReferenceDocument get();
    }

    private static void addDocument(Map<String, ReferenceDocument> docs, Parse parse, List<String> problems) {
        try {
            ReferenceDocument d = parse.get();
            ReferenceDocument before = docs.putIfAbsent(d.id(), d);
            if (before != null) {
                problems.add(d.source() + ": skipped: the id '" + d.id() + "' is already used by " + before.source());
            }
        } catch (ReferenceFormatException e) {
            problems.add(e.getMessage() + " (file skipped; the rest loaded)");
        }
    }

    private static List<Path> markdownFiles(Path folder, List<String> problems) {
        if (!Files.isDirectory(folder)) {
            problems.add(folder + ": not a folder; no reference documents read from it");
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            problems.add(folder + ": cannot be read (" + e.getMessage() + ")");
            return List.of();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new ReferenceFormatException(file.toString(), 0, "is not UTF-8 text");
        } catch (IOException e) {
            throw new ReferenceFormatException(file.toString(), 0, "cannot be read (" + e.getMessage() + ")");
        }
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static String optional(String resource) {
        return ReferenceLibrary.class.getClassLoader().getResource(resource) == null ? "" : ResourceLoader.readString(resource);
    }

    @SuppressWarnings("unchecked")
    private static List<LexiconEntry> readLexicon() {
        String yaml = optional(ACRONYMS);
        if (yaml.isBlank()) {
            return List.of();
        }
        List<LexiconEntry> out = new ArrayList<>();
        for (Map<String, Object> m : (List<Map<String, Object>>) readYaml(ACRONYMS, yaml)) {
            Object acronym = m.get("acronym");
            if (acronym != null) {
                out.add(new LexiconEntry(acronym.toString(), str(m.get("expansion")), str(m.get("plain")), strings(m.get("topics"))));
            }
        }
        return List.copyOf(out);
    }

    /** topic id → catalogue hashtags for it, in catalogue order ("*" holds the tags for any IR topic). */
    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> readCatalogue() {
        String yaml = optional(HASHTAGS);
        if (yaml.isBlank()) {
            return new LinkedHashMap<>();
        }
        return HashtagCatalogue.of((List<Map<String, Object>>) readYaml(HASHTAGS, yaml)).byTopic();
    }

    private static Object readYaml(String resource, String yaml) {
        try {
            return YAML.readValue(yaml, Object.class);
        } catch (IOException e) {
            throw new IllegalStateException(resource + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static List<String> strings(Object o) {
        if (o instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return o == null ? List.of() : List.of(o.toString());
    }
}
