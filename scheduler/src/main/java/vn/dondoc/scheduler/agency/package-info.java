/**
 * Agencies and the many ways documents write their names: {@link vn.dondoc.scheduler.agency.AgencyMatcher} finds
 * "Sở LĐTB&XH" in "Sở Lao động- TB và XH"; {@link vn.dondoc.scheduler.agency.AgencyRegister} keeps the names and aliases,
 * which the office changes through {@link vn.dondoc.scheduler.agency.AgencyActions}. Merging an agency into another
 * moves its tasks and writes their history: {@code task/AgencyMerges}.
 */
package vn.dondoc.scheduler.agency;
