package org.irlint.maven.source;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.codehaus.plexus.util.DirectoryScanner;

/** Finds the content files: Ant-style includes and excludes under each source directory, in a stable order. */
public final class ContentScanner {
    public static final List<String> DEFAULT_INCLUDES = List.of(
            "**/*.md", "**/*.markdown", "**/*.txt", "**/*.csv", "**/*.json", "**/*.yml", "**/*.yaml");
    /** Build output, dependencies and irlint's own files are never posts. */
    public static final List<String> DEFAULT_EXCLUDES = List.of(
            "**/target/**", "**/node_modules/**", "**/.git/**", "**/irlint-baseline.json", "**/package.json",
            "**/package-lock.json");

    /** A file to check: where it is, and the path reports show (relative to {@code relativeTo}). */
    public record Found(Path path, String relativePath) {
    }

    public record Result(List<Found> files, List<InputProblem> problems) {
    }

    public static Result scan(List<File> directories, List<String> includes, List<String> excludes, Path relativeTo,
                              boolean directoriesWereConfigured) {
        List<Found> found = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (File dir : directories) {
            Path d = dir.toPath();
            if (!Files.isDirectory(d)) {
                if (directoriesWereConfigured) {
                    problems.add(InputProblem.warning(relativize(relativeTo, d), 0, 0,
                            "source directory does not exist (check <sourceDirectories>)"));
                }
                continue;
            }
            DirectoryScanner scanner = new DirectoryScanner();
            scanner.setBasedir(dir);
            scanner.setIncludes((includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : includes).toArray(String[]::new));
            List<String> ex = new ArrayList<>(DEFAULT_EXCLUDES);
            if (excludes != null) {
                ex.addAll(excludes);
            }
            scanner.setExcludes(ex.toArray(String[]::new));
            scanner.setCaseSensitive(false);
            scanner.scan();
            String[] names = scanner.getIncludedFiles();
            java.util.Arrays.sort(names);
            for (String name : names) {
                Path p = d.resolve(name);
                found.add(new Found(p, relativize(relativeTo, p)));
            }
        }
        return new Result(found, problems);
    }

    static String relativize(Path base, Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path b = base.toAbsolutePath().normalize();
        String s = abs.startsWith(b) ? b.relativize(abs).toString() : abs.toString();
        return s.replace(File.separatorChar, '/');
    }
}
