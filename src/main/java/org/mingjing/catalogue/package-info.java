/**
 * The enforcement catalogue and the lists an agency publishes before it acts: the power-and-responsibility
 * list with service guides, the random-inspection list, the audio-video recording checklist, the legal-review
 * catalogue, discretion standards, remedies and service windows.
 * 执法事项与清单：权责清单、服务指南与流程图、随机抽查事项清单、音像记录清单、法制审核目录、裁量基准、救济渠道、窗口岗位。
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue")
package org.mingjing.catalogue;
