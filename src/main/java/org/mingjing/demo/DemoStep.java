package org.mingjing.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.mingjing.shared.Caller;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.core.userdetails.UserDetailsService;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One step of the demo made after the application has started, in its phase (the demo data set is phase 0): acting
 * as the demo's accounts through the modules' own facades, from a JSON file of {@code demo/}. What a step does is its
 * {@link #start()}; it never stops the product from starting (a step logs what it could not make and leaves it).
 */
abstract class DemoStep implements SmartLifecycle {

    private final UserDetailsService accounts;
    private final int phase;
    private volatile boolean running;

    DemoStep(UserDetailsService accounts, int phase) {
        this.accounts = accounts;
        this.phase = phase;
    }

    /** Makes the step's part of the demo, if wanted and not made before. */
    abstract void make();

    @Override
    public final void start() {
        running = true;
        make();
    }

    /** The demo account {@code username}, as the caller of a facade. */
    final Caller caller(String username) {
        return (Caller) accounts.loadUserByUsername(username);
    }

    /** The JSON file {@code demo/<name>} on the class path. */
    static JsonNode json(String name) {
        try (InputStream in = new ClassPathResource("demo/" + name).getInputStream()) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return phase;
    }
}
