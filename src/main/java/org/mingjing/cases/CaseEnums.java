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

    /** 送达方式 (行政处罚法 Art. 61; 民事诉讼法 Chapter 7). */
    public enum ServiceMethod {
        DIRECT, LIEN, MAIL, PUBLIC_NOTICE, ELECTRONIC;

        public String messageKey() {
            return "cases.service." + name();
        }
    }
}
