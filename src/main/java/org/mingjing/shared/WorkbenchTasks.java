package org.mingjing.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * A module's contribution to the to-do list on a user's workbench: what the caller has to do next, with the
 * deadline it meets. The workbench shows the tasks of every module that provides them, earliest due first.
 */
public interface WorkbenchTasks {

    List<Task> tasksFor(Caller caller);

    /**
     * One task: a message key with its arguments, the page where it is done, and the day it is due ({@code null}
     * when no deadline governs it).
     */
    record Task(String key, Object[] args, String link, LocalDate due) {
    }
}
