package cn.laborcase;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The house rules that Spring Modulith's boundary check does not cover (house-style.md 11, 12, 28): controllers call
 * no mapper, a module's root package (its API and domain) imports no MVC, MyBatis or Camunda types, and the platform
 * modules carry no track content.
 */
class ArchitectureTest {

    /** The tracks: modules that own cases. Everything else is platform and may not know them. */
    static final Set<String> TRACKS =
            Set.of("intake", "inspection", "emergency", "mediation", "arbitration", "hearing");

    /** Platform modules that adapt a framework in their root by design: none but the engine adapter's sub-packages. */
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.laborcase");

    @Test
    void controllersCallNoMapper() {
        noClasses()
                .that()
                .resideInAPackage("cn.laborcase..web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("cn.laborcase..persistence..")
                .because("controllers bind, call one service method and map the result (house-style 12)")
                .check(CLASSES);
    }

    @Test
    void rootPackagesImportNoFrameworkAdapters() {
        noClasses()
                .that(inAModuleRoot())
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework.web..",
                        "org.springframework.ui..",
                        "jakarta.servlet..",
                        "org.apache.ibatis..",
                        "org.mybatis..",
                        "org.camunda..")
                .because("domain code imports no Spring MVC, MyBatis or Camunda types; web, persistence and process"
                        + " (and workflow.engine) adapt them (house-style 11)")
                .check(CLASSES);
    }

    @Test
    void platformModulesCarryNoTrackContent() {
        noClasses()
                .that(inAPlatformModule())
                .should()
                .dependOnClassesThat(inATrack())
                .orShould()
                .haveSimpleNameStartingWith("Intake")
                .orShould()
                .haveSimpleNameStartingWith("Complaint")
                .because("document types, forms and rules live in the track's own module (house-style 28)")
                .check(CLASSES);
    }

    static String moduleOf(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith("cn.laborcase.")) {
            return "";
        }
        String rest = pkg.substring("cn.laborcase.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /**
     * The adapter modules whose root is the adaptation itself: {@code workflow} wraps the Camunda engine (every other
     * module reaches the engine only through it) and {@code security} configures Spring Security's web filter chains.
     * Their roots are exempt; moving their engine and filter code into sub-packages is open (docs/architecture.md).
     */
    static final Set<String> ADAPTER_MODULES = Set.of("workflow", "security", "demo");

    static DescribedPredicate<JavaClass> inAModuleRoot() {
        return DescribedPredicate.describe(
                "are in a module's root package (adapter modules aside)",
                c -> c.getPackageName().matches("cn\\.laborcase\\.[a-z]+") && !ADAPTER_MODULES.contains(moduleOf(c)));
    }

    @Test
    void onlyTheWorkflowModuleTalksToTheEngineOutsideProcessAdapters() {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "cn.laborcase.workflow..",
                        "cn.laborcase..process..",
                        "cn.laborcase.demo..",
                        "cn.laborcase.shared.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.camunda.bpm.engine..")
                .because("feature modules start processes and work tasks through workflow; only their process"
                        + " adapters (delegates, DMN) and the error translation see the engine (architecture.md)")
                .check(CLASSES);
    }

    static DescribedPredicate<JavaClass> inAPlatformModule() {
        return DescribedPredicate.describe("are in a platform module", c -> {
            String module = moduleOf(c);
            return !module.isEmpty() && !TRACKS.contains(module) && !module.equals("demo");
        });
    }

    static DescribedPredicate<JavaClass> inATrack() {
        return DescribedPredicate.describe("are in a track module", c -> TRACKS.contains(moduleOf(c)));
    }
}
