package org.wps.commitments.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wps.commitments.input.PersonalDataFinding.Kind;

class PersonalDataCheckTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            We met survivor Mary Akol at the protection desk.        | survivor Mary Akol        | survivor
            Mary Akol, a survivor, asked for support.                | Mary Akol, a survivor     | survivor
            The victim, John Deng, reported it to the police.        | victim, John Deng         | victim
            A witness named Peter spoke to the team.                 | witness named Peter       | witness
            The informant Mr. Lado Gore called twice.                | informant Mr. Lado Gore   | informant
            Ms Achol, the complainant, withdrew the complaint.       | Ms Achol, the complainant | complainant
            Survivor Nyakim Gatkuoth asked for relocation.           | Survivor Nyakim Gatkuoth  | Survivor
            The team noted that the survivor's name is Rebecca.      | survivor's name is Rebecca | survivor's
            One witness, Captain Deng, was present.                  | witness, Captain Deng     | witness
            Two witnesses (Grace and others) were heard.             | witnesses (Grace          | witnesses
            La victime, Mme Nyandeng, a été entendue.                | victime, Mme Nyandeng     | victime
            Le témoin Jean-Pierre Mbala a parlé à l'équipe.          | témoin Jean-Pierre Mbala  | témoin
            La survivante nommée Aminata a été orientée.             | survivante nommée Aminata | survivante
            Selon M. Kabila, témoin de la scène, rien n'a changé.    | M. Kabila, témoin         | témoin
            """)
    void findsANameNextToARoleWord(String text, String excerpt, String role) {
        assertThat(PersonalDataCheck.scan(text))
                .extracting(PersonalDataFinding::kind, PersonalDataFinding::excerpt, PersonalDataFinding::why)
                .containsExactly(tuple(Kind.NAME_NEAR_ROLE, excerpt, "a name next to “" + role + "”"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            Her number is +211 912 345 678.                  | +211 912 345 678
            Call 0912 345 678 after the meeting.             | 0912 345 678
            Reachable on 091-234-5678 only.                  | 091-234-5678
            Contact (+33) 6 12 34 56 78 in Paris.            | (+33) 6 12 34 56 78
            Tel: +243 (0) 81 234 5678                        | +243 (0) 81 234 5678
            Call him at 0912345678.                          | 0912345678
            The number (0912 345 678) was shared.            | 0912 345 678
            Numéro : 06.12.34.56.78                          | 06.12.34.56.78
            """)
    void findsPhoneNumbers(String text, String excerpt) {
        assertThat(PersonalDataCheck.scan(text))
                .extracting(PersonalDataFinding::kind, PersonalDataFinding::excerpt)
                .containsExactly(tuple(Kind.PHONE_NUMBER, excerpt));
    }

    @Test
    void findsEmailAddressesAndIdentityNumbers() {
        assertThat(PersonalDataCheck.scan("Write to mary.akol@example.org or to m-akol+wps@mail.example.ss."))
                .extracting(PersonalDataFinding::kind, PersonalDataFinding::excerpt)
                .containsExactly(
                        tuple(Kind.EMAIL_ADDRESS, "mary.akol@example.org"),
                        tuple(Kind.EMAIL_ADDRESS, "m-akol+wps@mail.example.ss"));
        assertThat(PersonalDataCheck.scan("She showed passport no. P1234567 and ID number: 12-345-678."))
                .extracting(PersonalDataFinding::kind, PersonalDataFinding::excerpt)
                .containsExactly(
                        tuple(Kind.ID_NUMBER, "passport no. P1234567"), tuple(Kind.ID_NUMBER, "ID number: 12-345-678"));
        assertThat(PersonalDataCheck.scan("Sa carte d'identité n° 4455667 a été copiée."))
                .extracting(PersonalDataFinding::kind)
                .containsExactly(Kind.ID_NUMBER);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            On 12 March 2026 in Yei, soldiers entered the market.      | 12 March 2026 in Yei
            The incident of 2026-03-12 near Bentiu was reported.       | 2026-03-12 near Bentiu
            Le 12 mars 2026 à Goma, des hommes armés sont arrivés.     | 12 mars 2026 à Goma
            Seen on 12/03/2026 at Malakal by the patrol.               | 12/03/2026 at Malakal
            It happened on March 12, 2026 outside Torit.               | March 12, 2026 outside Torit
            Attaque près de Bunia le 3 avril.                          | près de Bunia le 3 avril
            Abducted in the village of Kaya on the 4th of May.         | in the village of Kaya on the 4th of May
            """)
    void findsADayLevelDateWithAPlaceInOneSentence(String text, String excerpt) {
        assertThat(PersonalDataCheck.scan(text))
                .extracting(PersonalDataFinding::kind, PersonalDataFinding::excerpt, PersonalDataFinding::why)
                .containsExactly(tuple(Kind.INCIDENT_DATE_AND_PLACE, excerpt, "an exact date with a place"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "The Senior Women's Protection Adviser met the Ministry of Defence on survivor services.",
                "SSPDF commanders agreed to fund survivor services in every division.",
                "37% of survivors were IDPs and 99% were women (survivors (aggregate: 37%)).",
                "The Witness Protection Unit of the Ministry of Justice was briefed.",
                "Several survivors received medical care; Many victims were referred.",
                "Survivors in Juba received services from UNFPA.",
                "Victims and witnesses must be protected under the Action Plan.",
                "The Chief of Defence Forces agreed that victims would be referred to the One Stop Centre.",
                "The Office of the President and the SRSG-SVC discussed the Joint Communiqué.",
                "In March 2026 the SSPDF met the WPA in Juba.",
                "The action plan was validated on 2026-03-12 at the Ministry of Defence.",
                "On 12 March 2026 the party signed the order. The next meeting is planned in Juba.",
                "The order was issued on 12 March 2026 to all SSPDF units.",
                "A workshop was held at UNMISS HQ on 3 May 2026.",
                "See MARA-2026-0042 and MARA-2025-1187 for the verified incidents.",
                "Budget USD 250,000 (funding gap USD 1 250 000; 45% funded, 12.5 % spent).",
                "Plan period 2024-2026, then 2027 – 2028; report S/2023/413 and resolution 2467 (2019).",
                "Progress was reviewed on 12/03/2026 and 2026-04-01 by the committee.",
                "Counterpart: Chief of Defence Forces; he was briefed by the Head of Mission.",
                "La Conseillère pour la protection des femmes a rencontré le Ministère de la Défense.",
                "Les survivantes ont accès aux services en mars 2026.",
                ""
            })
    void letsOrdinaryReportingPass(String text) {
        assertThat(PersonalDataCheck.scan(text)).isEmpty();
    }

    @Test
    void nullAndBlankHaveNoFindings() {
        assertThat(PersonalDataCheck.scan(null)).isEmpty();
        assertThat(PersonalDataCheck.scan("  \n ")).isEmpty();
    }

    @Test
    void reportsEveryFindingOnceInReadingOrder() {
        String text = "Call +211 912 345 678. Survivor Mary Akol was seen on 12 March 2026 in Yei. "
                + "Write to akol@example.org. Call +211 912 345 678.";
        assertThat(PersonalDataCheck.scan(text))
                .extracting(PersonalDataFinding::kind)
                .containsExactly(
                        Kind.PHONE_NUMBER, Kind.NAME_NEAR_ROLE, Kind.INCIDENT_DATE_AND_PLACE, Kind.EMAIL_ADDRESS);
    }

    @Test
    void warningQuotesWhatWasFoundAndSaysWhatToDo() {
        var findings = PersonalDataCheck.scan("We spoke with survivor Mary Akol, phone +211 912 345 678.");
        assertThat(PersonalDataCheck.warning("Outcome", findings))
                .isEqualTo("Outcome: this looks like personal data – “survivor Mary Akol” (a name next to"
                        + " “survivor”), “+211 912 345 678” (a phone number). The tracker must never hold survivor,"
                        + " witness or informant identities or contact details, or incident dates and places (keep"
                        + " them in MARA, store only its reference). Rewrite it, or tick “I have checked: no"
                        + " personal data” if it is not personal data.");
    }

    @Test
    void warningQuotesAtMostFiveFindings() {
        String text = String.join(
                " ",
                List.of(
                        "a@example.org",
                        "b@example.org",
                        "c@example.org",
                        "d@example.org",
                        "e@example.org",
                        "f@example.org",
                        "g@example.org"));
        String warning = PersonalDataCheck.warning("Note", PersonalDataCheck.scan(text));
        assertThat(warning)
                .contains("“e@example.org”")
                .doesNotContain("f@example.org")
                .contains(" and 2 more.");
    }

    @Test
    void wordListsAreReadFromTheirResourceFilesInLowerCaseWithoutComments() {
        assertThat(PersonalDataCheck.words("titles.txt"))
                .contains("mrs", "capitaine")
                .noneMatch(word -> word.startsWith("#") || word.isBlank());
        assertThat(PersonalDataCheck.words("not-names.txt")).contains("the", "lundi");
        assertThat(PersonalDataCheck.words("linking-words.txt")).contains("named", "«");
    }

    @Test
    void aMissingWordListStopsTheCheckRatherThanLettingEverythingThrough() {
        assertThatThrownBy(() -> PersonalDataCheck.words("no-such-list.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/personal-data/no-such-list.txt");
    }
}
