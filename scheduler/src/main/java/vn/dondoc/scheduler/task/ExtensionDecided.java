package vn.dondoc.scheduler.task;

import java.util.Optional;
import vn.dondoc.scheduler.contact.Contact;

/**
 * A decision on an extension request. {@code extension} is the request as it was before the decision
 * (its due date before, the date asked); {@code requester} is whom to tell, when linked to a chat.
 */
public record ExtensionDecided(ExtensionRequest extension, boolean approved, Optional<Contact> requester) {
}
