package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.clinic.ClinicProfile;
import com.ublives.recovery.clinic.Paper;
import com.ublives.recovery.clinic.sheet.SheetFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileViewModelTest {

    @TempDir
    Path dir;

    private ClinicFixture fixture;
    private ProfileViewModel model;

    @BeforeEach
    void open() {
        fixture = ClinicFixture.direct(dir.resolve("data"));
        model = new ProfileViewModel(fixture.clinic, fixture.dialogs, fixture.tasks, ClinicFixture.TEXTS);
        model.load().join();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Another desk saved the profile after this form was loaded: refused, told by whom, and the form shows what is stored. */
    @Test
    void aSaveRefusedBecauseAnotherDeskSavedFirstSaysSoAndTheFormShowsWhatIsStored() throws InterruptedException {
        model.nameProperty().set("Harbour Street");
        model.save().join();
        ClinicProfile read = fixture.clinic.profile();
        fixture.clinic.saveProfile(new ClinicProfile("Harbour Street Massage", "", "+48 1", "", "", null, List.of(),
                Paper.A4, "", read.version()));

        model.phoneProperty().set("+48 2");
        model.save().handle((stored, failure) -> failure).join();

        assertThat(model.messageProperty().get()).startsWith("The clinic profile was changed on another desk by ")
                .contains("so your changes were not saved");
        assertThat(fixture.dialogs.errors).singleElement().asString().contains("changed on another desk");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!model.nameProperty().get().equals("Harbour Street Massage") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(model.nameProperty().get()).isEqualTo("Harbour Street Massage");
        assertThat(model.phoneProperty().get()).isEqualTo("+48 1");
        assertThat(fixture.clinic.profile().phone()).isEqualTo("+48 1");
    }

    @Test
    void savedProfileIsStoredWithTherapistsOnePerLineAndItsLogo() throws Exception {
        Path logo = Files.write(dir.resolve("logo.png"), SheetFixtures.logoPng());
        fixture.dialogs.filesToOpen.add(logo);
        model.chooseLogo().join();
        model.nameProperty().set("Zdrowie Gabinet Łódź");
        model.phoneProperty().set("+48 42 000 00 00");
        model.therapistsProperty().set("Anna Nowak\n\n  Jan Kowalski  \n");
        model.paperProperty().set(Paper.LETTER);
        model.footerProperty().set("Open Mon–Sat");
        model.save().join();

        ClinicProfile stored = fixture.clinic.profile();
        assertThat(stored.name()).isEqualTo("Zdrowie Gabinet Łódź");
        assertThat(stored.therapists()).containsExactly("Anna Nowak", "Jan Kowalski");
        assertThat(stored.paper()).isEqualTo(Paper.LETTER);
        assertThat(stored.logo()).isEqualTo(SheetFixtures.logoPng());
        assertThat(model.messageProperty().get()).startsWith("Saved.");

        ProfileViewModel again = new ProfileViewModel(fixture.clinic, fixture.dialogs, fixture.tasks, ClinicFixture.TEXTS);
        again.load().join();
        assertThat(again.therapistsProperty().get()).isEqualTo("Anna Nowak\nJan Kowalski");
        assertThat(again.logoProperty().get()).isEqualTo(SheetFixtures.logoPng());
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedWithItsReasonAndTheLogoStays() throws Exception {
        fixture.dialogs.filesToOpen.add(Files.write(dir.resolve("logo.png"), SheetFixtures.logoPng()));
        model.chooseLogo().join();
        Path notAnImage = Files.writeString(dir.resolve("notes.png"), "just some text", StandardCharsets.UTF_8);
        fixture.dialogs.filesToOpen.add(notAnImage);

        model.chooseLogo().exceptionally(refused -> null).join();

        assertThat(fixture.dialogs.errors).singleElement().asString()
                .isEqualTo("That file cannot be the logo: Logo must be a PNG or JPEG image; notes.png is neither");
        assertThat(model.logoProperty().get()).isEqualTo(SheetFixtures.logoPng());
    }

    @Test
    void aBlankNameIsMarkedOnTheFieldAndNothingIsSaved() {
        model.phoneProperty().set("+48 1");
        model.save().exceptionally(refused -> null).join();

        assertThat(model.nameErrorProperty().get()).isEqualTo("Name is required");
        assertThat(fixture.clinic.profile()).isEqualTo(ClinicProfile.unset());
        assertThat(fixture.dialogs.errors).isEmpty();
    }

    @Test
    void removingTheLogoSavesAProfileWithoutOne() {
        fixture.clinic.saveProfile(SheetFixtures.clinic());
        model.load().join();
        model.removeLogo();
        model.save().join();

        assertThat(fixture.clinic.profile().hasLogo()).isFalse();
        assertThat(fixture.clinic.profile().therapists()).isEqualTo(List.of("Anna Nowak", "Jan Kowalski"));
    }
}
