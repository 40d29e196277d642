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
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.util.Version;
import org.irlint.core.rules.ResourceLoader;

/**
 * The Lucene index of the bundled library, written by the build into {@code irlint/index/} so that an engine
 * reads it instead of indexing the same ~850 KB of text at every start (about half a second of CPU, plus the
 * JIT compiling Lucene's indexing chain on the way, where a server has two cores to start on).
 *
 * <p>It is used only for exactly the library and code it was written from: {@code index.txt} records a
 * fingerprint of the library's content, of this package's compiled classes (the analyzers and the index layout
 * live here), of the Lucene version and of the Java feature release. Anything else (the user's reference folders,
 * resources or analyzers changed since the build, an IDE run without the build step) indexes afresh as before.
 */
final class PrebuiltIndex {
    static final String FOLDER = "irlint/index";
    static final String LISTING = FOLDER + "/index.txt";
    private static final String PACKAGE = PrebuiltIndex.class.getPackageName().replace('.', '/');

    private PrebuiltIndex() {
    }

    /** The prebuilt index as an in-memory directory when it was written for {@code library}, else null. */
    static Directory load(ReferenceLibrary library) {
        ClassLoader loader = PrebuiltIndex.class.getClassLoader();
        if (loader.getResource(LISTING) == null) {
            return null;
        }
        String recorded = null;
        List<String> classes = new ArrayList<>();
        List<String> files = new ArrayList<>();
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
        if (!fingerprint(library, classes, classBytes).equals(recorded)) {
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
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled reference index", e);
        }
        return dir;
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

    private static byte[] bytes(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Build step (process-classes, after {@link ResourceListing}): indexes the bundled library found under
     * {@code args[0]} and writes the index files and {@code index.txt} into {@code args[0]/irlint/index}.
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
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            ReferenceIndex.write(library, ReferenceAnalyzer.forIndex(LuceneRelevance.vocabulary(library)), dir);
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
