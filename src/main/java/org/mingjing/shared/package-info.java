/**
 * Shared kernel: roles, the calling user, identifier check digits, problem types and the auditable-event marker.
 * 共享内核：角色、当前用户、证件号码校验、错误类型与审计事件标记。
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.mingjing.shared;
