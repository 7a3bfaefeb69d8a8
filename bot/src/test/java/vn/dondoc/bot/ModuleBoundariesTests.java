package vn.dondoc.bot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.dondoc.scheduler.register.RegisterDatabase;

/**
 * The three modules point one way: bot → messages → scheduler (and bot → scheduler). The scheduler
 * computes and never says anything itself; messages renders what the scheduler computes; only the bot
 * knows Telegram. Inside the scheduler, its feature packages depend on each other one way too (task uses agency,
 * contact and event; none of them uses task), so a feature can be read, and changed, starting from what it uses.
 */
class ModuleBoundariesTests {

    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // After `package`, the scheduler's tests come to the bot as its test-jar, which DO_NOT_INCLUDE_TESTS
            // (looking for test-classes folders) lets through.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("vn.dondoc");

    @Test
    void seesTheClassesOfAllThreeModules() {
        assertThat(PRODUCTION.containPackage("vn.dondoc.bot.cli")).isTrue();
        assertThat(PRODUCTION.containPackage("vn.dondoc.scheduler.task")).isTrue();
        assertThat(PRODUCTION.containPackage("vn.dondoc.messages")).isTrue();
    }

    @Test
    void schedulerNeverUsesTelegramTheBotOrTheMessages() {
        independent("vn.dondoc.scheduler..", "vn.dondoc.bot..", "vn.dondoc.messages..").check(PRODUCTION);
    }

    @Test
    void messagesNeverUseTelegramOrTheBot() {
        independent("vn.dondoc.messages..", "vn.dondoc.bot..").check(PRODUCTION);
    }

    @Test
    void onlyTheSchedulerOpensTransactionsOrLocksTheRegister() {
        noClasses().that().resideOutsideOfPackage("vn.dondoc.scheduler..")
                .should().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                        JavaClass.Predicates.assignableTo(RegisterDatabase.class)))
                        .and(JavaCall.Predicates.target(HasName.Predicates.nameMatching(
                                "inTransaction|inRolledBackTransaction|exclusively|jdbc|dataSource"))))
                .because("a use case in scheduler/ owns its transaction: commands and pages parse, call one action and render")
                .check(PRODUCTION);
    }

    @Test
    void quartzJobsLiveInTheScheduler() {
        classes().that().implement(org.quartz.Job.class).should().resideInAPackage("vn.dondoc.scheduler.schedule..")
                .because("the scheduler owns Quartz; the bot only provides the channels the passes call")
                .check(PRODUCTION);
        // TelegramLink stops Quartz (waiting for a pass that is sending) before it closes the connection to Telegram.
        noClasses().that().resideOutsideOfPackage("vn.dondoc.scheduler.schedule..").and().doNotHaveSimpleName("TelegramLink")
                .should().dependOnClassesThat().resideInAPackage("org.quartz..")
                .check(PRODUCTION);
    }

    @Test
    void theSchedulersFeaturesDependOnEachOtherOneWay() {
        featuresFreeOfCycles("vn.dondoc.scheduler").check(PRODUCTION);
    }

    @Test
    void theRuleCatchesACrossing() {
        JavaClasses fixture = new ClassFileImporter().importPackages("vn.dondoc.boundaryfixture");
        ArchRule rule = independent("vn.dondoc.boundaryfixture.scheduler..", "vn.dondoc.bot..", "vn.dondoc.messages..");

        assertThatThrownBy(() -> rule.check(fixture)).isInstanceOf(AssertionError.class).hasMessageContaining("ReachesIntoTheBot");
    }

    @Test
    void theCycleRuleCatchesTwoFeaturesUsingEachOther() {
        JavaClasses fixture = new ClassFileImporter().importPackages("vn.dondoc.cyclefixture");
        ArchRule rule = featuresFreeOfCycles("vn.dondoc.cyclefixture");

        assertThatThrownBy(() -> rule.check(fixture)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected: agency").hasMessageContaining("MergesAgencies")
                .hasMessageContaining("WritesTaskHistory");
    }

    @Test
    void onlyTheBotModuleDeclaresTheOtherModulesOrTelegram() throws Exception {
        assertThat(declaredDependencies("messages")).contains("vn.dondoc:dondoc-scheduler")
                .noneMatch(d -> d.equals("vn.dondoc:dondoc-bot") || d.startsWith("org.telegram"));
        assertThat(declaredDependencies("scheduler")).noneMatch(d -> d.startsWith("vn.dondoc:") || d.startsWith("org.telegram"));
        assertThat(declaredDependencies("bot")).contains("vn.dondoc:dondoc-scheduler", "vn.dondoc:dondoc-messages");
    }

    /** Each package under root is a feature; following their dependencies never leads back to where it started. */
    private static ArchRule featuresFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .because("package by feature: a feature uses another, never the other way round as well");
    }

    private static ArchRule independent(String module, String... others) {
        String[] forbidden = new String[others.length + 1];
        forbidden[0] = "org.telegram..";
        System.arraycopy(others, 0, forbidden, 1, others.length);
        return noClasses().that().resideInAPackage(module)
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .because("dependencies point one way: bot → messages → scheduler");
    }

    /** groupId:artifactId of the dependencies a module's pom declares (the test runs in bot/). */
    private static List<String> declaredDependencies(String module) throws Exception {
        String pom = Files.readString(Path.of("..", module, "pom.xml"));
        String dependencies = pom.contains("<dependencies>")
                ? pom.substring(pom.indexOf("<dependencies>"), pom.lastIndexOf("</dependencies>")) : "";
        Matcher m = Pattern.compile("<dependency>\\s*<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>")
                .matcher(dependencies.replaceAll("<!--.*?-->", ""));
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1).trim() + ":" + m.group(2).trim());
        }
        return found;
    }
}
