package com.ublives.recovery;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.ublives.recovery.storage.DataDirectory;
import com.ublives.recovery.storage.DataLocation;
import com.ublives.recovery.storage.ServerAddress;
import com.ublives.recovery.storage.SafeFile;

import java.sql.Connection;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;

/**
 * The layers of docs/architecture.md as packages, shared by the architecture tests. Classes are
 * picked by the package they live in (or, inside a package, by what they do), never by how they
 * are named, so a class with an unusual name cannot slip past a rule.
 */
public final class AppLayers {

    /** The application's classes, imported once for every architecture test of a run. */
    public static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.ublives.recovery");

    public static final String ROOT = "com.ublives.recovery";
    public static final String[] COMMANDS = {"com.ublives.recovery.cli.."};
    public static final String[] SCREENS = {"com.ublives.recovery.ui..", "com.ublives.recovery.assess..",
            "com.ublives.recovery.journal.screen..", "com.ublives.recovery.clinic.screen..",
            "com.ublives.recovery.content.screen.."};
    /**
     * Each feature's package: its service, its repositories and the data they hand out; and the care of
     * the data folder (backups, restore, encryption, the window's session on it).
     */
    public static final String[] SERVICES = {"com.ublives.recovery.planner..", "com.ublives.recovery.journal",
            "com.ublives.recovery.clinic", "com.ublives.recovery.clinic.sheet..", "com.ublives.recovery.datafolder..",
            "com.ublives.recovery.place..",
            "com.ublives.recovery.content", "com.ublives.recovery.summary..",
            "com.ublives.recovery.settings.."};
    public static final String[] STORAGE = {"com.ublives.recovery.storage.."};
    /** The rules engine, and the time rules every face and feature read moments by (pure java.time). */
    public static final String[] ENGINE = {"com.ublives.recovery.rules..", "com.ublives.recovery.time.."};
    /** The languages and their bundles: every layer reads texts, and this reads nothing of theirs. */
    public static final String[] LANGUAGES = {"com.ublives.recovery.i18n.."};

    /**
     * Where the data is (a folder, or a clinic server's address) and how a file reaches it whole: every
     * face writes files a person chose (exports, sheets) and names where the data is, none of which
     * touches the database.
     */
    public static final DescribedPredicate<JavaClass> FILES = belongToAnyOf(DataDirectory.class, SafeFile.class,
            DataLocation.class, ServerAddress.class)
            .as("where the data is and safe file writing");

    /** The database side of storage: connections, migrations, transactions, the rule-set tables. */
    public static final DescribedPredicate<JavaClass> DATABASE = resideInAnyPackage(STORAGE).and(DescribedPredicate.not(FILES))
            .as("storage apart from files");

    /**
     * Repositories, by what they do rather than their name: the classes that prepare SQL on a connection.
     * A helper that only binds or reads a value of a statement another class prepared (storage/SqlTimes)
     * writes no SQL, and is shared like any other part of storage.
     */
    public static final DescribedPredicate<JavaClass> PREPARE_SQL = new DescribedPredicate<>("prepare SQL") {
        @Override
        public boolean test(JavaClass c) {
            return isApp(c) && c.getMethodCallsFromSelf().stream()
                    .anyMatch(call -> call.getTargetOwner().isAssignableTo(Connection.class)
                            && call.getName().startsWith("prepare"));
        }
    };

    /** Plain data a layer hands to the one above: records, enums and exceptions. */
    public static final DescribedPredicate<JavaClass> DATA = new DescribedPredicate<>("plain data (records, enums, exceptions)") {
        @Override
        public boolean test(JavaClass c) {
            return c.isRecord() || c.isEnum() || c.isAssignableTo(Throwable.class)
                    || c.getEnclosingClass().map(this::test).orElse(false) && !c.isAnonymousClass();
        }
    };

    /** One of the application's classes (not the JDK's or a library's). */
    public static boolean isApp(JavaClass c) {
        return c.getPackageName().equals(ROOT) || c.getPackageName().startsWith(ROOT + ".");
    }

    private AppLayers() {
    }
}
