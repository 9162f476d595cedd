package com.ublives.recovery.clinic;

import com.ublives.recovery.ReleaseDataFolder;
import com.ublives.recovery.Services;
import com.ublives.recovery.journal.CheckIn;
import com.ublives.recovery.journal.ClosedBy;
import com.ublives.recovery.journal.JournalService;
import com.ublives.recovery.journal.Recovery;
import com.ublives.recovery.journal.RecoveryStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data folder made by the release before the split (sessions were journal recoveries with a client) is
 * split by migration V4 when it is opened: the journal keeps exactly the person's own recoveries and
 * check-ins, the clinic keeps every client, every session (same ids) and the check-ins made on them.
 */
class SessionSplitMigrationTest {

    @TempDir
    Path dir;
    Services services;
    JournalService journal;
    ClinicService clinic;

    @BeforeEach
    void open() {
        services = Services.open(ReleaseDataFolder.unpack(dir.resolve("data")));
        journal = services.journal();
        clinic = services.clinic();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theJournalKeepsEveryOneOfThePersonsOwnRecoveriesAndCheckInsAndNoSession() throws Exception {
        assertThat(journal.recoveries()).extracting(Recovery::id).containsExactly(7L, 4L, 2L, 1L);
        Recovery own = journal.recovery(1).orElseThrow();
        assertThat(own.massage()).isEqualTo("deep-tissue");
        assertThat(own.therapist()).isEqualTo("Own therapist");
        assertThat(own.note()).isEqualTo("my own back");
        assertThat(own.endSoreness()).isEqualTo(4);
        assertThat(journal.checkIns(1)).extracting(CheckIn::id, CheckIn::soreness)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 5), org.assertj.core.groups.Tuple.tuple(2L, 7));
        assertThat(journal.checkIns(1).get(1).judgement().warnings()).extracting(w -> w.code())
                .containsExactly("severe-soreness", "sharp-pain", "worsening");
        assertThat(journal.checkIns(2)).extracting(CheckIn::id).containsExactly(3L);
        assertThat(journal.recovery(2).orElseThrow().closedBy()).isEqualTo(ClosedBy.SORENESS_ZERO);
        assertThat(journal.checkIns(4)).extracting(CheckIn::id).containsExactly(6L);
        assertThat(journal.checkIns(7)).isEmpty();
        assertThat(journal.recovery(7).orElseThrow().closedBy()).isEqualTo(ClosedBy.PERSON);

        for (long session : List.of(3L, 5L, 6L)) {
            assertThat(journal.recovery(session)).as("session %d in the journal", session).isEmpty();
        }
        assertThat(journal.status(Instant.parse("2026-05-14T10:00:00Z"))).extracting(s -> s.recovery().id())
                .containsExactly(1L, 4L);
        StringWriter export = new StringWriter();
        journal.exportJson(export);
        assertThat(export.toString()).doesNotContain("clientId", "Anna Nowak", "tight left trapezius", "Zoë", "Jan");
    }

    @Test
    void theClinicKeepsEveryClientAndEverySessionWithItsIdAndTheCheckInsMadeOnIt() {
        assertThat(clinic.searchClients("")).extracting(Client::id, Client::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "Ada Without Sessions"),
                org.assertj.core.groups.Tuple.tuple(2L, "Jan Kowalski"),
                org.assertj.core.groups.Tuple.tuple(1L, "Zoë Łukasz-Müller"));
        Client zoe = clinic.client(1).orElseThrow();
        assertThat(zoe.conditions()).containsExactly("blood-thinners");
        assertThat(zoe.notes()).isEqualTo("prefers mornings");

        assertThat(clinic.sessionsOf(1)).extracting(ClinicSession::id).containsExactly(5L, 3L);
        assertThat(clinic.sessionsOf(2)).extracting(ClinicSession::id).containsExactly(6L);
        assertThat(clinic.sessionsOf(3)).isEmpty();

        ClinicSession first = clinic.session(3).orElseThrow();
        assertThat(first.client()).isEqualTo(zoe);
        assertThat(first.startedAt()).isEqualTo(Instant.parse("2026-05-12T07:30:00Z"));
        assertThat(first.massage()).isEqualTo("deep-tissue");
        assertThat(first.therapist()).isEqualTo("Anna Nowak");
        assertThat(first.pressure()).isEqualTo("firm");
        assertThat(first.areas()).containsExactly("neck", "lower-back");
        assertThat(first.endSoreness()).isEqualTo(5);
        assertThat(first.conditions()).containsExactly("blood-thinners");
        assertThat(first.note()).isEqualTo("tight left trapezius");
        ClinicSession jan = clinic.session(6).orElseThrow();
        assertThat(jan.quality().id()).isEqualTo("sharp");
        assertThat(jan.factors()).containsExactly("tight-muscles");
        assertThat(jan.therapist()).isEqualTo("Piotr Wiśniewski");

        List<SessionCheckIn> checkIns = clinic.checkInsOf(3);
        assertThat(checkIns).extracting(SessionCheckIn::id, SessionCheckIn::soreness).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4L, 6), org.assertj.core.groups.Tuple.tuple(5L, 3));
        assertThat(checkIns.get(1).at()).isEqualTo(Instant.parse("2026-05-14T08:00:00Z"));
        assertThat(checkIns.get(1).judgement().warnings()).extracting(w -> w.code()).containsExactly("longer-than-expected");
        assertThat(clinic.checkInsOf(5)).isEmpty();
    }

    @Test
    void aSessionRecordedAfterTheSplitTakesAnIdNoSessionOrRecoveryEverHadAndOldIdsStillPrintTheirSheets() {
        ClinicSession added = clinic.recordSession(NewSession.of(2, Instant.parse("2026-06-01T08:00:00Z"), "thai", 2));
        assertThat(added.id()).isEqualTo(8L);
        assertThat(clinic.sessionsOf(2)).extracting(ClinicSession::id).containsExactly(8L, 6L);

        AftercareSheets sheets = new AftercareSheets(clinic, services.planner());
        assertThat(sheets.forSession(3, null).clientName()).isEqualTo("Zoë Łukasz-Müller");
        assertThat(journal.recoveries()).hasSize(4);
        List<RecoveryStatus> none = journal.status(Instant.parse("2026-06-01T09:00:00Z")).stream()
                .filter(s -> s.recovery().id() == added.id()).toList();
        assertThat(none).isEmpty();
    }
}
