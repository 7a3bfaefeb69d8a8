package vn.dondoc.scheduler.digest;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The weekly digest as the schedule (Monday 07:30) and the {@code digest} command run it: a
 * {@link DigestRun} through one channel. Safe to run again in the same week (nobody gets it twice).
 */
@Service
public final class DigestPass {

    public static final String NAME = "digest";
    private static final Logger log = LoggerFactory.getLogger(DigestPass.class);

    private final DigestRun run;
    private final DigestChannel channel;

    public DigestPass(DigestRun run, DigestChannel channel) {
        this.run = run;
        this.channel = channel;
    }

    /** As the schedule runs it (as the pass {@link #NAME}): for real, unless the channel only prints. */
    public void run(Instant now) {
        DigestReport report = runOnce(now, !channel.delivers());
        if (report.emptyRegister()) {
            log.info("Weekly digest of {}: the register holds no task and no indicator yet; nothing sent.", report.week());
            return;
        }
        log.info("Weekly digest of {}: sent to {}, {} already had it this week{}.", report.week(), report.sent(),
                report.alreadyDone().size(), report.dryRun() ? " (printed only, nothing recorded)" : "");
    }

    /**
     * "Send now" from the console: this week's digest to whoever has not had it, through the configured channel,
     * as the schedule would (a dry run when the channel only prints).
     */
    public DigestReport sendNow(Instant now) {
        return runOnce(now, !channel.delivers());
    }

    public DigestReport runOnce(Instant now, boolean dryRun) {
        return runOnce(now, channel, dryRun);
    }

    /** Through another channel than the configured one: the command line's printing or folder of files. */
    public DigestReport runOnce(Instant now, DigestChannel channel, boolean dryRun) {
        return run.run(now, channel, dryRun);
    }
}
