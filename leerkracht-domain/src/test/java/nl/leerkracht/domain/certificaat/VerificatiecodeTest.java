package nl.leerkracht.domain.certificaat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificatiecodeTest {

    @Test
    void aCodeHoldsEightyBitsInAnAlphabetWithoutLookalikes() {
        assertEquals(32, Verificatiecode.ALFABET.length(), "5 bits a character");
        assertEquals(32, Verificatiecode.ALFABET.chars().distinct().count());
        assertTrue(Verificatiecode.LENGTE * 5 >= 80);
        for (char lookalike : new char[] {'0', 'O', '1', 'I'}) {
            assertEquals(-1, Verificatiecode.ALFABET.indexOf(lookalike), "no " + lookalike);
        }
        Verificatiecode code = Verificatiecode.nieuw();
        assertEquals(16, code.getWaarde().length());
        assertTrue(code.getLeesbaar().matches("[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}"), code.getLeesbaar());
    }

    @Test
    void tenThousandNewCodesAreAllDifferentAndUseEveryCharacter() {
        Set<Verificatiecode> codes = new HashSet<>();
        Set<Character> gebruikt = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            Verificatiecode code = Verificatiecode.nieuw();
            assertTrue(codes.add(code), "duplicate " + code);
            code.getWaarde().chars().forEach(c -> gebruikt.add((char) c));
        }
        assertEquals(32, gebruikt.size());
    }

    @Test
    void aTypedCodeIsReadInAnyCaseWithOrWithoutDashesAndSpaces() {
        Verificatiecode code = Verificatiecode.nieuw(new Random(7));
        assertEquals(Optional.of(code), Verificatiecode.lees(code.getLeesbaar()));
        assertEquals(
                Optional.of(code), Verificatiecode.lees(" " + code.getLeesbaar().toLowerCase() + " "));
        assertEquals(Optional.of(code), Verificatiecode.lees(code.getLeesbaar().replace("-", " ")));
        assertEquals(Optional.of(code), Verificatiecode.lees(code.getWaarde()));
    }

    @Test
    void whatCannotBeACodeIsNone() {
        assertFalse(Verificatiecode.lees(null).isPresent());
        assertFalse(Verificatiecode.lees("").isPresent());
        assertFalse(Verificatiecode.lees("ABCD-EFGH-JKLM-NPQ").isPresent(), "15 characters");
        assertFalse(Verificatiecode.lees("ABCD-EFGH-JKLM-NPQRS").isPresent(), "17 characters");
        assertFalse(Verificatiecode.lees("ABCD-EFGH-JKLM-NPQ0").isPresent(), "a zero");
        assertFalse(Verificatiecode.lees("ABCD-EFGH-JKLM-NPQO").isPresent(), "an O");
        assertFalse(Verificatiecode.lees("ABCD-EFGH-JKLM-NPQ1").isPresent(), "a one");
        assertFalse(Verificatiecode.lees("ABCD-EFGH-JKLM-NPQ'").isPresent(), "a quote");
        assertFalse(Verificatiecode.lees("ABCD".repeat(100)).isPresent(), "far too long");
    }
}
