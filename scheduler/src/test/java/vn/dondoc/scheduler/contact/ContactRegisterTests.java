package vn.dondoc.scheduler.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.register.RegisterDatabase;

class ContactRegisterTests {

    static final Instant NOW = Instant.parse("2024-01-20T01:00:00Z");

    @TempDir
    Path dir;
    RegisterDatabase db;
    ContactRegister contacts;
    long yTe;
    long xayDung;

    @BeforeEach
    void open() {
        db = vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("r.db"));
        contacts = new ContactRegister(db, Clock.fixed(NOW, OfficeZone.ID), Duration.ofDays(7));
        yTe = agency("Sở Y tế");
        xayDung = agency("Sở Xây dựng");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aContactWithoutAChatIsInvitedWithAOneTimeCodeThatExpires() {
        CreatedContact created = contacts.add(new NewContact("Trần Thị Bình", ContactRole.STAFF, yTe, List.of(), null));

        assertThat(created.inviteCode()).matches("[A-Za-z0-9_-]{16}");
        assertThat(created.inviteExpiresAt()).isEqualTo(NOW.plus(Duration.ofDays(7)));
        assertThat(contacts.all()).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(ContactStatus.INVITED);
            assertThat(c.agency()).isEqualTo("Sở Y tế");
            assertThat(c.chatId()).isNull();
        });
    }

    @Test
    void aDeactivatedContactLeavesItsChatAndItsInvitesAndANewInviteBringsItBack() {
        CreatedContact created = contacts.add(new NewContact("Trần Thị Bình", ContactRole.STAFF, yTe, List.of(), null));
        contacts.redeem(created.inviteCode(), 555L);
        String unused = contacts.invite(created.id()).inviteCode();

        assertThat(contacts.deactivate(created.id())).isTrue();

        assertThat(contacts.byChat(555L)).isEmpty();
        assertThat(contacts.active(ContactRole.STAFF)).isEmpty();
        assertThat(contacts.deactivated()).containsExactly(created.id());
        assertThat(contacts.redeem(unused, 555L)).isInstanceOf(LinkResult.Revoked.class);
        assertThat(contacts.deactivate(created.id())).isFalse();

        contacts.redeem(contacts.invite(created.id()).inviteCode(), 555L);
        assertThat(contacts.deactivated()).isEmpty();
        assertThat(contacts.active(ContactRole.STAFF)).extracting(Contact::id).containsExactly(created.id());
    }

    @Test
    void everyInvitationHasItsOwnCode() {
        String a = contacts.add(new NewContact("A", ContactRole.STAFF, yTe, List.of(), null)).inviteCode();
        String b = contacts.add(new NewContact("B", ContactRole.STAFF, yTe, List.of(), null)).inviteCode();
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void aKnownChatIsLinkedAtOnceWithoutAnInvitation() {
        CreatedContact created = contacts.add(new NewContact("Nhóm Sở Y tế", ContactRole.STAFF, yTe, List.of(), -1001234567890L));

        assertThat(created.inviteCode()).isNull();
        assertThat(contacts.all()).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(ContactStatus.ACTIVE);
            assertThat(c.chatId()).isEqualTo(-1001234567890L);
        });
    }

    @Test
    void aChatBelongsToOneContact() {
        contacts.add(new NewContact("Nhóm Sở Y tế", ContactRole.STAFF, yTe, List.of(), 77L));
        assertThatThrownBy(() -> contacts.add(new NewContact("Khác", ContactRole.HEAD, xayDung, List.of(), 77L)))
                .isInstanceOfSatisfying(ContactException.class, e -> {
                    assertThat(e.code()).isEqualTo(ContactError.CHAT_TAKEN);
                    assertThat(e.args()).containsExactly(77L, "Nhóm Sở Y tế");
                });
    }

    @Test
    void aLeaderMayBeInChargeOfSomeAgencies() {
        contacts.add(new NewContact("Phó Chủ tịch Lê Văn C", ContactRole.LEADER, null, List.of(yTe, xayDung), null));

        assertThat(contacts.all()).singleElement().satisfies(c -> {
            assertThat(c.role()).isEqualTo(ContactRole.LEADER);
            assertThat(c.agency()).isNull();
            assertThat(c.inCharge()).containsExactly("Sở Xây dựng", "Sở Y tế");
        });
    }

    @Test
    void staffAndHeadsMustBelongToAnAgency() {
        assertThatThrownBy(() -> contacts.add(new NewContact("A", ContactRole.HEAD, null, List.of(), null)))
                .isInstanceOfSatisfying(ContactException.class, e -> {
                    assertThat(e.code()).isEqualTo(ContactError.NEEDS_AGENCY);
                    assertThat(e.args()).containsExactly(ContactRole.HEAD);
                });
    }

    @Test
    void onlyLeadersAreInChargeOfAgencies() {
        assertThatThrownBy(() -> contacts.add(new NewContact("A", ContactRole.STAFF, yTe, List.of(xayDung), null)))
                .isInstanceOfSatisfying(ContactException.class,
                        e -> assertThat(e.code()).isEqualTo(ContactError.IN_CHARGE_LEADERS_ONLY));
    }

    @Test
    void aContactNeedsAName() {
        assertThatThrownBy(() -> contacts.add(new NewContact("  ", ContactRole.OFFICE, null, List.of(), null)))
                .isInstanceOfSatisfying(ContactException.class, e -> assertThat(e.code()).isEqualTo(ContactError.NAME_MISSING));
        assertThat(contacts.all()).isEmpty();
    }

    private long agency(String name) {
        db.jdbc().update("INSERT INTO agency (name, name_key, created_at) VALUES (?, ?, 'now')", name, name.toLowerCase());
        return db.jdbc().queryForObject("SELECT id FROM agency WHERE name = ?", Long.class, name);
    }

    @Test
    void anInviteLinksItsChatOnceAndIsKeptOnlyAsAHash() {
        String code = contacts.add(new NewContact("Trần Thị Bình", ContactRole.STAFF, yTe, List.of(), null)).inviteCode();

        LinkResult first = contacts.redeem(code, 5551);

        assertThat(first).isInstanceOfSatisfying(LinkResult.Linked.class, l -> {
            assertThat(l.fresh()).isTrue();
            assertThat(l.contact().chatId()).isEqualTo(5551L);
            assertThat(l.contact().status()).isEqualTo(ContactStatus.ACTIVE);
        });
        assertThat(db.jdbc().queryForList("SELECT code_hash FROM invite", String.class))
                .singleElement().isEqualTo(InviteCodes.hash(code)).isNotEqualTo(code);
        assertThat(contacts.byChat(5551)).map(Contact::name).contains("Trần Thị Bình");
    }

    @Test
    void anInviteUsedASecondTimeFromAnotherChatIsRefused() {
        String code = contacts.add(new NewContact("Trần Thị Bình", ContactRole.STAFF, yTe, List.of(), null)).inviteCode();
        contacts.redeem(code, 5551);

        assertThat(contacts.redeem(code, 6662)).isInstanceOf(LinkResult.Used.class);
        assertThat(contacts.redeem(code, 5551)).isInstanceOfSatisfying(LinkResult.Linked.class, l -> assertThat(l.fresh()).isFalse());
        assertThat(contacts.byChat(6662)).isEmpty();
    }

    @Test
    void anExpiredInviteLinksNothing() {
        String code = contacts.add(new NewContact("Trần Thị Bình", ContactRole.STAFF, yTe, List.of(), null)).inviteCode();
        ContactRegister later = new ContactRegister(db, Clock.fixed(NOW.plus(Duration.ofDays(7)), OfficeZone.ID), Duration.ofDays(7));

        assertThat(later.redeem(code, 5551)).isEqualTo(new LinkResult.Expired(NOW.plus(Duration.ofDays(7))));
        assertThat(later.byChat(5551)).isEmpty();
        assertThat(later.redeem("khongcoma", 5551)).isInstanceOf(LinkResult.Unknown.class);
    }

    @Test
    void aChatLinkedToSomeoneElseIsNotTakenOver() {
        contacts.add(new NewContact("Nhóm Sở Y tế", ContactRole.STAFF, yTe, List.of(), -100L));
        String code = contacts.add(new NewContact("Lê Văn C", ContactRole.STAFF, xayDung, List.of(), null)).inviteCode();

        assertThat(contacts.redeem(code, -100L)).isInstanceOfSatisfying(LinkResult.ChatTaken.class,
                t -> assertThat(t.holder().name()).isEqualTo("Nhóm Sở Y tế"));
    }

    @Test
    void aNewInviteMovesTheContactToItsNewChat() {
        long id = contacts.add(new NewContact("Trần Thị Bình", ContactRole.STAFF, yTe, List.of(), 5551L)).id();
        contacts.markBlocked(id);

        String code = contacts.invite(id).inviteCode();
        contacts.redeem(code, 7773);

        assertThat(contacts.byId(id)).get().satisfies(c -> {
            assertThat(c.chatId()).isEqualTo(7773L);
            assertThat(c.status()).isEqualTo(ContactStatus.ACTIVE);
        });
    }
}
