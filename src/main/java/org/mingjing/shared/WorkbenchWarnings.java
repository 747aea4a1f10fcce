package org.mingjing.shared;

import java.util.List;

/**
 * A module's contribution to the warnings on a user's workbench: what needs attention within the caller's
 * reach. The workbench shows the warnings of every module that provides them.
 */
public interface WorkbenchWarnings {

    List<Warning> warningsFor(Caller caller);

    /**
     * One warning: a severity (Bootstrap colour: danger, warning, info), a message key with its arguments, and
     * the page that deals with it.
     */
    record Warning(String severity, String key, Object[] args, String link) {
    }
}
