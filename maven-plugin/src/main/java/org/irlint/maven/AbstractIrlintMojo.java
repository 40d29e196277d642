package org.irlint.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.irlint.core.Audience;
import org.irlint.core.Engine;
import org.irlint.core.rules.RuleFileException;
import org.irlint.core.rules.RuleInfo;
import org.irlint.maven.check.CheckRun;
import org.irlint.maven.check.PostChecker;
import org.irlint.maven.source.ContentReader;
import org.irlint.maven.source.ContentScanner;
import org.irlint.maven.suppress.Baseline;

/** What the check and baseline goals share: the configuration, building the engine once, and the run. */
abstract class AbstractIrlintMojo extends AbstractMojo {
    /** Tried in order when {@code sourceDirectories} is not set; the ones that exist are checked. */
    static final List<String> DEFAULT_SOURCE_DIRECTORIES = List.of("content", "src/posts", "posts");

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    MojoExecution mojoExecution;

    /** Folders holding the posts. Default: whichever of content/, src/posts/ and posts/ exist. */
    @Parameter(property = "irlint.sourceDirectories")
    List<File> sourceDirectories;

    /** Ant-style patterns of files to check, relative to each source directory. */
    @Parameter(property = "irlint.includes")
    List<String> includes;

    /** Ant-style patterns of files to leave out (added to target/, node_modules/, .git/ and the baseline). */
    @Parameter(property = "irlint.excludes")
    List<String> excludes;

    /** Encoding of the content files. */
    @Parameter(property = "irlint.encoding", defaultValue = "${project.build.sourceEncoding}")
    String encoding;

    /** Who reads the posts: public, patients, clinicians or trainees (front matter or a CSV column can say per post). */
    @Parameter(property = "irlint.audience", defaultValue = "public")
    String audience;

    /** Rule ids, categories ({@code reach}) or prefixes ({@code team.*}) switched off for every post. */
    @Parameter(property = "irlint.disabledRules")
    List<String> disabledRules;

    /** The team's own rule files (YAML), added to the bundled rules; a rule with a bundled id replaces it. */
    @Parameter(property = "irlint.ruleFiles")
    List<File> ruleFiles;

    /** Folders of Markdown reference documents indexed with the bundled IR material for relevance. */
    @Parameter(property = "irlint.referenceDirectories")
    List<File> referenceDirectories;

    /** Values never flagged: the clinic's booking line, the department's handle. */
    @Parameter(property = "irlint.allowlist")
    List<String> allowlist;

    /** Names of the CSV column or JSON/YAML field that holds a post, tried in order. */
    @Parameter(property = "irlint.messageFields", defaultValue = "text,message,post,tweet")
    List<String> messageFields;

    /** The baseline of accepted findings, made by the baseline goal. Default: irlint-baseline.json in the project folder. */
    @Parameter(property = "irlint.baseline")
    File baselineFile;

    /** Report paths are relative to this folder; SARIF needs the repository root. Default: the top-level project. */
    @Parameter(property = "irlint.rootDirectory")
    File rootDirectory;

    /** Threads checking posts (the engine is shared). Default: the machine's cores, at most 4. */
    @Parameter(property = "irlint.threads")
    Integer threads;

    @Parameter(property = "irlint.skip", defaultValue = "false")
    boolean skip;

    /** Runs the check and returns what it found, or null when there was nothing to do. */
    CheckRun check(Baseline baseline) throws MojoExecutionException {
        Path basedir = basedir();
        boolean configured = sourceDirectories != null && !sourceDirectories.isEmpty();
        List<File> dirs = new ArrayList<>();
        if (configured) {
            for (File f : sourceDirectories) {
                dirs.add(f.isAbsolute() ? f : basedir.resolve(f.getPath()).toFile());
            }
        } else {
            for (String d : DEFAULT_SOURCE_DIRECTORIES) {
                File f = basedir.resolve(d).toFile();
                if (f.isDirectory()) {
                    dirs.add(f);
                }
            }
            if (dirs.isEmpty()) {
                getLog().info("irlint: no content/, src/posts/ or posts/ folder in " + basedir
                        + "; nothing to check (set <sourceDirectories>)");
                return null;
            }
        }
        Audience defaultAudience;
        Charset charset;
        try {
            defaultAudience = Audience.fromId(audience);
            charset = ContentReader.charset(encoding);
        } catch (IllegalArgumentException e) {
            String what = e instanceof IllegalCharsetNameException || e instanceof UnsupportedCharsetException
                    ? "irlint: unknown encoding '" + encoding + "'" : "irlint: " + e.getMessage();
            throw new MojoExecutionException(what);
        }
        Engine engine = buildEngine();
        ContentScanner.Result found = ContentScanner.scan(dirs, includes, excludes, root(), configured);
        ContentReader reader = new ContentReader(charset, messageFields == null || messageFields.isEmpty()
                ? List.of("text", "message", "post", "tweet") : messageFields);
        int poolSize = threads != null && threads > 0 ? threads : Math.min(4, Runtime.getRuntime().availableProcessors());
        PostChecker checker = new PostChecker(engine, reader, defaultAudience, disabled(), poolSize);
        try {
            return checker.run(found.files(), found.problems(), baseline, new PostChecker.Progress() {
                @Override
                public void filesRead(int files, int posts) {
                    getLog().info("irlint: checking " + posts + " posts in " + files + " files with " + poolSize + " threads");
                }

                @Override
                public void checked(int done, int total) {
                    getLog().info("irlint: " + done + "/" + total + " posts checked");
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("irlint: interrupted");
        } catch (RuntimeException e) {
            // the class only: a library's message might quote what it was reading
            throw new MojoExecutionException("irlint: the check failed unexpectedly (" + e.getClass().getSimpleName()
                    + "); run with -e for details", e);
        }
    }

    private Engine buildEngine() throws MojoExecutionException {
        long started = System.nanoTime();
        try {
            Engine engine = Engine.builder()
                    .ruleFiles(paths(ruleFiles))
                    .referenceFolders(paths(referenceDirectories))
                    .allowlist(allowlist == null ? List.of() : allowlist)
                    .build(); // disabledRules go with each draft, so the catalogue still knows every rule
            for (String problem : engine.problems()) {
                getLog().warn("irlint: " + problem);
            }
            warnAboutUnknownRules(engine.rules());
            getLog().debug("irlint: engine ready in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            return engine;
        } catch (RuleFileException e) {
            throw new MojoExecutionException("irlint: " + e.getMessage(), e);
        }
    }

    private void warnAboutUnknownRules(List<RuleInfo> active) {
        Set<String> known = new HashSet<>();
        for (RuleInfo r : active) {
            known.add(r.category().id());
            known.add(r.id());
        }
        for (String d : disabled()) {
            String prefix = d.endsWith(".*") ? d.substring(0, d.length() - 1) : d + ".";
            boolean matches = known.contains(d) || known.stream().anyMatch(id -> id.startsWith(prefix));
            if (!matches) {
                getLog().warn("irlint: disabledRules names '" + d + "', which is no rule, category or prefix");
            }
        }
    }

    private List<Path> paths(List<File> files) {
        List<Path> out = new ArrayList<>();
        if (files != null) {
            Path basedir = basedir();
            for (File f : files) {
                out.add(f.isAbsolute() ? f.toPath() : basedir.resolve(f.getPath()));
            }
        }
        return out;
    }

    Set<String> disabled() {
        Set<String> out = new HashSet<>();
        if (disabledRules != null) {
            for (String s : disabledRules) {
                if (s != null && !s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    Path root() {
        if (rootDirectory != null) {
            return rootDirectory.toPath();
        }
        MavenProject top = session == null ? null : session.getTopLevelProject();
        return top != null && top.getBasedir() != null ? top.getBasedir().toPath() : basedir();
    }

    /** The project folder, or the current folder when irlint runs without a POM. */
    Path basedir() {
        if (project != null && project.getBasedir() != null) {
            return project.getBasedir().toPath();
        }
        if (session != null && session.getRequest() != null && session.getRequest().getBaseDirectory() != null) {
            return Path.of(session.getRequest().getBaseDirectory());
        }
        return Path.of("").toAbsolutePath();
    }

    Path baselinePath() {
        if (baselineFile == null) {
            return basedir().resolve("irlint-baseline.json");
        }
        return baselineFile.isAbsolute() ? baselineFile.toPath() : basedir().resolve(baselineFile.getPath());
    }

    String toolVersion() {
        String v = mojoExecution == null ? null : mojoExecution.getVersion();
        return v == null ? "unknown" : v;
    }

    Baseline readBaseline() throws MojoExecutionException {
        try {
            return Baseline.read(baselinePath());
        } catch (IOException e) {
            throw new MojoExecutionException("irlint: " + e.getMessage(), e);
        }
    }

    static MojoFailureException failure(String message) {
        return new MojoFailureException(message);
    }
}
