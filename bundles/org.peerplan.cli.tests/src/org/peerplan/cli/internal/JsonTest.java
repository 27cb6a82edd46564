package org.peerplan.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What the command line writes as JSON reads back as the same values. */
class JsonTest {

    @Test
    void textWithQuotesBackslashesAndControlCharactersReadsBackUnchanged() {
        String awkward = "Riverbend \"East\" \\ Unit\n\tline\r\u0001 – ü";
        assertEquals(Map.of("name", awkward), JsonReader.read(Json.write(Json.object("name", awkward))));
    }

    @Test
    void nestedObjectsArraysAndLeavesKeepTheirValuesAndOrder() {
        Map<String, Object> written = Json.object("plan", "a.peerplan", "asOf", LocalDate.of(2027, 4, 30),
                "empty", List.of(), "nothing", null, "complete", false, "count", 14, "amount",
                new BigDecimal("1234.50"), "areas", List.of(Json.object("needs", List.of("a", "b")), Json.object()));
        @SuppressWarnings("unchecked")
        Map<String, Object> read = (Map<String, Object>) JsonReader.read(Json.write(written));
        assertEquals(List.of("plan", "asOf", "empty", "nothing", "complete", "count", "amount", "areas"),
                List.copyOf(read.keySet()));
        assertEquals("2027-04-30", read.get("asOf"));
        assertEquals(Arrays.asList(List.of(), null, false, new BigDecimal("14"), new BigDecimal("1234.50")),
                Arrays.asList(read.get("empty"), read.get("nothing"), read.get("complete"), read.get("count"),
                        read.get("amount")));
        assertEquals(List.of(Map.of("needs", List.of("a", "b")), Map.of()), read.get("areas"));
    }
}
