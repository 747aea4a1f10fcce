/**
 * The public portal: what the public reads without signing in — officers, certificate checks, each agency's
 * published lists (power list, service guides, inspection list, discretion standards, remedies), and the
 * publicity of the other modules as they arrive.
 * 公众门户：无需登录即可查阅的执法人员名单、执法证核验及各项公示。
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal",
        allowedDependencies = { "organization", "catalogue", "shared" })
package org.mingjing.portal;
