/**
 * The demo data set of the acceptance contract, loaded into a new embedded database so the product can be
 * tried with nothing installed; never loaded into a production PostgreSQL unless asked for.
 * 演示数据：新建的内置数据库自动载入，生产库默认不载入。
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
        allowedDependencies = { "organization", "identity", "catalogue", "shared", "statistics", "inspection" })
package org.mingjing.demo;
