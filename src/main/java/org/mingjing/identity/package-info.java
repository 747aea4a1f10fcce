/**
 * Accounts, roles, sign-in, lockout, agency-scoped access and the security audit log.
 * 账号、角色、登录、锁定、按机构限定的访问范围与安全审计日志。
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
        allowedDependencies = { "organization", "shared" })
package org.mingjing.identity;
