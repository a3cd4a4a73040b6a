package org.wps.commitments.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wps.commitments.commitment.CommitmentElement;
import org.wps.commitments.commitment.Sensitivity;

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
    void refusesANarrativeThatLooksLikePersonalDataQuotingIt() {
        Input input = Input.of(Map.of(
                "outcome", "Met survivor Mary Akol; her phone is +211 912 345 678.",
                "note", "The party agreed to a workshop.",
                "title", "survivor Mary Akol"));
        assertThat(input.requiredNarrative("outcome", "Outcome", 2000))
                .isEqualTo("Met survivor Mary Akol; her phone is +211 912 345 678.");
        assertThat(input.optionalNarrative("note", "Note", 2000)).isEqualTo("The party agreed to a workshop.");
        // plain text fields are not narratives and are not checked
        assertThat(input.requiredText("title", "Title", 300)).isEqualTo("survivor Mary Akol");
        assertThatThrownBy(input::throwIfInvalid).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems())
                    .extracting(InvalidInputException.FieldProblem::field)
                    .containsExactly("outcome");
            assertThat(e.problems().get(0).message())
                    .startsWith("Outcome: this looks like personal data – “survivor Mary Akol” (a name next to"
                            + " “survivor”), “+211 912 345 678” (a phone number).")
                    .contains("tick “I have checked: no personal data”");
        });
    }

    @Test
    void takesAFlaggedNarrativeOnceThePersonConfirmedIt() {
        for (Object confirmed : List.of(Boolean.TRUE, "true")) {
            Input input = Input.of(Map.of(
                    "outcome",
                    "The Yei survivors network met on 12 March 2026 in Yei.",
                    Input.NARRATIVE_CONFIRMED,
                    confirmed));
            assertThat(input.requiredNarrative("outcome", "Outcome", 2000))
                    .isEqualTo("The Yei survivors network met on 12 March 2026 in Yei.");
            assertThat(input.isValid()).as("confirmed with %s", confirmed).isTrue();
        }
        Input unconfirmed = Input.of(Map.of(
                "outcome", "The Yei survivors network met on 12 March 2026 in Yei.", Input.NARRATIVE_CONFIRMED, false));
        unconfirmed.requiredNarrative("outcome", "Outcome", 2000);
        assertThat(unconfirmed.isValid()).isFalse();
    }

    @Test
    void narrativesKeepTheRulesOfText() {
        var values = new HashMap<String, Object>();
        values.put("blank", " ");
        values.put("long", "x".repeat(21));
        Input input = Input.of(values);
        assertThat(input.optionalNarrative("blank", "Note", 20)).isNull();
        assertThat(input.requiredNarrative("missing", "Outcome", 20)).isNull();
        assertThat(input.optionalNarrative("long", "Comment", 20)).isNull();
        assertThatThrownBy(input::throwIfInvalid)
                .hasMessageContaining("Outcome is required.")
                .hasMessageContaining("Comment must be at most 20 characters (it has 21).")
                .hasMessageNotContaining("Note");
    }
}
