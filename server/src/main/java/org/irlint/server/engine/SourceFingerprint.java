package org.irlint.server.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Names, sizes and modification times of every watched file: polling this is cheap and, unlike a
 * WatchService, sees changes on network drives and through editors that replace files.
 */
record SourceFingerprint(List<String> entries) {

    static SourceFingerprint of(List<Path> files, List<Path> folders) {
        List<String> entries = new ArrayList<>();
        for (Path f : files) {
            entries.add(describe(f));
        }
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                entries.add(folder + " missing");
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile).sorted().forEach(p -> entries.add(describe(p)));
            } catch (IOException | RuntimeException e) {
                entries.add(folder + " unreadable");
            }
        }
        return new SourceFingerprint(List.copyOf(entries));
    }

    private static String describe(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return p + " " + a.size() + " " + a.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return p + " missing";
        }
    }
}
