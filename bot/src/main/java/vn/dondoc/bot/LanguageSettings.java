package vn.dondoc.bot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** DONDOC_LANG: the language of everything dondoc says (vi or en); the default is in application.yml. */
@ConfigurationProperties("dondoc")
record LanguageSettings(String lang) {
}
