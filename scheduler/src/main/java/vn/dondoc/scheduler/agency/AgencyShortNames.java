package vn.dondoc.scheduler.agency;

import org.springframework.stereotype.Service;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.register.RegisterDatabase;

/**
 * The office's own short name for an agency ("UBND H. Đô Lương"), shown in the digest's chart and table
 * instead of the rule's; an empty one gives the rule's back.
 */
@Service
public class AgencyShortNames {

    /** The chart's labels stay readable up to about this many characters. */
    public static final int MAX_LENGTH = 30;

    private final RegisterDatabase db;
    private final AgencyRegister agencies;

    public AgencyShortNames(RegisterDatabase db, AgencyRegister agencies) {
        this.db = db;
        this.agencies = agencies;
    }

    /** Sets it and returns the short name now in force. */
    public String set(Agency agency, String shortName) {
        String wanted = shortName == null ? "" : shortName.strip();
        if (wanted.length() > MAX_LENGTH) {
            throw new DondocException(AgencyError.SHORT_NAME_LENGTH, MAX_LENGTH);
        }
        String inForce = wanted.isEmpty() ? AgencyShortName.of(agency.name()) : wanted;
        db.inTransaction(() -> agencies.setShortName(agency.id(), wanted.isEmpty() ? null : wanted));
        return inForce;
    }
}
