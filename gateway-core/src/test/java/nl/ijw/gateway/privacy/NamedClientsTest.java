package nl.ijw.gateway.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NamedClientsTest {

    private static byte[] xml(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void oneClientNamedTwiceIsOneClient() {
        byte[] m = xml("<ns:Bericht><ns:Client><ns:Bsn>123456782</ns:Bsn></ns:Client><Bsn> 123456782 </Bsn></ns:Bericht>");
        assertEquals(Set.of("123456782"), NamedClients.in(m));
        assertEquals(Optional.of("123456782"), NamedClients.single(m));
    }

    @Test
    void severalClientsOrNoneLinkNoSingleClient() {
        byte[] claim = xml("<Bsn>123456782</Bsn><Bsn>999999990</Bsn>");
        assertEquals(Set.of("123456782", "999999990"), NamedClients.in(claim));
        assertEquals(Optional.empty(), NamedClients.single(claim));
        assertEquals(Optional.empty(), NamedClients.single(xml("<Header/>")));
        assertEquals(Set.of(), NamedClients.in(null));
        assertEquals(Set.of(), NamedClients.in(xml("<Bsn>12345678</Bsn><BsnOuder>123456782</BsnOuder>")),
                "eight digits and other elements are not a client's BSN");
    }
}
