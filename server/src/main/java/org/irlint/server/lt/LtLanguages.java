package org.irlint.server.lt;

import io.micronaut.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import org.irlint.server.http.ApiException;

/** irlint checks English; it answers to every English code LanguageTool clients send, and to "auto". */
final class LtLanguages {
    record Lang(String name, String code, String longCode) {
    }

    static final List<Lang> ALL = List.of(
            new Lang("English", "en", "en"),
            new Lang("English (US)", "en", "en-US"),
            new Lang("English (GB)", "en", "en-GB"),
            new Lang("English (Australian)", "en", "en-AU"),
            new Lang("English (Canadian)", "en", "en-CA"),
            new Lang("English (New Zealand)", "en", "en-NZ"),
            new Lang("English (South African)", "en", "en-ZA"));

    private LtLanguages() {
    }

    static Lang resolve(String code) {
        if (code == null || code.isBlank()) {
            throw new ApiException(HttpStatus.BAD_REQUEST,
                    "The 'language' field is missing: use en, en-US, en-GB or auto.");
        }
        String c = code.strip();
        if (c.equalsIgnoreCase("auto")) {
            return ALL.get(1);
        }
        for (Lang l : ALL) {
            if (l.longCode().equalsIgnoreCase(c.replace('_', '-'))) {
                return l;
            }
        }
        if (c.toLowerCase(Locale.ROOT).startsWith("en-")) {
            return ALL.get(0);
        }
        throw new ApiException(HttpStatus.BAD_REQUEST,
                "irlint checks English only: use language=en, en-US, en-GB or auto.");
    }
}
