package org.irlint.core.professionalism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.irlint.core.Draft;
import org.irlint.core.Engine;
import org.irlint.core.report.Category;
import org.irlint.core.report.Finding;
import org.irlint.core.report.Report;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Post-level checks of the bundled professionalism rules against drafts written for this purpose: each
 * unprofessional one must be flagged by some rule (not only the one written for it), and no hard negative
 * may be flagged by any rule. This catches a rule that silences another, or a new term that fires on
 * clinical language, which per-rule examples cannot.
 */
class ProfessionalismPhrasingTest {
    private static final Engine ENGINE = Engine.withDefaults();

    @TestFactory
    Stream<DynamicTest> everyUnprofessionalDraftIsFlagged() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : lines("unprofessional.tsv")) {
            String[] parts = line.split("\t", 2);
            tests.add(DynamicTest.dynamicTest(parts[0] + ": " + parts[1], () -> {
                Report report = ENGINE.check(Draft.of(parts[1]));
                assertTrue(report.flagged(Category.PROFESSIONALISM), "not flagged (" + parts[0] + "): " + parts[1]);
                for (Finding f : report.findings(Category.PROFESSIONALISM)) {
                    assertTrue(f.offset() >= 0 && f.end() <= parts[1].length(), "span out of range: " + f);
                }
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> noHardNegativeIsFlagged() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String text : lines("acceptable.txt")) {
            tests.add(DynamicTest.dynamicTest(text, () -> {
                List<String> hits = ENGINE.check(Draft.of(text)).findings(Category.PROFESSIONALISM).stream()
                        .map(f -> f.ruleId() + " '" + text.substring(f.offset(), f.end()) + "'").toList();
                assertEquals(List.of(), hits, "flagged: " + text);
            }));
        }
        return tests.stream();
    }

    private static List<String> lines(String name) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = ProfessionalismPhrasingTest.class.getResourceAsStream("/professionalism/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource professionalism/" + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        }
        assertTrue(out.size() >= 20, "too few drafts in " + name + " to mean anything");
        return out;
    }
}
