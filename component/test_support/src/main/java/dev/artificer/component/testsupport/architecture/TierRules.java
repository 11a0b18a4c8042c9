package dev.artificer.component.testsupport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The class-level tier rules of the repository, as ArchUnit rules over a root package.
 *
 * <p>The root package is a parameter so that the same rules run over the real code ({@code dev.artificer})
 * and over planted fixtures that prove each rule catches what it should.
 */
public final class TierRules {

    private TierRules() {
    }

    /**
     * All tier rules for the given root package.
     *
     * @param root the root package, e.g. {@code dev.artificer}
     * @return every rule, each with a descriptive name
     */
    public static List<ArchRule> all(String root) {
        return List.of(
                componentsDependOnlyOnComponents(root),
                infrastructureNeverDependsOnSystems(root),
                systemsNeverDependOnEachOther(root),
                springOnlyInSystems(root),
                noEnvironmentReadsBelowSystems(root),
                noPackageCycles(root));
    }

    /**
     * Components may not use classes of the infrastructure or system tiers.
     *
     * @param root the root package
     * @return the rule
     */
    public static ArchRule componentsDependOnlyOnComponents(String root) {
        return noClasses().that().resideInAPackage(root + ".component..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".infrastructure..", root + ".system..")
                .as("components depend on nothing but components")
                .allowEmptyShould(true);
    }

    /**
     * Infrastructure may not use classes of the system tier.
     *
     * @param root the root package
     * @return the rule
     */
    public static ArchRule infrastructureNeverDependsOnSystems(String root) {
        return noClasses().that().resideInAPackage(root + ".infrastructure..")
                .should().dependOnClassesThat().resideInAPackage(root + ".system..")
                .as("infrastructure never depends on a system")
                .allowEmptyShould(true);
    }

    /**
     * Each system (one package under {@code root.system}) is isolated from every other system.
     *
     * @param root the root package
     * @return the rule
     */
    public static ArchRule systemsNeverDependOnEachOther(String root) {
        return slices().matching(root + ".system.(*)..")
                .should().notDependOnEachOther()
                .as("systems never depend on each other")
                .allowEmptyShould(true);
    }

    /**
     * Spring types may be used in systems only.
     *
     * @param root the root package
     * @return the rule
     */
    public static ArchRule springOnlyInSystems(String root) {
        return noClasses().that().resideInAnyPackage(root + ".component..", root + ".infrastructure..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .as("Spring is used in systems only")
                .allowEmptyShould(true);
    }

    /**
     * Components and infrastructure are configured by their callers and never read the environment.
     *
     * @param root the root package
     * @return the rule
     */
    public static ArchRule noEnvironmentReadsBelowSystems(String root) {
        return noClasses().that().resideInAnyPackage(root + ".component..", root + ".infrastructure..")
                .should().callMethod(System.class, "getenv")
                .orShould().callMethod(System.class, "getenv", String.class)
                .orShould().callMethod(System.class, "getProperty", String.class)
                .orShould().callMethod(System.class, "getProperty", String.class, String.class)
                .orShould().callMethod(System.class, "getProperties")
                .as("components and infrastructure never read environment variables or system properties")
                .allowEmptyShould(true);
    }

    /**
     * No two packages depend on each other, directly or through others.
     *
     * @param root the root package
     * @return the rule
     */
    public static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(**)")
                .should().beFreeOfCycles()
                .as("packages are free of cycles")
                .allowEmptyShould(true);
    }
}
