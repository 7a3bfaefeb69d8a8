package vn.dondoc.bot.command;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dondoc.bot.telegram.Incoming;
import vn.dondoc.bot.telegram.TelegramFailure;
import vn.dondoc.bot.telegram.UpdateHandler;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Html;
import vn.dondoc.scheduler.contact.Contact;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.task.ExtensionDecided;
import vn.dondoc.scheduler.text.LogValue;

/**
 * Reads what a chat sent and hands it to its command or button. Everything that is not understood
 * gets one line that says what to do instead; in a group, chatter and other bots' commands are left alone.
 */
public final class BotDispatcher implements UpdateHandler {

    private static final Logger log = LoggerFactory.getLogger(BotDispatcher.class);
    /** A command and a note fit easily; anything longer is a paste by mistake. */
    static final int MAX_TEXT = 2000;

    private final BotServices services;
    private final CommandRegistry registry;
    private final IndicatorCommand indicator;
    private final FreeTextReports freeText;
    private final Notices notices;
    private final ImportFileCommand importFile;

    private BotDispatcher(BotServices services, CommandRegistry registry, IndicatorCommand indicator, FreeTextReports freeText,
                          Notices notices, ImportFileCommand importFile) {
        this.services = services;
        this.registry = registry;
        this.indicator = indicator;
        this.freeText = freeText;
        this.notices = notices;
        this.importFile = importFile;
    }

    /** Every command of PRODUCT.md, in the order /help shows them. */
    public static BotDispatcher create(BotServices services) {
        return create(services, ConsoleLogin.NONE);
    }

    /** With /dangnhap giving links to this console. */
    public static BotDispatcher create(BotServices services, ConsoleLogin console) {
        return create(services, console, ImportFiles.NONE);
    }

    /** With /dangnhap giving links to this console, and registers sent as files imported with {@code files}. */
    public static BotDispatcher create(BotServices services, ConsoleLogin console, ImportFiles files) {
        Notices notices = new Notices(services);
        CommandRegistry registry = new CommandRegistry();
        IndicatorCommand indicator = new IndicatorCommand();
        FreeTextReports freeText = new FreeTextReports(notices);
        ImportFileCommand importFile = new ImportFileCommand(files, services.clock(), console);
        registry.add(new StartCommand())
                .add(new HelpCommand(registry::commands))
                .add(new OpenTasksCommand())
                .add(new TaskCommand())
                .add(new DoneCommand())
                .add(new ProgressCommand())
                .add(new ExtendCommand(notices))
                .add(new OverdueCommand())
                .add(new MuteCommand())
                .add(indicator)
                .add(new ReportCommand())
                .add(new ApproveCommand(notices))
                .add(new RejectCommand(notices))
                .add(new LoginCommand(console))
                .add(importFile)
                .add(new CancelCommand())
                .add(new ContactCommand())
                .addButtons(new TaskPages())
                .addButtons(new RelinkButtons())
                .addButtons(freeText);
        return new BotDispatcher(services, registry, indicator, freeText, notices, importFile);
    }

    /**
     * A decision made elsewhere (the web console) is told on Telegram as /duyet and /tuchoi tell it: the requester
     * hears it with the reason, the other deciders hear who decided.
     */
    public void extensionDecided(ExtensionDecided decided, Contact decider) {
        notices.extensionDecided(decided, decider);
    }

    /** Name and help line of each command, for the menu Telegram shows when a person types "/". */
    public java.util.Map<String, String> menu() {
        java.util.Map<String, String> menu = new java.util.LinkedHashMap<>();
        for (BotCommand command : registry.commands()) {
            String help = services.texts().get(command.helpKey()).replaceAll("<[^>]+>", "");
            menu.put(command.names().get(0), help.length() > 256 ? help.substring(0, 255) + "…" : help);
        }
        return menu;
    }

    @Override
    public void handle(Incoming incoming) {
        Contact caller = null;
        try {
            // A contact who had blocked the bot and writes again is active again.
            caller = services.contacts().caller(incoming.chatId()).orElse(null);
            if (incoming.isButton()) {
                press(incoming, caller);
            } else if (incoming.file() != null) {
                sentFile(incoming, caller);
            } else {
                read(incoming, caller);
            }
        } catch (TelegramFailure e) {
            log.warn("Update {}: answer to chat {} not delivered: {} {}", incoming.updateId(), incoming.chatId(),
                    e.errorCode(), LogValue.of(e.getMessage()));
            if (e.isBlocked() && caller != null) {
                services.contacts().blocked(caller.id());
            }
        } catch (RuntimeException e) {
            // A coded refusal, however deep: said to the person (a register kept busy by an import: "nothing was
            // written, send it again"), so no report is dropped without a word.
            DondocException coded = coded(e);
            if (coded == null) {
                throw e;
            }
            reply(incoming, Html.escape(services.texts().error(coded)));
        }
    }

    private static DondocException coded(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof DondocException d) {
                return d;
            }
        }
        return null;
    }

    private void read(Incoming incoming, Contact caller) {
        String text = incoming.text().strip();
        if (text.length() > MAX_TEXT) {
            reply(incoming, text("error.tooLong", Formats.count(text.length())));
            return;
        }
        if (caller != null && answeredAQuestion(incoming, caller, text)) {
            return;
        }
        Optional<Matcher> figurePrompt = caller == null ? Optional.empty()
                : IndicatorCommand.prompted(request(incoming, caller, "chitieu", "chitieu", text), incoming.replyToText());
        if (figurePrompt.isPresent()) {
            indicator.fromReply(request(incoming, caller, "chitieu", "chitieu", text), figurePrompt.get(), text);
            return;
        }
        Optional<CommandWords.Typed> typed = CommandWords.read(text, registry.names());
        if (typed.isEmpty()) {
            readWords(incoming, caller, text);
            return;
        }
        CommandWords.Typed command = typed.get();
        String addressee = command.addressee();
        if (addressee != null && !addressee.equalsIgnoreCase(services.botName().get())) {
            if (incoming.privateChat()) {
                reply(incoming, text("error.otherBot", Html.escape(addressee), Html.escape(command.written())));
            }
            return;
        }
        Optional<BotCommand> found = command.known() ? registry.command(command.name()) : Optional.empty();
        if (found.isEmpty()) {
            Optional<String> nearest = CommandWords.nearest(command.written(), registry.commands().stream()
                    .flatMap(c -> c.names().stream()).toList());
            reply(incoming, nearest.isPresent()
                    ? text("error.unknownCommandNearest", Html.escape(command.written()), nearest.get())
                    : text("error.unknownCommand", Html.escape(command.written())));
            return;
        }
        BotCommand handler = found.get();
        if (!handler.access().allows(caller)) {
            reply(incoming, text(caller == null ? "error.notLinked"
                    : handler.access() == Access.OFFICE ? "error.officeOnly" : "error.decidersOnly"));
            return;
        }
        // Examples and errors quote the command as the person wrote it, if it was one plain word.
        String asTyped = command.written().matches("[A-Za-z0-9_]+") ? command.written().toLowerCase(java.util.Locale.ROOT)
                : command.name();
        handler.run(request(incoming, caller, asTyped, handler.names().get(0), command.args()));
    }

    /**
     * A file: only the office imports registers, and only in its private chat. In a group, files are the members' own
     * business; anyone else is told in one line, and nothing is downloaded.
     */
    private void sentFile(Incoming incoming, Contact caller) {
        if (!incoming.privateChat()) {
            return;
        }
        if (!Access.OFFICE.allows(caller)) {
            reply(incoming, text(caller == null ? "importFile.stranger" : "importFile.officeOnly"));
            return;
        }
        importFile.received(request(incoming, caller, "nhap", "nhap", incoming.text()));
    }

    /**
     * Words, not a command: an indicator's figure or a task's report, restated before anything is recorded. In a
     * group only a message that mentions the bot or replies to it is read; the rest is the members' own talk.
     */
    private void readWords(Incoming incoming, Contact caller, String text) {
        String botName = services.botName().get();
        String mention = "@" + botName;
        boolean mentioned = botName != null && text.toLowerCase(Locale.ROOT).contains(mention.toLowerCase(Locale.ROOT));
        boolean repliedToBot = botName != null && botName.equalsIgnoreCase(incoming.replyToAuthor());
        if (!incoming.privateChat() && !mentioned && !repliedToBot) {
            return;
        }
        String words = mentioned ? text.replaceAll("(?i)" + Pattern.quote(mention), " ").strip() : text;
        if (caller != null) {
            if (indicator.fromText(request(incoming, caller, "chitieu", "chitieu", ""), words)) {
                return;
            }
            if (freeText.read(request(incoming, caller, "xong", "xong", ""), words, repliedToBot ? incoming.replyToText() : null)) {
                return;
            }
        }
        reply(incoming, text(caller == null ? "error.notACommandStranger" : "error.notACommand"));
    }

    /** A reply to one of the bot's questions (the Extension button's, the reject button's) goes to its command. */
    private boolean answeredAQuestion(Incoming incoming, Contact caller, String text) {
        for (Replies replies : registry.replies()) {
            String canonical = ((BotCommand) replies).names().get(0);
            Request request = request(incoming, caller, canonical, canonical, text);
            Optional<String> number = replies.askedAbout(request, incoming.replyToText());
            if (number.isPresent()) {
                replies.answered(request, number.get());
                return true;
            }
        }
        return false;
    }

    private void press(Incoming incoming, Contact caller) {
        services.outbox().answerButton(incoming.callbackId(), null);
        if (caller == null) {
            reply(incoming, text("error.notLinked"));
            return;
        }
        String data = incoming.callbackData() == null ? "" : incoming.callbackData();
        List<String> parts = Arrays.asList(data.split(":"));
        Optional<Buttons> owner = registry.buttons(parts.get(0));
        if (owner.isEmpty()) {
            log.warn("Update {}: unknown button data {}", incoming.updateId(), LogValue.of(data));
            return;
        }
        String canonical = owner.get() instanceof BotCommand command ? command.names().get(0) : parts.get(0);
        owner.get().press(request(incoming, caller, canonical, canonical, ""), parts.get(0), parts.subList(1, parts.size()));
    }

    private Request request(Incoming incoming, Contact caller, String typed, String canonical, String args) {
        return new Request(incoming, caller, typed, canonical, args, services);
    }

    private void reply(Incoming incoming, String html) {
        services.outbox().send(incoming.chatId(), html, vn.dondoc.bot.telegram.Keyboard.NONE);
    }

    private String text(String key, Object... args) {
        return services.texts().get(key, args);
    }
}
