/**
 * The register: one SQLite file, migrated by Flyway on first use ({@link vn.dondoc.scheduler.register.RegisterDatabase}),
 * transactions and the cross-process locks of the passes, and where it is ({@link vn.dondoc.scheduler.register.RegisterSettings}).
 */
package vn.dondoc.scheduler.register;
