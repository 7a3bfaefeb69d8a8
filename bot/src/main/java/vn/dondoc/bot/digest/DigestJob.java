package vn.dondoc.bot.digest;

import java.time.Clock;
import java.time.Instant;
import vn.dondoc.bot.telegram.Outbox;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.digest.DigestChannel;
import vn.dondoc.scheduler.digest.DigestReport;
import vn.dondoc.scheduler.digest.DigestRun;
import vn.dondoc.scheduler.register.RegisterDatabase;

/**
 * The weekly digest as the application's schedule (Monday 07:30) and the {@code digest} command run it:
 * a {@link DigestRun} through one channel. Safe to run again in the same week (nobody gets it twice).
 */
public final class DigestJob {

    private final DigestRun run;
    private final Clock clock;
    private final DigestChannel channel;

    public DigestJob(RegisterDatabase db, Clock clock, DigestChannel channel) {
        this.run = new DigestRun(db, clock);
        this.clock = clock;
        this.channel = channel;
    }

    /** Through Telegram, paced by the default settings. */
    public static DigestJob telegram(RegisterDatabase db, Clock clock, Outbox outbox, Texts texts) {
        return new DigestJob(db, clock, TelegramDigestChannel.paced(outbox, texts));
    }

    /** Now, for real: what the schedule calls. */
    public DigestReport runOnce() {
        return runOnce(clock.instant(), false);
    }

    public DigestReport runOnce(Instant now, boolean dryRun) {
        return run.run(now, channel, dryRun);
    }
}
