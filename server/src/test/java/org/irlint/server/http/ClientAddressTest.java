package org.irlint.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
    private final ClientAddress clients = new ClientAddress(List.of("10.0.0.1", " 10.0.0.2 "));

    @Test
    void anUntrustedPeerIsTheClientWhateverItForwards() {
        assertEquals("192.0.2.7", clients.of("192.0.2.7", List.of("203.0.113.5")));
    }

    @Test
    void aTrustedProxyNamesTheClientNearestToIt() {
        assertEquals("203.0.113.5", clients.of("10.0.0.1", List.of("203.0.113.5")));
        // the client wrote "198.51.100.1" itself; only the hop the proxy added is believed
        assertEquals("203.0.113.5", clients.of("10.0.0.1", List.of("198.51.100.1, 203.0.113.5")));
        // two trusted proxies in a row, and the header split over two lines
        assertEquals("203.0.113.5", clients.of("10.0.0.1", List.of("198.51.100.1, 203.0.113.5", "10.0.0.2")));
    }

    @Test
    void aTrustedProxyThatForwardsNothingIsTheClient() {
        assertEquals("10.0.0.1", clients.of("10.0.0.1", List.of()));
        assertEquals("10.0.0.1", clients.of("10.0.0.1", List.of(" , ")));
    }
}
