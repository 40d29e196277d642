package org.irlint.core.relevance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;
import org.apache.lucene.util.Version;
import org.apache.lucene.util.fst.ByteSequenceOutputs;
import org.apache.lucene.util.fst.FST;
import org.irlint.core.rules.ResourceLoader;

/**
 * The Lucene index and the synonym map of the bundled library, written by the build into {@code irlint/index/} so
 * that an engine reads them instead of analysing the same ~850 KB of text and ~1,000 synonym rules at every start
 * (about 0.7 s of CPU with the JIT compiling Lucene's indexing chain and FST builder on the way, where a server
 * has two cores to start on).
 *
 * <p>They are used only for exactly the library and code they were written from: {@code index.txt} records a
 * fingerprint of the library's content, of this package's compiled classes (the analyzers and the index layout
 * live here), of the Lucene version and of the Java feature release. Anything else (the user's reference folders,
 * resources or analyzers changed since the build, an IDE run without the build step) analyses afresh as before.
 */
final class PrebuiltIndex {
    static final String FOLDER = "irlint/index";
    static final String LISTING = FOLDER + "/index.txt";
    static final String SYNONYMS = "synonyms.bin";
    private static final String PACKAGE = PrebuiltIndex.class.getPackageName().replace('.', '/');

    /** The index, in memory, and the synonym map the build wrote. */
    record Loaded(Directory directory, SynonymMap synonyms) {
    }

    private PrebuiltIndex() {
    }

    /** What the build wrote, when it was written for {@code library} by this code; else null. */
    static Loaded load(ReferenceLibrary library) {
        ClassLoader loader = PrebuiltIndex.class.getClassLoader();
        if (loader.getResource(LISTING) == null) {
            return null;
        }
        String recorded = null;
        List<String> classes = new ArrayList<>();
        List<String> files = new ArrayList<>();
        String synonymFile = null;
        for (String line : ResourceLoader.readString(LISTING).lines().toList()) {
            int space = line.indexOf(' ');
            if (line.startsWith("#") || space < 0) {
                continue;
            }
            String value = line.substring(space + 1);
            switch (line.substring(0, space)) {
                case "fingerprint" -> recorded = value;
                case "class" -> classes.add(value);
                case "file" -> files.add(value);
                case "synonyms" -> synonymFile = value;
                default -> { }
            }
        }
        byte[][] classBytes = new byte[classes.size()][];
        for (int i = 0; i < classes.size(); i++) {
            classBytes[i] = bytes(loader, PACKAGE + "/" + classes.get(i));
            if (classBytes[i] == null) {
                return null;
            }
        }
        if (synonymFile == null || !fingerprint(library, classes, classBytes).equals(recorded)) {
            return null;
        }
        byte[] synonyms = bytes(loader, FOLDER + "/" + synonymFile);
        if (synonyms == null) {
            return null;
        }
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try {
            for (String file : files) {
                byte[] b = bytes(loader, FOLDER + "/" + file);
                if (b == null) {
                    dir.close();
                    return null;
                }
                try (IndexOutput out = dir.createOutput(file, IOContext.DEFAULT)) {
                    out.writeBytes(b, b.length);
                }
            }
            return new Loaded(dir, readSynonyms(synonyms));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled reference index", e);
        }
    }

    /**
     * CRC-32 and Adler-32 (both native, so cheap before the JIT has compiled anything) of everything the index is
     * made from. A check against a stale index after an edit, not a security measure.
     */
    static String fingerprint(ReferenceLibrary library, List<String> classNames, byte[][] classBytes) {
        CRC32 crc = new CRC32();
        Adler32 adler = new Adler32();
        java.util.function.Consumer<byte[]> update = b -> {
            crc.update(b);
            adler.update(b);
        };
        update.accept(("lucene " + Version.LATEST + "\njava " + Runtime.version().feature() + "\n")
                .getBytes(StandardCharsets.UTF_8));
        update.accept(library.toString().getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < classNames.size(); i++) {
            update.accept(("\n" + classNames.get(i) + "\n").getBytes(StandardCharsets.UTF_8));
            update.accept(classBytes[i]);
        }
        return String.format("%08x%08x", crc.getValue(), adler.getValue());
    }

    /** A synonym map as bytes: its horizontal context, its words in id order, then its FST. */
    static byte[] writeSynonyms(SynonymMap map) throws IOException {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        out.writeVInt(map.maxHorizontalContext);
        out.writeVInt(map.words.size());
        BytesRef word = new BytesRef();
        for (int id = 0; id < map.words.size(); id++) {
            map.words.get(id, word);
            out.writeVInt(word.length);
            out.writeBytes(word.bytes, word.offset, word.length);
        }
        out.writeByte((byte) (map.fst == null ? 0 : 1));
        if (map.fst != null) {
            map.fst.save(out, out);
        }
        return out.toArrayCopy();
    }

    static SynonymMap readSynonyms(byte[] bytes) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes);
        int context = in.readVInt();
        int count = in.readVInt();
        BytesRefHash words = new BytesRefHash();
        for (int id = 0; id < count; id++) {
            byte[] word = new byte[in.readVInt()];
            in.readBytes(word, 0, word.length);
            words.add(new BytesRef(word)); // ids are given in order of addition, as they were in the build
        }
        FST<BytesRef> fst = in.readByte() == 0 ? null
                : new FST<>(FST.readMetadata(in, ByteSequenceOutputs.getSingleton()), in);
        return new SynonymMap(fst, words, context);
    }

    private static byte[] bytes(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Build step (process-classes, after {@link ResourceListing}): analyses the bundled library found under
     * {@code args[0]} and writes the index files, the synonym map and {@code index.txt} into
     * {@code args[0]/irlint/index}.
     */
    public static void main(String[] args) throws IOException {
        Path classesDir = Path.of(args[0]);
        Path out = classesDir.resolve(FOLDER);
        if (Files.isDirectory(out)) {
            try (Stream<Path> old = Files.list(out)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(out);
        ReferenceLibrary library = ReferenceLibrary.load(List.of(), new ArrayList<>());
        List<String> classes;
        try (Stream<Path> list = Files.list(classesDir.resolve(PACKAGE))) {
            classes = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class")).sorted().toList();
        }
        byte[][] classBytes = new byte[classes.size()][];
        for (int i = 0; i < classes.size(); i++) {
            classBytes[i] = Files.readAllBytes(classesDir.resolve(PACKAGE).resolve(classes.get(i)));
        }
        StringBuilder listing = new StringBuilder("# Generated by the build (PrebuiltIndex); do not edit.\n");
        listing.append("fingerprint ").append(fingerprint(library, classes, classBytes)).append('\n');
        classes.forEach(c -> listing.append("class ").append(c).append('\n'));
        ReferenceAnalyzer.Vocabulary vocabulary = LuceneRelevance.vocabulary(library);
        Files.write(out.resolve(SYNONYMS), writeSynonyms(LuceneRelevance.synonyms(vocabulary, library)));
        listing.append("synonyms ").append(SYNONYMS).append('\n');
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            ReferenceIndex.write(library, ReferenceAnalyzer.forIndex(vocabulary), dir);
            for (String file : dir.listAll()) {
                try (IndexInput in = dir.openInput(file, IOContext.READONCE)) {
                    byte[] b = new byte[Math.toIntExact(in.length())];
                    in.readBytes(b, 0, b.length);
                    Files.write(out.resolve(file), b);
                }
                listing.append("file ").append(file).append('\n');
            }
        }
        Files.writeString(out.resolve("index.txt"), listing, StandardCharsets.UTF_8);
    }
}
