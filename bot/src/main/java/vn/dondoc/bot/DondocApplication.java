package vn.dondoc.bot;

import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.register.RegisterDatabase;

/**
 * The long-running dondoc ({@code dondoc run}). The register is the single source of truth; the
 * Telegram bot and the reminder scheduler will be wired here.
 */
@SpringBootApplication
@EnableConfigurationProperties(DondocProperties.class)
public class DondocApplication {

    private static final Logger log = LoggerFactory.getLogger(DondocApplication.class);

    @Bean
    Clock clock() {
        return OfficeZone.systemClock();
    }

    @Bean(destroyMethod = "close")
    RegisterDatabase registerDatabase(DondocProperties properties) {
        return RegisterDatabase.open(Path.of(properties.db()));
    }

    @Bean
    ApplicationRunner registerCheck(RegisterDatabase register, DondocProperties properties) {
        return args -> {
            Integer tasks = register.jdbc().queryForObject("SELECT count(*) FROM task", Integer.class);
            Integer agencies = register.jdbc().queryForObject("SELECT count(*) FROM agency", Integer.class);
            Integer contacts = register.jdbc().queryForObject("SELECT count(*) FROM contact", Integer.class);
            log.info("Sổ nhiệm vụ {}: {} nhiệm vụ, {} cơ quan, {} liên hệ.", Path.of(properties.db()).toAbsolutePath().normalize(),
                    tasks, agencies, contacts);
            log.info("Bản này chưa có bot Telegram và bộ nhắc hạn, nên không có gì chạy tiếp: dừng.");
        };
    }
}
