package com.ublives.recovery.storage;

import com.ublives.recovery.ReleaseDataFolder;
import com.ublives.recovery.rules.MassageType;
import com.ublives.recovery.rules.RedFlag;
import com.ublives.recovery.rules.Level;
import com.ublives.recovery.rules.RuleSet;
import com.ublives.recovery.rules.RuleSetChangedException;
import com.ublives.recovery.rules.RuleSetException;
import com.ublives.recovery.rules.RuleSetJson;
import com.ublives.recovery.rules.RuleSetVersion;
import com.ublives.recovery.rules.RuleSetVersion.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Versions of the rule set (issue 14, migration V6): saved, listed, used again, and two desks saving at once. */
class RuleSetVersionsTest {

    private static final String BUNDLED_JSON = com.ublives.recovery.Services.defaultRules();
    private static final RuleSet BUNDLED = RuleSetJson.parse(BUNDLED_JSON);

    @TempDir
    Path dir;
    private Database database;

    @BeforeEach
    void openDatabase() {
        database = Database.open(dir);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private RuleSetRepository repository() {
        return new RuleSetRepository(database.dataSource(), BUNDLED_JSON);
    }

    static RuleSet withCupping(RuleSet r) {
        List<MassageType> massages = new ArrayList<>(r.massageTypes());
        massages.add(new MassageType("cupping", "Cupping", "MODERATE"));
        return new RuleSet(r.version(), r.watchHours(), r.bands(), massages, r.severities(), r.factors(), r.redFlags(),
                r.conditions(), r.bandRules(), r.warningRules(), r.planItems(), r.exclusions());
    }

    @Test
    void theFirstRunIsVersionOneAndEachSaveANewVersionInUseWhileTheOldOnesStay() {
        RuleSetRepository repository = repository();
        repository.open();
        assertThat(repository.versions()).singleElement().satisfies(v -> {
            assertThat(v.number()).isEqualTo(1);
            assertThat(v.name()).isEqualTo("2026.11-2");
            assertThat(v.source()).isEqualTo(Source.BUNDLED);
            assertThat(v.savedBy()).isNull();
            assertThat(v.inUse()).isTrue();
        });

        RuleSetVersion saved = repository.save(withCupping(BUNDLED), Source.EDITED, "Anna", repository.changes());

        assertThat(saved.number()).isEqualTo(2);
        assertThat(saved.name()).isEqualTo("2026.11-2+2");
        assertThat(saved.savedBy()).isEqualTo("Anna");
        assertThat(repository.versions()).extracting(RuleSetVersion::number, RuleSetVersion::inUse)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, false), org.assertj.core.groups.Tuple.tuple(2, true));
        assertThat(repository().open().massageType("cupping").name()).isEqualTo("Cupping");
        assertThat(repository.read(1)).isEqualTo(BUNDLED);
    }

    @Test
    void useGoesBackToAStoredVersionWithoutAddingOneAndTheNextStartKeepsIt() {
        RuleSetRepository repository = repository();
        repository.open();
        repository.save(withCupping(BUNDLED), Source.EDITED, "Anna", repository.changes());

        RuleSetVersion used = repository.use(1, repository.changes());

        assertThat(used.number()).isEqualTo(1);
        assertThat(used.inUse()).isTrue();
        assertThat(repository.versions()).hasSize(2);
        assertThat(repository.current()).isEqualTo(BUNDLED);
        assertThat(repository().open()).isEqualTo(BUNDLED);
    }

    @Test
    void aSaveStartedBeforeAnotherDesksSaveIsRefusedAndStoresNothing() {
        RuleSetRepository deskA = repository();
        RuleSetRepository deskB = repository();
        deskA.open();
        deskB.open();
        long bothOpenedAt = deskA.changes();
        deskA.save(withCupping(BUNDLED), Source.EDITED, "Anna", bothOpenedAt);

        RuleSet otherEdit = renamedThai(BUNDLED);
        assertThatThrownBy(() -> deskB.save(otherEdit, Source.EDITED, "Ben", bothOpenedAt))
                .isInstanceOf(RuleSetChangedException.class)
                .hasMessageContaining("changed on another desk").hasMessageContaining("nothing was saved");
        assertThatThrownBy(() -> deskB.use(1, bothOpenedAt)).isInstanceOf(RuleSetChangedException.class);

        assertThat(deskB.versions()).hasSize(2);
        assertThat(repository().open().massageType("cupping")).isNotNull();
        assertThat(repository().open().massageType("thai").name()).isEqualTo("Thai");
    }

    @Test
    void twoSavesAtTheSameMomentStoreOneAndRefuseTheOther() throws Exception {
        RuleSetRepository repository = repository();
        repository.open();
        long openedAt = repository.changes();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> saves = new ArrayList<>();
            for (RuleSet edit : List.of(withCupping(BUNDLED), renamedThai(BUNDLED))) {
                saves.add(pool.submit(() -> {
                    start.await();
                    try {
                        return new RuleSetRepository(database.dataSource(), BUNDLED_JSON)
                                .save(edit, Source.EDITED, "desk", openedAt);
                    } catch (RuleSetChangedException refused) {
                        return refused;
                    }
                }));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : saves) {
                results.add(f.get());
            }
            assertThat(results).filteredOn(r -> r instanceof RuleSetVersion).hasSize(1);
            assertThat(results).filteredOn(r -> r instanceof RuleSetChangedException).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(repository.versions()).hasSize(2);
        assertThat(repository.changes()).isEqualTo(openedAt + 1);
    }

    @Test
    void aSetBelowTheSafetyFloorIsNeverStored() {
        RuleSetRepository repository = repository();
        repository.open();
        List<RedFlag> flags = new ArrayList<>(BUNDLED.redFlags());
        flags.set(0, new RedFlag(flags.get(0).id(), Level.WARNING, flags.get(0).label(), flags.get(0).action()));
        RuleSet lowered = new RuleSet(BUNDLED.version(), BUNDLED.watchHours(), BUNDLED.bands(), BUNDLED.massageTypes(),
                BUNDLED.severities(), BUNDLED.factors(), flags, BUNDLED.conditions(), BUNDLED.bandRules(),
                BUNDLED.warningRules(), BUNDLED.planItems(), BUNDLED.exclusions());

        assertThatThrownBy(() -> repository.save(lowered, Source.EDITED, "Anna", repository.changes()))
                .isInstanceOf(RuleSetException.class).hasMessageContaining("redFlags[bladder-bowel]: level WARNING is below");
        assertThat(repository.versions()).hasSize(1);
        assertThat(repository.changes()).isEqualTo(1);
    }

    @Test
    void aFolderOfAnEarlierReleaseGetsItsRuleSetAsVersionOneInUse() {
        database.close();
        Path old = ReleaseDataFolder.unpack(dir.resolve("release"));
        database = Database.open(old);

        RuleSetRepository repository = repository();
        RuleSet opened = repository.open();

        assertThat(opened).isEqualTo(BUNDLED);
        assertThat(repository.versions()).singleElement().satisfies(v -> {
            assertThat(v.number()).isEqualTo(1);
            assertThat(v.inUse()).isTrue();
            assertThat(v.source()).isEqualTo(Source.BUNDLED);
        });
        RuleSetVersion saved = repository.save(withCupping(BUNDLED), Source.EDITED, "Anna", repository.changes());
        assertThat(saved.number()).isEqualTo(2);
    }

    private static RuleSet renamedThai(RuleSet r) {
        List<MassageType> massages = r.massageTypes().stream()
                .map(m -> m.id().equals("thai") ? new MassageType("thai", "Thai yoga", m.baseBand()) : m).toList();
        return new RuleSet(r.version(), r.watchHours(), r.bands(), massages, r.severities(), r.factors(), r.redFlags(),
                r.conditions(), r.bandRules(), r.warningRules(), r.planItems(), r.exclusions());
    }
}
