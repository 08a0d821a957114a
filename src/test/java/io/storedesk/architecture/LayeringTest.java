package io.storedesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The directions of DESIGN.md: ui -> service -> repository -> jOOQ, and the domain free of both ends. */
@AnalyzeClasses(packages = "io.storedesk", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule javafxOnlyInUiPackages = noClasses()
            .that().resideOutsideOfPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.testfx..", "eu.hansolo..",
                    "atlantafx..", "org.controlsfx..", "org.kordamp.ikonli..")
            .because("services and the domain must run and be tested without a window");

    @ArchTest
    static final ArchRule jooqOnlyInRepositoriesAndTheStore = noClasses()
            .that().resideOutsideOfPackage("io.storedesk.store..")
            .and().haveSimpleNameNotEndingWith("Repository")
            .should().dependOnClassesThat().resideInAPackage("org.jooq..")
            .because("repositories return domain records; nothing else knows SQL");

    @ArchTest
    static final ArchRule uiNeverTouchesTheDatabaseOrTheNetwork = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "okhttp3..", "java.sql..",
                    "io.storedesk.store.schema..")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .because("views reach data through services, on background threads");

    @ArchTest
    static final ArchRule commandsGoThroughServices = noClasses()
            .that().resideInAPackage("..cli..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().resideInAPackage("org.jooq..");

    @ArchTest
    static final ArchRule onlyTheEntryPointKnowsTheWindow = noClasses()
            .that().resideOutsideOfPackage("..ui..")
            .and().doNotHaveFullyQualifiedName("io.storedesk.Launcher")
            .should().dependOnClassesThat().resideInAPackage("..ui..")
            .because("features and services never reach up into the window");

    @ArchTest
    static final ArchRule iconsComeFromTheIconCatalogue = noClasses()
            .that().doNotHaveFullyQualifiedName("io.storedesk.ui.Icon")
            .should().dependOnClassesThat().resideInAPackage("org.kordamp.ikonli.material2..")
            .because("a meaning has one picture everywhere: io.storedesk.ui.Icon names them");

    @ArchTest
    static final ArchRule httpOnlyInSyncAdapters = noClasses()
            .that().resideOutsideOfPackage("io.storedesk.sync..")
            .should().dependOnClassesThat().resideInAnyPackage("okhttp3..")
            .because("adapters hide their remote APIs");

    @ArchTest
    static final ArchRule theDomainDoesNotKnowTheCommandLine = noClasses()
            .that().resideOutsideOfPackage("io.storedesk.cli..")
            .and().doNotHaveFullyQualifiedName("io.storedesk.Launcher")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..", "io.storedesk.cli..");
}
