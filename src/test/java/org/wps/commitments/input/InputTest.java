package org.wps.commitments.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;
import org.wps.commitments.commitment.CommitmentElement;
import org.wps.commitments.confidentiality.Sensitivity;

class InputTest {

    @Test
    void readsWhatCamundaFormsSend() {
        Input input = Input.of(Map.of(
                "title",
                "  Joint communiqué  ",
                "date",
                "2027-03-01",
                "level",
                "confidential",
                "elements",
                List.of("INVESTIGATIONS", "ACCOUNTABILITY")));
        assertThat(input.requiredText("title", "Title", 300)).isEqualTo("Joint communiqué");
        assertThat(input.requiredDate("date", "Date", ZoneOffset.UTC)).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(input.requiredChoice("level", "Sensitivity", Sensitivity.class))
                .isEqualTo(Sensitivity.CONFIDENTIAL);
        assertThat(input.choices("elements", "Elements", CommitmentElement.class, true))
                .containsExactly(CommitmentElement.INVESTIGATIONS, CommitmentElement.ACCOUNTABILITY);
        assertThat(input.isValid()).isTrue();
    }

    @Test
    void acceptsDateValuesAndJsonArraysFromOtherClients() {
        Input input = Input.of(Map.of(
                "date",
                Date.from(LocalDate.of(2026, 5, 9).atStartOfDay().toInstant(ZoneOffset.UTC)),
                "elements",
                "[\"VETTING\"]"));
        assertThat(input.requiredDate("date", "Date", ZoneOffset.UTC)).isEqualTo(LocalDate.of(2026, 5, 9));
        assertThat(input.choices("elements", "Elements", CommitmentElement.class, true))
                .containsExactly(CommitmentElement.VETTING);
    }

    @Test
    void namesEveryProblemInPlainLanguage() {
        var values = new HashMap<String, Object>();
        values.put("title", "x".repeat(301));
        values.put("date", "31.12.2026");
        values.put("level", "SECRET");
        values.put("blank", "   ");
        values.put("control", "bell\u0007");
        values.put("elements", List.of());
        Input input = Input.of(values);
        input.requiredText("title", "Title", 300);
        input.requiredDate("date", "Target signing date", ZoneOffset.UTC);
        input.requiredChoice("level", "Sensitivity", Sensitivity.class);
        input.requiredText("blank", "Counterpart role", 200);
        input.requiredText("control", "Outcome", 200);
        input.requiredText("missing", "Place", 200);
        input.choices("elements", "Elements covered", CommitmentElement.class, true);

        assertThatThrownBy(input::throwIfInvalid).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems())
                    .extracting(InvalidInputException.FieldProblem::field)
                    .containsExactly("title", "date", "level", "blank", "control", "missing", "elements");
            assertThat(e.getMessage())
                    .contains("Title must be at most 300 characters (it has 301).")
                    .contains(
                            "Target signing date must be a date written like 2027-03-01 (year-month-day), not '31.12.2026'.")
                    .contains("Sensitivity 'SECRET' is not one of: PUBLIC, CONFIDENTIAL, STRICTLY_CONFIDENTIAL.")
                    .contains("Counterpart role is required.")
                    .contains("Outcome contains control characters.")
                    .contains("Place is required.")
                    .contains("Elements covered: choose at least one.");
        });
    }

    @Test
    void refusesValuesOfTheWrongKind() {
        Input input = Input.of(Map.of("title", 42, "elements", "INVESTIGATIONS", "date", 5));
        assertThat(input.requiredText("title", "Title", 300)).isNull();
        assertThat(input.choices("elements", "Elements", CommitmentElement.class, false))
                .isEmpty();
        assertThat(input.requiredDate("date", "Date", ZoneOffset.UTC)).isNull();
        assertThatThrownBy(input::throwIfInvalid)
                .hasMessageContaining("Title must be text.")
                .hasMessageContaining("Elements must be a list of choices.")
                .hasMessageContaining("Date must be a date written like 2027-03-01.");
    }

    @Test
    void refusesEveryFreeTextThatLooksLikePersonalDataQuotingIt() {
        Input input = Input.of(Map.of(
                "outcome", "Met survivor Mary Akol; her phone is +211 912 345 678.",
                "note", "The party agreed to a workshop.",
                "title", "Write to focal.point@example.org"));
        assertThat(input.requiredText("outcome", "Outcome", 2000))
                .isEqualTo("Met survivor Mary Akol; her phone is +211 912 345 678.");
        assertThat(input.optionalText("note", "Note", 2000)).isEqualTo("The party agreed to a workshop.");
        // a title is free text too: every field a person types is checked
        input.requiredText("title", "Title", 300);
        assertThatThrownBy(input::throwIfInvalid).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems())
                    .extracting(InvalidInputException.FieldProblem::field)
                    .containsExactly("outcome", "title");
            assertThat(e.problems().get(0).message())
                    .startsWith("Outcome: this looks like personal data – “survivor Mary Akol” (a name next to"
                            + " “survivor”), “+211 912 345 678” (a phone number).")
                    .as("an API payload has no box to tick")
                    .endsWith("Rewrite it without them.");
            assertThat(e.problems().get(1).message())
                    .startsWith("Title: this looks like personal data – “focal.point@example.org” (an e-mail address)");
        });
    }

    @Test
    void takesFlaggedTextOnlyWhereAFormWithTheBoxWasConfirmed() {
        String text = "The Yei survivors network met on 12 March 2026 in Yei.";
        for (Object confirmed : List.of(Boolean.TRUE, "true")) {
            Input input = Input.ofConfirmableForm(scope(Map.of("outcome", text, Input.NARRATIVE_CONFIRMED, confirmed)));
            assertThat(input.requiredText("outcome", "Outcome", 2000)).isEqualTo(text);
            assertThat(input.isValid()).as("confirmed with %s", confirmed).isTrue();
        }
        Input unconfirmed = Input.ofConfirmableForm(scope(Map.of("outcome", text, Input.NARRATIVE_CONFIRMED, false)));
        unconfirmed.requiredText("outcome", "Outcome", 2000);
        assertThatThrownBy(unconfirmed::throwIfInvalid).hasMessageContaining("tick “I have checked: no personal data”");

        // an API payload, a start form or a form without the box: a value of that name switches nothing off
        Input api = Input.of(Map.of("outcome", text, Input.NARRATIVE_CONFIRMED, true));
        api.requiredText("outcome", "Outcome", 2000);
        assertThat(api.isValid()).isFalse();
        Input noBox = Input.of(scope(Map.of("outcome", text, Input.NARRATIVE_CONFIRMED, true)));
        noBox.requiredText("outcome", "Outcome", 2000);
        assertThat(noBox.isValid()).isFalse();
    }

    @Test
    void theFormsBoxCoversTheRowsOfItsListsButNeverCodes() {
        var values = new HashMap<String, Object>();
        values.put("rows", List.of(Map.of("title", "Survivor Mary Akol", Input.NARRATIVE_CONFIRMED, true)));
        values.put("reference", "0912345678");
        Input unconfirmed = Input.of(values);
        unconfirmed.rows("rows", "Rows", "Row", 1, 5).get(0).requiredText("title", "Title", 300);
        assertThat(unconfirmed.isValid()).as("a row cannot confirm itself").isFalse();

        values.put(Input.NARRATIVE_CONFIRMED, true);
        Input confirmed = Input.ofConfirmableForm(scope(values));
        assertThat(confirmed.rows("rows", "Rows", "Row", 1, 5).get(0).requiredText("title", "Title", 300))
                .isEqualTo("Survivor Mary Akol");
        assertThat(confirmed.isValid()).isTrue();
        confirmed.requiredCode("reference", "Reference", 64);
        assertThatThrownBy(confirmed::throwIfInvalid)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement()
                        .satisfies(p -> assertThat(p.field()).isEqualTo("reference"))
                        .satisfies(p -> assertThat(p.message()).contains("a phone number")));
    }

    @Test
    void codesHoldNoSpacesAndNoAddresses() {
        Input input = Input.of(Map.of(
                "mission", "UNMISS",
                "mara", "MARA-2026-0042",
                "party", "Mary Akol",
                "mail", "a@b.org",
                "phone", "+211 912 345 678"));
        assertThat(input.requiredCode("mission", "Mission", 20)).isEqualTo("UNMISS");
        assertThat(input.requiredCode("mara", "MARA reference", 64)).isEqualTo("MARA-2026-0042");
        assertThat(input.requiredCode("party", "Party", 40)).isNull();
        assertThat(input.optionalCode("mail", "Reference", 60)).isNull();
        assertThat(input.optionalCode("phone", "Reference", 60)).isNull();
        assertThat(input.optionalCode("missing", "Reference", 60)).isNull();
        assertThatThrownBy(input::throwIfInvalid)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::field)
                        .containsExactly("party", "mail", "phone"));
    }

    @Test
    void freeTextKeepsTheRulesOfText() {
        var values = new HashMap<String, Object>();
        values.put("blank", " ");
        values.put("long", "x".repeat(21));
        Input input = Input.of(values);
        assertThat(input.optionalText("blank", "Note", 20)).isNull();
        assertThat(input.requiredText("missing", "Outcome", 20)).isNull();
        assertThat(input.optionalText("long", "Comment", 20)).isNull();
        assertThatThrownBy(input::throwIfInvalid)
                .hasMessageContaining("Outcome is required.")
                .hasMessageContaining("Comment must be at most 20 characters (it has 21).")
                .hasMessageNotContaining("Note");
    }

    private static VariableScope scope(Map<String, ?> values) {
        VariableScope scope = mock(VariableScope.class);
        when(scope.getVariable(anyString())).thenAnswer(call -> values.get(call.getArgument(0, String.class)));
        return scope;
    }
}
