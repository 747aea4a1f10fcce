package org.mingjing.cases;

/** The small vocabularies of a case, with the codes of the API contract. */
public final class CaseEnums {

    private CaseEnums() {
    }

    /** 简易程序 or 普通程序 (行政处罚法 Art. 51, Art. 54). */
    public enum ProcedureKind {
        GENERAL, SUMMARY;

        public String messageKey() {
            return "cases.procedure." + name();
        }
    }

    /** How the case came to the agency (案件来源). */
    public enum Source {
        COMPLAINT, INSPECTION, REFERRAL, OTHER;

        public String messageKey() {
            return "cases.source." + name();
        }
    }

    public enum PartyRole {
        PARTY, WITNESS, OTHER;

        public String messageKey() {
            return "cases.party-role." + name();
        }
    }

    public enum PartyType {
        NATURAL_PERSON, LEGAL_PERSON, OTHER_ORGANIZATION;

        public String messageKey() {
            return "cases.party-type." + name();
        }
    }

    /** 笔录 kinds (行政处罚法 Art. 55). */
    public enum RecordKind {
        INQUIRY, ON_SITE_INSPECTION, SAMPLING, OTHER;

        public String messageKey() {
            return "cases.record." + name();
        }

        /** Whether the officers must show their certificates at this act (Art. 55). */
        public boolean needsCertificateShown() {
            return this != OTHER;
        }
    }

    /** The statutory evidence types (行政处罚法 Art. 46). */
    public enum EvidenceKind {
        DOCUMENTARY, PHYSICAL, AUDIO_VISUAL, ELECTRONIC_DATA, WITNESS_TESTIMONY, PARTY_STATEMENT, EXPERT_OPINION,
        INSPECTION_RECORD;

        public String messageKey() {
            return "cases.evidence." + name();
        }
    }

    /** 行政处罚, 不予处罚 (轻微 / 证据不足), or 移送司法机关 (Art. 57, Art. 27). */
    public enum DecisionType {
        PENALTY, NO_PENALTY_MINOR, NO_PENALTY_UNPROVEN, TRANSFER;

        public String messageKey() {
            return "cases.decision." + name();
        }
    }

    /**
     * How a 行政复议 or 行政诉讼 against a decision ended. Reconsideration (行政复议法, 2023): 变更 Art. 63, 撤销 Art. 64,
     * 确认违法 Art. 65, 责令履行 Art. 66, 确认无效 Art. 67, 维持 Art. 68, 驳回 Art. 69; litigation (行政诉讼法): 驳回
     * Art. 69, 撤销 Art. 70, 判决履行 Art. 72, 确认违法 Art. 74, 确认无效 Art. 75, 变更 Art. 77; and for both, a settlement
     * (调解/和解), a withdrawal (撤回/撤诉) or a termination. The decision was corrected (被纠错, LAW.md §5) when it was
     * changed, revoked, found unlawful or void, or the agency was ordered to act.
     */
    public enum RemedyOutcome {
        UPHELD(false), REJECTED(false), CHANGED(true), REVOKED(true), CONFIRMED_ILLEGAL(true), CONFIRMED_VOID(true),
        ORDERED_TO_ACT(true), SETTLED(false), WITHDRAWN(false), TERMINATED(false);

        private final boolean corrects;

        RemedyOutcome(boolean corrects) {
            this.corrects = corrects;
        }

        /** Whether this outcome corrected the agency's decision (被纠错). */
        public boolean corrects() {
            return corrects;
        }

        public String messageKey() {
            return "cases.remedy-outcome." + name();
        }
    }

    /** 送达方式 (行政处罚法 Art. 61; 民事诉讼法 Chapter 7). */
    public enum ServiceMethod {
        DIRECT, LIEN, MAIL, PUBLIC_NOTICE, ELECTRONIC;

        public String messageKey() {
            return "cases.service." + name();
        }
    }
}
