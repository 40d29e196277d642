package org.irlint.core.privacy;

import java.util.Locale;
import org.irlint.core.rules.Validator;
import org.irlint.core.rules.Validators;

/**
 * Check digits and issuing rules of structured identifiers. Without them a contextless digit string is just a
 * number; with them a lookalike (a lot number, a dose, a year range) is not mistaken for a patient's identifier.
 */
public final class IdentifierValidators {
    /** ISO 3779 transliteration: each letter followed by its value; I, O and Q are never used. */
    private static final String VIN_LETTERS = "A1B2C3D4E5F6G7H8J1K2L3M4N5P7R9S2T3U4V5W6X7Y8Z9";
    private static final int[] VIN_WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

    private IdentifierValidators() {
    }

    /** Makes the validators nameable from rule files ({@code validator: vin}). Idempotent. */
    public static void register() {
        Validators.register("ssn", IdentifierValidators::ssn);
        Validators.register("ssn-shape", IdentifierValidators::ssnShape);
        Validators.register("ssn-last4", IdentifierValidators::ssnLastFour);
        Validators.register("six-digits", IdentifierValidators::sixDigits);
        Validators.register("device-code", IdentifierValidators::deviceCode);
        Validators.register("vin-shape", IdentifierValidators::vinShape);
        Validators.register("nhs", IdentifierValidators::nhs);
        Validators.register("vin", IdentifierValidators::vin);
        Validators.register("mbi", IdentifierValidators::mbi);
        Validators.register("ipv4", IdentifierValidators::ipv4);
        Validators.register("ipv4-in-prose", IdentifierValidators::ipv4InProse);
        Validators.register("ipv6", IdentifierValidators::ipv6);
        Validators.register("dicom-uid", IdentifierValidators::dicomUid);
        Validators.register("gs1-udi", IdentifierValidators::gs1Udi);
    }

    /**
     * A US Social Security number as the SSA issues them: nine digits, area not 000, 666 or 9xx, group not 00,
     * serial not 0000.
     */
    public static boolean ssn(String candidate) {
        String d = Validator.digits(candidate);
        if (d.length() != 9) {
            return false;
        }
        String area = d.substring(0, 3);
        return !area.equals("000") && !area.equals("666") && d.charAt(0) != '9'
                && !d.substring(3, 5).equals("00") && !d.substring(5).equals("0000");
    }

    /**
     * Nine digits in the shape of a Social Security or taxpayer number (area not 000, group not 00, serial not
     * 0000), without the SSA's issuing rules: ITINs start with 9, so when the author says "SSN" or "social" the
     * 9xx and 666 areas still identify a person.
     */
    public static boolean ssnShape(String candidate) {
        String d = Validator.digits(candidate);
        return d.length() == 9 && !d.startsWith("000") && !d.substring(3, 5).equals("00") && !d.endsWith("0000");
    }

    /** The last four digits of an SSN ("last 4 of her social: 6789"): four digits, not 0000. */
    public static boolean ssnLastFour(String candidate) {
        String d = Validator.digits(candidate);
        return d.length() == 4 && alnum(candidate).length() == 4 && !d.equals("0000");
    }

    /**
     * Seventeen VIN characters (no I, O or Q) with at least three letters and three digits, check digit not
     * verified: for VINs written near car words, which may be made up or foreign.
     */
    public static boolean vinShape(String candidate) {
        String v = alnum(candidate).toUpperCase(Locale.ROOT);
        if (v.length() != 17 || v.chars().anyMatch(c -> c == 'I' || c == 'O' || c == 'Q')) {
            return false;
        }
        long digits = v.chars().filter(Character::isDigit).count();
        return digits >= 3 && 17 - digits >= 3;
    }

    /** A code with at least six digits: what a bare, ambiguous label ("member 12345678") needs to be an id. */
    public static boolean sixDigits(String candidate) {
        return Validator.digits(candidate).length() >= 6;
    }

    /**
     * A device's own code after a device-specific label ("transmitter ID 8G4K2L", "pump serial 4471-K"): five to
     * twenty letters and digits with at least two digits, where letters and digits mix or the digits run to four.
     */
    public static boolean deviceCode(String candidate) {
        String a = alnum(candidate);
        int digits = Validator.digits(candidate).length();
        return a.length() >= 5 && a.length() <= 20 && digits >= 2 && (digits >= 4 || digits < a.length());
    }

    /** An NHS number: ten digits whose last is the modulus-11 check digit of the first nine (10 never issued). */
    public static boolean nhs(String candidate) {
        String d = Validator.digits(candidate);
        if (d.length() != 10) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (d.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == d.charAt(9) - '0';
    }

    /** A 17-character vehicle identification number with a valid ISO 3779 / North American check digit. */
    public static boolean vin(String candidate) {
        String v = alnum(candidate).toUpperCase(Locale.ROOT);
        if (v.length() != 17) {
            return false;
        }
        int sum = 0;
        int digits = 0;
        int letters = 0;
        for (int i = 0; i < 17; i++) {
            char c = v.charAt(i);
            int value;
            if (c >= '0' && c <= '9') {
                value = c - '0';
                digits++;
            } else {
                int at = VIN_LETTERS.indexOf(c);
                if (at < 0 || at % 2 != 0) {
                    return false;
                }
                value = VIN_LETTERS.charAt(at + 1) - '0';
                letters++;
            }
            sum += value * VIN_WEIGHTS[i];
        }
        if (digits < 3 || letters < 2) {
            return false; // a run of one kind of character is not a VIN even when the arithmetic works
        }
        int check = sum % 11;
        char expected = check == 10 ? 'X' : (char) ('0' + check);
        return v.charAt(8) == expected;
    }

    /**
     * A Medicare Beneficiary Identifier (CMS format, 11 characters): C A AN N A AN N A A N N, where C is 1-9, N a
     * digit, A a letter other than S, L, O, I, B, Z, and AN either.
     */
    public static boolean mbi(String candidate) {
        String v = alnum(candidate).toUpperCase(Locale.ROOT);
        if (v.length() != 11) {
            return false;
        }
        String shape = "CAPNAPNAANN";
        for (int i = 0; i < 11; i++) {
            char c = v.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            boolean letter = c >= 'A' && c <= 'Z' && "SLOIBZ".indexOf(c) < 0;
            boolean ok = switch (shape.charAt(i)) {
                case 'C' -> digit && c != '0';
                case 'N' -> digit;
                case 'A' -> letter;
                default -> digit || letter;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A dotted-quad IPv4 address (no leading zeros, each part 0-255). */
    public static boolean ipv4(String candidate) {
        String[] parts = candidate.strip().split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)
                    || (p.length() > 1 && p.charAt(0) == '0') || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    /**
     * An IPv4 address as it appears in prose, also "defanged" (73[.]189[.]42[.]17): valid, not loopback or a
     * well-known resolver, and not four single digits ("1.2.3.4" is an outline
     * number or a made-up example far more often than a host).
     */
    public static boolean ipv4InProse(String candidate) {
        String plain = candidate.replaceAll("\\s*(?:\\[\\.\\]|\\(\\.\\)|\\[dot\\]|\\s(?i:dot)\\s)\\s*", ".");
        return ipv4(plain) && Validator.digits(plain).length() > 4 && !WELL_KNOWN_IPV4.contains(plain)
                && !plain.startsWith("127.");
    }

    /** Addresses that point at no one: unspecified, broadcast, and the public DNS resolvers everyone quotes. */
    private static final java.util.Set<String> WELL_KNOWN_IPV4 = java.util.Set.of(
            "0.0.0.0", "255.255.255.255", "8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9", "208.67.222.222",
            "208.67.220.220");

    /** An IPv6 address: eight groups of 1-4 hex digits, one "::" for a run of zero groups, optional IPv4 tail. */
    public static boolean ipv6(String candidate) {
        String s = candidate.strip();
        final int groupsNeeded = 8;
        int lastColon = s.lastIndexOf(':');
        if (lastColon >= 0 && s.indexOf('.', lastColon) > 0) {
            if (!ipv4(s.substring(lastColon + 1))) {
                return false;
            }
            s = s.substring(0, lastColon + 1) + "0:0"; // the IPv4 tail stands for two groups
        }
        int dbl = s.indexOf("::");
        if (dbl != s.lastIndexOf("::") || s.contains(":::")) {
            return false;
        }
        String[] halves = dbl >= 0 ? new String[] {s.substring(0, dbl), s.substring(dbl + 2)} : new String[] {s};
        int groups = 0;
        for (String half : halves) {
            if (half.isEmpty()) {
                continue;
            }
            for (String g : half.split(":", -1)) {
                if (g.isEmpty() || g.length() > 4 || !g.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                    return false;
                }
                groups++;
            }
        }
        return dbl >= 0 ? groups < groupsNeeded : groups == groupsNeeded;
    }

    /**
     * A DICOM unique identifier: dotted numeric components without leading zeros, at most 64 characters, rooted
     * at an ISO (1) or joint (2) arc, and long enough (six or more components, or a UUID under 2.25) that a
     * version number is not one.
     */
    public static boolean dicomUid(String candidate) {
        String s = candidate.strip();
        if (s.length() > 64 || s.length() < 12) {
            return false;
        }
        String[] parts = s.split("\\.", -1);
        boolean uuidDerived = parts.length == 3 && parts[0].equals("2") && parts[1].equals("25") && parts[2].length() >= 20;
        if ((parts.length < 6 && !uuidDerived) || !(parts[0].equals("1") || parts[0].equals("2"))) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || !p.chars().allMatch(Character::isDigit) || (p.length() > 1 && p.charAt(0) == '0')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A GS1 unique device identifier: "(01)" followed by a 14-digit GTIN whose last digit is the GS1 mod-10
     * check digit (weights 3 and 1 from the right).
     */
    public static boolean gs1Udi(String candidate) {
        String s = candidate.strip();
        int at = s.indexOf("(01)");
        String start = at >= 0 ? s.substring(at + 4) : s.startsWith("01") ? s.substring(2) : s;
        if (start.length() < 14) {
            return false;
        }
        String gtin = start.substring(0, 14);
        if (!gtin.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 13; i++) {
            int d = gtin.charAt(12 - i) - '0';
            sum += i % 2 == 0 ? d * 3 : d;
        }
        return (10 - sum % 10) % 10 == gtin.charAt(13) - '0';
    }

    static String alnum(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
