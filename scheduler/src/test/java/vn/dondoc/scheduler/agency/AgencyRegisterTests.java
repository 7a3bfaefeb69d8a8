package vn.dondoc.scheduler.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.register.RegisterDatabase;

class AgencyRegisterTests {

    @TempDir
    Path dir;
    RegisterDatabase db;
    AgencyRegister agencies;

    @BeforeEach
    void open() {
        db = vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("r.db"));
        agencies = new AgencyRegister(db, Clock.fixed(Instant.parse("2024-01-20T01:00:00Z"), OfficeZone.ID));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void findsAnAgencyHoweverItIsWritten() {
        Agency labour = agencies.create("Sở Lao động- TB và XH");

        assertThat(agencies.lookup("sở lao động - tb và xh").agencies()).containsExactly(labour);
        assertThat(agencies.lookup("Sở LĐTB&XH").kind()).isEqualTo(AgencyMatcher.Kind.EQUIVALENT);
        assertThat(agencies.lookup("Sở LĐTB&XH").agencies()).containsExactly(labour);
        assertThat(agencies.lookup("Sở Y tế").agencies()).isEmpty();
    }

    @Test
    void aLearntAliasMakesTheNextLookupExact() {
        Agency labour = agencies.create("Sở Lao động- TB và XH");

        assertThat(agencies.addAlias(labour.id(), "Sở LĐTB&XH")).isTrue();
        assertThat(agencies.addAlias(labour.id(), "Sở LĐTB & XH")).as("same key").isFalse();
        assertThat(agencies.addAlias(labour.id(), "Sở Lao động - TB và XH")).as("the name itself").isFalse();
        assertThat(agencies.lookup("Sở LĐTB&XH").kind()).isEqualTo(AgencyMatcher.Kind.EXACT);
        assertThat(agencies.all()).singleElement().extracting(Agency::aliases).asList().containsExactly("Sở LĐTB&XH");
    }

    @Test
    void initialsThatFitTwoAgenciesAreAmbiguous() {
        Agency namDan = agencies.create("UBND huyện Nam Đàn");
        Agency nghiaDan = agencies.create("UBND huyện Nghĩa Đàn");

        AgencyLookup lookup = agencies.lookup("UBND huyện NĐ");
        assertThat(lookup.kind()).isEqualTo(AgencyMatcher.Kind.AMBIGUOUS);
        assertThat(lookup.agencies()).containsExactly(namDan, nghiaDan);
    }

    @Test
    void namesAreStoredCleanAndComposed() {
        Agency created = agencies.create("  Sở\u00a0Y te\u0302\u0301  ");
        assertThat(created.name()).isEqualTo("Sở Y tế");
    }
}
