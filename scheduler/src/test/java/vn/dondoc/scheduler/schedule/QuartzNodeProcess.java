package vn.dondoc.scheduler.schedule;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;

/**
 * A node of {@link QuartzNode} in a process of its own, to be killed with SIGKILL: its digest pass says
 * {@value #RUNNING} on standard output and then never ends. Arguments: the database's URL and user.
 */
final class QuartzNodeProcess {

    static final String UP = "QUARTZ-NODE-UP ";
    static final String RUNNING = "QUARTZ-NODE-RUNNING-DIGEST";

    private QuartzNodeProcess() {
    }

    public static void main(String[] args) throws Exception {
        ConcurrentLinkedQueue<QuartzNode.PassRun> passes = new ConcurrentLinkedQueue<>() {
            @Override
            public boolean add(QuartzNode.PassRun run) {
                if (run.pass().equals("digest")) {
                    System.out.println(RUNNING);
                    System.out.flush();
                    try {
                        new CountDownLatch(1).await(); // until killed
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return super.add(run);
            }
        };
        QuartzNode node = QuartzNode.start("killed", args[0], args[1], ClusteredQuartzTests.EVERY_SECOND,
                ClusteredQuartzTests.SUNDAY_NIGHT, new ConcurrentLinkedQueue<>(), passes);
        System.out.println(UP + node.scheduler().getSchedulerInstanceId());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
