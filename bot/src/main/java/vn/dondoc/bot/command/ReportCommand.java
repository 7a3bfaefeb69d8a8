package vn.dondoc.bot.command;

import java.time.LocalDate;
import java.util.List;
import vn.dondoc.bot.telegram.Outbox;
import vn.dondoc.messages.digest.DigestChart;
import vn.dondoc.messages.digest.DigestText;
import vn.dondoc.messages.digest.DigestWorkbook;
import vn.dondoc.scheduler.contact.Contact;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.digest.Digest;
import vn.dondoc.scheduler.digest.DigestBuilder;
import vn.dondoc.scheduler.digest.DigestScope;

/**
 * /baocao: the weekly digest's picture on demand, as of today, for the caller's scope (a leader in
 * charge of some agencies sees those; the office and other leaders see all): the text, then the chart
 * and the register. Nothing is recorded: it is not the weekly send, which still goes on Monday.
 */
final class ReportCommand implements BotCommand {

    @Override
    public List<String> names() {
        return List.of("baocao", "report");
    }

    @Override
    public Access access() {
        return Access.DECIDER;
    }

    @Override
    public void run(Request request) {
        BotServices services = request.services();
        Contact caller = request.caller();
        DigestScope scope = caller.role() == ContactRole.LEADER
                ? DigestScope.of(services.contacts().inChargeOf(caller.id())) : DigestScope.all();
        LocalDate today = request.today();
        DigestBuilder builder = services.digests();
        Digest digest = builder.build(today, scope);
        DigestText text = new DigestText(request.texts());
        request.reply(text.html(digest));
        long chat = request.incoming().chatId();
        Outbox outbox = services.outbox();
        outbox.sendPhoto(chat, DigestText.chartFileName(digest), new DigestChart(request.texts()).png(digest), text.chartCaption(digest));
        outbox.sendDocument(chat, DigestText.workbookFileName(digest), new DigestWorkbook(request.texts()).xlsx(builder.lines(today, scope), today),
                text.workbookCaption(digest));
    }
}
