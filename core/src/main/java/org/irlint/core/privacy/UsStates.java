package org.irlint.core.privacy;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** US states and their postal codes: a place smaller than a state is an identifier, a state is not. */
final class UsStates {
    static final Map<String, String> BY_NAME = Map.ofEntries(
            Map.entry("alabama", "AL"), Map.entry("alaska", "AK"), Map.entry("arizona", "AZ"), Map.entry("arkansas", "AR"),
            Map.entry("california", "CA"), Map.entry("colorado", "CO"), Map.entry("connecticut", "CT"), Map.entry("delaware", "DE"),
            Map.entry("florida", "FL"), Map.entry("georgia", "GA"), Map.entry("hawaii", "HI"), Map.entry("idaho", "ID"),
            Map.entry("illinois", "IL"), Map.entry("indiana", "IN"), Map.entry("iowa", "IA"), Map.entry("kansas", "KS"),
            Map.entry("kentucky", "KY"), Map.entry("louisiana", "LA"), Map.entry("maine", "ME"), Map.entry("maryland", "MD"),
            Map.entry("massachusetts", "MA"), Map.entry("michigan", "MI"), Map.entry("minnesota", "MN"), Map.entry("mississippi", "MS"),
            Map.entry("missouri", "MO"), Map.entry("montana", "MT"), Map.entry("nebraska", "NE"), Map.entry("nevada", "NV"),
            Map.entry("new hampshire", "NH"), Map.entry("new jersey", "NJ"), Map.entry("new mexico", "NM"), Map.entry("new york", "NY"),
            Map.entry("north carolina", "NC"), Map.entry("north dakota", "ND"), Map.entry("ohio", "OH"), Map.entry("oklahoma", "OK"),
            Map.entry("oregon", "OR"), Map.entry("pennsylvania", "PA"), Map.entry("rhode island", "RI"), Map.entry("south carolina", "SC"),
            Map.entry("south dakota", "SD"), Map.entry("tennessee", "TN"), Map.entry("texas", "TX"), Map.entry("utah", "UT"),
            Map.entry("vermont", "VT"), Map.entry("virginia", "VA"), Map.entry("washington", "WA"), Map.entry("west virginia", "WV"),
            Map.entry("wisconsin", "WI"), Map.entry("wyoming", "WY"), Map.entry("district of columbia", "DC"), Map.entry("puerto rico", "PR"));
    static final Set<String> CODES = Set.copyOf(BY_NAME.values());

    private UsStates() {
    }

    /** The postal code of a state written as a code, a name or an AP abbreviation ("Tex."), or null. */
    static String code(String s) {
        String t = s.strip().replace(".", "");
        if (t.length() == 2 && CODES.contains(t.toUpperCase(Locale.ROOT)) && t.equals(t.toUpperCase(Locale.ROOT))) {
            return t;
        }
        return BY_NAME.get(t.toLowerCase(Locale.ROOT));
    }

    static boolean isState(String s) {
        return BY_NAME.containsKey(s.strip().toLowerCase(Locale.ROOT));
    }
}
