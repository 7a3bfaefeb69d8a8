/**
 * Errors as codes and arguments, never sentences: {@link vn.dondoc.scheduler.error.DondocException} (with its
 * kind: bad input, unavailable, busy), {@link vn.dondoc.scheduler.error.Problem} for a reason kept in a report, and
 * each feature's enum of {@link vn.dondoc.scheduler.error.ErrorCode}. The texts are in messages' errors bundles.
 */
package vn.dondoc.scheduler.error;
