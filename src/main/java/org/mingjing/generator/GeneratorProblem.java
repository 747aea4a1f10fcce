package org.mingjing.generator;

/**
 * Why a run cannot start, as a message of the generator's bundle, with the exit code the command ends with:
 * 2 for a wrong argument (an unknown agency), 1 for a database that has nothing to generate cases for.
 */
public class GeneratorProblem extends RuntimeException {

    private final int exitCode;
    private final String messageKey;
    private final transient Object[] args;

    GeneratorProblem(int exitCode, String messageKey, Object... args) {
        super(messageKey);
        this.exitCode = exitCode;
        this.messageKey = messageKey;
        this.args = args;
    }

    public int exitCode() {
        return exitCode;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
