package dev.artificer.component.testsupport.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class TierRulesTest {

    private static final String FIXTURES = "fixtures.tiers";
    private static final JavaClasses PLANTED = new ClassFileImporter().importPackages(FIXTURES);

    private static List<String> violations(ArchRule rule) {
        return rule.evaluate(PLANTED).getFailureReport().getDetails();
    }

    @Test
    void componentUsingInfrastructureIsReportedWithBothClasses() {
        assertThat(violations(TierRules.componentsDependOnlyOnComponents(FIXTURES)))
                .anySatisfy(line -> assertThat(line)
                        .contains("fixtures.tiers.component.ReachingUpComponent")
                        .contains("fixtures.tiers.infrastructure.PlainStore"));
    }

    @Test
    void componentUsingAnotherComponentIsAllowed() {
        assertThat(violations(TierRules.componentsDependOnlyOnComponents(FIXTURES)))
                .noneSatisfy(line -> assertThat(line).contains("fixtures.tiers.component.PriceRecord>"));
    }

    @Test
    void infrastructureUsingASystemIsReportedWithBothClasses() {
        assertThat(violations(TierRules.infrastructureNeverDependsOnSystems(FIXTURES)))
                .anySatisfy(line -> assertThat(line)
                        .contains("fixtures.tiers.infrastructure.CacheClient")
                        .contains("fixtures.tiers.system.alpha.AlphaApplication"));
    }

    @Test
    void infrastructureUsingAComponentIsAllowed() {
        assertThat(violations(TierRules.infrastructureNeverDependsOnSystems(FIXTURES)))
                .noneSatisfy(line -> assertThat(line).contains("PlainStore"));
    }

    @Test
    void systemUsingAnotherSystemIsReportedWithBothClasses() {
        assertThat(violations(TierRules.systemsNeverDependOnEachOther(FIXTURES)))
                .anySatisfy(line -> assertThat(line)
                        .contains("fixtures.tiers.system.alpha.AlphaApplication")
                        .contains("fixtures.tiers.system.beta.BetaApplication"));
    }

    @Test
    void springBelowTheSystemTierIsReportedWithBothClasses() {
        assertThat(violations(TierRules.springOnlyInSystems(FIXTURES)))
                .anySatisfy(line -> assertThat(line)
                        .contains("fixtures.tiers.component.SpringUsingComponent")
                        .contains("org.springframework.util.StringUtils"));
    }

    @Test
    void springInASystemIsAllowed() {
        assertThat(violations(TierRules.springOnlyInSystems(FIXTURES)))
                .noneSatisfy(line -> assertThat(line).contains("BetaApplication"));
    }

    @Test
    void environmentVariableReadBelowTheSystemTierIsReportedWithBothClasses() {
        assertThat(violations(TierRules.noEnvironmentReadsBelowSystems(FIXTURES)))
                .anySatisfy(line -> assertThat(line)
                        .contains("fixtures.tiers.component.EnvironmentReadingComponent.host()")
                        .contains("java.lang.System.getenv(java.lang.String)"));
    }

    @Test
    void systemPropertyReadBelowTheSystemTierIsReportedWithBothClasses() {
        assertThat(violations(TierRules.noEnvironmentReadsBelowSystems(FIXTURES)))
                .anySatisfy(line -> assertThat(line)
                        .contains("fixtures.tiers.component.EnvironmentReadingComponent.port()")
                        .contains("java.lang.System.getProperty(java.lang.String)"));
    }

    @Test
    void packageCycleIsReportedWithBothClasses() {
        assertThat(String.join("\n", violations(TierRules.noPackageCycles(FIXTURES))))
                .contains("fixtures.tiers.component.cyclea.Left")
                .contains("fixtures.tiers.component.cycleb.Right");
    }

    @Test
    void everyRuleFindsAtLeastOnePlantedViolation() {
        assertThat(TierRules.all(FIXTURES))
                .allSatisfy(rule -> assertThat(rule.evaluate(PLANTED).hasViolation())
                        .as(rule.getDescription()).isTrue());
    }
}
