/**
 * Synthetic data: fills a database with realistic penalty cases of the city's and counties' agencies, in every
 * stage, for demos, training and benchmarks ({@code java -jar mingjing.jar generate --cases N}).
 * 合成数据：为演示、培训和性能测试批量生成贴近真实的案件。
 */
@org.springframework.modulith.ApplicationModule(displayName = "Synthetic data",
        allowedDependencies = { "demo", "cases", "review", "publicity", "ledger", "catalogue", "organization", "calendar", "shared" })
package org.mingjing.generator;
