package vn.dondoc.scheduler.digest;

import vn.dondoc.scheduler.contact.ContactRole;

/** One recipient's digest: the figures to write as text, the chart as PNG and the register as .xlsx. */
public record DigestMessage(long contactId, long chatId, String contactName, ContactRole role, Digest digest,
                            byte[] png, byte[] xlsx) {
}
