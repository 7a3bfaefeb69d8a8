package vn.dondoc.scheduler.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.listeners.JobListenerSupport;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import vn.dondoc.scheduler.calendar.OfficeDays;
import vn.dondoc.scheduler.digest.DigestSettings;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.register.RegisterSettings;
import vn.dondoc.scheduler.reminder.ReminderSettings;

/**
 * One node of {@code run}'s Quartz, as {@code run} builds it, without Telegram: Boot's Quartz auto-configuration with
 * dondoc's {@link ScheduleConfiguration} and {@link ClusteredQuartz}, the real {@link PassJob}, and two passes named
 * as dondoc's ("reminders", "digest") that only write down that they ran. A job listener writes down each firing the
 * node ran (its trigger and scheduled time). The office clock is fixed; Quartz fires on real time.
 */
final class QuartzNode implements AutoCloseable {

    /** A firing run on a node: which, its trigger, the time it was scheduled for, whether a dead node's taken over. */
    record Firing(String node, String trigger, Instant scheduled, boolean recovering) {
    }

    /** A pass run on a node, by name. */
    record PassRun(String node, String pass) {
    }

    final String name;
    final ConfigurableApplicationContext context;

    private QuartzNode(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
    }

    /**
     * A node on the register DONDOC_DB names ({@code db}), with the digest's cron given (the reminders' never fires),
     * the office clock at {@code officeNow}; what it runs goes into {@code firings} and {@code passes}.
     */
    static QuartzNode start(String name, String db, String user, String digestCron, Instant officeNow,
                            Queue<Firing> firings, Queue<PassRun> passes) {
        Map<String, Object> properties = new HashMap<>();
        // The same keys as application.yml gives run (Quartz's part), the dondoc settings this needs.
        properties.put("spring.main.banner-mode", "off");
        properties.put("spring.quartz.job-store-type", "memory");
        properties.put("spring.quartz.jdbc.initialize-schema", "never");
        properties.put("spring.quartz.wait-for-jobs-to-complete-on-shutdown", "true");
        properties.put("spring.quartz.properties.org.quartz.threadPool.threadCount", "2");
        properties.put("dondoc.db", db);
        properties.put("dondoc.db-user", user);
        properties.put("dondoc.db-password", "");
        properties.put("dondoc.busy-timeout", "30s");
        properties.put("dondoc.reminders.cron", "0 0 0 1 1 ? 2099");
        properties.put("dondoc.reminders.days-before", "7,3,1");
        properties.put("dondoc.reminders.send-at", "08:00");
        properties.put("dondoc.reminders.overdue-every", "3");
        properties.put("dondoc.reminders.escalate-to-head-after", "5");
        properties.put("dondoc.reminders.escalate-to-office-after", "10");
        properties.put("dondoc.reminders.check-in-every-months", "1");
        properties.put("dondoc.reminders.workday-end", "17:30");
        properties.put("dondoc.digest.cron", digestCron);
        properties.put("dondoc.cluster.checkin-interval", "5s");
        properties.put("dondoc.cluster.quartz-connections", "5");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Node.class)
                .web(WebApplicationType.NONE).profiles("run").properties(properties)
                .initializers(c -> {
                    c.getBeanFactory().registerSingleton("clock", Clock.fixed(officeNow, OfficeZone.ID));
                    c.getBeanFactory().registerSingleton("recorder", new Recorder(name, firings, passes));
                })
                .run();
        return new QuartzNode(name, context);
    }

    Scheduler scheduler() {
        return context.getBean(Scheduler.class);
    }

    @Override
    public void close() {
        context.close();
    }

    /**
     * The node's configuration, given to Spring as its source. Not a @Configuration: the bot's tests have this jar on
     * their class path and scan vn.dondoc for components.
     */
    @ImportAutoConfiguration(QuartzAutoConfiguration.class)
    @Import({ScheduleConfiguration.class, ClusteredQuartz.class, OfficeDays.class})
    @EnableConfigurationProperties({RegisterSettings.class, ReminderSettings.class, DigestSettings.class, ClusterSettings.class})
    static class Node {

        @Bean(destroyMethod = "close")
        RegisterDatabase registerDatabase(RegisterSettings settings) {
            return RegisterDatabase.onFirstUse(settings);
        }

        @Bean
        Pass reminders(Recorder recorder) {
            return recorder.pass("reminders");
        }

        @Bean
        Pass digest(Recorder recorder) {
            return recorder.pass("digest");
        }

        @Bean
        SchedulerFactoryBeanCustomizer recording(Recorder recorder) {
            return factory -> factory.setGlobalJobListeners(recorder);
        }
    }

    /** Writes down the firings this node ran and the passes they ran. */
    static final class Recorder extends JobListenerSupport {

        private final String node;
        private final Queue<Firing> firings;
        private final Queue<PassRun> passes;

        Recorder(String node, Queue<Firing> firings, Queue<PassRun> passes) {
            this.node = node;
            this.firings = firings;
            this.passes = passes;
        }

        Pass pass(String pass) {
            return Pass.of(pass, now -> passes.add(new PassRun(node, pass)));
        }

        @Override
        public String getName() {
            return "recorder-" + node;
        }

        @Override
        public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
            Date scheduled = context.getScheduledFireTime();
            firings.add(new Firing(node, context.getTrigger().getKey().getName(), scheduled.toInstant(), context.isRecovering()));
        }
    }

    static Queue<Firing> firings() {
        return new ConcurrentLinkedQueue<>();
    }

    static List<Firing> of(Queue<Firing> firings, String trigger) {
        return firings.stream().filter(f -> f.trigger().equals(trigger)).toList();
    }
}
