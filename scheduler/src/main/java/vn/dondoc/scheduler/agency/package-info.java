/**
 * Agencies and the many ways documents write their names: {@link vn.dondoc.scheduler.agency.AgencyMatcher} finds
 * "Sở LĐTB&XH" in "Sở Lao động- TB và XH"; {@link vn.dondoc.scheduler.agency.AgencyRegister} keeps the names and aliases.
 */
package vn.dondoc.scheduler.agency;
