package org.mingjing.organization;

/** Status of an officer's enforcement qualification. */
public enum OfficerStatus {
    /** 在岗: may act. */
    ACTIVE,
    /** 暂停执法: may not act until reinstated. */
    SUSPENDED,
    /** 注销/吊销: may never act again under this certificate. */
    REVOKED
}
