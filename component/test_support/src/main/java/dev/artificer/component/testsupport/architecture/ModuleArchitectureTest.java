package dev.artificer.component.testsupport.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@link TierRules tier rule} over the main classes of the module being built.
 *
 * <p>Each tier parent pom lists this library in Surefire's {@code dependenciesToScan}, so every module's
 * {@code test} phase runs this class with the module's own directory as working directory: a module
 * cannot opt out, and a new module is checked from its first build.
 */
public class ModuleArchitectureTest {

    private static final String ROOT_PACKAGE = "dev.artificer";

    /** Creates the test; JUnit instantiates it in every module's build. */
    public ModuleArchitectureTest() {
    }

    /**
     * One dynamic test per rule, each checked against this module's {@code target/classes}.
     *
     * @return the tests
     */
    @TestFactory
    public Stream<DynamicTest> moduleFollowsTheTierRules() {
        JavaClasses classes = new ClassFileImporter().importPath(Path.of("target", "classes"));
        return TierRules.all(ROOT_PACKAGE).stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(classes)));
    }
}
