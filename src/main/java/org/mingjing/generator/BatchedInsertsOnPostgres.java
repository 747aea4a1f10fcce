package org.mingjing.generator;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * For {@code generate} on PostgreSQL: turns on the driver's {@code reWriteBatchedInserts}, which sends each JDBC
 * batch as multi-row inserts instead of one statement per row — several times faster for the generator's batches.
 * The embedded database (H2) would refuse the unknown setting, so only PostgreSQL URLs get it, and a URL that
 * already says otherwise is left alone.
 */
@Component
@ConditionalOnProperty(name = "mingjing.command", havingValue = "generate")
class BatchedInsertsOnPostgres implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
                && hikari.getJdbcUrl().startsWith("jdbc:postgresql:")
                && !hikari.getJdbcUrl().contains("reWriteBatchedInserts")) {
            hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return bean;
    }
}
