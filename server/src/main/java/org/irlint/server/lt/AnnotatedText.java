package org.irlint.server.lt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpStatus;
import org.irlint.server.http.ApiException;

/**
 * LanguageTool's {@code data} parameter: a document as text parts and markup parts. Markup is not checked (or is
 * checked as its {@code interpretAs}), but offsets point into the whole document, markup included, as in
 * LanguageTool, so a client can underline its own source.
 */
public final class AnnotatedText {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String plain;
    private final int[] starts;
    private final int[] ends;
    private final int documentLength;

    private AnnotatedText(String plain, int[] starts, int[] ends, int documentLength) {
        this.plain = plain;
        this.starts = starts;
        this.ends = ends;
        this.documentLength = documentLength;
    }

    /** Plain text: offsets map to themselves. */
    public static AnnotatedText plain(String text) {
        int[] s = new int[text.length()];
        int[] e = new int[text.length()];
        for (int i = 0; i < s.length; i++) {
            s[i] = i;
            e[i] = i + 1;
        }
        return new AnnotatedText(text, s, e, text.length());
    }

    public static AnnotatedText parse(String data) {
        JsonNode root;
        try {
            root = JSON.readTree(data);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw bad("The 'data' field is not valid JSON" + (at == null ? "" : " at column " + at.getColumnNr()) + ".");
        }
        JsonNode parts = root == null ? null : root.get("annotation");
        if (parts == null || !parts.isArray()) {
            throw bad("The 'data' field must be JSON like {\"annotation\": [{\"text\": \"…\"}, {\"markup\": \"<b>\"}]}.");
        }
        StringBuilder plain = new StringBuilder();
        int size = 0;
        for (JsonNode p : parts) {
            size += textOf(p, "text").length() + textOf(p, "interpretAs").length();
        }
        int[] s = new int[size];
        int[] e = new int[size];
        int doc = 0;
        for (int i = 0; i < parts.size(); i++) {
            JsonNode p = parts.get(i);
            String text = textOf(p, "text");
            String markup = textOf(p, "markup");
            if (p.has("text") == p.has("markup")) {
                throw bad("annotation[" + i + "] must have either \"text\" or \"markup\".");
            }
            if (!text.isEmpty()) {
                for (int k = 0; k < text.length(); k++) {
                    s[plain.length()] = doc + k;
                    e[plain.length()] = doc + k + 1;
                    plain.append(text.charAt(k));
                }
                doc += text.length();
            } else {
                String as = textOf(p, "interpretAs");
                for (int k = 0; k < as.length(); k++) {
                    s[plain.length()] = doc;
                    e[plain.length()] = doc + markup.length();
                    plain.append(as.charAt(k));
                }
                doc += markup.length();
            }
        }
        return new AnnotatedText(plain.toString(), s, e, doc);
    }

    private static String textOf(JsonNode part, String field) {
        JsonNode v = part.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        if (!v.isTextual()) {
            throw bad("In 'data', every \"" + field + "\" must be a string.");
        }
        return v.textValue();
    }

    /** What is checked: the text parts, with markup replaced by its interpretAs. */
    public String plain() {
        return plain;
    }

    /** The document offset of a span that starts at {@code offset} of {@link #plain()}. */
    public int documentStart(int offset) {
        return offset < starts.length ? starts[offset] : documentLength;
    }

    /** The document offset just after a span of {@link #plain()} that ends (exclusive) at {@code end}. */
    public int documentEnd(int start, int end) {
        if (end <= start) {
            return documentStart(start);
        }
        return ends[Math.min(end, ends.length) - 1];
    }

    private static ApiException bad(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, detail);
    }
}
