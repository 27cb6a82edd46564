package org.peerplan.model.provider.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerplan.model.PeerPlanPackage.Literals;
import org.peerplan.model.RootCauseCategory;
import org.peerplan.model.provider.words.ValueParser;
import org.peerplan.model.provider.words.ValueParser.Parsed;

/** What a consultant may type into a cell, and the one sentence that refuses the rest. */
class ValueParserTest {

    private static Parsed parse(EAttribute attribute, String text) {
        return ValueParser.parse(attribute, text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "2027-04-30", "4/30/2027", "Apr 30, 2027", "April 30, 2027", " apr 30 2027 " })
    void datesAreReadInTheWaysPeopleWriteThem(String typed) {
        Parsed parsed = parse(Literals.TASK__START, typed);
        assertTrue(parsed.ok(), parsed.error());
        assertEquals(LocalDate.of(2027, 4, 30), parsed.value());
    }

    @Test
    void aDayThatDoesNotExistIsRefusedByName() {
        Parsed parsed = parse(Literals.TASK__START, "2027-02-30");
        assertFalse(parsed.ok());
        assertEquals("There is no February 30 in 2027.", parsed.error());
        assertEquals("'2027-13-01' is not a date: there is no month 13.", parse(Literals.TASK__START, "2027-13-01")
                .error());
        assertTrue(parse(Literals.TASK__START, "next Tuesday").error().startsWith("'next Tuesday' is not a date"));
    }

    @Test
    void anEmptyDateClearsIt() {
        Parsed parsed = parse(Literals.TASK__START, "  ");
        assertTrue(parsed.ok());
        assertNull(parsed.value());
    }

    @Test
    void durationsAreWholeNonNegativeNumbers() {
        assertEquals(12, parse(Literals.TASK__DURATION_DAYS, "12").value());
        assertEquals("'abc' is not a whole number.", parse(Literals.TASK__DURATION_DAYS, "abc").error());
        assertEquals("Duration (working days) cannot be negative.", parse(Literals.TASK__DURATION_DAYS, "-3").error());
        assertEquals("Duration (working days) is a whole number, not 2.5.", parse(Literals.TASK__DURATION_DAYS, "2.5").error());
        assertEquals("Duration (working days) needs a number.", parse(Literals.TASK__DURATION_DAYS, "").error());
    }

    @Test
    void limitsComeFromTheLimitsFile() {
        assertEquals("FTE cannot be negative.", parse(Literals.PEER_ROLE__FTE, "-0.5").error());
        assertEquals(0.5, parse(Literals.PEER_ROLE__FTE, "0.5").value());
        assertEquals("Fiscal year starts in month cannot be more than 12.",
                parse(Literals.BUDGET__FISCAL_YEAR_START_MONTH, "13").error());
        assertEquals("Plan year cannot be less than 1.", parse(Literals.BUDGET_LINE__YEAR, "0").error());
    }

    @Test
    void whatAPlanFileCouldNotHoldCannotBeTypedEither() {
        assertEquals("'1850-01-04' is too far off: a plan's dates lie between the years 1900 and 2199.",
                parse(Literals.TASK__START, "1850-01-04").error());
        assertEquals("'\u0663' is not a whole number; type it with the digits 0 to 9.",
                parse(Literals.TASK__DURATION_DAYS, "\u0663").error());
        assertEquals("2000000000 is too large for duration (working days).",
                parse(Literals.TASK__DURATION_DAYS, "2000000000").error());
        assertTrue(parse(Literals.TASK__NAME, "x".repeat(300)).ok());
        assertEquals("Task can be at most 300 characters long; this is 301.",
                parse(Literals.TASK__NAME, "x".repeat(301)).error());
    }

    @Test
    void moneyMayCarryTheDollarSignAndSeparators() {
        assertEquals(new BigDecimal("12500.50"), parse(Literals.BUDGET_LINE__AMOUNT, "$12,500.50").value());
        assertEquals("Amount cannot be negative.", parse(Literals.BUDGET_LINE__AMOUNT, "-$5").error());
    }

    @Test
    void choicesAreReadByTheirWords() {
        assertEquals(RootCauseCategory.PROCESSES_AND_PROCEDURES,
                parse(Literals.CAUSE__CATEGORY, "Processes & Procedures").value());
        assertEquals(RootCauseCategory.PEOPLE, parse(Literals.CAUSE__CATEGORY, "people").value());
        assertEquals("'Weather' is not one of the choices for category.",
                parse(Literals.CAUSE__CATEGORY, "Weather").error());
        assertEquals(Boolean.TRUE, parse(Literals.TASK__MILESTONE, "yes").value());
        assertEquals("Milestone is yes or no, not 'maybe'.", parse(Literals.TASK__MILESTONE, "maybe").error());
    }
}
