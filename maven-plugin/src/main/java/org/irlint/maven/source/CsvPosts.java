package org.irlint.maven.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.irlint.core.Audience;

/**
 * CSV as bulk schedulers import it: a header row, then one post per row in the column named like a message
 * ({@code text}, {@code message}, {@code post}, {@code tweet}, configurable). The delimiter is whichever of
 * comma, semicolon or tab the header uses most. An {@code audience} column, when present, sets each row's
 * audience.
 *
 * <p>Hand-written on purpose: the CSV libraries return cell values but not where each character of a quoted
 * cell sits in the file, and a finding must point at the file's own line and column.
 */
final class CsvPosts {
    private CsvPosts() {
    }

    /** A cell: its raw extent in the file and whether it was quoted. */
    private record Cell(int start, int end, boolean quoted) {
    }

    private record Row(int line, List<Cell> cells) {
    }

    static ParsedFile read(ContentFile file, List<String> messageFields) {
        String text = file.text();
        List<InputProblem> problems = new ArrayList<>();
        char delimiter = delimiter(text);
        List<Row> rows = rows(file, delimiter, problems);
        List<Post> posts = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(InputProblem.warning(file.relativePath(), 0, 0, "empty CSV file: no header, no posts"));
            return new ParsedFile(file, posts, problems);
        }
        List<String> header = new ArrayList<>();
        for (Cell c : rows.get(0).cells()) {
            header.add(value(text, c).strip().toLowerCase(Locale.ROOT));
        }
        int column = -1;
        for (String name : messageFields) {
            column = header.indexOf(name.strip().toLowerCase(Locale.ROOT));
            if (column >= 0) {
                break;
            }
        }
        if (column < 0) {
            problems.add(InputProblem.error(file.relativePath(), rows.get(0).line(), 0,
                    "no message column in the header (looked for " + String.join(", ", messageFields)
                            + "); name the column or set messageFields"));
            return new ParsedFile(file, posts, problems);
        }
        int audienceColumn = header.indexOf("audience");
        for (int r = 1; r < rows.size(); r++) {
            Row row = rows.get(r);
            if (row.cells().size() == 1 && row.cells().get(0).start() == row.cells().get(0).end()) {
                continue; // a blank line
            }
            if (column >= row.cells().size()) {
                problems.add(InputProblem.error(file.relativePath(), row.line(), 0, "row has " + row.cells().size()
                        + " fields but the message column is field " + (column + 1) + "; the row is skipped"));
                continue;
            }
            Audience audience = null;
            if (audienceColumn >= 0 && audienceColumn < row.cells().size()) {
                String a = value(text, row.cells().get(audienceColumn)).strip();
                if (!a.isEmpty()) {
                    try {
                        audience = Audience.fromId(a);
                    } catch (IllegalArgumentException e) {
                        problems.add(InputProblem.warning(file.relativePath(), row.line(), 0,
                                e.getMessage() + "; using the configured audience"));
                    }
                }
            }
            PostTextBuilder b = new PostTextBuilder();
            append(text, row.cells().get(column), b);
            if (!b.isBlank()) {
                posts.add(b.build(file, posts.size() + 1, audience));
            }
        }
        return new ParsedFile(file, posts, problems);
    }

    private static char delimiter(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        if (tab > comma && tab >= semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }

    /** RFC 4180 records; a malformed quote is reported with its line, and reading stops only when it must. */
    private static List<Row> rows(ContentFile file, char delimiter, List<InputProblem> problems) {
        String text = file.text();
        List<Row> rows = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int rowLine = file.lines().lineOf(i);
            List<Cell> cells = new ArrayList<>();
            boolean endOfRow = false;
            while (!endOfRow) {
                int start = i;
                if (i < n && text.charAt(i) == '"') {
                    int j = i + 1;
                    while (true) {
                        if (j >= n) {
                            Position at = file.position(start);
                            problems.add(InputProblem.error(file.relativePath(), at.line(), at.column(),
                                    "quoted field is never closed; the rest of the file is not read"));
                            return rows;
                        }
                        if (text.charAt(j) == '"') {
                            if (j + 1 < n && text.charAt(j + 1) == '"') {
                                j += 2;
                                continue;
                            }
                            break;
                        }
                        j++;
                    }
                    int afterQuote = j + 1;
                    int k = afterQuote;
                    while (k < n && text.charAt(k) != delimiter && text.charAt(k) != '\n' && text.charAt(k) != '\r') {
                        k++;
                    }
                    if (k > afterQuote) {
                        Position at = file.position(afterQuote);
                        problems.add(InputProblem.warning(file.relativePath(), at.line(), at.column(),
                                "text after a closing quote is ignored (quote the whole field, doubling inner quotes)"));
                    }
                    cells.add(new Cell(start, afterQuote, true));
                    i = k;
                } else {
                    while (i < n && text.charAt(i) != delimiter && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        i++;
                    }
                    cells.add(new Cell(start, i, false));
                }
                if (i < n && text.charAt(i) == delimiter) {
                    i++;
                } else {
                    if (i < n && text.charAt(i) == '\r') {
                        i++;
                    }
                    if (i < n && text.charAt(i) == '\n') {
                        i++;
                    }
                    endOfRow = true;
                }
            }
            rows.add(new Row(rowLine, cells));
        }
        return rows;
    }

    private static String value(String text, Cell c) {
        PostTextBuilder b = new PostTextBuilder();
        append(text, c, b);
        return b.build(null, 0, null).text();
    }

    private static void append(String text, Cell c, PostTextBuilder b) {
        if (!c.quoted()) {
            b.appendRange(text, c.start(), c.end());
            return;
        }
        int end = c.end() - 1; // the closing quote
        for (int i = c.start() + 1; i < end; i++) {
            b.append(text.charAt(i), i);
            if (text.charAt(i) == '"') {
                i++; // "" is one quote, mapped to the first
            }
        }
    }
}
