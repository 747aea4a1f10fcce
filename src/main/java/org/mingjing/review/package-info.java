/**
 * Legal review of major enforcement decisions (重大执法决定法制审核, seed §二(三), 行政处罚法第五十八条): which
 * decisions are major and why, the handling unit's submission with its packet, the reviewer's opinion over the five
 * areas of review content, problems sent back and answered round by round, coordination where the two sides
 * disagree, the agency's time limit, and the gate that refuses a major decision without a passed review.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Legal review")
package org.mingjing.review;
