package org.irlint.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.irlint.maven.check.CheckRun;
import org.irlint.maven.report.Console;
import org.irlint.maven.report.ConsoleReport;
import org.irlint.maven.report.FailOn;
import org.irlint.maven.report.HtmlReport;
import org.irlint.maven.report.JsonReport;
import org.irlint.maven.report.JunitReport;
import org.irlint.maven.report.ReportFormat;
import org.irlint.maven.report.SarifReport;
import org.irlint.maven.report.Verdicts;

/**
 * Checks every post in the content folders and fails the build when one would leak patient data or breaks
 * the team's rules ({@code failOn}, {@code minScore}). Runs the engine in-process: no server, no network.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractIrlintMojo {

    /** What fails the build: error, warning (errors and warnings) or never. */
    @Parameter(property = "irlint.failOn", defaultValue = "error")
    String failOn;

    /** Fail when a post scores below this (0–100); off when unset. */
    @Parameter(property = "irlint.minScore")
    Integer minScore;

    /** Reports to write: console, json, sarif, junit, html. */
    @Parameter(property = "irlint.formats", defaultValue = "console,json,sarif,junit,html")
    List<String> formats;

    /** Where the reports go. Default: target/irlint. */
    @Parameter(property = "irlint.outputDirectory")
    File outputDirectory;

    /** List every post's score on the console, not only the flagged ones. */
    @Parameter(property = "irlint.verbose", defaultValue = "false")
    boolean verbose;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("irlint: skipped (irlint.skip)");
            return;
        }
        Verdicts verdicts;
        Set<ReportFormat> wanted = new LinkedHashSet<>();
        try {
            verdicts = new Verdicts(FailOn.of(failOn), minScore);
            for (String f : formats == null ? List.<String>of() : formats) {
                if (f != null && !f.isBlank()) {
                    wanted.add(ReportFormat.of(f));
                }
            }
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("irlint: " + e.getMessage());
        }
        if (minScore != null && (minScore < 0 || minScore > 100)) {
            throw new MojoExecutionException("irlint: minScore is " + minScore + "; use a score from 0 to 100");
        }
        CheckRun run = check(readBaseline());
        if (run == null) {
            return;
        }
        if (wanted.contains(ReportFormat.CONSOLE)) {
            new ConsoleReport(console(getLog()), verbose).write(run, verdicts);
        }
        List<Path> written = writeReports(run, verdicts, wanted);
        if (!written.isEmpty()) {
            getLog().info("irlint: reports in " + outputDirectory() + " (" + String.join(", ",
                    written.stream().map(p -> p.getFileName().toString()).toList()) + ")");
        }
        List<String> reasons = verdicts.reasons(run);
        if (!reasons.isEmpty()) {
            String where = written.stream().filter(p -> p.toString().endsWith(".html")).findFirst()
                    .map(p -> "; see " + p).orElse("");
            throw failure("irlint: " + String.join("; ", reasons) + where);
        }
    }

    private List<Path> writeReports(CheckRun run, Verdicts verdicts, Set<ReportFormat> wanted) throws MojoExecutionException {
        List<Path> written = new ArrayList<>();
        Path dir = outputDirectory();
        try {
            if (wanted.stream().anyMatch(f -> f != ReportFormat.CONSOLE)) {
                Files.createDirectories(dir);
            }
            for (ReportFormat f : wanted) {
                if (f == ReportFormat.CONSOLE) {
                    continue;
                }
                Path file = dir.resolve(f.fileName());
                switch (f) {
                    case JSON -> JsonReport.write(file, run, verdicts, toolVersion());
                    case SARIF -> SarifReport.write(file, run, toolVersion());
                    case JUNIT -> JunitReport.write(file, run, verdicts);
                    case HTML -> HtmlReport.write(file, run, verdicts, toolVersion());
                    default -> {
                    }
                }
                written.add(file);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("irlint: cannot write reports to " + dir + ": " + e.getMessage(), e);
        }
        return written;
    }

    private Path outputDirectory() {
        if (outputDirectory != null) {
            return outputDirectory.isAbsolute() ? outputDirectory.toPath() : basedir().resolve(outputDirectory.getPath());
        }
        String build = project == null || project.getBuild() == null ? null : project.getBuild().getDirectory();
        Path target = build != null && !build.contains("${") ? Path.of(build) : basedir().resolve("target");
        return target.resolve("irlint");
    }

    static Console console(Log log) {
        return new Console() {
            @Override
            public void error(String line) {
                log.error(line);
            }

            @Override
            public void warn(String line) {
                log.warn(line);
            }

            @Override
            public void info(String line) {
                log.info(line);
            }

            @Override
            public void debug(String line) {
                log.debug(line);
            }
        };
    }
}
