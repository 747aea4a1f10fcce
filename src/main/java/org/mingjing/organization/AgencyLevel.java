package org.mingjing.organization;

/** Administrative level of an agency: 省, 市, 县（区）. */
public enum AgencyLevel {
    PROVINCE, CITY, COUNTY
}
