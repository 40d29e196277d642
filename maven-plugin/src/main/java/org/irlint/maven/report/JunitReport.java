package org.irlint.maven.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.irlint.maven.check.CheckRun;
import org.irlint.maven.check.CheckedPost;
import org.irlint.maven.check.LocatedFinding;
import org.irlint.maven.source.InputProblem;

/**
 * JUnit XML for CI test tabs: one test suite per file, one test case per post (named by number and line, never
 * by its text). A post fails when it would fail the build ({@code failOn}, {@code minScore}); a file irlint
 * could not read is a test case in error. Other findings are listed in the case's output.
 */
public final class JunitReport {

    public static void write(Path file, CheckRun run, Verdicts verdicts) throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            write(x, run, verdicts);
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    private static void write(XMLStreamWriter x, CheckRun run, Verdicts verdicts) throws XMLStreamException {
        Map<String, List<CheckedPost>> byFile = new LinkedHashMap<>();
        Map<String, List<InputProblem>> problems = new LinkedHashMap<>();
        for (String f : run.files()) {
            byFile.put(f, new ArrayList<>());
        }
        for (CheckedPost p : run.posts()) {
            byFile.computeIfAbsent(p.post().file().relativePath(), k -> new ArrayList<>()).add(p);
        }
        for (InputProblem p : run.problems()) {
            byFile.computeIfAbsent(p.file(), k -> new ArrayList<>());
            problems.computeIfAbsent(p.file(), k -> new ArrayList<>()).add(p);
        }
        int tests = 0;
        int failures = 0;
        int errors = 0;
        for (var e : byFile.entrySet()) {
            tests += e.getValue().size() + (problems.containsKey(e.getKey()) ? 1 : 0);
            failures += (int) e.getValue().stream().filter(verdicts::fails).count();
            errors += problems.getOrDefault(e.getKey(), List.of()).stream().anyMatch(verdicts::fails) ? 1 : 0;
        }
        x.writeStartDocument("UTF-8", "1.0");
        x.writeCharacters("\n");
        x.writeStartElement("testsuites");
        x.writeAttribute("name", "irlint");
        x.writeAttribute("tests", String.valueOf(tests));
        x.writeAttribute("failures", String.valueOf(failures));
        x.writeAttribute("errors", String.valueOf(errors));
        x.writeAttribute("time", seconds(run.millis()));
        for (var e : byFile.entrySet()) {
            String file = e.getKey();
            List<CheckedPost> posts = e.getValue();
            List<InputProblem> fileProblems = problems.getOrDefault(file, List.of());
            x.writeCharacters("\n  ");
            x.writeStartElement("testsuite");
            x.writeAttribute("name", file);
            x.writeAttribute("tests", String.valueOf(posts.size() + (fileProblems.isEmpty() ? 0 : 1)));
            x.writeAttribute("failures", String.valueOf(posts.stream().filter(verdicts::fails).count()));
            x.writeAttribute("errors", fileProblems.stream().anyMatch(verdicts::fails) ? "1" : "0");
            x.writeAttribute("skipped", "0");
            if (!fileProblems.isEmpty()) {
                testCase(x, file, "file");
                StringBuilder text = new StringBuilder();
                for (InputProblem p : fileProblems) {
                    text.append(p.where()).append(": ").append(p.severity().id()).append(' ').append(p.message()).append('\n');
                }
                boolean fails = fileProblems.stream().anyMatch(verdicts::fails);
                x.writeStartElement(fails ? "error" : "system-out");
                if (fails) {
                    x.writeAttribute("type", InputProblem.RULE_ID);
                    x.writeAttribute("message", fileProblems.get(0).message());
                }
                x.writeCharacters(clean(text.toString()));
                x.writeEndElement();
                x.writeEndElement();
            }
            for (CheckedPost p : posts) {
                testCase(x, file, p.post().label());
                Redactor redactor = Redactor.forPost(p);
                List<LocatedFinding> failing = verdicts.failingFindings(p);
                if (verdicts.fails(p)) {
                    x.writeStartElement("failure");
                    x.writeAttribute("type", failing.isEmpty() ? "irlint.minScore" : failing.get(0).finding().ruleId());
                    x.writeAttribute("message", failing.isEmpty()
                            ? "score " + p.score() + " is below minScore " + verdicts.minScore()
                            : Tally.plural(failing.size(), "finding") + ", score " + p.score() + " (" + p.verdict().id() + ")");
                    x.writeCharacters(clean(lines(p, failing, redactor)));
                    x.writeEndElement();
                }
                x.writeStartElement("system-out");
                x.writeCharacters(clean("score " + p.score() + " (" + p.verdict().id() + ")\n" + lines(p, p.counted(), redactor)));
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeCharacters("\n  ");
            x.writeEndElement();
        }
        x.writeCharacters("\n");
        x.writeEndElement();
        x.writeEndDocument();
    }

    private static void testCase(XMLStreamWriter x, String file, String name) throws XMLStreamException {
        x.writeCharacters("\n    ");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", file);
        x.writeAttribute("name", name);
        x.writeAttribute("time", "0");
    }

    private static String lines(CheckedPost p, List<LocatedFinding> findings, Redactor redactor) {
        StringBuilder b = new StringBuilder();
        for (LocatedFinding f : findings) {
            b.append(p.post().file().relativePath()).append(':').append(f.start().line()).append(':').append(f.start().column())
                    .append(": ").append(f.finding().severity().id()).append(' ').append(f.finding().ruleId()).append(' ')
                    .append(redactor.scrub(f.finding().message())).append('\n');
        }
        return b.toString();
    }

    /** XML 1.0 cannot hold most control characters, whatever a rule message contains. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c < 0x20 && c != '\n' && c != '\t' && c != '\r' ? ' ' : c);
        }
        return b.toString();
    }

    private static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%.3f", millis / 1000.0);
    }

    private JunitReport() {
    }
}
