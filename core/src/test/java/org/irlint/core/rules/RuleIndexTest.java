package org.irlint.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A rule file added to resources but not to index.txt would silently never run. */
class RuleIndexTest {
    @Test
    void indexListsEveryBundledRuleFile() throws IOException {
        Path dir = Path.of("src/main/resources/irlint/rules");
        Set<String> onDisk;
        try (Stream<Path> files = Files.list(dir)) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml") || n.endsWith(".yaml"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> listed = Files.readAllLines(dir.resolve("index.txt")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(onDisk, listed, "irlint/rules/index.txt must list exactly the .yml files beside it");
    }
}
