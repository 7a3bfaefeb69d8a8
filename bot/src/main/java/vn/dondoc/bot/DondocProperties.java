package vn.dondoc.bot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of {@code dondoc run}, from application.yml and the environment (DONDOC_DB…). */
@ConfigurationProperties("dondoc")
record DondocProperties(String db) {

    DondocProperties {
        if (db == null || db.isBlank()) {
            db = "./dondoc.db";
        }
    }
}
