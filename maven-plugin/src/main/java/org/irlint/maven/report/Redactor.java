package org.irlint.maven.report;

import java.util.ArrayList;
import java.util.List;
import org.irlint.core.report.Category;
import org.irlint.core.report.Finding;
import org.irlint.core.text.Mask;
import org.irlint.maven.check.CheckedPost;
import org.irlint.maven.check.LocatedFinding;

/**
 * The last guard before a report leaves the machine (JSON, SARIF, JUnit): the engine already masks the
 * identifier in privacy messages, but a message from any rule must not carry the text of a privacy span of
 * the same post, whatever a rule author wrote. Replaces every such text with its mask.
 */
final class Redactor {
    private final List<String> secrets;

    private Redactor(List<String> secrets) {
        this.secrets = secrets;
    }

    static Redactor forPost(CheckedPost post) {
        List<String> secrets = new ArrayList<>();
        for (LocatedFinding lf : post.findings()) {
            Finding f = lf.finding();
            if (f.category() == Category.PRIVACY && f.length() >= 2) {
                secrets.add(post.post().text().substring(f.offset(), f.end()).strip());
            }
        }
        secrets.sort((a, b) -> b.length() - a.length()); // longest first, so a part never unmasks a whole
        return new Redactor(secrets);
    }

    String scrub(String s) {
        if (s == null || secrets.isEmpty()) {
            return s;
        }
        String out = s;
        for (String secret : secrets) {
            if (!secret.isEmpty() && out.contains(secret)) {
                out = out.replace(secret, Mask.of(secret));
            }
        }
        return out;
    }

    List<String> scrub(List<String> list) {
        return list.stream().map(this::scrub).toList();
    }
}
