package org.irlint.server.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.irlint.core.Attachment;
import org.irlint.core.Audience;
import org.irlint.core.Draft;
import org.irlint.server.http.ApiException;

/**
 * Reads the contract's request body into a {@link Draft}. It parses the JSON itself rather than letting the
 * framework bind it, because a parser's own error message quotes the offending token, which may be a piece of
 * the draft; the errors here say what and where (line and column), never what was written.
 */
public final class CheckRequestParser {
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build()).build());

    private final int maxTextLength;

    public CheckRequestParser(int maxTextLength) {
        this.maxTextLength = maxTextLength;
    }

    public Draft parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw bad("The request body is empty. Send JSON like {\"text\": \"your post\"}.");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw bad("The request body is not valid JSON" + where + ".");
        } catch (IOException e) {
            throw bad("The request body could not be read.");
        }
        if (root == null || !root.isObject()) {
            throw bad("The request body must be a JSON object like {\"text\": \"your post\"}.");
        }
        JsonNode text = root.get("text");
        if (text == null || text.isNull()) {
            throw bad("The field 'text' is missing: send the post to check as {\"text\": \"…\"}.");
        }
        if (!text.isTextual()) {
            throw bad("The field 'text' must be a string.");
        }
        String value = text.textValue();
        if (value.isBlank()) {
            throw bad("The field 'text' is empty: there is nothing to check.");
        }
        checkLength(value, maxTextLength);
        return new Draft(value, audience(root.get("audience")), disabledRules(root.get("disabledRules")),
                attachments(root.get("attachments")));
    }

    static void checkLength(String text, int maxTextLength) {
        if (text.length() > maxTextLength) {
            throw new ApiException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "The text is " + text.length()
                    + " characters long; this server checks at most " + maxTextLength + ".");
        }
    }

    static Audience audience(JsonNode node) {
        if (node == null || node.isNull()) {
            return Audience.PUBLIC;
        }
        if (!node.isTextual()) {
            throw bad("The field 'audience' must be a string: public, patients, clinicians or trainees.");
        }
        return audience(node.textValue());
    }

    /** The audience by id; the error does not repeat what was sent. */
    public static Audience audience(String id) {
        try {
            return Audience.fromId(id);
        } catch (IllegalArgumentException e) {
            throw bad("Unknown audience: use public, patients, clinicians or trainees.");
        }
    }

    private static Set<String> disabledRules(JsonNode node) {
        Set<String> ids = new LinkedHashSet<>();
        if (node == null || node.isNull()) {
            return ids;
        }
        if (!node.isArray()) {
            throw bad("The field 'disabledRules' must be an array of rule ids.");
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode id = node.get(i);
            if (!id.isTextual()) {
                throw bad("disabledRules[" + i + "] must be a rule id (a string).");
            }
            ids.add(id.textValue().strip());
        }
        return ids;
    }

    private static List<Attachment> attachments(JsonNode node) {
        List<Attachment> list = new ArrayList<>();
        if (node == null || node.isNull()) {
            return list;
        }
        if (!node.isArray()) {
            throw bad("The field 'attachments' must be an array like [{\"type\": \"image\", \"altText\": \"…\"}].");
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode a = node.get(i);
            if (!a.isObject()) {
                throw bad("attachments[" + i + "] must be an object like {\"type\": \"image\"}.");
            }
            JsonNode type = a.get("type");
            JsonNode alt = a.get("altText");
            if (type != null && !type.isNull() && !type.isTextual()) {
                throw bad("attachments[" + i + "].type must be a string.");
            }
            if (alt != null && !alt.isNull() && !alt.isTextual()) {
                throw bad("attachments[" + i + "].altText must be a string.");
            }
            list.add(new Attachment(type == null ? null : type.textValue(), alt == null ? null : alt.textValue()));
        }
        return list;
    }

    private static ApiException bad(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, detail);
    }
}
