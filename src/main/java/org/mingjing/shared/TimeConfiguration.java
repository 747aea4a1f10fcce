package org.mingjing.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the product, in China Standard Time: "today" is the day in 三门峡, wherever the server runs. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(CHINA);
    }
}
