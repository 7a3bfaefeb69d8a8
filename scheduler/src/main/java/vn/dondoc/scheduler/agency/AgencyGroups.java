package vn.dondoc.scheduler.agency;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.text.VietnameseText;

/**
 * The office maps group words a document writes ("Thanh tra sở") to the agencies they mean; the next import
 * of a document gives its tasks those agencies instead of keeping the words as text. One transaction each.
 */
@Service
public class AgencyGroups {

    private final RegisterDatabase db;
    private final AgencyRegister agencies;

    public AgencyGroups(RegisterDatabase db, AgencyRegister agencies) {
        this.db = db;
        this.agencies = agencies;
    }

    /** Maps {@code group} to {@code agencyIds}, replacing an earlier mapping; refused when the words name no group. */
    public void map(String group, List<Long> agencyIds) {
        String words = VietnameseText.clean(group);
        if (words == null || !AgencyNames.isGeneric(words)) {
            throw new DondocException(AgencyGroupError.NOT_A_GROUP, words == null ? "" : words);
        }
        if (agencyIds.isEmpty()) {
            throw new DondocException(AgencyGroupError.NO_AGENCIES, words);
        }
        db.inTransaction(() -> agencies.mapGroup(words, agencyIds));
    }

    /** Every mapped group with its agencies' ids. */
    public Map<String, List<Long>> all() {
        return agencies.groups();
    }
}
