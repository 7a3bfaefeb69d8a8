package vn.dondoc.scheduler.contact;

public enum ContactStatus { INVITED, ACTIVE, BLOCKED }
