package org.mingjing.cases;

import java.util.List;
import java.util.Optional;

/**
 * How a decision's penalties stand against the agency's discretion standard for the circumstances it records
 * (裁量基准, 行政处罚法第三十四条; LAW.md §7), answered by the module that owns the standards' use. The cases module
 * declares it and asks it; it knows nothing of how the answer is found.
 *
 * <p>A decision (or a proposed decision) outside the recommended range stays lawful while inside the statute, but it
 * needs a written reason ({@code discretionNote}) and a legal review before it is made (国办发〔2022〕27号: the
 * standards bind unless a departure is explained and reviewed).
 */
public interface DiscretionCheck {

    /**
     * The departure of {@code penalties} from the recommendation for the case's matter and {@code circumstances}
     * (codes of the standard), in words a clerk understands; empty when inside it, or when there is nothing to check
     * against (no standard). No circumstances recorded is the standard's general (一般) level, the level of a violation
     * with nothing heavier or lighter about it (行政处罚法第三十四条; LAW.md §7): a penalty outside it departs too. An
     * unknown circumstance code is a 400 naming it.
     */
    Optional<String> deviation(CaseFile caseFile, List<String> circumstances, List<Steps.Penalty> penalties);
}
