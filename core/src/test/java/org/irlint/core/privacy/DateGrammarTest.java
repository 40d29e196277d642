package org.irlint.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateGrammarTest {

    private static List<String> dates(String text) {
        return DateGrammar.find(text).stream().map(d -> text.substring(d.start(), d.end())).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "procedure on 3/14/2025 went well | 3/14/2025",
            "day-first 14/03/2025 works too | 14/03/2025",
            "short year 3-14-25 in a note | 3-14-25",
            "ISO 2025-03-14 from the chart | 2025-03-14",
            "we met March 14 at noon | March 14",
            "on 14 Mar the drain came out | 14 Mar",
            "Mar. 14th, 2024 was the day | Mar. 14th, 2024",
            "it was the fourteenth of March | the fourteenth of March",
            "admitted 11/2 with a bleed | 11/2",
            "DOB 1/5 per the sticker | 1/5",
            "DOB: 01.02.1950 on the form | 01.02.1950",
            "came in on Christmas Eve | Christmas Eve",
            "she was seen on the 3rd | on the 3rd",
            "thrombectomy on Jan 3 went well | Jan 3",
    })
    void findsDatesInEveryCommonFormat(String text, String expected) {
        assertEquals(List.of(expected), dates(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2/3 of patients improved",
            "a 1/2-inch incision",
            "segment 7/8 lesion treated",
            "Thread 1/ what is TIPS 2/ who needs it 3/5 risks",
            "pain score 7/10 before GAE",
            "IR is a 24/7 service",
            "v2.1.3 released with a 1:3 ratio",
            "published in 2019 and updated 2018-2019",
            "case at 3:45 am",
            "doi:10.1016/j.jvir.2024.11.007",
            "1-2 wks of recovery, 4-12 wks between flushes",
            "the May-Thurner lesion in 2021",
            "March 2025 was busy",
            "grade 3/4 toxicity",
            "May 3 patients come back? yes",
    })
    void leavesNumbersThatAreNotDatesAlone(String text) {
        assertEquals(List.of(), dates(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DOB 4/5/1940", "born on 4/5/1940", "admitted 4/5", "discharged on April 5"})
    void marksDatesIntroducedByBirthOrAdmissionWords(String text) {
        assertTrue(DateGrammar.find(text).get(0).cued(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"webinar on 3/20/2026", "open house Oct 14"})
    void otherDatesAreNotCued(String text) {
        assertFalse(DateGrammar.find(text).get(0).cued(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"13/13/2025", "0/5/2024", "2025-13-40", "32 Jan"})
    void rejectsImpossibleCalendarValues(String text) {
        assertEquals(List.of(), dates(text), text);
    }
}
