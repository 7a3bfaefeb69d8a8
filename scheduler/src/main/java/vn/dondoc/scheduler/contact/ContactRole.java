package vn.dondoc.scheduler.contact;

public enum ContactRole {
    /** Receives its agency's reminders and reports on them. */
    STAFF,
    /** The agency's head: also gets escalations. */
    HEAD,
    /** Văn phòng UBND: imports, approves extensions, sees everything. */
    OFFICE,
    /** Chủ tịch, Phó Chủ tịch, Chánh Văn phòng: the digest, for all agencies or those in their charge. */
    LEADER;

    /** The office and leaders see every agency's tasks and decide extension requests. */
    public boolean seesEveryTask() {
        return this == OFFICE || this == LEADER;
    }

    boolean belongsToAnAgency() {
        return this == STAFF || this == HEAD;
    }
}
