package org.mingjing.organization;

/**
 * An enforcement agency (执法主体): its legal identity, its place in the hierarchy, the basis of its
 * enforcement qualification, and the remedy bodies that its decisions must name (行政处罚法第五十九条).
 *
 * @param shortName the abbreviation used in document numbers, e.g. 湖民 in 湖民罚〔2026〕3号
 */
public record Agency(String id, String name, String shortName, String parentId, AgencyLevel level,
        String creditCode, String regionCode, String qualificationBasis, String address, String phone,
        String reconsiderationBody, String court, int version) {
}
