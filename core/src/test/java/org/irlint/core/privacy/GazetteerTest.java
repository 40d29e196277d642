package org.irlint.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.irlint.core.privacy.Gazetteer.Strength;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final Gazetteer G = Gazetteer.shared();

    @Test
    void loadsOncePerJvm() {
        assertSame(G, Gazetteer.shared());
    }

    @Test
    void namesThatAreAlsoEverydayWordsAreMarkedAmbiguous() {
        assertEquals(Strength.STRONG, G.firstName("Harold"));
        assertEquals(Strength.AMBIGUOUS, G.firstName("Hope"));
        assertEquals(Strength.AMBIGUOUS, G.surname("Young"));
        assertEquals(Strength.NONE, G.firstName("Thrombectomy"));
    }

    @Test
    void knowsTownsCountiesZipsAndOtherCountriesPlaces() {
        assertEquals(Strength.STRONG, G.place("Kalamazoo"));
        assertEquals(Strength.AMBIGUOUS, G.place("Mobile"));
        assertTrue(G.placeInState("Kalamazoo", "MI"));
        assertFalse(G.placeInState("Kalamazoo", "TX"));
        assertEquals(Strength.STRONG, G.county("Yakima"));
        assertTrue(G.zip("10001"));
        assertFalse(G.zip("00000"));
        assertEquals(Strength.STRONG, G.place("Saskatoon"));
        assertEquals(Strength.STRONG, G.place("Coimbatore"));
        assertEquals(Strength.STRONG, G.place("Wollongong"));
        assertEquals(Strength.STRONG, G.place("Middlesbrough"));
    }
}
