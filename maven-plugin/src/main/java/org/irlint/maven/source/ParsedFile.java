package org.irlint.maven.source;

import java.util.List;

/** The posts a file holds and the problems met reading it (a file can have both: the good part is checked). */
public record ParsedFile(ContentFile file, List<Post> posts, List<InputProblem> problems) {
    public ParsedFile {
        posts = List.copyOf(posts);
        problems = List.copyOf(problems);
    }
}
