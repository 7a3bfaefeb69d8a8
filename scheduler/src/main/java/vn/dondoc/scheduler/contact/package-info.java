/** The people dondoc talks to: agency staff and heads, the office, leaders; their chats and invitations. */
package vn.dondoc.scheduler.contact;
