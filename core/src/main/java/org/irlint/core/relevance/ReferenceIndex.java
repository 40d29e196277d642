package org.irlint.core.relevance;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index of the reference library. Reference documents are searchable ({@code title},
 * {@code keywords}, {@code body}); IR lexicon entries go into {@code ir} and background paragraphs into
 * {@code background}. The relevance score compares the term statistics of the IR fields
 * ({@link #IR_FIELDS}) with those of {@code background}.
 *
 * <p>Small libraries live in memory; a large user folder ({@value #MMAP_THRESHOLD}+ documents) goes to an
 * {@link MMapDirectory} in a temporary folder that is deleted on {@link #close()} (or at exit). The searcher is
 * thread-safe and shared.
 */
public final class ReferenceIndex implements Closeable {
    static final int MMAP_THRESHOLD = 500;
    public static final String KIND = "kind";
    public static final String ID = "id";
    public static final String TITLE = "title";
    public static final String KEYWORDS = "keywords";
    public static final String BODY = "body";
    public static final String IR = "ir";
    /** The fields whose text is about IR. */
    public static final List<String> IR_FIELDS = List.of(TITLE, KEYWORDS, BODY, IR);
    public static final String BACKGROUND = "background";
    /** Every field with analyzed text. */
    static final List<String> ALL_FIELDS = List.of(TITLE, KEYWORDS, BODY, IR, BACKGROUND);
    static final String DOMAIN = "domain";
    static final String KIND_REFERENCE = "reference";

    private final Directory directory;
    private final Path tempFolder;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final List<ReferenceDocument> documents;
    /** Lucene doc id → the reference document it holds, or null for lexicon and background entries. */
    private final ReferenceDocument[] byDocId;
    private final int[] domainOf;

    private ReferenceIndex(Directory directory, Path tempFolder, DirectoryReader reader, List<ReferenceDocument> documents)
            throws IOException {
        this.directory = directory;
        this.tempFolder = tempFolder;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setQueryCache(null); // tiny index, and caching would make per-check timings erratic
        this.documents = documents;
        Map<String, ReferenceDocument> byId = new HashMap<>();
        documents.forEach(d -> byId.put(d.id(), d));
        this.byDocId = new ReferenceDocument[reader.maxDoc()];
        this.domainOf = new int[reader.maxDoc()];
        java.util.Arrays.fill(domainOf, -1);
        Map<String, Integer> domainIds = new HashMap<>();
        // From doc values, not stored fields: reading every entry's stored fields decompresses their blocks one
        // entry at a time, which was most of opening the index at startup.
        for (LeafReaderContext leaf : reader.leaves()) {
            forEachValue(leaf, ID, (doc, id) -> byDocId[doc] = byId.get(id));
            forEachValue(leaf, DOMAIN, (doc, domain) -> domainOf[doc] = domainIds.computeIfAbsent(domain, k -> domainIds.size()));
        }
    }

    private interface DocValue {
        void accept(int doc, String value);
    }

    /** Each document of the leaf that has a value in the sorted doc-values field, in doc id order. */
    private static void forEachValue(LeafReaderContext leaf, String field, DocValue sink) throws IOException {
        SortedDocValues values = leaf.reader().getSortedDocValues(field);
        if (values == null) {
            return;
        }
        String[] byOrd = new String[values.getValueCount()];
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            int ord = values.ordValue();
            if (byOrd[ord] == null) {
                byOrd[ord] = values.lookupOrd(ord).utf8ToString();
            }
            sink.accept(leaf.docBase + doc, byOrd[ord]);
        }
    }

    /** For each Lucene doc id, its position in {@link #documents()}, or -1 for other entries. */
    public int[] referenceSlots() {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            position.put(documents.get(i).id(), i);
        }
        int[] slots = new int[byDocId.length];
        for (int doc = 0; doc < slots.length; doc++) {
            slots[doc] = byDocId[doc] == null ? -1 : position.get(byDocId[doc].id());
        }
        return slots;
    }

    /** For each Lucene doc id, its number among the background entries, or -1 for IR text. */
    public int[] backgroundSlots() {
        int[] slots = new int[domainOf.length];
        int next = 0;
        for (int doc = 0; doc < slots.length; doc++) {
            slots[doc] = domainOf[doc] >= 0 ? next++ : -1;
        }
        return slots;
    }

    /** How many background entries (paragraphs and general-medical lexicon entries) the index holds. */
    public int backgroundCount() {
        int n = 0;
        for (int d : domainOf) {
            n += d >= 0 ? 1 : 0;
        }
        return n;
    }

    /** For each Lucene doc id, the index of its background domain, or -1 for IR text. */
    public int[] domains() {
        return domainOf.clone();
    }

    /** The reference document stored under a Lucene doc id, or null. */
    public ReferenceDocument document(int docId) {
        return byDocId[docId];
    }

    public static ReferenceIndex build(ReferenceLibrary library, ReferenceAnalyzer indexAnalyzer) {
        return build(library, indexAnalyzer, MMAP_THRESHOLD);
    }

    static ReferenceIndex build(ReferenceLibrary library, ReferenceAnalyzer indexAnalyzer, int mmapThreshold) {
        Path temp = null;
        try {
            Directory dir;
            if (library.documents().size() >= mmapThreshold) {
                temp = Files.createTempDirectory("irlint-reference-index");
                Path folder = temp;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(folder)));
                dir = new MMapDirectory(temp);
            } else {
                dir = new ByteBuffersDirectory();
            }
            write(library, indexAnalyzer, dir);
            return new ReferenceIndex(dir, temp, DirectoryReader.open(dir), library.documents());
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("cannot build the reference index", e);
        }
    }

    /** An index already written for {@code library} (the build's {@link PrebuiltIndex}), held in memory. */
    static ReferenceIndex open(Directory dir, ReferenceLibrary library) {
        try {
            return new ReferenceIndex(dir, null, DirectoryReader.open(dir), library.documents());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the reference index", e);
        }
    }

    /** Indexes the library into {@code dir}, committed as one segment. */
    static void write(ReferenceLibrary library, ReferenceAnalyzer indexAnalyzer, Directory dir) throws IOException {
        // One flush, no merges: the library is small, and a single segment keeps start-up short.
        IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(256).setUseCompoundFile(false).setCommitOnClose(true);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (ReferenceDocument d : library.documents()) {
                writer.addDocument(reference(d));
            }
            for (ReferenceLibrary.LexiconEntry e : library.lexicon()) {
                // IR acronyms count as IR text; general medical ones (no topic) as background, so that
                // "CT" or "ICU" alone does not make a post look like IR.
                Document doc = new Document();
                doc.add(new StringField(KIND, "lexicon", Field.Store.NO));
                if (e.topics().isEmpty()) {
                    doc.add(new StoredField(DOMAIN, "general-medical-lexicon"));
                    doc.add(new SortedDocValuesField(DOMAIN, new BytesRef("general-medical-lexicon")));
                }
                doc.add(new TextField(e.topics().isEmpty() ? BACKGROUND : IR,
                        e.acronym() + ". " + e.expansion() + ". " + e.plain(), Field.Store.NO));
                writer.addDocument(doc);
            }
            for (String post : library.irPosts()) {
                Document doc = new Document();
                doc.add(new StringField(KIND, "ir-post", Field.Store.NO));
                doc.add(new TextField(IR, post, Field.Store.NO));
                writer.addDocument(doc);
            }
            for (ReferenceLibrary.BackgroundParagraph p : library.background()) {
                Document doc = new Document();
                doc.add(new StringField(KIND, "background", Field.Store.NO));
                doc.add(new StoredField(DOMAIN, p.domain()));
                doc.add(new SortedDocValuesField(DOMAIN, new BytesRef(p.domain())));
                doc.add(new TextField(BACKGROUND, p.text(), Field.Store.NO));
                writer.addDocument(doc);
            }
        }
    }

    private static Document reference(ReferenceDocument d) {
        Document doc = new Document();
        doc.add(new StringField(KIND, KIND_REFERENCE, Field.Store.NO));
        doc.add(new StringField(ID, d.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(d.id())));
        doc.add(new TextField(TITLE, d.title(), Field.Store.YES));
        doc.add(new TextField(KEYWORDS, d.keywords() + ". " + String.join(" ", d.hashtags()), Field.Store.NO));
        doc.add(new TextField(BODY, d.body(), Field.Store.YES));
        return doc;
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    public DirectoryReader reader() {
        return reader;
    }

    /** The reference documents, in library order. */
    public List<ReferenceDocument> documents() {
        return documents;
    }

    public boolean onDisk() {
        return tempFolder != null;
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(tempFolder);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder of public reference text; the shutdown hook tries again
        }
    }
}
