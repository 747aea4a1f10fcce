package org.mingjing.statistics;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;

import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Component;

/**
 * The few threads on which the dashboard's queries and the early-warning providers run side by side, so that a page
 * takes about as long as its slowest query rather than their sum (docs/performance.md). Bounded, across all requests,
 * below the connection pool's ten, so that a burst of pages cannot take every connection. The signed-in caller goes
 * with each task, for code that shows some things to some roles only.
 */
@Component
class StatisticsWorkers {

    /** The threads, across all requests. */
    static final int WORKERS = 4;

    private final ExecutorService pool = new DelegatingSecurityContextExecutorService(
            Executors.newFixedThreadPool(WORKERS, r -> {
                Thread t = new Thread(r, "statistics");
                t.setDaemon(true);
                return t;
            }));

    <T> CompletableFuture<T> async(Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, pool);
    }

    /** The task's answer, or the exception it threw. */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException x ? x : e;
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
