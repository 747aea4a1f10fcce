package org.mingjing.cases;

import java.util.List;
import java.util.Map;

/**
 * What another module puts into the model of a document it issues on a case (the legal review's 法制审核意见书):
 * the case's own part of the model is built first, then each contributor adds its keys for the kinds it issues.
 */
public interface DocumentModels {

    /** Adds to {@code model} what a document of this kind, issued from step {@code own} (may be null), shows. */
    void contribute(CaseFile caseFile, CaseDocument document, CaseStep own, List<CaseStep> steps,
            Map<String, Object> model);
}
