package org.irlint.core.privacy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierValidatorsTest {

    @Test
    void ssnFollowsTheSsaIssuingRules() {
        assertTrue(IdentifierValidators.ssn("219-09-9999"));
        assertTrue(IdentifierValidators.ssn("219099999"));
        assertFalse(IdentifierValidators.ssn("000-12-3456"), "area 000 is never issued");
        assertFalse(IdentifierValidators.ssn("666-12-3456"), "area 666 is never issued");
        assertFalse(IdentifierValidators.ssn("912-34-5678"), "9xx areas are ITINs, not SSNs");
        assertFalse(IdentifierValidators.ssn("219-00-9999"), "group 00 is never issued");
        assertFalse(IdentifierValidators.ssn("219-09-0000"), "serial 0000 is never issued");
        assertFalse(IdentifierValidators.ssn("219-09-999"), "eight digits");
    }

    @Test
    void ssnShapeAcceptsTaxpayerNumbersButNotZeroFields() {
        assertTrue(IdentifierValidators.ssnShape("912-34-5678"));
        assertTrue(IdentifierValidators.ssnShape("666 12 3456"));
        assertFalse(IdentifierValidators.ssnShape("000-12-3456"));
        assertFalse(IdentifierValidators.ssnShape("123-00-4567"));
        assertFalse(IdentifierValidators.ssnShape("123-45-0000"));
    }

    @Test
    void nhsNumberNeedsItsModulus11CheckDigit() {
        assertTrue(IdentifierValidators.nhs("943 476 5919"));
        assertTrue(IdentifierValidators.nhs("9434765919"));
        assertFalse(IdentifierValidators.nhs("943 476 5918"));
        assertFalse(IdentifierValidators.nhs("943 476 591"));
        // 1234567890: weighted sum 1*10+2*9+...+9*2 = 210, 210 % 11 = 1, check 10: never issued
        assertFalse(IdentifierValidators.nhs("1234567890"));
    }

    @Test
    void vinNeedsItsCheckDigitAndNoIoq() {
        assertTrue(IdentifierValidators.vin("1HGCM82633A004352"));
        assertTrue(IdentifierValidators.vin("5YJSA1E26KF123456"));
        assertFalse(IdentifierValidators.vin("1HGCM82643A004352"), "check digit changed");
        assertFalse(IdentifierValidators.vin("1HGCM82633A00435"), "16 characters");
        assertFalse(IdentifierValidators.vin("1HGCM8263IA004352"), "I is never used");
        assertFalse(IdentifierValidators.vin("11111111111111111"), "no letters: a digit run, not a VIN");
    }

    @Test
    void mbiFollowsTheCmsFormat() {
        assertTrue(IdentifierValidators.mbi("1EG4-TE5-MK73"));
        assertTrue(IdentifierValidators.mbi("1EG4TE5MK73"));
        assertFalse(IdentifierValidators.mbi("0EG4TE5MK73"), "must not start with 0");
        assertFalse(IdentifierValidators.mbi("1SG4TE5MK73"), "S is excluded");
        assertFalse(IdentifierValidators.mbi("1EG4TE5MK7"), "ten characters");
        assertFalse(IdentifierValidators.mbi("1234TE5MK73"), "position 2 must be a letter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"73.189.42.17", "10.0.0.1", "255.255.255.255", "0.0.0.0"})
    void validIpv4(String ip) {
        assertTrue(IdentifierValidators.ipv4(ip));
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "1.2.3", "01.2.3.4", "1.2.3.4.5", "a.b.c.d", "1..2.3"})
    void invalidIpv4(String ip) {
        assertFalse(IdentifierValidators.ipv4(ip));
    }

    @Test
    void ipv4InProseSkipsFourSingleDigits() {
        assertFalse(IdentifierValidators.ipv4InProse("1.2.3.4"));
        assertTrue(IdentifierValidators.ipv4InProse("10.0.0.1"));
        assertFalse(IdentifierValidators.ipv4InProse("127.0.0.1"), "loopback points at no one");
        assertFalse(IdentifierValidators.ipv4InProse("8.8.8.8"), "a public resolver points at no one");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001:db8:85a3::8a2e:370:7334", "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "fe80::1",
            "::ffff:10.1.2.3", "::1", "1::", "64:ff9b::192.0.2.33"})
    void validIpv6(String ip) {
        assertTrue(IdentifierValidators.ipv6(ip), ip);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10:30:45", "1:2:3", "2001:db8::85a3::1", "12345::1", "1:2:3:4:5:6:7:8:9", "::ffff:300.1.2.3",
            ":::", "g::1"})
    void invalidIpv6(String ip) {
        assertFalse(IdentifierValidators.ipv6(ip), ip);
    }

    @Test
    void dicomUidNeedsSixComponentsAndNoLeadingZeros() {
        assertTrue(IdentifierValidators.dicomUid("1.3.6.1.4.1.14519.5.2.604688119"));
        assertTrue(IdentifierValidators.dicomUid("2.25.329800735698586629295641978511506172918"));
        assertFalse(IdentifierValidators.dicomUid("1.2.3.4"), "a version number");
        assertFalse(IdentifierValidators.dicomUid("1.2.840.0113619.2.55"), "leading zero");
        assertFalse(IdentifierValidators.dicomUid("3.2.840.113619.2.55.3"), "root arc must be 1 or 2");
    }

    @Test
    void gs1UdiNeedsTheGtinCheckDigit() {
        assertTrue(IdentifierValidators.gs1Udi("(01)00884838012349(17)261231"));
        assertFalse(IdentifierValidators.gs1Udi("(01)00884838012347(17)261231"));
        assertFalse(IdentifierValidators.gs1Udi("(01)0088483801"));
    }
}
