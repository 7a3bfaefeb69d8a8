package vn.dondoc.scheduler.task;

import java.util.List;
import vn.dondoc.scheduler.contact.Contact;

/** A new extension request, and who is to decide it: the office and the leaders in charge, not the requester. */
public record ExtensionRequested(ExtensionRequest extension, List<Contact> deciders) {
}
