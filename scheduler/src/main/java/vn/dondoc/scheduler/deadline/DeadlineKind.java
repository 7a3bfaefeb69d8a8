package vn.dondoc.scheduler.deadline;

public enum DeadlineKind { FIXED, MULTIPLE, RECURRING, NONE, UNPARSED }
