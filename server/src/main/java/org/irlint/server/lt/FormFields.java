package org.irlint.server.lt;

import io.micronaut.http.HttpStatus;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.irlint.server.http.ApiException;

/**
 * An {@code application/x-www-form-urlencoded} body. Decoded here rather than by the framework so a malformed
 * escape gets an error that does not quote the body (the JDK's decoder quotes its input).
 */
final class FormFields {
    private FormFields() {
    }

    static Map<String, String> parse(String body) {
        Map<String, String> fields = new HashMap<>();
        if (body == null || body.isEmpty()) {
            return fields;
        }
        int index = 0;
        for (String pair : body.split("&")) {
            index++;
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                fields.putIfAbsent(name, value);
            } catch (IllegalArgumentException e) {
                throw new ApiException(HttpStatus.BAD_REQUEST,
                        "Form field number " + index + " has a malformed %-escape.");
            }
        }
        return fields;
    }
}
