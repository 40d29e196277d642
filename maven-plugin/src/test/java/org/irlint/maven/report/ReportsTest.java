package org.irlint.maven.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.irlint.maven.check.CheckRun;
import org.irlint.maven.testing.SarifValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path root;
    static CheckRun run;
    static Verdicts verdicts = new Verdicts(FailOn.ERROR, null);

    @BeforeAll
    static void check() throws Exception {
        run = Fixtures.sample(root);
    }

    @Test
    void sarifIsValidAndPointsAtTheFilesOwnColumns() throws Exception {
        Path f = root.resolve("out.sarif");
        SarifReport.write(f, run, "test");
        assertEquals(List.of(), SarifValidator.errors(f));
        JsonNode results = JSON.readTree(f.toFile()).at("/runs/0/results");
        JsonNode ref = null;
        for (JsonNode r : results) {
            if (r.at("/ruleId").asText().equals("team.booking-ref") && r.at("/locations/0/physicalLocation/artifactLocation/uri").asText().equals("content/week.md")) {
                ref = r;
            }
        }
        assertTrue(ref != null, "the booking reference in week.md is reported");
        JsonNode region = ref.at("/locations/0/physicalLocation/region");
        assertEquals(2, region.at("/startLine").asInt());
        assertEquals("Follow-up booked, ref ".length() + 1, region.at("/startColumn").asInt());
        assertEquals("Follow-up booked, ref ".length() + 1 + Fixtures.REF_1.length(), region.at("/endColumn").asInt());
        assertEquals("error", ref.at("/level").asText());
        assertFalse(ref.at("/partialFingerprints/" + SarifReport.FINGERPRINT_KEY.replace("/", "~1")).asText().isEmpty());
        JsonNode rules = JSON.readTree(f.toFile()).at("/runs/0/tool/driver/rules");
        assertEquals("team.booking-ref", rules.get(ref.at("/ruleIndex").asInt()).at("/id").asText());
    }

    @Test
    void theSchemaRejectsWhatGithubWouldReject() throws Exception {
        Path f = root.resolve("broken.sarif");
        SarifReport.write(f, run, "test");
        com.fasterxml.jackson.databind.node.ObjectNode doc = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(f.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.at("/runs/0/results/0/locations/0/physicalLocation/region")).put("startLine", 0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.at("/runs/0/results/0")).put("level", "fatal");
        assertEquals(2, SarifValidator.errors(doc).size(), "a schema that cannot fail proves nothing");
    }

    @Test
    void csvFindingsPointIntoTheQuotedCell() throws Exception {
        Path f = root.resolve("csv.json");
        JsonReport.write(f, run, verdicts, "test");
        JsonNode doc = JSON.readTree(f.toFile());
        JsonNode csv = null;
        for (JsonNode file : doc.at("/files")) {
            if (file.at("/path").asText().equals("content/sched.csv")) {
                csv = file;
            }
        }
        JsonNode finding = null;
        for (JsonNode x : csv.at("/posts/0/findings")) {
            if (x.at("/ruleId").asText().equals("team.booking-ref")) {
                finding = x;
            }
        }
        assertEquals(2, finding.at("/line").asInt());
        String line = "1,\"Call us, \"\"ref\"\" ";
        assertEquals(line.length() + 1, finding.at("/column").asInt());
        assertEquals("Call us, \"ref\" ".length(), finding.at("/offset").asInt(), "offset stays the engine's, in the post");
    }

    @Test
    void reportsThatLeaveTheMachineNeverHoldThePlantedIdentifiers() throws Exception {
        Path json = root.resolve("leak.json");
        Path sarif = root.resolve("leak.sarif");
        Path junit = root.resolve("leak.xml");
        JsonReport.write(json, run, verdicts, "test");
        SarifReport.write(sarif, run, "test");
        JunitReport.write(junit, run, verdicts);
        for (Path p : List.of(json, sarif, junit)) {
            String text = Files.readString(p);
            for (String secret : Fixtures.planted()) {
                assertFalse(text.contains(secret), p.getFileName() + " leaks a planted identifier");
            }
            assertTrue(text.contains("team.booking-ref"), "the finding itself is reported");
        }
    }

    @Test
    void htmlShowsTheSpanOnlyMasked() throws Exception {
        Path html = root.resolve("r.html");
        HtmlReport.write(html, run, verdicts, "test");
        String text = Files.readString(html);
        for (String secret : Fixtures.planted()) {
            assertFalse(text.contains(secret));
        }
        assertTrue(text.contains("••••913"));
        assertTrue(text.contains("frequent flyer"), "non-privacy spans are shown as written");
        assertFalse(text.contains("<script"), "self-contained and inert");
    }

    @Test
    void junitHasOneCasePerPostAndParses() throws Exception {
        Path junit = root.resolve("TEST-irlint.xml");
        JunitReport.write(junit, run, verdicts);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        NodeList cases = doc.getElementsByTagName("testcase");
        List<String> names = new ArrayList<>();
        int failures = 0;
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            names.add(c.getAttribute("classname") + "|" + c.getAttribute("name"));
            failures += c.getElementsByTagName("failure").getLength();
        }
        // week.md: 2 posts; sched.csv: 2 posts; broken.json: 1 post before the error + the file case
        assertEquals(6, cases.getLength(), names.toString());
        assertTrue(names.contains("content/week.md|post 1 (line 2)"));
        assertTrue(names.contains("content/broken.json|file"));
        assertEquals(2, failures, "the two posts with booking references fail; the slang warning does not");
        Element root = doc.getDocumentElement();
        assertEquals("2", root.getAttribute("failures"));
        assertEquals("1", root.getAttribute("errors"));
    }

    @Test
    void consoleLinesLookLikeACompilersAndCarryNoIdentifier() {
        List<String> lines = new ArrayList<>();
        Console c = new Console() {
            public void error(String l) { lines.add("E " + l); }
            public void warn(String l) { lines.add("W " + l); }
            public void info(String l) { lines.add("I " + l); }
            public void debug(String l) { lines.add("D " + l); }
        };
        new ConsoleReport(c, false).write(run, verdicts);
        assertTrue(lines.contains("E content/week.md:2:23: error team.booking-ref Booking reference ••••913 identifies a patient; remove it."), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("W content/week.md:6:3: warning team.slang")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("E content/broken.json:2:")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("I content/week.md:2: post 1 score")), lines.toString());
        java.util.regex.Matcher privacy = java.util.regex.Pattern.compile("privacy (\\d+)E/").matcher(String.join("\n", lines));
        assertTrue(privacy.find() && Integer.parseInt(privacy.group(1)) >= 2, "the summary counts both booking references");
        for (String l : lines) {
            for (String secret : Fixtures.planted()) {
                assertFalse(l.contains(secret));
            }
        }
    }

    @Test
    void failOnDecidesWhatFailsTheBuild() {
        assertEquals(2, new Verdicts(FailOn.ERROR, null).reasons(run).size(), "the booking references and the broken file");
        assertEquals(0, new Verdicts(FailOn.NEVER, 100).reasons(run).size());
        List<String> strict = new Verdicts(FailOn.WARNING, 99).reasons(run);
        long flagging = run.posts().stream().flatMap(p -> p.counted().stream())
                .filter(f -> f.finding().severity().flags()).count();
        assertTrue(flagging > 2, "the slang warning counts too");
        assertTrue(strict.get(0).startsWith(flagging + " findings"), strict.toString());
        assertTrue(strict.stream().anyMatch(r -> r.contains("below minScore=99")), strict.toString());
    }
}
