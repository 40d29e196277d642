package org.irlint.core.rules;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The validators rule files can name with {@code validator:}. */
public final class Validators {
    private static final Map<String, Validator> BY_NAME = new ConcurrentHashMap<>();

    static {
        register("luhn", Validators::luhn);
    }

    private Validators() {
    }

    public static void register(String name, Validator validator) {
        BY_NAME.put(name, validator);
    }

    public static Validator named(RuleSpec spec, String name) {
        Validator v = BY_NAME.get(name);
        if (v == null) {
            throw spec.error("names an unknown validator '" + name + "' (known: " + String.join(", ", BY_NAME.keySet()) + ")");
        }
        return v;
    }

    /** The Luhn check digit used by card and many account numbers. */
    public static boolean luhn(String candidate) {
        String d = Validator.digits(candidate);
        if (d.length() < 2) {
            return false;
        }
        int sum = 0;
        boolean twice = false;
        for (int i = d.length() - 1; i >= 0; i--) {
            int n = d.charAt(i) - '0';
            if (twice) {
                n *= 2;
                if (n > 9) {
                    n -= 9;
                }
            }
            sum += n;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
