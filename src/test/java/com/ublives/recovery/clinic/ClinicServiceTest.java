package com.ublives.recovery.clinic;

import com.ublives.recovery.clinic.sheet.SheetFixtures;
import com.ublives.recovery.rules.InvalidInputException;
import com.ublives.recovery.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClinicServiceTest {

    @TempDir
    Path dir;

    private Database database;
    private ClinicService clinic;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        clinic = new ClinicService(database.dataSource(), SheetFixtures.RULES, Clock.fixed(Instant.parse("2026-05-12T10:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void profileIsUnsetBeforeTheClinicIsSetUp() {
        assertThat(clinic.profile()).isEqualTo(ClinicProfile.unset());
    }

    @Test
    void savedProfileComesBackWithItsLogoTherapistsAndPaper() {
        ClinicProfile profile = SheetFixtures.clinic();
        ClinicProfile letter = new ClinicProfile(profile.name(), profile.address(), profile.phone(), profile.email(),
                profile.website(), profile.logo(), profile.therapists(), Paper.LETTER, profile.footer());
        clinic.saveProfile(letter);
        assertThat(clinic.profile()).isEqualTo(letter);
        assertThat(clinic.profile().logo()).isEqualTo(profile.logo());
    }

    @Test
    void savingAgainReplacesTheOneProfileAndSurvivesReopening() {
        clinic.saveProfile(SheetFixtures.clinic());
        ClinicProfile renamed = new ClinicProfile("Zdrowie Gabinet Łódź", "", "+48 1", "", "", null, List.of(), Paper.A4, "");
        clinic.saveProfile(renamed);
        database.close();
        open();
        assertThat(clinic.profile()).isEqualTo(renamed);
    }

    @Test
    void profileWithoutANameIsRefusedAndNothingIsStored() {
        ClinicProfile nameless = new ClinicProfile(" ", "", "", "", "", null, List.of(), Paper.A4, "");
        assertThatThrownBy(() -> clinic.saveProfile(nameless))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.first().describe("--")).isEqualTo("--name is required"));
        assertThat(clinic.profile()).isEqualTo(ClinicProfile.unset());
    }

    @Test
    void logoThatIsNotAReadablePngOrJpegIsRefused() {
        byte[] notAnImage = "GIF89a not really".getBytes(StandardCharsets.US_ASCII);
        ClinicProfile profile = new ClinicProfile("C", "", "", "", "", notAnImage, List.of(), Paper.A4, "");
        assertThatThrownBy(() -> clinic.saveProfile(profile))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.first().input()).isEqualTo("logo"));
        byte[] brokenPng = new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0};
        assertThatThrownBy(() -> Logo.check(brokenPng, "x.png")).hasMessageContaining("cannot be read");
    }

    @Test
    void clientsAreFoundByAnyPartOfTheirNameIgnoringCaseAndAccents() {
        Client zoe = clinic.addClient(new Client(null, "Zoë Łukasz-Müller", "+48 600", "", List.of("blood-thinners"), "likes firm pressure"));
        Client bruce = clinic.addClient(Client.named("李小龍"));
        clinic.addClient(Client.named("Jan Kowalski"));
        assertThat(zoe.id()).isNotNull();
        assertThat(clinic.searchClients("zoe lukasz")).containsExactly(zoe);
        assertThat(clinic.searchClients("MULLER")).containsExactly(zoe);
        assertThat(clinic.searchClients("小龍")).containsExactly(bruce);
        assertThat(clinic.searchClients("")).hasSize(3);
        assertThat(clinic.searchClients("%")).isEmpty();
    }

    @Test
    void clientKeepsItsConditionsAndNotes() {
        Client added = clinic.addClient(new Client(null, "Ana", "1", "ana@example.org", List.of("pregnancy", "pacemaker"), "note"));
        assertThat(clinic.client(added.id())).contains(added);
        assertThat(clinic.clientNamed("ANA")).contains(added);
    }

    @Test
    void clientWithAnUnknownConditionIsRefusedWithTheAllowedIds() {
        assertThatThrownBy(() -> clinic.addClient(new Client(null, "Ana", "", "", List.of("flu"), "")))
                .hasMessageContaining("condition must be one of blood-thinners")
                .hasMessageContaining("got flu");
        assertThat(clinic.searchClients("")).isEmpty();
    }

    @Test
    void updatingAClientChangesItAndAnUnknownOneIsRefused() {
        Client added = clinic.addClient(Client.named("Ana"));
        Client changed = new Client(added.id(), "Ana Maria", "", "", List.of("recent-injury-surgery"), "knee");
        clinic.updateClient(changed);
        assertThat(clinic.client(added.id())).contains(changed);
        assertThatThrownBy(() -> clinic.updateClient(changed.withId(999))).hasMessageContaining("999: no such client");
    }
}
